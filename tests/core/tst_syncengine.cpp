// The sync engine: backoff with jitter, offline and back, status for the sync page.
#include "fakehttpserver.h"
#include "testsupport.h"

#include "sync/backoff.h"
#include "sync/syncclient.h"
#include "sync/syncengine.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace Stride;
using namespace Stride::Testing;

TEST_CASE("Backoff doubles up to its cap, with jitter in the upper half", "[sync][backoff]")
{
    Backoff low(1000, 60000, [] { return 0.0; });
    Backoff high(1000, 60000, [] { return 0.999999; });
    CHECK(low.delayAfter(0) == 0);
    CHECK(low.delayAfter(1) == 500);
    CHECK(high.delayAfter(1) == 999);
    CHECK(low.delayAfter(2) == 1000);
    CHECK(low.delayAfter(3) == 2000);
    CHECK(high.delayAfter(4) >= 7999);
    CHECK(low.delayAfter(30) == 30000);
    CHECK(high.delayAfter(30) <= 60000);
    Backoff real(1000, 60000);
    for (int i = 0; i < 100; ++i) {
        const qint64 d = real.delayAfter(3);
        CHECK(d >= 2000);
        CHECK(d <= 4000);
    }
}

namespace {
FakeResponse emptyStore(const FakeRequest &r)
{
    if (r.path == QLatin1String("/v1/changes"))
        return FakeResponse::json(200, R"({"changes":[],"cursor":0,"more":false})");
    if (r.path == QLatin1String("/v1/push"))
        return FakeResponse::json(200, R"({"applied":[],"duplicates":[],"rejected":[],"server_hlc":""})");
    return FakeResponse::json(404, R"({"error":"not_found"})");
}
} // namespace

TEST_CASE("The engine backs off while the server is away, then syncs when it is back", "[sync][engine]")
{
    TempStore t;
    SyncClient client(t.store, nullptr, {});
    // A port nothing listens on yet.
    quint16 port = 0;
    {
        FakeHttpServer probe(emptyStore);
        port = probe.port();
    }
    Enrolment e;
    e.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    e.deviceId = QStringLiteral("d");
    e.deviceToken = QStringLiteral("t");
    REQUIRE(client.ledger().saveEnrolment(e));

    SyncEngine engine(client);
    SyncEngine::Timing timing;
    timing.intervalMs = 60 * 60 * 1000;
    timing.backoffBaseMs = 40;
    timing.backoffMaxMs = 400;
    engine.setTiming(timing);
    engine.setRandom([] { return 0.5; });
    QSignalSpy finished(&engine, &SyncEngine::syncFinished);
    QSignalSpy scheduled(&engine, &SyncEngine::nextAttemptScheduled);
    engine.start();
    while (finished.size() < 3)
        REQUIRE(finished.wait(5000));
    CHECK(engine.state() == SyncEngine::State::Offline);
    CHECK(engine.consecutiveFailures() >= 3);
    CHECK(engine.lastError().contains(QStringLiteral("not answering")));
    // Each wait is longer than the one before, up to the cap.
    REQUIRE(scheduled.size() >= 3);
    CHECK(scheduled.at(0).at(0).toLongLong() == 30);
    CHECK(scheduled.at(1).at(0).toLongLong() == 60);
    CHECK(scheduled.at(2).at(0).toLongLong() == 120);

    // The server comes back (on a fresh port, as the fake one cannot choose its port): the next
    // attempt succeeds and the backoff ends.
    FakeHttpServer server(emptyStore);
    e.serverUrl = server.url();
    REQUIRE(client.ledger().saveEnrolment(e));
    for (int i = 0; i < 20 && engine.state() != SyncEngine::State::Idle; ++i)
        finished.wait(2000);
    CHECK(engine.state() == SyncEngine::State::Idle);
    CHECK(engine.consecutiveFailures() == 0);
    CHECK(engine.lastError().isEmpty());
    CHECK(engine.lastSuccess().isValid());
    CHECK(engine.nextAttemptInMs() > 30 * 60 * 1000); // back to the quiet interval
}

TEST_CASE("The network coming back starts a sync at once", "[sync][engine]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    FakeHttpServer server([](const FakeRequest &r) {
        if (r.path == QLatin1String("/v1/push")) {
            QJsonArray ids;
            for (const QJsonValue &v :
                 QJsonDocument::fromJson(r.body).object().value(QLatin1String("mutations")).toArray())
                ids.append(v.toObject().value(QLatin1String("mutation_id")));
            return FakeResponse::json(200,
                                      QJsonDocument(QJsonObject{{QStringLiteral("applied"), ids}}).toJson());
        }
        return emptyStore(r);
    });
    SyncClient client(t.store, nullptr, {});
    Enrolment e;
    e.serverUrl = server.url();
    e.deviceId = QStringLiteral("d");
    e.deviceToken = QStringLiteral("t");
    REQUIRE(client.ledger().saveEnrolment(e));
    SyncEngine engine(client);
    SyncEngine::Timing timing;
    timing.intervalMs = 60 * 60 * 1000;
    engine.setTiming(timing);
    engine.setNetworkReachable(false);
    CHECK(engine.state() == SyncEngine::State::Offline);
    QSignalSpy finished(&engine, &SyncEngine::syncFinished);
    engine.start();
    REQUIRE(finished.wait(5000)); // the first attempt runs (reachability can be wrong)
    const qint64 pendingAfterStart = engine.pendingItems();
    CHECK(pendingAfterStart == 0);

    // A capture while offline: pending goes up; the engine waits for the network.
    Pupil ava = *t.store.pupil(m.ava.id);
    ava.specificNeeds = QStringLiteral("offline edit");
    REQUIRE(t.store.save(ava).ok);
    engine.localChangeMade();
    CHECK(engine.pendingItems() == 1);
    engine.setNetworkReachable(true);
    CHECK(engine.state() == SyncEngine::State::Syncing);
    REQUIRE(finished.wait(5000));
    CHECK(engine.state() == SyncEngine::State::Idle);
    CHECK(engine.pendingItems() == 0);
    CHECK(engine.progress() == Approx(1.0));
}

TEST_CASE("Watching the network works with or without a reachability backend", "[sync][engine]")
{
    TempStore t;
    SyncClient client(t.store, nullptr, {});
    SyncEngine engine(client);
    // On a headless build machine there may be no backend: then nothing changes, sync still runs
    // on its timer. With one, the engine follows it.
    const bool watching = engine.watchNetwork();
    INFO("reachability backend loaded: " << watching);
    CHECK((watching || engine.networkReachable()));
}
