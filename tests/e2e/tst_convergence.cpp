// Two tablets against the real store: offline captures, the same form field edited differently,
// convergence, the conflict visible on both; and a tablet whose clock is an hour wrong.
#include "e2edevice.h"

#include "review/judgementhistory.h"

#include <QThread>

#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::E2e;

namespace {

AssessmentModerationForm form(Store &store, const QString &id)
{
    const auto f = store.assessmentModerationForm(id);
    REQUIRE(f);
    return *f;
}

void saveOk(Store &store, const auto &record)
{
    const WriteResult r = store.save(record);
    INFO(r.message.toStdString());
    REQUIRE(r.ok);
}

void twoTabletsConverge(Backend backend)
{
    StoreServer server(backend);
    const QString schoolId = server.loadDemo();
    server.start();
    Device a;
    Device b;
    a.enrol(server, schoolId, QStringLiteral("Oak iPad 1"));
    b.enrol(server, schoolId, QStringLiteral("Oak iPad 2"));
    requireSynced(a);
    requireSynced(b);
    const DemoPicks picks = pickFromDemo(a.store);
    CHECK(b.store.pupilsOfSchool(schoolId).size() == a.store.pupilsOfSchool(schoolId).size());
    CHECK(a.store.pupilsOfSchool(schoolId).size() == 24);

    // The teacher starts a moderation form on tablet A; both tablets get it.
    a.actAs(picks.teacher.id);
    b.actAs(picks.teacher.id);
    AssessmentModerationForm f;
    f.id = newId();
    f.targetId = picks.targetId;
    f.assessorId = picks.teacher.id;
    f.startingPoint = QStringLiteral("Could request a drink with a full physical prompt.");
    f.createdAt = QDateTime::currentDateTimeUtc();
    saveOk(a.store, f);
    requireSynced(a);
    requireSynced(b);
    REQUIRE(form(b.store, f.id).startingPoint == f.startingPoint);

    // Offline: each tablet captures evidence, and both edit the same field differently.
    a.actAs(picks.assistant.id);
    const EvidenceItem fromA =
        writtenObservation(picks, QStringLiteral("Asked for a drink at snack time (A)."), a.store.deviceId());
    saveOk(a.store, fromA);
    b.actAs(picks.assistant.id);
    const EvidenceItem fromB =
        writtenObservation(picks, QStringLiteral("Used PECS in the café (B)."), b.store.deviceId());
    saveOk(b.store, fromB);
    a.actAs(picks.teacher.id);
    b.actAs(picks.teacher.id);
    AssessmentModerationForm onA = form(a.store, f.id);
    onA.provisionUsed = QStringLiteral("PECS phase 2, daily (A).");
    saveOk(a.store, onA);
    // B's edit must be the later one. Both tablets here read one wall clock, and two saves can
    // fall in the same millisecond: their stamps then tie on time and the device ids decide,
    // which is right for the store but not the order this test means.
    const qint64 savedOnA = QDateTime::currentMSecsSinceEpoch();
    while (QDateTime::currentMSecsSinceEpoch() <= savedOnA)
        QThread::msleep(1);
    AssessmentModerationForm onB = form(b.store, f.id);
    onB.provisionUsed = QStringLiteral("PECS phase 3 at snack and lunch (B).");
    saveOk(b.store, onB);

    requireSynced(a);
    requireSynced(b);
    requireSynced(a);

    // Converged: the same value on both (the later edit, B's), and both captures on both.
    const QString onAAfter = form(a.store, f.id).provisionUsed;
    CHECK(onAAfter == form(b.store, f.id).provisionUsed);
    CHECK(onAAfter == onB.provisionUsed);
    for (Device *d : {&a, &b}) {
        CHECK(d->store.evidenceItem(fromA.id));
        CHECK(d->store.evidenceItem(fromB.id));
        CHECK(d->store.unsentMutationCount() == 0);
    }
    // And the conflict is there for a person to see, on both tablets, with both values.
    for (Device *d : {&a, &b}) {
        const QList<ConflictRecord> conflicts = d->ledger().openConflicts();
        REQUIRE(conflicts.size() == 1);
        const ConflictRecord &c = conflicts.first();
        CHECK(c.entity == QLatin1String("assessment_moderation_form"));
        CHECK(c.entityId == f.id);
        CHECK(c.field == QLatin1String("provision_used"));
        QStringList values;
        for (const QJsonValue &v : c.values)
            values << v.toObject().value(QLatin1String("value")).toString();
        CHECK(values.contains(onA.provisionUsed));
        CHECK(values.contains(onB.provisionUsed));
    }

    // The teacher resolves it on tablet A by choosing A's wording: both tablets follow.
    const QString conflictId = a.ledger().openConflicts().first().id;
    REQUIRE(a.ledger().resolveConflict(conflictId, onA.provisionUsed));
    requireSynced(a);
    requireSynced(b);
    for (Device *d : {&a, &b}) {
        CHECK(form(d->store, f.id).provisionUsed == onA.provisionUsed);
        CHECK(d->ledger().openConflicts().isEmpty());
    }
}

void clockAnHourWrong(Backend backend)
{
    StoreServer server(backend);
    const QString schoolId = server.loadDemo();
    server.start();
    // Tablet A runs an hour slow (a wrong time zone, a flat battery), tablet B four minutes fast:
    // the most the store takes (docs/sync.md, "Clocks"), since a stamp further ahead would win
    // every merge until the real time caught up.
    Device slow([] { return QDateTime::currentMSecsSinceEpoch() - 3600 * 1000; });
    Device fast([] { return QDateTime::currentMSecsSinceEpoch() + 4 * 60 * 1000; });
    slow.enrol(server, schoolId, QStringLiteral("Slow iPad"));
    fast.enrol(server, schoolId, QStringLiteral("Fast iPad"));
    requireSynced(slow);
    requireSynced(fast);
    const DemoPicks picks = pickFromDemo(slow.store);

    fast.actAs(picks.assistant.id);
    EvidenceItem item =
        writtenObservation(picks, QStringLiteral("First note, from the fast tablet."), fast.store.deviceId());
    saveOk(fast.store, item);
    requireSynced(fast);
    requireSynced(slow);

    // The slow tablet edits the note after seeing the fast one's: its clock says an hour and four
    // minutes earlier, but its edit must still win, with no conflict (it saw the value it changed).
    slow.actAs(picks.assistant.id);
    EvidenceItem edited = *slow.store.evidenceItem(item.id);
    edited.note = QStringLiteral("Corrected on the slow tablet.");
    saveOk(slow.store, edited);
    requireSynced(slow);
    requireSynced(fast);
    CHECK(fast.store.evidenceItem(item.id)->note == edited.note);
    CHECK(slow.store.evidenceItem(item.id)->note == edited.note);
    CHECK(fast.ledger().openConflicts().isEmpty());
    CHECK(slow.ledger().rejectedMutations().isEmpty());
    CHECK(fast.ledger().rejectedMutations().isEmpty());
    // The slow tablet's latest stamp is after the fast tablet's, though its wall clock is behind.
    const QString slowStamp = slow.store.mutationsOf(QStringLiteral("evidence_item"), item.id).last().hlc;
    const QString fastStamp = fast.store.mutationsOf(QStringLiteral("evidence_item"), item.id).last().hlc;
    CHECK(slowStamp > fastStamp);
}

Judgement judgementBy(const DemoPicks &picks, TargetStatus status, NextStep step,
                      const QString &supersedes = {})
{
    Judgement j;
    j.id = newId();
    j.targetId = picks.targetId;
    j.role = JudgementRole::Assessor;
    j.status = status;
    j.nextStep = step;
    j.judgedBy = picks.teacher.id;
    j.judgedAt = QDateTime::currentDateTimeUtc();
    j.supersedesId = supersedes;
    return j;
}

// Assessment week offline on two tablets: on one the target is amended and judged, on the other
// it is judged differently. Both judgements are kept on both tablets and shown as a clash; the
// amendment reaches both; one new judgement settles the clash everywhere.
void twoJudgementsOffline(Backend backend)
{
    StoreServer server(backend);
    const QString schoolId = server.loadDemo();
    server.start();
    Device a;
    Device b;
    a.enrol(server, schoolId, QStringLiteral("Oak iPad 1"));
    b.enrol(server, schoolId, QStringLiteral("Oak iPad 2"));
    requireSynced(a);
    requireSynced(b);
    const DemoPicks picks = pickFromDemo(a.store);
    a.actAs(picks.teacher.id);
    b.actAs(picks.teacher.id);
    const qsizetype before = a.store.judgementsOfTarget(picks.targetId).size();
    const QString standingBefore =
        judgementHistory(a.store.judgementsOfTarget(picks.targetId))
            .toSupersede(JudgementRole::Assessor, TargetStatus::Met, NextStep::Continue);

    // Offline, at the same time.
    Target amended = *a.store.target(picks.targetId);
    amended.text += QStringLiteral(" (with his PECS book)");
    saveOk(a.store, amended);
    saveOk(a.store, judgementBy(picks, TargetStatus::Met, NextStep::Continue, standingBefore));
    saveOk(b.store, judgementBy(picks, TargetStatus::PartiallyMet, NextStep::Amend, standingBefore));
    requireSynced(a);
    requireSynced(b);
    requireSynced(a);

    for (Device *d : {&a, &b}) {
        const QList<Judgement> all = d->store.judgementsOfTarget(picks.targetId);
        CHECK(all.size() == before + 2);
        const JudgementHistory history = judgementHistory(all);
        REQUIRE(history.hasClash());
        CHECK(history.clashes.first().judgements.size() == 2);
        CHECK(d->store.target(picks.targetId)->text == amended.text);
        CHECK(d->ledger().openConflicts().isEmpty()); // only one tablet changed the target's text
    }

    // The teacher settles it on tablet B: 2 Partially Met, Amend stands, everywhere.
    const JudgementHistory onB = judgementHistory(b.store.judgementsOfTarget(picks.targetId));
    saveOk(b.store, judgementBy(picks, TargetStatus::PartiallyMet, NextStep::Amend,
                                onB.toSupersede(JudgementRole::Assessor, TargetStatus::PartiallyMet,
                                                NextStep::Amend)));
    requireSynced(b);
    requireSynced(a);
    for (Device *d : {&a, &b}) {
        const JudgementHistory settled = judgementHistory(d->store.judgementsOfTarget(picks.targetId));
        CHECK_FALSE(settled.hasClash());
        REQUIRE(settled.current(JudgementRole::Assessor));
        CHECK(settled.current(JudgementRole::Assessor)->status == TargetStatus::PartiallyMet);
    }
}

} // namespace

STRIDE_E2E_SCENARIO(
    "Two tablets capture offline, edit one field differently, converge and both show the conflict",
    twoTabletsConverge)
STRIDE_E2E_SCENARIO("A tablet whose clock is an hour wrong still orders its edits after what it has seen",
                    clockAnHourWrong)
STRIDE_E2E_SCENARIO(
    "Two tablets judge one target differently offline while one amends it: both kept, the clash "
    "shown, then settled",
    twoJudgementsOffline)
