// SLT's moderation figures from a real store: agreement of assessors and moderators (first
// judgements) by area and by class, Up / Down / Same, the moderators' view of the challenge of
// proposed targets, and one term's meeting or every term.

#include "moderation/moderationfigures.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::Testing;

namespace {

template <typename T> void mustSave(Store &store, const T &value)
{
    const WriteResult r = store.save(value);
    INFO(r.message.toStdString());
    REQUIRE(r.ok);
}

QDateTime at(int day, int hour = 10)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
}

// Judgements of a target by role: each a status and when; a later one names `supersedes`.
Judgement judged(Store &store, const Target &target, JudgementRole role, const Staff &by, TargetStatus status,
                 const QDateTime &when, const QString &supersedes = {})
{
    Judgement j;
    j.id = newId();
    j.targetId = target.id;
    j.role = role;
    j.status = status;
    j.judgedBy = by.id;
    j.judgedAt = when;
    j.supersedesId = supersedes;
    mustSave(store, j);
    return j;
}

AssessmentModerationForm formFor(Store &store, const Target &target, const Staff &assessor,
                                 const Staff &moderator, std::optional<TargetStatus> finalStatus = {})
{
    AssessmentModerationForm f;
    f.id = newId();
    f.targetId = target.id;
    f.assessorId = assessor.id;
    f.moderatorId = moderator.id;
    f.finalStatus = finalStatus;
    f.createdAt = at(23);
    mustSave(store, f);
    return f;
}

TargetSettingModerationForm proposalFor(Store &store, const Pupil &pupil, const AreaOfLearning &area,
                                        const Term &term, const Staff &setter,
                                        std::optional<ChallengeLevel> challenge)
{
    TargetSettingModerationForm f;
    f.id = newId();
    f.pupilId = pupil.id;
    f.areaId = area.id;
    f.termId = term.id;
    f.setterId = setter.id;
    f.proposedTargetText = QStringLiteral("To choose a snack by pointing to one of two symbols.");
    f.challenge = challenge;
    f.createdAt = at(24);
    mustSave(store, f);
    return f;
}

// A second class with one pupil and their ILP for the term, one target per area.
struct Willow
{
    SchoolClass willow;
    Staff teacher;
    Pupil cara;
    QList<Target> targets;
};

Willow addWillow(Store &store, const MiniSchool &m)
{
    Willow w;
    w.willow = {newId(), m.school.id, QStringLiteral("Willow"), {}};
    mustSave(store, w.willow);
    w.teacher = m.teacher;
    w.teacher.id = newId();
    w.teacher.firstName = QStringLiteral("Tom");
    w.teacher.email = QStringLiteral("tom@school.example");
    w.teacher.classIds = {w.willow.id};
    mustSave(store, w.teacher);
    w.cara = m.ava;
    w.cara.id = newId();
    w.cara.classId = w.willow.id;
    w.cara.upn = QStringLiteral("C123456789012");
    w.cara.firstName = QStringLiteral("Cara");
    for (EhcpOutcome &o : w.cara.ehcpOutcomes) {
        o.id = newId();
        o.pupilId = w.cara.id;
    }
    mustSave(store, w.cara);
    const Ilp ilp{newId(), w.cara.id, m.term.id, QString()};
    mustSave(store, ilp);
    for (const Target &avas : m.avaTargets) {
        Target t = avas;
        t.id = newId();
        t.ilpId = ilp.id;
        t.ehcpOutcomeIds = {w.cara.ehcpOutcomes.first().id};
        mustSave(store, t);
        w.targets << t;
    }
    return w;
}

} // namespace

TEST_CASE("Moderation figures compare first judgements, by area and by class", "[moderation][figures]")
{
    TempStore t;
    const MiniSchool m = makeMiniSchool(t.store);
    const Willow w = addWillow(t.store, m);
    const Staff &teacher = m.teacher;
    const Staff &moderator = m.seniorLeader;
    using R = JudgementRole;
    using S = TargetStatus;

    // Ava, first area: both said Met first. The assessor then changed their mind to Partially
    // Met, and SLT's final status is Partially Met: agreed (first judgements), outcome Down.
    const Target &avaFirst = m.avaTargets.at(0);
    const Judgement avaMet = judged(t.store, avaFirst, R::Assessor, teacher, S::Met, at(16));
    judged(t.store, avaFirst, R::Assessor, teacher, S::PartiallyMet, at(25), avaMet.id);
    judged(t.store, avaFirst, R::Moderator, moderator, S::Met, at(24));
    judged(t.store, avaFirst, R::SeniorLeader, moderator, S::PartiallyMet, at(26));
    formFor(t.store, avaFirst, teacher, moderator, S::PartiallyMet);
    // Ava, second area: Partially Met against Met, one apart; finally Met: Up.
    const Target &avaSecond = m.avaTargets.at(1);
    judged(t.store, avaSecond, R::Assessor, teacher, S::PartiallyMet, at(16));
    judged(t.store, avaSecond, R::Moderator, moderator, S::Met, at(24));
    formFor(t.store, avaSecond, teacher, moderator, S::Met);
    // Ben, first area: Unmet against Exceeded; not finalised yet.
    const Target &benFirst = m.benTargets.at(0);
    judged(t.store, benFirst, R::Assessor, teacher, S::Unmet, at(16));
    judged(t.store, benFirst, R::Moderator, moderator, S::Exceeded, at(24));
    formFor(t.store, benFirst, teacher, moderator);
    // Ben, third area: not moderated yet, but SLT have set the final status already: Same.
    const Target &benThird = m.benTargets.at(2);
    judged(t.store, benThird, R::Assessor, teacher, S::PartiallyMet, at(16));
    formFor(t.store, benThird, teacher, moderator, S::PartiallyMet);
    // Ben, fourth area: a form with no judgement at all yet.
    formFor(t.store, m.benTargets.at(3), teacher, moderator);
    // Cara in Willow, first area: the form's moderator judged Partially Met, then changed their
    // mind to Met; another teacher's Exceeded in between is not this form's moderator's. The
    // first is what counts: one apart. Final Met: Same.
    const Target &caraFirst = w.targets.at(0);
    judged(t.store, caraFirst, R::Assessor, w.teacher, S::Met, at(16));
    const Judgement early = judged(t.store, caraFirst, R::Moderator, moderator, S::PartiallyMet, at(24, 9));
    judged(t.store, caraFirst, R::Moderator, m.teacher, S::Exceeded, at(24, 11));
    judged(t.store, caraFirst, R::Moderator, moderator, S::Met, at(24, 12), early.id);
    formFor(t.store, caraFirst, w.teacher, moderator, S::Met);

    const ModerationFigures f = moderationFigures(t.store, m.school.id, m.term.id);
    CHECK(f.termId == m.term.id);
    CHECK(f.assessmentForms == 6);
    CHECK(f.moderatedForms == 4);
    CHECK(f.agreement.agreed == 1);
    CHECK(f.agreement.differedByOne == 2);
    CHECK(f.agreement.differedByMore == 1);
    CHECK(f.agreement.total() == 4);
    CHECK(f.agreement.agreedPercent() == 25);
    CHECK_FALSE(f.nothingModerated());

    // By area, in the school's order of areas, only areas with a moderated form.
    REQUIRE(f.agreementByArea.size() == 2);
    CHECK(f.agreementByArea.at(0).id == m.areas.at(0).id);
    CHECK(f.agreementByArea.at(0).name == m.areas.at(0).name);
    CHECK(f.agreementByArea.at(0).counts.agreed == 1);
    CHECK(f.agreementByArea.at(0).counts.differedByOne == 1);
    CHECK(f.agreementByArea.at(0).counts.differedByMore == 1);
    CHECK(f.agreementByArea.at(1).id == m.areas.at(1).id);
    CHECK(f.agreementByArea.at(1).counts.differedByOne == 1);
    CHECK(f.agreementByArea.at(1).counts.total() == 1);

    // By class.
    REQUIRE(f.agreementByClass.size() == 2);
    CHECK(f.agreementByClass.at(0).name == QStringLiteral("Oak"));
    CHECK(f.agreementByClass.at(0).counts.agreed == 1);
    CHECK(f.agreementByClass.at(0).counts.differedByOne == 1);
    CHECK(f.agreementByClass.at(0).counts.differedByMore == 1);
    CHECK(f.agreementByClass.at(1).name == QStringLiteral("Willow"));
    CHECK(f.agreementByClass.at(1).counts.differedByOne == 1);
    CHECK(f.agreementByClass.at(1).counts.total() == 1);

    // Up / Down / Same: SLT's final status against the assessor's first judgement.
    CHECK(f.outcomes.up == 1);
    CHECK(f.outcomes.down == 1);
    CHECK(f.outcomes.same == 2);
    CHECK(f.outcomes.total() == 4);
}

TEST_CASE("Moderation figures count the challenge of proposed targets by area and class",
          "[moderation][figures]")
{
    TempStore t;
    const MiniSchool m = makeMiniSchool(t.store);
    const Willow w = addWillow(t.store, m);
    proposalFor(t.store, m.ava, m.areas.at(0), m.term, m.teacher, ChallengeLevel::TooEasy);
    proposalFor(t.store, m.ben, m.areas.at(0), m.term, m.teacher, ChallengeLevel::TooEasy);
    proposalFor(t.store, m.ava, m.areas.at(1), m.term, m.teacher, ChallengeLevel::JustRight);
    proposalFor(t.store, w.cara, m.areas.at(0), m.term, w.teacher, ChallengeLevel::TooHard);
    proposalFor(t.store, m.ben, m.areas.at(2), m.term, m.teacher, std::nullopt); // not moderated yet

    const ModerationFigures f = moderationFigures(t.store, m.school.id, m.term.id);
    CHECK(f.targetSettingForms == 5);
    CHECK(f.challenge.tooEasy == 2);
    CHECK(f.challenge.justRight == 1);
    CHECK(f.challenge.tooHard == 1);
    CHECK(f.challenge.total() == 4);
    // Moderated target-setting forms alone are something to show.
    CHECK(f.moderatedForms == 0);
    CHECK_FALSE(f.nothingModerated());

    REQUIRE(f.challengeByArea.size() == 2);
    CHECK(f.challengeByArea.at(0).id == m.areas.at(0).id);
    CHECK(f.challengeByArea.at(0).counts.tooEasy == 2);
    CHECK(f.challengeByArea.at(0).counts.tooHard == 1);
    CHECK(f.challengeByArea.at(0).counts.justRight == 0);
    CHECK(f.challengeByArea.at(1).id == m.areas.at(1).id);
    CHECK(f.challengeByArea.at(1).counts.justRight == 1);

    REQUIRE(f.challengeByClass.size() == 2);
    CHECK(f.challengeByClass.at(0).id == m.oak.id);
    CHECK(f.challengeByClass.at(0).counts.tooEasy == 2);
    CHECK(f.challengeByClass.at(0).counts.justRight == 1);
    CHECK(f.challengeByClass.at(0).counts.tooHard == 0);
    CHECK(f.challengeByClass.at(1).id == w.willow.id);
    CHECK(f.challengeByClass.at(1).counts.tooHard == 1);
}

TEST_CASE("Moderation figures are for one term's meeting, or for every term", "[moderation][figures]")
{
    TempStore t;
    const MiniSchool m = makeMiniSchool(t.store);

    SECTION("Nothing brought to a meeting yet")
    {
        const ModerationFigures f = moderationFigures(t.store, m.school.id, m.term.id);
        CHECK(f.assessmentForms == 0);
        CHECK(f.targetSettingForms == 0);
        CHECK(f.nothingModerated());
        CHECK(f.agreement.agreedPercent() == 0);
        CHECK(f.agreementByArea.isEmpty());
    }

    SECTION("Each term's forms in its own meeting")
    {
        Term spring;
        spring.id = newId();
        spring.schoolId = m.school.id;
        spring.name = QStringLiteral("Spring 2027");
        spring.startsOn = QDate(2027, 1, 5);
        spring.endsOn = QDate(2027, 3, 26);
        spring.applyStandardCycle();
        mustSave(t.store, spring);
        const Ilp springIlp{newId(), m.ava.id, spring.id, QString()};
        mustSave(t.store, springIlp);
        Target springTarget = m.avaTargets.at(0);
        springTarget.id = newId();
        springTarget.ilpId = springIlp.id;
        mustSave(t.store, springTarget);

        // Autumn: one form, agreed. Spring: one form, two apart, and a Too Hard proposal.
        judged(t.store, m.avaTargets.at(0), JudgementRole::Assessor, m.teacher, TargetStatus::Met, at(16));
        judged(t.store, m.avaTargets.at(0), JudgementRole::Moderator, m.seniorLeader, TargetStatus::Met,
               at(24));
        formFor(t.store, m.avaTargets.at(0), m.teacher, m.seniorLeader);
        judged(t.store, springTarget, JudgementRole::Assessor, m.teacher, TargetStatus::Unmet, at(27));
        judged(t.store, springTarget, JudgementRole::Moderator, m.seniorLeader, TargetStatus::Met, at(28));
        formFor(t.store, springTarget, m.teacher, m.seniorLeader);
        proposalFor(t.store, m.ava, m.areas.at(0), spring, m.teacher, ChallengeLevel::TooHard);

        const ModerationFigures autumn = moderationFigures(t.store, m.school.id, m.term.id);
        CHECK(autumn.assessmentForms == 1);
        CHECK(autumn.agreement.agreed == 1);
        CHECK(autumn.agreement.total() == 1);
        CHECK(autumn.agreement.agreedPercent() == 100);
        CHECK(autumn.targetSettingForms == 0);

        const ModerationFigures springs = moderationFigures(t.store, m.school.id, spring.id);
        CHECK(springs.assessmentForms == 1);
        CHECK(springs.agreement.differedByMore == 1);
        CHECK(springs.agreement.total() == 1);
        CHECK(springs.challenge.tooHard == 1);

        const ModerationFigures all = moderationFigures(t.store, m.school.id);
        CHECK(all.termId.isEmpty());
        CHECK(all.assessmentForms == 2);
        CHECK(all.agreement.agreed == 1);
        CHECK(all.agreement.differedByMore == 1);
        CHECK(all.agreement.agreedPercent() == 50);
        CHECK(all.targetSettingForms == 1);

        // Another school's forms are never counted.
        CHECK(moderationFigures(t.store, newId()).assessmentForms == 0);
    }
}
