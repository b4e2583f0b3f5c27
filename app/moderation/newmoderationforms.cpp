#include "newmoderationforms.h"

#include "review/judgementhistory.h"
#include "review/nexttermtarget.h"
#include "store/store.h"

namespace Stride {

namespace {

std::optional<Judgement> assessorJudgement(const Store &store, const QString &targetId)
{
    return judgementHistory(store.judgementsOfTarget(targetId)).current(JudgementRole::Assessor);
}

QString ownerFor(const Staff &author, const std::optional<Judgement> &judgement)
{
    if (author.hasRole(StaffRole::SeniorLeader) && judgement && !judgement->judgedBy.isEmpty())
        return judgement->judgedBy;
    return author.id;
}

} // namespace

QString assessmentFormIdFor(const QString &targetId)
{
    return linkId(targetId, QStringLiteral("assessment_moderation_form"));
}

QString targetSettingFormIdFor(const QString &previousTargetId, const QString &termId)
{
    return linkId(previousTargetId, QStringLiteral("target_setting_moderation_form/") + termId);
}

std::optional<AssessmentModerationForm> newAssessmentForm(const Store &store, const QString &targetId,
                                                          const Staff &author, const QDateTime &now)
{
    const auto target = store.target(targetId);
    if (!target)
        return std::nullopt;
    const auto judgement = assessorJudgement(store, targetId);
    AssessmentModerationForm form;
    form.id = assessmentFormIdFor(targetId);
    form.targetId = targetId;
    form.assessorId = ownerFor(author, judgement);
    form.provisionUsed = target->provision;
    if (judgement)
        form.currentAbilities = judgement->currentAbilities;
    // Where the window started: what they could do when the target this one continues was judged.
    if (!target->lineageTargetId.isEmpty())
        if (const auto earlier = assessorJudgement(store, target->lineageTargetId))
            form.startingPoint = earlier->currentAbilities;
    form.createdAt = now;
    return form;
}

std::optional<TargetSettingModerationForm> newTargetSettingForm(const Store &store,
                                                                const QString &previousTargetId,
                                                                const QString &termId, const Staff &author,
                                                                const QDateTime &now)
{
    const auto previous = store.target(previousTargetId);
    const auto ilp = previous ? store.ilp(previous->ilpId) : std::nullopt;
    const auto term = store.term(termId);
    if (!previous || !ilp || !term)
        return std::nullopt;
    const auto judgement = assessorJudgement(store, previousTargetId);
    TargetSettingModerationForm form;
    form.id = targetSettingFormIdFor(previousTargetId, termId);
    form.pupilId = ilp->pupilId;
    form.areaId = previous->areaId;
    form.termId = termId;
    form.previousTargetId = previousTargetId;
    form.setterId = ownerFor(author, judgement);
    if (judgement) {
        form.previousStatus = judgement->status;
        form.nextStep = judgement->nextStep;
        form.reasons = judgement->currentAbilities;
    }
    if (const auto next = nextTermAfter(store.termsOfSchool(term->schoolId), *term)) {
        if (const auto proposed = store.target(nextTermTargetId(previousTargetId, next->id))) {
            form.proposedTargetId = proposed->id;
            form.proposedTargetText = proposed->text;
            form.ehcpOutcomeIds = proposed->ehcpOutcomeIds;
            form.noEhcpLinkReason = proposed->noEhcpLinkReason;
            form.plannedProvision = proposed->provision;
        }
    }
    form.createdAt = now;
    return form;
}

} // namespace Stride
