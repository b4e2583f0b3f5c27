#include "ilp.h"

namespace Stride {

ValidationProblems Ilp::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, QStringLiteral("The ILP's id"));
    requireId(p, QStringLiteral("pupilId"), pupilId, QStringLiteral("The ILP's pupil"));
    requireId(p, QStringLiteral("termId"), termId, QStringLiteral("The ILP's term"));
    limitText(p, QStringLiteral("additionalProvision"), additionalProvision,
              QStringLiteral("Additional/general provision"), 4000);
    return p;
}

} // namespace Stride
