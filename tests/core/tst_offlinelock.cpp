// A tablet kept away from its school's store locks itself (docs/security.md, "Erase"): nobody signs
// in after the days the school chose, setting the clock back does not help, and reaching the store
// (any answer past its token check, with nobody signed in) unlocks it.
#include "fakehttpserver.h"
#include "testsupport.h"

#include "people/offlinelock.h"
#include "people/signin.h"
#include "sync/syncclient.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace Stride;
using namespace Stride::Testing;

namespace {

const QString kPin = QStringLiteral("4826");

void enrol(Store &store, const QString &schoolId, const QDateTime &at, const QUrl &url = {})
{
    Enrolment e;
    e.serverUrl = url.isValid() ? url : QUrl(QStringLiteral("https://stride.school.example"));
    e.deviceId = QStringLiteral("dev-1");
    e.deviceToken = QStringLiteral("token-1");
    e.schoolId = schoolId;
    e.schoolName = QStringLiteral("Millbrook Park School");
    e.enrolledAt = at;
    REQUIRE(SyncLedger(store).saveEnrolment(e));
}

} // namespace

TEST_CASE("A tablet not enrolled with a store has nothing to lock", "[offlinelock]")
{
    TempStore t;
    const MiniSchool m = makeMiniSchool(t.store);
    REQUIRE(SignIn(t.store).keepCredential(m.teacher.id, kPin, QByteArray(32, '\x11')));
    const QDateTime years = QDateTime::currentDateTimeUtc().addYears(3);
    CHECK_FALSE(OfflineLock(t.store).check(years).locked);
    CHECK(SignIn(t.store).attempt(m.teacher.id, kPin, years).outcome == SignIn::Outcome::SignedIn);
}

TEST_CASE("After the school's days without the store nobody signs in; the clock set back does not unlock",
          "[offlinelock]")
{
    TempStore t;
    const MiniSchool m = makeMiniSchool(t.store);
    REQUIRE(SignIn(t.store).keepCredential(m.assistant.id, kPin, QByteArray(32, '\x22')));
    const QDateTime enrolled = QDateTime::currentDateTimeUtc();
    enrol(t.store, m.school.id, enrolled);

    // Fourteen days by default: on the fourteenth it still opens, after it not.
    CHECK(OfflineLock(t.store).check(enrolled.addDays(14)).lockAfterDays == 14);
    CHECK(SignIn(t.store).attempt(m.assistant.id, kPin, enrolled.addDays(14)).outcome ==
          SignIn::Outcome::SignedIn);
    const SignIn::Result locked = SignIn(t.store).attempt(m.assistant.id, kPin, enrolled.addDays(15));
    CHECK(locked.outcome == SignIn::Outcome::OfflineTooLong);
    // (Without the app's translation loaded, the plural reads "day(s)".)
    CHECK(locked.message.startsWith(
        QLatin1String("This tablet has not reached the school's store for 15 day")));
    CHECK(locked.message.contains(QLatin1String("Connect it to the school's Wi-Fi; it unlocks as soon as it "
                                                "reaches the store.")));
    // No PIN is tried while locked, so none counts as wrong.
    CHECK(SignIn(t.store).attempt(m.assistant.id, QStringLiteral("1357"), enrolled.addDays(15)).outcome ==
          SignIn::Outcome::OfflineTooLong);

    // The clock put back a fortnight: the tablet has seen day 15, and counts from there, even after
    // the app (the store) is closed and opened again.
    t.store.close();
    REQUIRE(t.store.open(t.path()).ok());
    CHECK(SignIn(t.store).attempt(m.assistant.id, kPin, enrolled.addDays(1)).outcome ==
          SignIn::Outcome::OfflineTooLong);
    CHECK(OfflineLock(t.store).check(enrolled.addDays(1)).daysOffline == 15);

    // Reaching the store unlocks it, and the days count from then.
    REQUIRE(OfflineLock(t.store).noteStoreReached(enrolled.addDays(16)));
    const SignIn::Result open = SignIn(t.store).attempt(m.assistant.id, kPin, enrolled.addDays(16));
    CHECK(open.outcome == SignIn::Outcome::SignedIn);
    CHECK(SignIn(t.store).attempt(m.assistant.id, kPin, enrolled.addDays(31)).outcome ==
          SignIn::Outcome::OfflineTooLong);

    // The school chooses the days (synced like its other fields); 0 is refused.
    School school = *t.store.school(m.school.id);
    school.offlineLockDays = 0;
    CHECK_FALSE(t.store.save(school).ok);
    school.offlineLockDays = 3;
    REQUIRE(t.store.save(school).ok);
    CHECK(t.store.school(m.school.id)->offlineLockDays == 3);
    REQUIRE(OfflineLock(t.store).noteStoreReached(enrolled.addDays(40)));
    CHECK_FALSE(OfflineLock(t.store).check(enrolled.addDays(43)).locked);
    const OfflineLock::State three = OfflineLock(t.store).check(enrolled.addDays(44));
    CHECK(three.locked);
    CHECK(three.daysOffline == 4);
    CHECK(three.lockAfterDays == 3);
}

TEST_CASE("Any answer from the store past its token check unlocks the tablet, with nobody signed in",
          "[offlinelock][sync]")
{
    int status = 401;
    FakeHttpServer server([&](const FakeRequest &) {
        if (status == 401)
            return FakeResponse::json(401, R"({"error":"unauthenticated","message":"Who are you?"})");
        if (status == 503)
            return FakeResponse::json(503, R"({"error":"unavailable","message":"Starting up."})");
        return FakeResponse::json(200, R"({"applied":[],"duplicates":[],"rejected":[],"changes":[],)"
                                       R"("cursor":0,"more":false})");
    });
    TempStore t;
    const MiniSchool m = makeMiniSchool(t.store);
    const QDateTime longAgo = QDateTime::currentDateTimeUtc().addDays(-30);
    enrol(t.store, m.school.id, longAgo, server.url());
    REQUIRE(OfflineLock(t.store).check().locked);
    SyncClient client(t.store, nullptr, {});
    REQUIRE(client.useEnrolment());

    // An unknown token, or a server error (a proxy's, perhaps), is not the store vouching for it.
    for (const int refused : {401, 503}) {
        status = refused;
        QSignalSpy answered(&client.api(), &SyncApi::storeReached);
        QSignalSpy done(&client, &SyncClient::syncFinished);
        client.sync();
        REQUIRE(done.wait(20000));
        CHECK(answered.isEmpty());
        CHECK(OfflineLock(t.store).check().locked);
    }

    status = 200;
    QSignalSpy done(&client, &SyncClient::syncFinished);
    client.sync();
    REQUIRE(done.wait(20000));
    const OfflineLock::State state = OfflineLock(t.store).check();
    CHECK_FALSE(state.locked);
    CHECK(state.lastReached.secsTo(QDateTime::currentDateTimeUtc()) < 60);
}
