#pragma once

#include "domain/assessmentmoderationform.h"
#include "domain/judgement.h"

#include <QList>
#include <optional>

// The moderation outcome of an Assessment Moderation Form (seed 000's last box: Up / Down / Same).
// It is worked out, never typed: the SLT's final target status against the assessor's FIRST
// judgement of the target, the number they brought to the meeting before anyone changed their
// mind. So a school can see how often moderation moves its class teachers' judgements, and which
// way.
namespace Stride {

// The assessor's first judgement of the target: role Assessor, not superseding another, the
// earliest (by time, then id, so two tablets agree). Empty when the assessor has not judged it.
// `judgementsOfTarget` are all the judgements of the one target, in any order.
std::optional<Judgement> assessorFirstJudgement(const QList<Judgement> &judgementsOfTarget);

// final > first: Up; final < first: Down; equal: Same. None while either is missing.
std::optional<ModerationOutcome> moderationOutcome(std::optional<TargetStatus> assessorFirst,
                                                   std::optional<TargetStatus> finalStatus);
std::optional<ModerationOutcome> moderationOutcome(const AssessmentModerationForm &form,
                                                   const QList<Judgement> &judgementsOfTarget);

// The form with its outcome worked out again from its final status and the target's judgements:
// what every save of the SLT section goes through, so the stored outcome is never one a person
// typed or one left behind by a changed final status.
AssessmentModerationForm withWorkedOutOutcome(AssessmentModerationForm form,
                                              const QList<Judgement> &judgementsOfTarget);

} // namespace Stride
