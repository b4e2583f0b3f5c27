#include "assessmentmoderationform.h"

#include <QCoreApplication>

namespace Stride {

namespace {

// Gives this file's sentences one context ("Validation") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

} // namespace

ValidationProblems AssessmentModerationForm::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, Words::tr("The form's id"));
    requireId(p, QStringLiteral("targetId"), targetId, Words::tr("The form's target"));
    requireId(p, QStringLiteral("assessorId"), assessorId, Words::tr("The assessor"));
    if (!moderatorId.isEmpty())
        requireId(p, QStringLiteral("moderatorId"), moderatorId, Words::tr("The moderator"));
    if (!moderatorId.isEmpty() && moderatorId == assessorId)
        p.append({QStringLiteral("moderatorId"),
                  Words::tr("The moderator must be a different person from the assessor.")});
    if (!seniorLeaderId.isEmpty())
        requireId(p, QStringLiteral("seniorLeaderId"), seniorLeaderId, Words::tr("The senior leader"));
    for (const QString &evidenceId : evidenceIds)
        requireId(p, QStringLiteral("evidenceIds"), evidenceId, Words::tr("An attached evidence item"));
    for (const auto &[field, text] : {std::pair{"startingPoint", &startingPoint},
                                      {"provisionUsed", &provisionUsed},
                                      {"progressEvidenceNote", &progressEvidenceNote},
                                      {"currentAbilities", &currentAbilities},
                                      {"moderatorExplanation", &moderatorExplanation},
                                      {"disagreementSource", &disagreementSource},
                                      {"sltComments", &sltComments},
                                      {"sltFinalDecision", &sltFinalDecision},
                                      {"moderatedTargetText", &moderatedTargetText}})
        limitText(p, QString::fromLatin1(field), *text, Words::tr("This answer"), 8000);
    for (const SeenEvidence &seen : moderatedEvidence)
        requireId(p, QStringLiteral("moderatedEvidence"), seen.evidenceId,
                  Words::tr("An item the moderator saw"));
    if (moderationOutcome && !finalStatus)
        p.append({QStringLiteral("finalStatus"),
                  Words::tr("Record the final target status before the moderation outcome.")});
    return p;
}

} // namespace Stride
