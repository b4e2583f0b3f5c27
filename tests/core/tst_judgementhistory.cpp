// A target's judgements as the assessment table shows them (core/review/judgementhistory.h): the one
// that stands per role, the changed minds crossed out, and the clash of two tablets judging offline.
#include "review/judgementhistory.h"

#include <catch2/catch.hpp>

using namespace Stride;

namespace {

const QString kTarget = QStringLiteral("target-1");

Judgement judgement(const QString &id, JudgementRole role, TargetStatus status, std::optional<NextStep> step,
                    int minute, const QString &supersedes = {},
                    const QString &by = QStringLiteral("teacher-1"))
{
    Judgement j;
    j.id = id;
    j.targetId = kTarget;
    j.role = role;
    j.status = status;
    j.nextStep = step;
    j.judgedBy = by;
    j.judgedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 0)).addSecs(60 * minute);
    j.supersedesId = supersedes;
    return j;
}

QStringList idsOf(const QList<JudgementEntry> &entries)
{
    QStringList ids;
    for (const JudgementEntry &e : entries)
        ids << e.judgement.id;
    return ids;
}

QStringList idsOf(const QList<Judgement> &judgements)
{
    QStringList ids;
    for (const Judgement &j : judgements)
        ids << j.id;
    return ids;
}

} // namespace

TEST_CASE("Judgement history: nothing judged yet", "[review][judgements]")
{
    const JudgementHistory history = judgementHistory({});
    CHECK(history.entries.isEmpty());
    CHECK_FALSE(history.current(JudgementRole::Assessor));
    CHECK_FALSE(history.hasClash());
    CHECK(history.toSupersede(JudgementRole::Assessor, TargetStatus::Met, NextStep::Continue).isEmpty());
}

TEST_CASE("Judgement history: a changed mind is crossed out and the new judgement stands",
          "[review][judgements]")
{
    using R = JudgementRole;
    using S = TargetStatus;
    const QList<Judgement> judgements{
        judgement(QStringLiteral("c"), R::Assessor, S::PartiallyMet, NextStep::Amend, 30,
                  QStringLiteral("b")),
        judgement(QStringLiteral("m"), R::Moderator, S::PartiallyMet, std::nullopt, 40, {},
                  QStringLiteral("teacher-2")),
        judgement(QStringLiteral("a"), R::Assessor, S::Met, NextStep::Continue, 0),
        judgement(QStringLiteral("b"), R::Assessor, S::Exceeded, NextStep::Replace, 10, QStringLiteral("a")),
    };
    const JudgementHistory history = judgementHistory(judgements);
    // Assessor first, then moderator; within a role, oldest first.
    CHECK(idsOf(history.entries) == QStringList{"a", "b", "c", "m"});
    CHECK(idsOf(history.superseded()) == QStringList{"a", "b"});
    REQUIRE(history.current(R::Assessor));
    CHECK(history.current(R::Assessor)->id == QStringLiteral("c"));
    CHECK(history.current(R::Moderator)->id == QStringLiteral("m"));
    CHECK_FALSE(history.current(R::SeniorLeader));
    // An assessor and a moderator who disagree are moderation, not a clash.
    CHECK_FALSE(history.hasClash());
    CHECK(history.toSupersede(R::Assessor, S::Met, NextStep::Continue) == QStringLiteral("c"));
    CHECK(history.toSupersede(R::SeniorLeader, S::Met, NextStep::Continue).isEmpty());

    // The same history whatever order the records arrived in.
    QList<Judgement> reversed(judgements.crbegin(), judgements.crend());
    CHECK(judgementHistory(reversed).entries == history.entries);
}

TEST_CASE("Judgement history: two tablets judging offline and disagreeing is a clash", "[review][judgements]")
{
    using R = JudgementRole;
    using S = TargetStatus;
    const Judgement onA = judgement(QStringLiteral("on-a"), R::Assessor, S::Met, NextStep::Continue, 5, {},
                                    QStringLiteral("teacher-1"));
    const Judgement onB = judgement(QStringLiteral("on-b"), R::Assessor, S::PartiallyMet, NextStep::Amend, 3,
                                    {}, QStringLiteral("teacher-2"));
    const JudgementHistory history = judgementHistory({onA, onB});
    REQUIRE(history.hasClash());
    REQUIRE(history.clashes.size() == 1);
    const JudgementClash &clash = history.clashes.first();
    CHECK(clash.role == R::Assessor);
    CHECK(idsOf(clash.judgements) == QStringList{"on-b", "on-a"});
    CHECK(clash.sentence.contains(QStringLiteral("assessor")));
    CHECK(clash.sentence.contains(QStringLiteral("2 Partially Met, Amend; 3 Met, Continue")));
    // Both are kept, neither crossed out; the later stands until someone settles it.
    CHECK(history.superseded().isEmpty());
    CHECK(history.entries[0].inClash);
    CHECK(history.entries[1].inClash);
    CHECK(history.current(R::Assessor)->id == QStringLiteral("on-a"));

    SECTION("judging again settles it: the new judgement supersedes the one it disagrees with")
    {
        const QString replaced = history.toSupersede(R::Assessor, S::PartiallyMet, NextStep::Amend);
        CHECK(replaced == QStringLiteral("on-a"));
        const Judgement settled =
            judgement(QStringLiteral("settled"), R::Assessor, S::PartiallyMet, NextStep::Amend, 20, replaced);
        const JudgementHistory after = judgementHistory({onA, onB, settled});
        CHECK_FALSE(after.hasClash());
        CHECK(after.current(R::Assessor)->id == QStringLiteral("settled"));
        CHECK(idsOf(after.superseded()) == QStringList{"on-a"});
    }
}

TEST_CASE("Judgement history: two live judgements that agree are not a clash", "[review][judgements]")
{
    using R = JudgementRole;
    const JudgementHistory history = judgementHistory(
        {judgement(QStringLiteral("x"), R::SeniorLeader, TargetStatus::Met, NextStep::Continue, 1),
         judgement(QStringLiteral("y"), R::SeniorLeader, TargetStatus::Met, NextStep::Continue, 2, {},
                   QStringLiteral("slt-2"))});
    CHECK_FALSE(history.hasClash());
    CHECK(history.current(R::SeniorLeader)->id == QStringLiteral("y"));
    // The same next step but another status still disagrees.
    CHECK(
        judgementHistory({judgement(QStringLiteral("x"), R::Final, TargetStatus::Met, std::nullopt, 1),
                          judgement(QStringLiteral("y"), R::Final, TargetStatus::Exceeded, std::nullopt, 1)})
            .hasClash());
}

TEST_CASE("Judgement history: damaged records still show a judgement that stands", "[review][judgements]")
{
    using R = JudgementRole;
    // Two judgements that each claim to replace the other, and one received twice.
    const Judgement p = judgement(QStringLiteral("p"), R::Moderator, TargetStatus::Unmet, std::nullopt, 1,
                                  QStringLiteral("q"));
    const Judgement q = judgement(QStringLiteral("q"), R::Moderator, TargetStatus::PartiallyMet, std::nullopt,
                                  2, QStringLiteral("p"));
    const JudgementHistory history = judgementHistory({p, q, q});
    CHECK(idsOf(history.entries) == QStringList{"p", "q"});
    REQUIRE(history.current(R::Moderator));
    CHECK(history.current(R::Moderator)->id == QStringLiteral("q"));
    CHECK_FALSE(history.hasClash());
}
