#include "school.h"

#include <QRegularExpression>

namespace Stride {

ValidationProblems School::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, QStringLiteral("The school's id"));
    requireText(p, QStringLiteral("name"), name, QStringLiteral("The school's name"), 200);
    static const QRegularExpression urnPattern(QStringLiteral("^\\d{6}$"));
    if (!urn.isEmpty() && !urnPattern.match(urn).hasMatch())
        p.append(
            {QStringLiteral("urn"), QStringLiteral("A school URN is six digits (found \"%1\").").arg(urn)});
    return p;
}

} // namespace Stride
