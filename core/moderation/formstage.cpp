#include "formstage.h"

#include "blindorder.h"

#include <QCoreApplication>
#include <algorithm>

namespace Stride {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(FormStage)
};

bool blank(const QString &text)
{
    return text.trimmed().isEmpty();
}

QStringList assessorStillToDo(const AssessmentModerationForm &form, const QList<Judgement> &judgements)
{
    QStringList todo;
    if (blank(form.startingPoint))
        todo << Words::tr("Describe the starting point: what could they already do?");
    if (blank(form.provisionUsed))
        todo << Words::tr("Describe the provision and strategies used: what help have they had?");
    if (form.evidenceIds.isEmpty() && blank(form.progressEvidenceNote))
        todo << Words::tr("Attach the progress evidence for the moderator.");
    if (blank(form.currentAbilities))
        todo << Words::tr("Describe their current abilities: what can they do now?");
    const bool assessorJudged = std::any_of(judgements.cbegin(), judgements.cend(), [&](const Judgement &j) {
        return j.targetId == form.targetId && j.role == JudgementRole::Assessor;
    });
    if (!assessorJudged)
        todo << Words::tr("Judge the target (1-4) in the assessment section.");
    return todo;
}

QStringList moderatorStillToDo(const AssessmentModerationForm &form, const QList<Judgement> &judgements)
{
    QStringList todo;
    if (!moderatorFirstJudgement(form, judgements))
        todo << Words::tr("The moderator gives their own judgement (1-4), before seeing the assessor's.");
    if (blank(form.moderatorExplanation))
        todo << Words::tr(
            "The moderator explains their assessment and their conversation with the assessor.");
    if (!form.moderatorAgreed)
        todo << Words::tr("The moderator says whether they agreed with the assessor.");
    return todo;
}

QStringList setterStillToDo(const TargetSettingModerationForm &form)
{
    QStringList todo;
    if (!form.previousTargetId.isEmpty() && !form.previousStatus)
        todo << Words::tr("Give the previous target's status (1-4).");
    if (!form.previousTargetId.isEmpty() && !form.nextStep)
        todo << Words::tr("Choose the next step: Continue, Amend or Replace.");
    if (blank(form.proposedTargetText))
        todo << Words::tr("Write the proposed new target.");
    if (blank(form.reasons))
        todo << Words::tr("Give the reasons for proposing it: current abilities and the action taken.");
    if (form.ehcpOutcomeIds.isEmpty() && blank(form.noEhcpLinkReason))
        todo << Words::tr("Link it to EHCP outcomes, or say why it is not linked.");
    if (blank(form.plannedProvision))
        todo << Words::tr("Describe the planned provision: how will we teach this pupil?");
    return todo;
}

} // namespace

FormStage formStage(const AssessmentModerationForm &form, const QList<Judgement> &judgementsOfTarget)
{
    if (form.finalStatus)
        return {ModerationStage::Done, {}};
    if (QStringList todo = assessorStillToDo(form, judgementsOfTarget); !todo.isEmpty())
        return {ModerationStage::ToFill, todo};
    if (QStringList todo = moderatorStillToDo(form, judgementsOfTarget); !todo.isEmpty())
        return {ModerationStage::ToModerate, todo};
    return {ModerationStage::AwaitingSlt, {Words::tr("SLT record the final target status.")}};
}

FormStage formStage(const TargetSettingModerationForm &form)
{
    if (!blank(form.moderationOutcome))
        return {ModerationStage::Done, {}};
    if (QStringList todo = setterStillToDo(form); !todo.isEmpty())
        return {ModerationStage::ToFill, todo};
    if (form.moderatorId.isEmpty() || !form.challenge)
        return {ModerationStage::ToModerate,
                {Words::tr("The moderator answers the questions and judges the level of challenge.")}};
    if (!blank(form.suggestedRewrite) && !form.setterAcceptsAmendment)
        return {ModerationStage::SetterToAnswer,
                {Words::tr("The target setter says whether they accept the moderator's re-written target.")}};
    return {ModerationStage::AwaitingSlt, {Words::tr("SLT record the moderation outcome.")}};
}

} // namespace Stride
