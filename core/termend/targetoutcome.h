#pragma once

#include "../domain/assessmentmoderationform.h"
#include "../domain/judgement.h"

#include <QList>
#include <optional>

namespace Stride {

// What a target came to at the term's end, read the way the central spreadsheet records it: the
// class teacher's judgement, the moderator's, and the final status. The final status is SLT's word
// on the moderation form where the target was moderated (that is where SLT give it, seed 000),
// otherwise a Final or SLT judgement of the target.
struct TargetOutcome
{
    std::optional<TargetStatus> assessorStatus;
    std::optional<TargetStatus> moderatorStatus;
    std::optional<TargetStatus> finalStatus;
    // Continue / Amend / Replace, from the highest role that gave one (final, SLT, moderator,
    // then the class teacher).
    std::optional<NextStep> action;
    bool clash = false; // two judgements in one role disagree: nothing here is settled

    // The status the documents print: the final one, else the moderator's, else the teacher's.
    std::optional<TargetStatus> status() const;
    bool isJudged() const { return status().has_value(); }
};

// `judgements` are all of one target's judgements, in any order; `form` its assessment moderation
// form, if it was moderated.
TargetOutcome targetOutcome(const QList<Judgement> &judgements,
                            const std::optional<AssessmentModerationForm> &form = std::nullopt);

} // namespace Stride
