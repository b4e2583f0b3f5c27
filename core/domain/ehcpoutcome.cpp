#include "ehcpoutcome.h"

namespace Stride {

ValidationProblems EhcpOutcome::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, QStringLiteral("The outcome's id"));
    requireId(p, QStringLiteral("pupilId"), pupilId, QStringLiteral("The outcome's pupil"));
    requireText(p, QStringLiteral("reference"), reference, QStringLiteral("The outcome's reference"), 20);
    requireText(p, QStringLiteral("text"), text, QStringLiteral("The outcome's wording"), 2000);
    return p;
}

} // namespace Stride
