#include "coverletterrules.h"

#include <termend/coverletter.h>

namespace Stride::Server {

std::optional<Rejection> CoverLetterRules::check(const IncomingMutation &m)
{
    if (m.entity != QLatin1String("school") || m.isDelete())
        return std::nullopt;
    const QJsonValue letter = m.fields.value(QStringLiteral("parent_letter"));
    if (!letter.isString())
        return std::nullopt; // absent, or the column's own type check refuses it
    const QString problem = CoverLetter::unknownFieldsProblem(letter.toString());
    if (problem.isEmpty())
        return std::nullopt;
    return Rejection{m.mutationId, QStringLiteral("invalid_value"),
                     QStringLiteral("The school's cover letter was not accepted. %1").arg(problem)};
}

} // namespace Stride::Server
