#include "assessmentmoderationform.h"

namespace Stride {

ValidationProblems AssessmentModerationForm::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, QStringLiteral("The form's id"));
    requireId(p, QStringLiteral("targetId"), targetId, QStringLiteral("The form's target"));
    requireId(p, QStringLiteral("assessorId"), assessorId, QStringLiteral("The assessor"));
    if (!moderatorId.isEmpty())
        requireId(p, QStringLiteral("moderatorId"), moderatorId, QStringLiteral("The moderator"));
    if (!moderatorId.isEmpty() && moderatorId == assessorId)
        p.append({QStringLiteral("moderatorId"),
                  QStringLiteral("The moderator must be a different person from the assessor.")});
    if (!seniorLeaderId.isEmpty())
        requireId(p, QStringLiteral("seniorLeaderId"), seniorLeaderId, QStringLiteral("The senior leader"));
    for (const QString &evidenceId : evidenceIds)
        requireId(p, QStringLiteral("evidenceIds"), evidenceId, QStringLiteral("An attached evidence item"));
    for (const auto &[field, text] : {std::pair{"startingPoint", &startingPoint},
                                      {"provisionUsed", &provisionUsed},
                                      {"progressEvidenceNote", &progressEvidenceNote},
                                      {"currentAbilities", &currentAbilities},
                                      {"moderatorExplanation", &moderatorExplanation},
                                      {"disagreementSource", &disagreementSource},
                                      {"sltComments", &sltComments},
                                      {"sltFinalDecision", &sltFinalDecision}})
        limitText(p, QString::fromLatin1(field), *text, QStringLiteral("This answer"), 8000);
    if (moderationOutcome && !finalStatus)
        p.append({QStringLiteral("finalStatus"),
                  QStringLiteral("Record the final target status before the moderation outcome.")});
    return p;
}

} // namespace Stride
