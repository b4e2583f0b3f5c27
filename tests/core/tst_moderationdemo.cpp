// The demo school's moderation meeting (core/demo): autumn 2026's meeting under way, with forms
// filled and their evidence attached, one moderated blind and finished by SLT, one moderated blind
// and awaiting SLT, one waiting for its moderator, one still being filled, and target-setting forms
// with an accepted rewrite, SLT's final word, and one waiting for a moderator.
#include "testsupport.h"

#include "demo/demoschool.h"
#include "moderation/blindorder.h"
#include "moderation/formchanges.h"
#include "moderation/moderationoutcome.h"
#include "moderation/moderationqueue.h"
#include "moderation/moderationsample.h"

#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::Testing;

namespace {

struct DemoMeeting
{
    TempStore t;
    QString schoolId;
    Term term;
    QList<PlacedAssessmentForm> assessment;
    QList<PlacedTargetSettingForm> targetSetting;

    DemoMeeting()
    {
        const DemoSchool::Result r = DemoSchool::load(t.store);
        INFO(r.message.toStdString());
        REQUIRE(r.ok);
        schoolId = r.schoolId;
        term = *t.store.currentTerm(schoolId, QDate(2026, 11, 20));
        assessment = t.store.placedAssessmentModerationForms(schoolId, term.id);
        targetSetting = t.store.placedTargetSettingModerationForms(schoolId, term.id);
    }

    Staff person(const QString &firstName) const
    {
        for (const Staff &s : t.store.staffOfSchool(schoolId))
            if (s.firstName == firstName)
                return s;
        FAIL("No " << firstName.toStdString() << " in the demo school");
        return {};
    }

    QString pupilOf(const QString &targetId) const
    {
        return t.store.ilp(t.store.target(targetId)->ilpId)->pupilId;
    }

    QString firstNameOf(const QString &pupilId) const { return t.store.pupil(pupilId)->firstName; }

    const AssessmentModerationForm &assessmentOf(const QString &firstName) const
    {
        for (const PlacedAssessmentForm &p : assessment)
            if (firstNameOf(pupilOf(p.form.targetId)) == firstName)
                return p.form;
        FAIL("No assessment form for " << firstName.toStdString());
        return assessment.first().form;
    }

    const TargetSettingModerationForm &targetSettingOf(const QString &firstName) const
    {
        for (const PlacedTargetSettingForm &p : targetSetting)
            if (firstNameOf(p.form.pupilId) == firstName)
                return p.form;
        FAIL("No target-setting form for " << firstName.toStdString());
        return targetSetting.first().form;
    }
};

QStringList pupilsIn(const DemoMeeting &m, const QList<ModerationQueueItem> &items)
{
    QStringList names;
    for (const ModerationQueueItem &i : items)
        names << m.firstNameOf(i.pupilId);
    return names;
}

} // namespace

TEST_CASE("Demo: autumn's moderation meeting is under way, its forms filled with evidence attached",
          "[moderation][demo]")
{
    DemoMeeting m;
    REQUIRE(m.assessment.size() == 4);
    REQUIRE(m.targetSetting.size() == 3);
    // Nothing in last term's meeting: its forms are this term's.
    CHECK(m.t.store.placedAssessmentModerationForms(m.schoolId).size() == 4);

    QHash<ModerationStage, int> stages;
    for (const PlacedAssessmentForm &p : m.assessment) {
        const AssessmentModerationForm &f = p.form;
        CHECK(f.validate().isEmpty());
        CHECK(p.place.termId == m.term.id);
        CHECK_FALSE(f.evidenceIds.isEmpty()); // the target's evidence is attached
        for (const QString &id : f.evidenceIds)
            CHECK(m.t.store.evidenceItem(id)->capturedAt < f.createdAt);
        const QList<Judgement> judgements = m.t.store.judgementsOfTarget(f.targetId);
        ++stages[formStage(f, judgements).stage];
        // Everything happened before the judging deadline's evening or the next day.
        for (const Judgement &j : judgements)
            CHECK(j.judgedAt.date() <= QDate(2026, 11, 20));
        // What a moderator judged is what they saw: nothing changed since.
        CHECK_FALSE(formChanges(m.t.store, f).any());
        CHECK(formChanges(m.t.store, f).hasSnapshot == moderatorFirstJudgement(f, judgements).has_value());
    }
    CHECK(stages.value(ModerationStage::Done) == 1);
    CHECK(stages.value(ModerationStage::AwaitingSlt) == 1);
    CHECK(stages.value(ModerationStage::ToModerate) == 1);
    CHECK(stages.value(ModerationStage::ToFill) == 1);
    for (const PlacedTargetSettingForm &p : m.targetSetting) {
        CHECK(p.form.validate().isEmpty());
        CHECK(p.form.termId == m.term.id);
        CHECK(p.form.previousStatus);
        CHECK(p.form.nextStep);
        CHECK_FALSE(p.form.ehcpOutcomeIds.isEmpty());
    }
}

TEST_CASE("Demo: one form moderated blind and finished by SLT, one moderated blind awaiting SLT",
          "[moderation][demo]")
{
    DemoMeeting m;
    // Alfie: Hannah judged 2, then 3 after reading the tally; Tom judged 3 before he saw hers; SLT
    // said 3. Against her first judgement the outcome is Up.
    const AssessmentModerationForm &alfie = m.assessmentOf(QStringLiteral("Alfie"));
    const QList<Judgement> alfieJudged = m.t.store.judgementsOfTarget(alfie.targetId);
    CHECK(alfie.assessorId == m.person(QStringLiteral("Hannah")).id);
    CHECK(alfie.moderatorId == m.person(QStringLiteral("Tom")).id);
    const BlindOrder alfieOrder = blindOrder(alfie, alfieJudged);
    CHECK(alfieOrder.state == BlindOrder::State::JudgedBlind);
    CHECK(alfieOrder.sentence.startsWith(QStringLiteral("Moderated blind")));
    REQUIRE(assessorFirstJudgement(alfieJudged));
    CHECK(assessorFirstJudgement(alfieJudged)->status == TargetStatus::PartiallyMet);
    CHECK(alfie.finalStatus == TargetStatus::Met);
    CHECK(alfie.moderationOutcome == ModerationOutcome::Up);
    CHECK(alfie.moderationOutcome == moderationOutcome(alfie, alfieJudged));
    CHECK(alfie.mindChangedBy == MindChangedBy::Assessor);
    CHECK(alfie.seniorLeaderId == m.person(QStringLiteral("Claire")).id);
    int slt = 0;
    for (const Judgement &j : alfieJudged)
        slt += j.role == JudgementRole::SeniorLeader && j.judgedBy == alfie.seniorLeaderId;
    CHECK(slt == 1);
    CHECK(alfie.moderatedTargetText == m.t.store.target(alfie.targetId)->text);
    CHECK(alfie.moderatedEvidence.size() == alfie.evidenceIds.size());

    // Kacper: Tom judged 3; Hannah moderated blind and judged 2; they did not agree; SLT to decide.
    const AssessmentModerationForm &kacper = m.assessmentOf(QStringLiteral("Kacper"));
    const QList<Judgement> kacperJudged = m.t.store.judgementsOfTarget(kacper.targetId);
    CHECK(blindOrder(kacper, kacperJudged).state == BlindOrder::State::JudgedBlind);
    CHECK(kacper.moderatorAgreed == false);
    CHECK_FALSE(kacper.finalStatus);
    CHECK_FALSE(kacper.moderationOutcome);
    CHECK(formStage(kacper, kacperJudged).stage == ModerationStage::AwaitingSlt);

    // Daniel's waits for Hannah, who has not seen Rachel's judgement: it stays hidden from her.
    const AssessmentModerationForm &daniel = m.assessmentOf(QStringLiteral("Daniel"));
    const QList<Judgement> danielJudged = m.t.store.judgementsOfTarget(daniel.targetId);
    CHECK(blindOrder(daniel, danielJudged).state == BlindOrder::State::NotYetJudged);
    CHECK_FALSE(mayShowAssessorJudgement(daniel, danielJudged, m.person(QStringLiteral("Hannah"))));
    CHECK(mayShowAssessorJudgement(daniel, danielJudged, m.person(QStringLiteral("Rachel"))));
    CHECK(mayShowAssessorJudgement(daniel, danielJudged, m.person(QStringLiteral("David"))));
}

TEST_CASE("Demo: a rewrite accepted with the setter's own wording kept, and SLT's word on another",
          "[moderation][demo]")
{
    DemoMeeting m;
    const TargetSettingModerationForm &alfie = m.targetSettingOf(QStringLiteral("Alfie"));
    CHECK(alfie.setterAcceptsAmendment == true);
    CHECK(alfie.proposedTargetText == alfie.suggestedRewrite);
    CHECK(alfie.originalProposedText == QStringLiteral("To use a sentence strip to ask for a snack."));
    CHECK(alfie.challenge == ChallengeLevel::JustRight);
    CHECK(formStage(alfie).stage == ModerationStage::AwaitingSlt);
    CHECK(alfie.previousStatus == TargetStatus::Met); // Hannah's judgement that stands
    CHECK(alfie.nextStep == NextStep::Replace);

    const TargetSettingModerationForm &zainab = m.targetSettingOf(QStringLiteral("Zainab"));
    CHECK(zainab.challenge == ChallengeLevel::TooEasy);
    CHECK(formStage(zainab).stage == ModerationStage::Done);
    CHECK(zainab.seniorLeaderId == m.person(QStringLiteral("David")).id);

    const TargetSettingModerationForm &chloe = m.targetSettingOf(QStringLiteral("Chloe"));
    CHECK(formStage(chloe).stage == ModerationStage::ToModerate);
    CHECK(chloe.moderatorId.isEmpty());
}

TEST_CASE("Demo: each person's queue at the meeting", "[moderation][demo]")
{
    DemoMeeting m;
    const ModerationQueue hannah = moderationQueue(m.t.store, m.person(QStringLiteral("Hannah")), m.term.id);
    CHECK(pupilsIn(m, hannah.mineToFill) == QStringList{"Oliver"});
    CHECK(pupilsIn(m, hannah.toModerate) == QStringList{"Daniel", "Chloe"});
    CHECK(pupilsIn(m, hannah.awaitingSlt) == QStringList{"Kacper", "Alfie"});
    CHECK(pupilsIn(m, hannah.done) == QStringList{"Alfie"});

    const ModerationQueue claire = moderationQueue(m.t.store, m.person(QStringLiteral("Claire")), m.term.id);
    CHECK(claire.mineToFill.isEmpty());
    CHECK(pupilsIn(m, claire.toModerate) == QStringList{"Chloe"});
    CHECK(pupilsIn(m, claire.awaitingSlt) == QStringList{"Kacper", "Alfie"});
    CHECK(pupilsIn(m, claire.done) == QStringList{"Alfie", "Zainab"});

    const ModerationQueue rachel = moderationQueue(m.t.store, m.person(QStringLiteral("Rachel")), m.term.id);
    CHECK(pupilsIn(m, rachel.withModerator) == QStringList{"Daniel", "Chloe"});
    CHECK(pupilsIn(m, rachel.done) == QStringList{"Zainab"}); // she moderated it

    // A TA has nothing to do at the meeting.
    CHECK(moderationQueue(m.t.store, m.person(QStringLiteral("Priya")), m.term.id).count() == 0);
}

TEST_CASE("Demo: Oak's suggested sample keeps the forms Hannah has made", "[moderation][demo]")
{
    DemoMeeting m;
    const QString oak = m.t.store.classByName(m.schoolId, QStringLiteral("Oak"))->id;
    const ModerationSample sample = moderationSample(m.t.store, oak, m.term, QDate(2026, 11, 22));
    REQUIRE(sample.assessment.size() == kModerationSampleSize);
    QStringList kept;
    for (const SampleChoice &c : sample.assessment)
        if (c.alreadyChosen)
            kept << m.firstNameOf(c.pupilId);
    kept.sort();
    CHECK(kept == QStringList{"Alfie", "Oliver"});
    REQUIRE(sample.targetSetting.size() == kModerationSampleSize);
    CHECK(sample.targetSetting.first().alreadyChosen);
    CHECK(m.firstNameOf(sample.targetSetting.first().pupilId) == QStringLiteral("Alfie"));
}
