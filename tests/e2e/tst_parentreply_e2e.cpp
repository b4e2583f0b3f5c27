// A family's reply to the progress report, recorded in school on one tablet and on another,
// through the real store: one reply, the same on both; two tablets that typed different things
// make one reply whose differing fields are a clash shown on both (core/termend/parentreplies.h).
#include "e2edevice.h"

#include "termend/parentreplies.h"

#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::E2e;

namespace {

void saveOk(Store &store, const ParentResponse &reply)
{
    const WriteResult r = store.save(reply);
    INFO(r.message.toStdString());
    REQUIRE(r.ok);
}

// A pupil of the demo with an ILP this term and no reply to it yet.
Ilp unrepliedIlp(Store &store, const QString &schoolId, const QString &notPupilId = {})
{
    const auto term = store.currentTerm(schoolId, QDate(2026, 11, 20));
    REQUIRE(term);
    for (const Pupil &pupil : store.pupilsOfSchool(schoolId)) {
        if (pupil.id == notPupilId)
            continue;
        const auto ilp = store.ilpFor(pupil.id, term->id);
        if (ilp && store.parentResponsesOfIlp(ilp->id).isEmpty())
            return *ilp;
    }
    FAIL("The demo school has no ILP this term without a reply");
    return {};
}

void replySyncedAndClashShown(Backend backend)
{
    StoreServer server(backend);
    const QString schoolId = server.loadDemo();
    server.start();
    Device a;
    Device b;
    const DemoPicks picks = a.joinSchool(server, schoolId, QStringLiteral("Office iPad"));
    b.joinSchool(server, schoolId, QStringLiteral("Oak iPad"));
    a.actAs(picks.teacher.id);
    b.actAs(picks.teacher.id);

    // The slip comes back and is recorded on tablet A; tablet B shows it after syncing.
    const Ilp first = unrepliedIlp(a.store, schoolId);
    ParentResponse reply = ParentReplies::newReply(first.id, picks.teacher.id, QDate(2026, 12, 10));
    reply.approved = true;
    reply.respondentName = QStringLiteral("Mrs Khan (mum)");
    saveOk(a.store, reply);
    requireSynced(a);
    requireSynced(b);
    const auto onB = ParentReplies::replyTo(b.store, first.id);
    REQUIRE(onB);
    CHECK(*onB == reply);
    CHECK(ParentReplies::summary(*onB).contains(QLatin1String("Mrs Khan (mum)")));

    // Another family's slip is recorded on both tablets while they are apart, differently: one
    // record (its id comes from the ILP), the fields typed alike merged, the ones typed
    // differently a clash for a person to settle, on both tablets.
    const Ilp second = unrepliedIlp(a.store, schoolId, first.pupilId);
    ParentResponse fromA = ParentReplies::newReply(second.id, picks.teacher.id, QDate(2026, 12, 11));
    fromA.respondentName = QStringLiteral("Mr Jones (dad)");
    fromA.approved = true;
    saveOk(a.store, fromA);
    ParentResponse fromB = ParentReplies::newReply(second.id, picks.teacher.id, QDate(2026, 12, 11));
    fromB.respondentName = QStringLiteral("Mr Jones (dad)");
    fromB.approved = false;
    fromB.comments = QStringLiteral("We would like the toileting target to include home.");
    saveOk(b.store, fromB);
    CHECK(fromA.id == fromB.id);
    requireSynced(a);
    requireSynced(b);
    requireSynced(a);

    for (Device *d : {&a, &b}) {
        CHECK(d->store.parentResponsesOfIlp(second.id).size() == 1);
        CHECK(d->store.unsentMutationCount() == 0);
    }
    const auto settledA = ParentReplies::replyTo(a.store, second.id);
    const auto settledB = ParentReplies::replyTo(b.store, second.id);
    REQUIRE(settledA);
    REQUIRE(settledB);
    CHECK(*settledA == *settledB);
    CHECK(settledA->respondentName == QLatin1String("Mr Jones (dad)"));
    for (Device *d : {&a, &b}) {
        QStringList clashing;
        for (const ConflictRecord &c : d->ledger().openConflicts()) {
            CHECK(c.entity == QLatin1String("parent_response"));
            CHECK(c.entityId == fromA.id);
            clashing << c.field;
        }
        clashing.sort();
        CHECK(clashing == QStringList{QStringLiteral("approved"), QStringLiteral("comments")});
    }

    // The teacher rings home and settles it on tablet A: both tablets follow, with no clash left.
    for (const ConflictRecord &c : a.ledger().openConflicts())
        REQUIRE(a.ledger().resolveConflict(
            c.id, c.field == QLatin1String("approved") ? QJsonValue(0) : QJsonValue(fromB.comments)));
    requireSynced(a);
    requireSynced(b);
    for (Device *d : {&a, &b}) {
        const auto settled = ParentReplies::replyTo(d->store, second.id);
        REQUIRE(settled);
        CHECK_FALSE(settled->approved);
        CHECK(settled->comments == fromB.comments);
        CHECK(d->ledger().openConflicts().isEmpty());
    }
}

} // namespace

STRIDE_E2E_SCENARIO("A family's reply recorded on one tablet shows on another; recorded on two, one reply "
                    "and the differences a clash",
                    replySyncedAndClashShown)
