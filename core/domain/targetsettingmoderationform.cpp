#include "targetsettingmoderationform.h"

#include <QCoreApplication>

namespace Stride {

namespace {

// Gives this file's sentences one context ("Validation") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

} // namespace

ValidationProblems TargetSettingModerationForm::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, Words::tr("The form's id"));
    requireId(p, QStringLiteral("pupilId"), pupilId, Words::tr("The form's pupil"));
    requireId(p, QStringLiteral("areaId"), areaId, Words::tr("The form's area of learning"));
    requireId(p, QStringLiteral("setterId"), setterId, Words::tr("The target setter"));
    if (!previousTargetId.isEmpty())
        requireId(p, QStringLiteral("previousTargetId"), previousTargetId, Words::tr("The previous target"));
    if (!proposedTargetId.isEmpty())
        requireId(p, QStringLiteral("proposedTargetId"), proposedTargetId, Words::tr("The new target"));
    if (!moderatorId.isEmpty() && moderatorId == setterId)
        p.append({QStringLiteral("moderatorId"),
                  Words::tr("The moderator must be a different person from the target setter.")});
    limitText(p, QStringLiteral("proposedTargetText"), proposedTargetText, Words::tr("The proposed target"),
              1000);
    limitText(p, QStringLiteral("suggestedRewrite"), suggestedRewrite, Words::tr("The suggested target"),
              1000);
    limitText(p, QStringLiteral("originalProposedText"), originalProposedText,
              Words::tr("The setter's own wording"), 1000);
    for (const auto &[field, text] : {std::pair{"reasons", &reasons},
                                      {"noEhcpLinkReason", &noEhcpLinkReason},
                                      {"plannedProvision", &plannedProvision},
                                      {"clearEhcpLink", &clearEhcpLink},
                                      {"successCriteriaEmbedded", &successCriteriaEmbedded},
                                      {"clearWhatMetLooksLike", &clearWhatMetLooksLike},
                                      {"provisionSuitable", &provisionSuitable},
                                      {"otherSuggestions", &otherSuggestions},
                                      {"moderationOutcome", &moderationOutcome}})
        limitText(p, QString::fromLatin1(field), *text, Words::tr("This answer"), 8000);
    for (const QString &outcomeId : ehcpOutcomeIds)
        requireId(p, QStringLiteral("ehcpOutcomeIds"), outcomeId, Words::tr("A linked EHCP outcome"));
    if (setterAcceptsAmendment && suggestedRewrite.trimmed().isEmpty())
        p.append({QStringLiteral("setterAcceptsAmendment"),
                  Words::tr("There is no suggested amendment to accept or decline.")});
    return p;
}

} // namespace Stride
