#include "targetoutcome.h"

#include "../review/judgementhistory.h"

namespace Stride {

std::optional<TargetStatus> TargetOutcome::status() const
{
    if (finalStatus)
        return finalStatus;
    if (moderatorStatus)
        return moderatorStatus;
    return assessorStatus;
}

TargetOutcome targetOutcome(const QList<Judgement> &judgements,
                            const std::optional<AssessmentModerationForm> &form)
{
    const JudgementHistory history = judgementHistory(judgements);
    TargetOutcome o;
    o.clash = history.hasClash();
    const auto statusOf = [&](JudgementRole role) -> std::optional<TargetStatus> {
        if (const auto j = history.current(role))
            return j->status;
        return std::nullopt;
    };
    o.assessorStatus = statusOf(JudgementRole::Assessor);
    o.moderatorStatus = statusOf(JudgementRole::Moderator);
    if (form && form->finalStatus)
        o.finalStatus = form->finalStatus;
    else if (const auto final = statusOf(JudgementRole::Final))
        o.finalStatus = final;
    else
        o.finalStatus = statusOf(JudgementRole::SeniorLeader);
    for (const JudgementRole role : {JudgementRole::Final, JudgementRole::SeniorLeader,
                                     JudgementRole::Moderator, JudgementRole::Assessor})
        if (const auto j = history.current(role); j && j->nextStep) {
            o.action = j->nextStep;
            break;
        }
    return o;
}

} // namespace Stride
