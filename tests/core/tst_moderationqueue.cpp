// Where a moderation form is (core/moderation/formstage.h) and each person's queue at a term's
// meeting (core/moderation/moderationqueue.h): mine to fill, to moderate, with a moderator,
// awaiting SLT, done.
#include "testsupport.h"

#include "moderation/moderationqueue.h"

#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::Testing;
using Kind = ModerationQueueItem::Kind;

namespace {

Staff person(const char *id, QList<StaffRole> roles)
{
    Staff s;
    s.id = QString::fromLatin1(id);
    s.firstName = QString::fromLatin1(id);
    s.surname = QStringLiteral("Reed");
    s.roles = roles;
    return s;
}

const Staff kHannah = person("hannah", {StaffRole::Teacher});
const Staff kTom = person("tom", {StaffRole::Teacher});
const Staff kRachel = person("rachel", {StaffRole::Teacher});
const Staff kClaire = person("claire", {StaffRole::SeniorLeader, StaffRole::Teacher});
const Staff kDavid = person("david", {StaffRole::SeniorLeader});
const Staff kPriya = person("priya", {StaffRole::TeachingAssistant});

Judgement judged(const QString &target, JudgementRole role, const Staff &by, int day)
{
    Judgement j;
    j.id = QStringLiteral("j-%1-%2").arg(target, by.id);
    j.targetId = target;
    j.role = role;
    j.status = TargetStatus::Met;
    j.judgedBy = by.id;
    j.judgedAt = QDateTime(QDate(2026, 11, day), QTime(15, 0));
    return j;
}

AssessmentModerationForm filled(const QString &id, const QString &target)
{
    AssessmentModerationForm f;
    f.id = id;
    f.targetId = target;
    f.assessorId = kHannah.id;
    f.startingPoint = QStringLiteral("Exchanged one picture with a physical prompt.");
    f.provisionUsed = QStringLiteral("PECS phase 3 daily.");
    f.evidenceIds = {QStringLiteral("e1")};
    f.currentAbilities = QStringLiteral("Requests a drink by himself every day.");
    return f;
}

AssessmentModerationForm moderated(const QString &id, const QString &target)
{
    AssessmentModerationForm f = filled(id, target);
    f.moderatorId = kTom.id;
    f.moderatorAgreed = true;
    f.moderatorExplanation = QStringLiteral("The tally shows four days running.");
    return f;
}

TargetSettingModerationForm proposed(const QString &id, const Staff &setter)
{
    TargetSettingModerationForm f;
    f.id = id;
    f.pupilId = QStringLiteral("ava");
    f.previousTargetId = QStringLiteral("t-prev-") + id;
    f.setterId = setter.id;
    f.previousStatus = TargetStatus::Met;
    f.nextStep = NextStep::Replace;
    f.proposedTargetText = QStringLiteral("To request a drink from a page of 20 symbols.");
    f.reasons = QStringLiteral("She requests from 12 now.");
    f.noEhcpLinkReason = QStringLiteral("A step towards EO1 outside the plan's words.");
    f.plannedProvision = QStringLiteral("PECS phase 4.");
    return f;
}

QStringList ids(const QList<ModerationQueueItem> &items)
{
    QStringList list;
    for (const ModerationQueueItem &i : items)
        list << i.formId;
    return list;
}

} // namespace

TEST_CASE("Form stage: the teacher's side, then the moderator's, then SLT's", "[moderation][stage]")
{
    AssessmentModerationForm f;
    f.targetId = QStringLiteral("t1");
    f.assessorId = kHannah.id;
    FormStage stage = formStage(f, {});
    CHECK(stage.stage == ModerationStage::ToFill);
    CHECK(stage.stillToDo.size() == 5); // starting point, provision, evidence, abilities, the 1-4

    f = filled(QStringLiteral("f"), QStringLiteral("t1"));
    stage = formStage(f, {});
    CHECK(stage.stage == ModerationStage::ToFill);
    REQUIRE(stage.stillToDo.size() == 1);
    CHECK(stage.stillToDo.first().contains(QStringLiteral("1-4")));
    // Evidence named on the form, not attached, is evidence too (charts, evaluations on paper).
    f.evidenceIds.clear();
    f.progressEvidenceNote = QStringLiteral("Snack-time tally chart on the classroom wall.");
    const QList<Judgement> assessed{judged(QStringLiteral("t1"), JudgementRole::Assessor, kHannah, 18)};
    CHECK(formStage(f, assessed).stage == ModerationStage::ToModerate);
    CHECK(formStage(f, assessed).stillToDo.size() == 3);

    f.moderatorId = kTom.id;
    f.moderatorAgreed = false;
    f.moderatorExplanation = QStringLiteral("Only one unprompted request seen.");
    CHECK(formStage(f, assessed).stage == ModerationStage::ToModerate); // no 1-4 of theirs yet
    const QList<Judgement> both =
        assessed + QList{judged(QStringLiteral("t1"), JudgementRole::Moderator, kTom, 23)};
    CHECK(formStage(f, both).stage == ModerationStage::AwaitingSlt);
    f.finalStatus = TargetStatus::PartiallyMet;
    CHECK(formStage(f, both).stage == ModerationStage::Done);
    CHECK(formStage(f, both).stillToDo.isEmpty());

    TargetSettingModerationForm t;
    t.previousTargetId = QStringLiteral("t1");
    CHECK(formStage(t).stage == ModerationStage::ToFill);
    CHECK(formStage(t).stillToDo.size() == 6);
    t = proposed(QStringLiteral("p"), kHannah);
    CHECK(formStage(t).stage == ModerationStage::ToModerate);
    t.moderatorId = kTom.id;
    t.challenge = ChallengeLevel::JustRight;
    CHECK(formStage(t).stage == ModerationStage::AwaitingSlt);
    t.suggestedRewrite = QStringLiteral("To request a drink or snack from a page of 20 symbols.");
    CHECK(formStage(t).stage == ModerationStage::SetterToAnswer);
    t.setterAcceptsAmendment = false;
    CHECK(formStage(t).stage == ModerationStage::AwaitingSlt);
    t.moderationOutcome = QStringLiteral("Target agreed as the setter wrote it.");
    CHECK(formStage(t).stage == ModerationStage::Done);
}

TEST_CASE("The queue: each person's forms at the meeting, grouped", "[moderation][queue]")
{
    const ModerationFormPlace oak{QStringLiteral("autumn"), QStringLiteral("oak"), QStringLiteral("CI")};
    AssessmentModerationForm unfinished = filled(QStringLiteral("A1"), QStringLiteral("t1"));
    unfinished.currentAbilities.clear();
    const AssessmentModerationForm unassigned = filled(QStringLiteral("A2"), QStringLiteral("t2"));
    AssessmentModerationForm assigned = filled(QStringLiteral("A3"), QStringLiteral("t3"));
    assigned.moderatorId = kTom.id;
    const AssessmentModerationForm awaiting = moderated(QStringLiteral("A4"), QStringLiteral("t4"));
    AssessmentModerationForm finished = moderated(QStringLiteral("A5"), QStringLiteral("t5"));
    finished.finalStatus = TargetStatus::Met;
    QList<Judgement> judgements;
    for (const char *t : {"t1", "t2", "t3", "t4", "t5"})
        judgements << judged(QString::fromLatin1(t), JudgementRole::Assessor, kHannah, 18);
    for (const char *t : {"t4", "t5"})
        judgements << judged(QString::fromLatin1(t), JudgementRole::Moderator, kTom, 23);
    QList<PlacedAssessmentForm> assessment;
    for (const AssessmentModerationForm &f : {unfinished, unassigned, assigned, awaiting, finished})
        assessment << PlacedAssessmentForm{f, oak};

    TargetSettingModerationForm toAnswer = proposed(QStringLiteral("T1"), kHannah);
    toAnswer.moderatorId = kTom.id;
    toAnswer.challenge = ChallengeLevel::TooEasy;
    toAnswer.suggestedRewrite = QStringLiteral("To request a drink or a snack from a page of 20 symbols.");
    const TargetSettingModerationForm tomsProposal = proposed(QStringLiteral("T2"), kTom);
    TargetSettingModerationForm settled = proposed(QStringLiteral("T3"), kHannah);
    settled.moderatorId = kRachel.id;
    settled.challenge = ChallengeLevel::JustRight;
    settled.moderationOutcome = QStringLiteral("Agreed.");
    QList<PlacedTargetSettingForm> targetSetting;
    for (const TargetSettingModerationForm &f : {toAnswer, tomsProposal, settled})
        targetSetting << PlacedTargetSettingForm{f, oak};

    const ModerationQueue hannah = moderationQueue(kHannah, assessment, targetSetting, judgements);
    CHECK(ids(hannah.mineToFill) == QStringList{"A1", "T1"});
    CHECK(ids(hannah.toModerate) == QStringList{"T2"}); // Tom's, with no moderator: she may take it
    CHECK(ids(hannah.withModerator) == QStringList{"A2", "A3"});
    CHECK(ids(hannah.awaitingSlt) == QStringList{"A4"});
    CHECK(ids(hannah.done) == QStringList{"A5", "T3"});
    REQUIRE(hannah.mineToFill.size() == 2);
    CHECK(hannah.mineToFill.at(0).kind == Kind::Assessment);
    CHECK(hannah.mineToFill.at(1).kind == Kind::TargetSetting);
    CHECK(hannah.mineToFill.at(1).stage.stage == ModerationStage::SetterToAnswer);
    CHECK(hannah.mineToFill.at(1).pupilId == QStringLiteral("ava"));
    CHECK(hannah.mineToFill.at(0).place == oak);

    const ModerationQueue tom = moderationQueue(kTom, assessment, targetSetting, judgements);
    CHECK(tom.mineToFill.isEmpty());
    CHECK(ids(tom.toModerate) == QStringList{"A2", "A3"}); // unassigned, and his own
    CHECK(ids(tom.withModerator) == QStringList{"T2"});    // his proposal, waiting for a moderator
    CHECK(ids(tom.awaitingSlt) == QStringList{"A4"});
    CHECK(ids(tom.done) == QStringList{"A5"});

    // Another teacher may take the unassigned forms, not Tom's; sees nobody else's progress.
    const ModerationQueue rachel = moderationQueue(kRachel, assessment, targetSetting, judgements);
    CHECK(ids(rachel.toModerate) == QStringList{"A2", "T2"});
    CHECK(rachel.awaitingSlt.isEmpty());
    CHECK(ids(rachel.done) == QStringList{"T3"}); // she moderated it

    // SLT see every form awaiting them and every one done, and may moderate the unassigned ones.
    for (const Staff &leader : {kClaire, kDavid}) {
        const ModerationQueue slt = moderationQueue(leader, assessment, targetSetting, judgements);
        CHECK(ids(slt.toModerate) == QStringList{"A2", "T2"});
        CHECK(ids(slt.awaitingSlt) == QStringList{"A4"});
        CHECK(ids(slt.done) == QStringList{"A5", "T3"});
        CHECK(slt.mineToFill.isEmpty());
        CHECK(slt.count() == 5);
    }

    // A TA moderates nothing and has no forms.
    CHECK(moderationQueue(kPriya, assessment, targetSetting, judgements).count() == 0);
    CHECK_FALSE(mayModerate(kPriya, kHannah.id));
    CHECK_FALSE(mayModerate(kHannah, kHannah.id));
    CHECK(mayModerate(kDavid, kHannah.id));
    Staff left = kTom;
    left.active = false;
    CHECK_FALSE(mayModerate(left, kHannah.id));
    // Whoever judged the target as its assessor gives no second opinion on it, as the store says.
    const QList<Judgement> davidAssessed{judged(QStringLiteral("t9"), JudgementRole::Assessor, kDavid, 3)};
    CHECK_FALSE(mayModerate(kDavid, kHannah.id, davidAssessed));
    CHECK(mayModerate(kTom, kHannah.id, davidAssessed));
}

TEST_CASE("The queue read from the store: one term's meeting, with each form's pupil", "[moderation][queue]")
{
    TempStore t;
    const MiniSchool m = makeMiniSchool(t.store);
    Staff tom = m.teacher;
    tom.id = newId();
    tom.firstName = QStringLiteral("Tom");
    tom.email = QStringLiteral("tom@school.example");
    tom.classIds.clear();
    REQUIRE(t.store.save(tom).ok);
    t.store.setActingStaffId(m.teacher.id);

    AssessmentModerationForm form;
    form.id = newId();
    form.targetId = m.benTargets.at(1).id;
    form.assessorId = m.teacher.id;
    form.startingPoint = QStringLiteral("Sorted by colour with a spoken prompt.");
    form.createdAt = QDateTime(QDate(2026, 11, 18), QTime(15, 0));
    REQUIRE(t.store.save(form).ok);
    TargetSettingModerationForm proposal;
    proposal.id = newId();
    proposal.pupilId = m.ava.id;
    proposal.areaId = m.avaTargets.first().areaId;
    proposal.termId = m.term.id;
    proposal.previousTargetId = m.avaTargets.first().id;
    proposal.setterId = m.teacher.id;
    proposal.previousStatus = TargetStatus::Met;
    proposal.nextStep = NextStep::Amend;
    proposal.proposedTargetText = QStringLiteral("To request a drink from a page of 20 symbols.");
    proposal.reasons = QStringLiteral("She requests from 12 now.");
    proposal.ehcpOutcomeIds = {m.ava.ehcpOutcomes.first().id};
    proposal.plannedProvision = QStringLiteral("PECS phase 4.");
    proposal.createdAt = QDateTime(QDate(2026, 11, 18), QTime(15, 5));
    REQUIRE(t.store.save(proposal).ok);

    const ModerationQueue mine = moderationQueue(t.store, m.teacher, m.term.id);
    REQUIRE(mine.mineToFill.size() == 1);
    CHECK(mine.mineToFill.first().formId == form.id);
    CHECK(mine.mineToFill.first().pupilId == m.ben.id);
    CHECK(mine.mineToFill.first().place.classId == m.oak.id);
    REQUIRE(mine.withModerator.size() == 1);
    CHECK(mine.withModerator.first().formId == proposal.id);
    CHECK(mine.withModerator.first().pupilId == m.ava.id);

    const ModerationQueue toms = moderationQueue(t.store, tom, m.term.id);
    REQUIRE(toms.toModerate.size() == 1);
    CHECK(toms.toModerate.first().formId == proposal.id);

    // Another term's meeting holds none of them.
    CHECK(moderationQueue(t.store, m.teacher, newId()).count() == 0);
    CHECK(moderationQueue(t.store, m.teacher, QString()).count() == 0);
}
