#pragma once

#include "validation.h"
#include "vocabulary.h"

#include <QDateTime>
#include <optional>

namespace Stride {

// A judgement of a target, by one person in one role. Judgements are never overwritten: a changed
// mind is a new judgement that supersedes the old one, as on paper a number is crossed out and
// another circled, so the history is always there to read.
struct Judgement
{
    QString id;
    QString targetId;
    JudgementRole role = JudgementRole::Assessor;
    TargetStatus status = TargetStatus::Unmet;
    std::optional<NextStep> nextStep;
    QString judgedBy; // staff id
    QDateTime judgedAt;
    QString note;
    QString currentAbilities; // "What can they do now?" on the judge form
    QString learnerVoice;     // what the pupil said, showed or chose about the target
    QString supersedesId;     // the judgement this one replaces, if a mind was changed

    ValidationProblems validate() const;
    bool operator==(const Judgement &) const = default;
};

} // namespace Stride
