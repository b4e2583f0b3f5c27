#include "targetsettingmoderationform.h"

namespace Stride {

ValidationProblems TargetSettingModerationForm::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, QStringLiteral("The form's id"));
    requireId(p, QStringLiteral("pupilId"), pupilId, QStringLiteral("The form's pupil"));
    requireId(p, QStringLiteral("areaId"), areaId, QStringLiteral("The form's area of learning"));
    requireId(p, QStringLiteral("setterId"), setterId, QStringLiteral("The target setter"));
    if (!previousTargetId.isEmpty())
        requireId(p, QStringLiteral("previousTargetId"), previousTargetId,
                  QStringLiteral("The previous target"));
    if (!proposedTargetId.isEmpty())
        requireId(p, QStringLiteral("proposedTargetId"), proposedTargetId, QStringLiteral("The new target"));
    if (!moderatorId.isEmpty() && moderatorId == setterId)
        p.append({QStringLiteral("moderatorId"),
                  QStringLiteral("The moderator must be a different person from the target setter.")});
    limitText(p, QStringLiteral("proposedTargetText"), proposedTargetText,
              QStringLiteral("The proposed target"), 1000);
    limitText(p, QStringLiteral("suggestedRewrite"), suggestedRewrite, QStringLiteral("The suggested target"),
              1000);
    for (const auto &[field, text] : {std::pair{"reasons", &reasons},
                                      {"noEhcpLinkReason", &noEhcpLinkReason},
                                      {"plannedProvision", &plannedProvision},
                                      {"clearEhcpLink", &clearEhcpLink},
                                      {"successCriteriaEmbedded", &successCriteriaEmbedded},
                                      {"clearWhatMetLooksLike", &clearWhatMetLooksLike},
                                      {"provisionSuitable", &provisionSuitable},
                                      {"otherSuggestions", &otherSuggestions},
                                      {"moderationOutcome", &moderationOutcome}})
        limitText(p, QString::fromLatin1(field), *text, QStringLiteral("This answer"), 8000);
    for (const QString &outcomeId : ehcpOutcomeIds)
        requireId(p, QStringLiteral("ehcpOutcomeIds"), outcomeId, QStringLiteral("A linked EHCP outcome"));
    if (setterAcceptsAmendment && suggestedRewrite.trimmed().isEmpty())
        p.append({QStringLiteral("setterAcceptsAmendment"),
                  QStringLiteral("There is no suggested amendment to accept or decline.")});
    return p;
}

} // namespace Stride
