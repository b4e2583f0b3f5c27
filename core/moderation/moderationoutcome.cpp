#include "moderationoutcome.h"

namespace Stride {

namespace {

bool earlier(const Judgement &a, const Judgement &b)
{
    if (a.judgedAt != b.judgedAt)
        return a.judgedAt < b.judgedAt;
    return a.id < b.id;
}

} // namespace

std::optional<Judgement> assessorFirstJudgement(const QList<Judgement> &judgementsOfTarget)
{
    std::optional<Judgement> first;
    std::optional<Judgement> earliest; // if every one supersedes another (the first not on this tablet)
    for (const Judgement &j : judgementsOfTarget) {
        if (j.role != JudgementRole::Assessor)
            continue;
        if (!earliest || earlier(j, *earliest))
            earliest = j;
        if (j.supersedesId.isEmpty() && (!first || earlier(j, *first)))
            first = j;
    }
    return first ? first : earliest;
}

std::optional<ModerationOutcome> moderationOutcome(std::optional<TargetStatus> assessorFirst,
                                                   std::optional<TargetStatus> finalStatus)
{
    if (!assessorFirst || !finalStatus)
        return std::nullopt;
    const int first = static_cast<int>(*assessorFirst);
    const int final = static_cast<int>(*finalStatus);
    if (final > first)
        return ModerationOutcome::Up;
    if (final < first)
        return ModerationOutcome::Down;
    return ModerationOutcome::Same;
}

std::optional<ModerationOutcome> moderationOutcome(const AssessmentModerationForm &form,
                                                   const QList<Judgement> &judgementsOfTarget)
{
    QList<Judgement> ofThisTarget;
    for (const Judgement &j : judgementsOfTarget)
        if (j.targetId == form.targetId)
            ofThisTarget << j;
    const auto first = assessorFirstJudgement(ofThisTarget);
    return moderationOutcome(first ? std::optional(first->status) : std::nullopt, form.finalStatus);
}

AssessmentModerationForm withWorkedOutOutcome(AssessmentModerationForm form,
                                              const QList<Judgement> &judgementsOfTarget)
{
    form.moderationOutcome = moderationOutcome(form, judgementsOfTarget);
    return form;
}

} // namespace Stride
