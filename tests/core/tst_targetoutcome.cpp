// What a target came to at the term's end (core/termend/targetoutcome.h): the status and action the
// ILP documents, the central spreadsheet and the analysis all print, with SLT's final word taken
// from the moderation form where the target was moderated.
#include "termend/targetoutcome.h"

#include <catch2/catch.hpp>

using namespace Stride;

namespace {

Judgement judgement(const QString &id, JudgementRole role, TargetStatus status, std::optional<NextStep> step,
                    int minute, const QString &supersedes = {})
{
    Judgement j;
    j.id = id;
    j.targetId = QStringLiteral("target-1");
    j.role = role;
    j.status = status;
    j.nextStep = step;
    j.judgedBy = QStringLiteral("staff-%1").arg(id);
    j.judgedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0)).addSecs(60 * minute);
    j.supersedesId = supersedes;
    return j;
}

} // namespace

TEST_CASE("Target outcome: nothing judged is not judged", "[termend][outcome]")
{
    const TargetOutcome o = targetOutcome({});
    CHECK_FALSE(o.isJudged());
    CHECK_FALSE(o.action);
    CHECK_FALSE(o.clash);
}

TEST_CASE("Target outcome: the class teacher's judgement stands until a moderator's", "[termend][outcome]")
{
    using R = JudgementRole;
    using S = TargetStatus;
    const QList<Judgement> teacher{judgement("a1", R::Assessor, S::PartiallyMet, NextStep::Continue, 0),
                                   judgement("a2", R::Assessor, S::Met, NextStep::Amend, 5, "a1")};
    TargetOutcome o = targetOutcome(teacher);
    CHECK(o.status() == S::Met); // the changed mind, not the first
    CHECK(o.action == NextStep::Amend);

    QList<Judgement> moderated = teacher;
    moderated << judgement("m1", R::Moderator, S::PartiallyMet, std::nullopt, 10);
    o = targetOutcome(moderated);
    CHECK(o.assessorStatus == S::Met);
    CHECK(o.moderatorStatus == S::PartiallyMet);
    CHECK(o.status() == S::PartiallyMet);
    CHECK(o.action == NextStep::Amend); // the moderator gave none: the teacher's stands
}

TEST_CASE("Target outcome: SLT's final status on the moderation form is the final word", "[termend][outcome]")
{
    using R = JudgementRole;
    using S = TargetStatus;
    const QList<Judgement> judgements{judgement("a1", R::Assessor, S::Met, NextStep::Continue, 0),
                                      judgement("m1", R::Moderator, S::PartiallyMet, std::nullopt, 10),
                                      judgement("s1", R::SeniorLeader, S::Unmet, std::nullopt, 20)};
    CHECK(targetOutcome(judgements).status() == S::Unmet); // an SLT judgement without a form

    AssessmentModerationForm form;
    form.finalStatus = S::Exceeded;
    const TargetOutcome o = targetOutcome(judgements, form);
    CHECK(o.finalStatus == S::Exceeded);
    CHECK(o.status() == S::Exceeded);
    CHECK(o.assessorStatus == S::Met);

    AssessmentModerationForm unfinished; // SLT have not given their word yet
    CHECK(targetOutcome(judgements, unfinished).status() == S::Unmet);
}

TEST_CASE("Target outcome: a Final judgement's next step wins over the teacher's", "[termend][outcome]")
{
    using R = JudgementRole;
    using S = TargetStatus;
    const TargetOutcome o = targetOutcome({judgement("a1", R::Assessor, S::Met, NextStep::Continue, 0),
                                           judgement("f1", R::Final, S::Met, NextStep::Replace, 30)});
    CHECK(o.action == NextStep::Replace);
    CHECK(o.finalStatus == S::Met);
}

TEST_CASE("Target outcome: two teachers disagreeing offline is a clash", "[termend][outcome]")
{
    using R = JudgementRole;
    using S = TargetStatus;
    const TargetOutcome o = targetOutcome({judgement("a1", R::Assessor, S::Met, NextStep::Continue, 0),
                                           judgement("a2", R::Assessor, S::Unmet, NextStep::Replace, 1)});
    CHECK(o.clash);
}
