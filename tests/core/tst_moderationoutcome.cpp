// The moderation outcome (core/moderation/moderationoutcome.h) and the blind order
// (core/moderation/blindorder.h) of an Assessment Moderation Form: Up / Down / Same from the
// assessor's first judgement and SLT's final status, and the moderator's judgement before the
// assessor's, with who may see the assessor's judgement when.
#include "moderation/blindorder.h"
#include "moderation/moderationoutcome.h"

#include <catch2/catch.hpp>

using namespace Stride;
using State = BlindOrder::State;

namespace {

const QString kTarget = QStringLiteral("d0000000-0000-4000-8000-000000000001");
const QString kAssessor = QStringLiteral("60000000-0000-4000-8000-000000000001");
const QString kModerator = QStringLiteral("60000000-0000-4000-8000-000000000002");
const QString kLeader = QStringLiteral("60000000-0000-4000-8000-000000000003");
const QString kOtherTeacher = QStringLiteral("60000000-0000-4000-8000-000000000004");
const QString kAssistant = QStringLiteral("60000000-0000-4000-8000-000000000005");

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute));
}

Judgement judgement(const QString &id, JudgementRole role, TargetStatus status, const QString &by,
                    const QDateTime &when, const QString &supersedes = {})
{
    Judgement j;
    j.id = QStringLiteral("70000000-0000-4000-8000-0000000000%1").arg(id);
    j.targetId = kTarget;
    j.role = role;
    j.status = status;
    j.judgedBy = by;
    j.judgedAt = when;
    j.supersedesId = supersedes.isEmpty()
                         ? QString()
                         : QStringLiteral("70000000-0000-4000-8000-0000000000%1").arg(supersedes);
    return j;
}

AssessmentModerationForm form()
{
    AssessmentModerationForm f;
    f.id = QStringLiteral("a1000000-0000-4000-8000-000000000001");
    f.targetId = kTarget;
    f.assessorId = kAssessor;
    f.moderatorId = kModerator;
    f.createdAt = at(17, 9);
    return f;
}

Staff person(const QString &id, QList<StaffRole> roles)
{
    Staff s;
    s.id = id;
    s.firstName = QStringLiteral("Someone");
    s.surname = QStringLiteral("Else");
    s.roles = roles;
    return s;
}

} // namespace

TEST_CASE("Moderation outcome Up/Down/Same: the final status against the assessor's first judgement",
          "[moderation][outcome]")
{
    using S = TargetStatus;
    CHECK(moderationOutcome(S::PartiallyMet, S::Met) == ModerationOutcome::Up);
    CHECK(moderationOutcome(S::Unmet, S::Exceeded) == ModerationOutcome::Up);
    CHECK(moderationOutcome(S::Met, S::PartiallyMet) == ModerationOutcome::Down);
    CHECK(moderationOutcome(S::Exceeded, S::Unmet) == ModerationOutcome::Down);
    for (S s : {S::Unmet, S::PartiallyMet, S::Met, S::Exceeded})
        CHECK(moderationOutcome(s, s) == ModerationOutcome::Same);
    // None while either is missing: an outcome is never guessed.
    CHECK_FALSE(moderationOutcome(std::nullopt, S::Met));
    CHECK_FALSE(moderationOutcome(S::Met, std::nullopt));
    CHECK_FALSE(moderationOutcome(std::nullopt, std::nullopt));
}

TEST_CASE("Moderation outcome: the assessor's FIRST judgement counts, not the one they changed it to",
          "[moderation][outcome]")
{
    // The assessor brought 2 to the meeting, then changed their mind to 3 in the conversation; the
    // moderator said 3; SLT's final word is 3. Moderation moved the judgement Up.
    const QList<Judgement> judgements{
        judgement(QStringLiteral("03"), JudgementRole::Assessor, TargetStatus::Met, kAssessor, at(23, 16, 30),
                  QStringLiteral("01")),
        judgement(QStringLiteral("02"), JudgementRole::Moderator, TargetStatus::Met, kModerator,
                  at(23, 16, 10)),
        judgement(QStringLiteral("01"), JudgementRole::Assessor, TargetStatus::PartiallyMet, kAssessor,
                  at(18, 15, 0)),
    };
    const auto first = assessorFirstJudgement(judgements);
    REQUIRE(first);
    CHECK(first->status == TargetStatus::PartiallyMet);

    AssessmentModerationForm f = form();
    CHECK_FALSE(moderationOutcome(f, judgements)); // no final status yet
    f.finalStatus = TargetStatus::Met;
    CHECK(moderationOutcome(f, judgements) == ModerationOutcome::Up);
    f.finalStatus = TargetStatus::PartiallyMet;
    CHECK(moderationOutcome(f, judgements) == ModerationOutcome::Same);
    f.finalStatus = TargetStatus::Unmet;
    CHECK(moderationOutcome(f, judgements) == ModerationOutcome::Down);

    // Worked out on every save of the SLT section: a typed outcome does not survive.
    f.finalStatus = TargetStatus::Exceeded;
    f.moderationOutcome = ModerationOutcome::Down;
    const AssessmentModerationForm saved = withWorkedOutOutcome(f, judgements);
    CHECK(saved.moderationOutcome == ModerationOutcome::Up);
    f.finalStatus.reset();
    f.moderationOutcome = ModerationOutcome::Same;
    CHECK_FALSE(withWorkedOutOutcome(f, judgements).moderationOutcome);
    CHECK(withWorkedOutOutcome(f, judgements).validate().isEmpty());

    // Judgements of another target do not count.
    QList<Judgement> otherTarget = judgements;
    for (Judgement &j : otherTarget)
        j.targetId = QStringLiteral("d0000000-0000-4000-8000-000000000099");
    f.finalStatus = TargetStatus::Met;
    CHECK_FALSE(moderationOutcome(f, otherTarget));
}

TEST_CASE("Moderation outcome: the first of two assessor judgements made on two tablets is the earliest",
          "[moderation][outcome]")
{
    const QList<Judgement> clash{
        judgement(QStringLiteral("02"), JudgementRole::Assessor, TargetStatus::Exceeded, kAssessor,
                  at(18, 11)),
        judgement(QStringLiteral("01"), JudgementRole::Assessor, TargetStatus::Unmet, kAssessor, at(18, 10)),
        judgement(QStringLiteral("03"), JudgementRole::SeniorLeader, TargetStatus::Met, kLeader, at(17, 10)),
    };
    REQUIRE(assessorFirstJudgement(clash));
    CHECK(assessorFirstJudgement(clash)->status == TargetStatus::Unmet);
    CHECK_FALSE(assessorFirstJudgement({}));
    // Only a change of mind on this tablet (its first judgement not synced here): the earliest there is.
    const QList<Judgement> partial{judgement(QStringLiteral("05"), JudgementRole::Assessor, TargetStatus::Met,
                                             kAssessor, at(19, 10), QStringLiteral("04"))};
    REQUIRE(assessorFirstJudgement(partial));
    CHECK(assessorFirstJudgement(partial)->status == TargetStatus::Met);
}

TEST_CASE("Blind order: not yet judged, judged blind, assessor's shown first, order not recorded",
          "[moderation][blind]")
{
    const Judgement assessor =
        judgement(QStringLiteral("01"), JudgementRole::Assessor, TargetStatus::Met, kAssessor, at(18, 15));
    const Judgement moderator = judgement(QStringLiteral("02"), JudgementRole::Moderator,
                                          TargetStatus::PartiallyMet, kModerator, at(23, 16));
    AssessmentModerationForm f = form();

    SECTION("Not yet judged")
    {
        const BlindOrder order = blindOrder(f, {assessor});
        CHECK(order.state == State::NotYetJudged);
        CHECK_FALSE(order.moderatorHasJudged());
        CHECK(order.sentence == QStringLiteral("The moderator has not judged this target yet."));
    }
    SECTION("Judged blind: the moderator's judgement first, the assessor's shown after")
    {
        f.assessorShownAt = at(23, 16, 2);
        const BlindOrder order = blindOrder(f, {assessor, moderator});
        CHECK(order.state == State::JudgedBlind);
        CHECK(order.moderatorJudgedAt == at(23, 16));
        CHECK(order.assessorShownAt == at(23, 16, 2));
        CHECK(order.sentence.startsWith(QStringLiteral("Moderated blind")));
        CHECK(order.sentence.contains(QStringLiteral("23 November at 16:00")));
        CHECK(order.sentence.contains(QStringLiteral("23 November at 16:02")));
        // Shown in the same instant the judgement was recorded is still after it.
        f.assessorShownAt = at(23, 16);
        CHECK(blindOrder(f, {assessor, moderator}).state == State::JudgedBlind);
    }
    SECTION("The assessor's judgement shown first")
    {
        f.assessorShownAt = at(23, 15, 55);
        const BlindOrder order = blindOrder(f, {assessor, moderator});
        CHECK(order.state == State::AssessorShownFirst);
        CHECK(order.sentence.startsWith(QStringLiteral("Not blind")));
        // Shown, and the moderator has not judged at all yet: already not blind.
        const BlindOrder early = blindOrder(f, {assessor});
        CHECK(early.state == State::AssessorShownFirst);
        CHECK_FALSE(early.moderatorHasJudged());
    }
    SECTION("Order not recorded: a moderator's judgement from a tablet that did not record the showing")
    {
        const BlindOrder order = blindOrder(f, {assessor, moderator});
        CHECK(order.state == State::NotRecorded);
        CHECK(order.moderatorHasJudged());
        CHECK_FALSE(order.assessorShownAt.isValid());
        CHECK(order.sentence.contains(QStringLiteral("not recorded")));
    }
    SECTION("The moderator's FIRST judgement counts, even when a changed mind superseded it")
    {
        const Judgement changed = judgement(QStringLiteral("03"), JudgementRole::Moderator, TargetStatus::Met,
                                            kModerator, at(23, 16, 20), QStringLiteral("02"));
        f.assessorShownAt = at(23, 16, 10);
        const BlindOrder order = blindOrder(f, {changed, assessor, moderator});
        CHECK(order.state == State::JudgedBlind);
        CHECK(order.moderatorJudgedAt == at(23, 16));
    }
    SECTION("Only the form's moderator's judgements count")
    {
        // SLT judged in the moderator's role, and another teacher: neither is this form's moderator.
        const Judgement notTheModerator = judgement(QStringLiteral("04"), JudgementRole::Moderator,
                                                    TargetStatus::Met, kOtherTeacher, at(20, 9));
        CHECK(blindOrder(f, {assessor, notTheModerator}).state == State::NotYetJudged);
        f.moderatorId.clear();
        CHECK(blindOrder(f, {assessor, moderator}).state == State::NotYetJudged);
    }
}

TEST_CASE("Blind order: who may see the assessor's judgement, and when", "[moderation][blind]")
{
    const Judgement assessor =
        judgement(QStringLiteral("01"), JudgementRole::Assessor, TargetStatus::Met, kAssessor, at(18, 15));
    const Judgement moderator =
        judgement(QStringLiteral("02"), JudgementRole::Moderator, TargetStatus::Met, kModerator, at(23, 16));
    AssessmentModerationForm f = form();
    const Staff theAssessor = person(kAssessor, {StaffRole::Teacher});
    const Staff theModerator = person(kModerator, {StaffRole::Teacher});
    const Staff leader = person(kLeader, {StaffRole::SeniorLeader});
    const Staff otherTeacher = person(kOtherTeacher, {StaffRole::Teacher});
    const Staff assistant = person(kAssistant, {StaffRole::TeachingAssistant});

    // Before the moderator has judged: the moderator may not read it, nor anyone who may yet be
    // asked to moderate, nor anyone else; the assessor and SLT may.
    const QList<Judgement> before{assessor};
    CHECK_FALSE(mayShowAssessorJudgement(f, before, theModerator));
    CHECK(mayShowAssessorJudgement(f, before, theAssessor));
    CHECK(mayShowAssessorJudgement(f, before, leader));
    CHECK_FALSE(mayShowAssessorJudgement(f, before, otherTeacher));
    CHECK_FALSE(mayShowAssessorJudgement(f, before, assistant));
    CHECK_FALSE(mayShowAssessorJudgement(f, before, Staff{}));

    // A judgement by someone else in the moderator's role does not open it to the moderator.
    const Judgement bySomeoneElse = judgement(QStringLiteral("03"), JudgementRole::Moderator,
                                              TargetStatus::Met, kOtherTeacher, at(20, 9));
    CHECK_FALSE(mayShowAssessorJudgement(f, {assessor, bySomeoneElse}, theModerator));

    // Once the moderator's own judgement exists, everyone may.
    const QList<Judgement> after{assessor, moderator};
    for (const Staff &s : {theModerator, theAssessor, leader, otherTeacher, assistant})
        CHECK(mayShowAssessorJudgement(f, after, s));

    // An SLT member who moderates the form is its moderator first.
    f.moderatorId = kLeader;
    CHECK_FALSE(mayShowAssessorJudgement(f, before, leader));
    Judgement leaderJudged = moderator;
    leaderJudged.judgedBy = kLeader;
    CHECK(mayShowAssessorJudgement(f, {assessor, leaderJudged}, leader));

    // No moderator yet: any teacher may become it, so only the assessor and SLT see it.
    f.moderatorId.clear();
    CHECK_FALSE(mayShowAssessorJudgement(f, after, otherTeacher));
    CHECK(mayShowAssessorJudgement(f, after, theAssessor));
    CHECK(mayShowAssessorJudgement(f, after, leader));
}
