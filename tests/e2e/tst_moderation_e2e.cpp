// Moderation across three tablets and the real store (issue 12): the class teacher fills an
// assessment moderation form with evidence on tablet A; another teacher moderates it blind on
// tablet B (their own judgement first, the assessor's shown only after); the assessor and SLT
// both change one field of it on two tablets (a clash, settled by SLT); SLT finalise it on
// tablet C, with the outcome worked out. Every tablet ends with the same form, and the store
// accepted every change in its author's name; the assessor then writing the moderator's section is
// refused, in words on their tablet's sync page (docs/security.md, "Moderation").
#include "e2edevice.h"

#include "moderation/blindorder.h"
#include "moderation/moderationoutcome.h"

#include <QTest>
#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::E2e;

namespace {

void saveOk(Store &store, const auto &record)
{
    const WriteResult r = store.save(record);
    INFO(r.message.toStdString());
    REQUIRE(r.ok);
}

AssessmentModerationForm formOn(Device &d, const QString &id)
{
    const auto f = d.store.assessmentModerationForm(id);
    REQUIRE(f);
    return *f;
}

// The people of the demo school a moderation meeting needs for one pupil's target: the class
// teacher (the assessor), a teacher of another class who has not judged the target (the
// moderator), and a senior leader.
struct People
{
    Staff assessor;
    Staff moderator;
    Staff seniorLeader;
};

People peopleFor(Store &store, const DemoPicks &picks)
{
    People p;
    QSet<QString> judgedIt;
    for (const Judgement &j : store.judgementsOfTarget(picks.targetId))
        judgedIt.insert(j.judgedBy);
    for (const PlacedAssessmentForm &placed : store.placedAssessmentModerationForms(picks.schoolId))
        if (placed.form.targetId == picks.targetId)
            judgedIt.insert(placed.form.assessorId); // the demo's meeting may have a form for it too
    for (const Staff &s : store.staffOfSchool(picks.schoolId)) {
        const bool slt = s.hasRole(StaffRole::SeniorLeader);
        if (s.hasRole(StaffRole::Teacher) && !slt && s.classIds.contains(picks.pupil.classId) &&
            p.assessor.id.isEmpty())
            p.assessor = s;
        else if (s.hasRole(StaffRole::Teacher) && !slt && !s.classIds.contains(picks.pupil.classId) &&
                 !judgedIt.contains(s.id) && p.moderator.id.isEmpty())
            p.moderator = s;
        else if (slt && p.seniorLeader.id.isEmpty())
            p.seniorLeader = s;
    }
    REQUIRE_FALSE(p.assessor.id.isEmpty());
    REQUIRE_FALSE(p.moderator.id.isEmpty());
    REQUIRE_FALSE(p.seniorLeader.id.isEmpty());
    return p;
}

Judgement judgement(const QString &targetId, JudgementRole role, TargetStatus status, const QString &by)
{
    Judgement j;
    j.id = newId();
    j.targetId = targetId;
    j.role = role;
    j.status = status;
    j.judgedBy = by;
    j.judgedAt = QDateTime::currentDateTimeUtc();
    return j;
}

void moderatedBlindAndFinalised(Backend backend)
{
    StoreServer server(backend);
    const QString schoolId = server.loadDemo();
    server.start();
    Device a;
    Device b;
    Device c;
    const DemoPicks picks = a.joinSchool(server, schoolId, QStringLiteral("Oak iPad"));
    b.joinSchool(server, schoolId, QStringLiteral("Willow iPad"));
    c.joinSchool(server, schoolId, QStringLiteral("Office iPad"));
    const People people = peopleFor(a.store, picks);

    // Tablet A: the TA records evidence of the target; the class teacher judges it and fills in
    // the assessor's side of a form, with that evidence attached.
    const EvidenceItem evidence = writtenObservation(
        picks, QStringLiteral("Asked for a drink at snack time with one PECS card, no prompt."),
        a.store.deviceId());
    saveOk(a.store, evidence);
    a.actAs(people.assessor.id);
    saveOk(a.store, judgement(picks.targetId, JudgementRole::Assessor, TargetStatus::PartiallyMet,
                              people.assessor.id));
    AssessmentModerationForm form;
    form.id = newId();
    form.targetId = picks.targetId;
    form.assessorId = people.assessor.id;
    form.startingPoint = QStringLiteral("Could ask for a drink with a full physical prompt.");
    form.provisionUsed = QStringLiteral("PECS phase 2, daily at snack time.");
    form.evidenceIds = {evidence.id};
    form.progressEvidenceNote = QStringLiteral("The class's PECS chart, weeks 1 to 9.");
    form.currentAbilities = QStringLiteral("Asks for a drink with one card.");
    form.createdAt = QDateTime::currentDateTimeUtc();
    saveOk(a.store, form);
    requireSynced(a);

    // Tablet B: the moderator takes the form and judges blind. The assessor's judgement is not
    // shown to them until their own exists; it is then shown, and the time recorded.
    requireSynced(b);
    b.actAs(people.moderator.id);
    AssessmentModerationForm onB = formOn(b, form.id);
    CHECK(onB.evidenceIds == QStringList{evidence.id});
    onB.moderatorId = people.moderator.id;
    saveOk(b.store, onB);
    CHECK_FALSE(mayShowAssessorJudgement(onB, b.store.judgementsOfTarget(picks.targetId), people.moderator));
    const Judgement moderators =
        judgement(picks.targetId, JudgementRole::Moderator, TargetStatus::Met, people.moderator.id);
    saveOk(b.store, moderators);
    REQUIRE(mayShowAssessorJudgement(onB, b.store.judgementsOfTarget(picks.targetId), people.moderator));
    QTest::qWait(5); // the assessor's judgement is shown a moment after the moderator's is recorded
    onB = formOn(b, form.id);
    onB.assessorShownAt = QDateTime::currentDateTimeUtc();
    onB.moderatedTargetText = b.store.target(picks.targetId)->text;
    const EvidenceItem seen = *b.store.evidenceItem(evidence.id);
    onB.moderatedEvidence = {{seen.id, seen.kind, seen.capturedAt, seen.note, seen.promptLevel}};
    onB.moderatorExplanation = QStringLiteral("The note shows him asking with no prompt: that is met.");
    onB.moderatorAgreed = false;
    onB.disagreementSource = QStringLiteral("Whether one card without a prompt counts as met.");
    saveOk(b.store, onB);
    requireSynced(b);

    // The assessor (tablet A) and SLT (tablet C) both change "current abilities", neither having
    // seen the other's: a clash on every tablet, which SLT settle by keeping the assessor's words.
    requireSynced(a);
    requireSynced(c);
    c.actAs(people.seniorLeader.id);
    AssessmentModerationForm onA = formOn(a, form.id);
    onA.currentAbilities = QStringLiteral("Asks for a drink with one card, unprompted, at snack time.");
    saveOk(a.store, onA);
    AssessmentModerationForm onC = formOn(c, form.id);
    onC.currentAbilities = QStringLiteral("Asks for a drink with one card.  Needs a prompt at lunch.");
    saveOk(c.store, onC);
    requireSynced(a);
    requireSynced(c);
    requireSynced(a);
    requireSynced(b);
    for (Device *d : {&a, &b, &c}) {
        const QList<ConflictRecord> conflicts = d->ledger().openConflicts();
        REQUIRE(conflicts.size() == 1);
        CHECK(conflicts.first().entity == QLatin1String("assessment_moderation_form"));
        CHECK(conflicts.first().entityId == form.id);
        CHECK(conflicts.first().field == QLatin1String("current_abilities"));
        QStringList values;
        for (const QJsonValue &v : conflicts.first().values)
            values << v.toObject().value(QLatin1String("value")).toString();
        CHECK(values.contains(onA.currentAbilities));
        CHECK(values.contains(onC.currentAbilities));
    }
    REQUIRE(c.ledger().resolveConflict(c.ledger().openConflicts().first().id, onA.currentAbilities));
    requireSynced(c);

    // Tablet C: SLT give their judgement and finalise the form; the outcome is worked out from the
    // assessor's first judgement, as the store checks.
    const auto first = assessorFirstJudgement(c.store.judgementsOfTarget(picks.targetId));
    REQUIRE(first);
    const TargetStatus finalStatus = first->status == TargetStatus::Exceeded
                                         ? TargetStatus::Met
                                         : static_cast<TargetStatus>(static_cast<int>(first->status) + 1);
    const ModerationOutcome expected =
        finalStatus > first->status ? ModerationOutcome::Up : ModerationOutcome::Down;
    saveOk(c.store,
           judgement(picks.targetId, JudgementRole::SeniorLeader, finalStatus, people.seniorLeader.id));
    onC = formOn(c, form.id);
    onC.seniorLeaderId = people.seniorLeader.id;
    onC.assessorModeratorAgreed = false;
    onC.mindChangedBy = MindChangedBy::Assessor;
    onC.sltComments = QStringLiteral("The note and the chart agree with the moderator.");
    onC.sltFinalDecision = QStringLiteral("Met: one card, unprompted.");
    onC.finalStatus = finalStatus;
    onC = withWorkedOutOutcome(onC, c.store.judgementsOfTarget(picks.targetId));
    REQUIRE(onC.moderationOutcome == expected);
    saveOk(c.store, onC);
    requireSynced(c);
    requireSynced(a);
    requireSynced(b);

    // Every tablet holds the same form, finalised, moderated blind, with nothing waiting or refused.
    const AssessmentModerationForm finished = formOn(c, form.id);
    for (Device *d : {&a, &b, &c}) {
        const AssessmentModerationForm held = formOn(*d, form.id);
        CHECK(held == finished);
        CHECK(held.assessorId == people.assessor.id);
        CHECK(held.moderatorId == people.moderator.id);
        CHECK(held.seniorLeaderId == people.seniorLeader.id);
        CHECK(held.evidenceIds == QStringList{evidence.id});
        CHECK(held.currentAbilities == onA.currentAbilities);
        CHECK(held.moderatedEvidence.size() == 1);
        CHECK(held.finalStatus == finalStatus);
        CHECK(held.moderationOutcome == expected);
        const BlindOrder order = blindOrder(held, d->store.judgementsOfTarget(picks.targetId));
        CHECK(order.state == BlindOrder::State::JudgedBlind);
        CHECK(order.moderatorJudgedAt <= order.assessorShownAt);
        CHECK(d->ledger().openConflicts().isEmpty());
        CHECK(d->ledger().rejectedMutations().isEmpty());
        CHECK(d->store.unsentMutationCount() == 0);
    }

    // The assessor writing the moderator's section on their own tablet (a page of an old build would
    // let them): the store refuses it in words the sync page shows, and no other tablet gets it.
    AssessmentModerationForm ownMarking = formOn(a, form.id);
    ownMarking.moderatorExplanation = QStringLiteral("I agree with myself.");
    saveOk(a.store, ownMarking);
    const SyncReport refused = a.sync();
    CHECK(refused.rejected == 1);
    const QList<RejectedMutation> onSyncPage = a.ledger().rejectedMutations();
    REQUIRE(onSyncPage.size() == 1);
    CHECK(onSyncPage.first().entityId == form.id);
    CHECK(onSyncPage.first().error == QLatin1String("forbidden"));
    CHECK(onSyncPage.first().message.startsWith(
        QStringLiteral("You assessed this target, so you cannot moderate your own form")));
    requireSynced(b);
    CHECK(formOn(b, form.id) == finished);
}

} // namespace

STRIDE_E2E_SCENARIO("A form filled on one tablet is moderated blind on another and finalised by SLT on a "
                    "third, with a clash settled on the way",
                    moderatedBlindAndFinalised)
