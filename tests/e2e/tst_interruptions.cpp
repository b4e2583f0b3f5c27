// Things going wrong part-way, against the real store: a client killed mid-upload, the server
// killed mid-push, the same push sent twice, and the server away for a while.
#include "e2edevice.h"

#include "demo/demoschool.h"
#include "media/sealedfile.h"

#include "sync/devicefiles.h"
#include "sync/mediaeviction.h"
#include "sync/mediafetcher.h"
#include "sync/syncapi.h"
#include "sync/syncengine.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTimer>

using namespace Stride;
using namespace Stride::E2e;

namespace {

void saveOk(Store &store, const auto &record)
{
    const WriteResult r = store.save(record);
    INFO(r.message.toStdString());
    REQUIRE(r.ok);
}

void clientKilledMidUpload(Backend backend)
{
    // Small chunks mean many requests: lift the per-device rate limit for this test.
    StoreServer server(backend, {QStringLiteral("--rate"), QStringLiteral("100000"),
                                 QStringLiteral("--burst"), QStringLiteral("100000")});
    const QString schoolId = server.loadDemo();
    server.start();
    QTemporaryDir dir;
    const QString db = enrolWithCli(server, schoolId, QStringLiteral("Hall iPad"), dir);
    DemoPicks picks;
    QString token;
    QString pin;
    {
        Store store;
        REQUIRE(store.open(db).ok());
        picks = pickFromDemo(store);
        pin = DemoSchool::pinOf(store, picks.assistant.id);
        token = SyncLedger(store).enrolment()->deviceToken;
    }

    // A 24 MiB video of random bytes.
    const QString video = dir.filePath(QStringLiteral("swimming.mp4"));
    QByteArray bytes(24 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator gen(42);
    gen.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    {
        QFile f(video);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(bytes) == bytes.size());
    }
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const CliRun captured =
        runCli({QStringLiteral("capture"), QStringLiteral("--database"), db, QStringLiteral("--pupil"),
                picks.pupil.upn.isEmpty() ? picks.pupil.id : picks.pupil.upn, QStringLiteral("--target"),
                picks.targetId, QStringLiteral("--file"), video, QStringLiteral("--staff"),
                picks.assistant.email, QStringLiteral("--pin"), pin, QStringLiteral("--note"),
                QStringLiteral("Swam a width with a noodle.")});
    INFO(captured.out.toStdString() << captured.err.toStdString());
    REQUIRE(captured.exitCode == 0);
    REQUIRE(captured.out.contains(sha));

    // Sync with 64 KiB chunks, and kill the client (SIGKILL) once 4 MiB are acknowledged.
    QProcess cli;
    cli.start(QStringLiteral(STRIDE_CLI_EXE), {QStringLiteral("sync"), QStringLiteral("--database"), db,
                                               QStringLiteral("--chunk-size"), QStringLiteral("65536")});
    REQUIRE(cli.waitForStarted(10000));
    static const QRegularExpression onServer(
        QStringLiteral("Media [0-9a-f]+: (\\d+) of (\\d+) bytes on the server"));
    qint64 seenOffset = -1;
    QByteArray output;
    while (cli.state() != QProcess::NotRunning && seenOffset < 4 * 1024 * 1024) {
        if (!cli.canReadLine() && !cli.waitForReadyRead(30000))
            break;
        while (cli.canReadLine()) {
            const QByteArray line = cli.readLine();
            output += line;
            const auto m = onServer.match(QString::fromUtf8(line));
            if (m.hasMatch())
                seenOffset = m.captured(1).toLongLong();
        }
    }
    INFO(output.toStdString());
    REQUIRE(seenOffset >= 4 * 1024 * 1024);
    REQUIRE(cli.state() != QProcess::NotRunning); // still uploading when killed
    cli.kill();
    REQUIRE(cli.waitForFinished(10000));
    CHECK(cli.exitStatus() == QProcess::CrashExit);

    // The server's own offset: at least what the client saw acknowledged, short of the whole.
    QString uploadUrl;
    {
        Store store;
        REQUIRE(store.open(db).ok());
        SyncLedger ledger(store);
        uploadUrl = ledger.uploadUrlOf(sha);
        CHECK(ledger.mediaState(sha) == QLatin1String("uploading"));
    }
    REQUIRE_FALSE(uploadUrl.isEmpty());
    const HttpResult head = server.request("HEAD", uploadUrl, token, {}, {{"Tus-Resumable", "1.0.0"}});
    REQUIRE(head.status == 200);
    const qint64 serverOffset = head.header("upload-offset").toLongLong();
    CHECK(serverOffset >= seenOffset);
    CHECK(serverOffset < bytes.size());
    CHECK(serverOffset % 65536 == 0);

    // Run again: it resumes exactly at the server's offset and sends only the rest.
    const CliRun resumed = runCli({QStringLiteral("sync"), QStringLiteral("--database"), db,
                                   QStringLiteral("--chunk-size"), QStringLiteral("1048576")});
    INFO(resumed.out.toStdString() << resumed.err.toStdString());
    REQUIRE(resumed.exitCode == 0);
    static const QRegularExpression resumedAt(
        QStringLiteral("resumed at byte (\\d+) of (\\d+); sent (\\d+) bytes"));
    const auto m = resumedAt.match(resumed.out);
    REQUIRE(m.hasMatch());
    CHECK(m.captured(1).toLongLong() == serverOffset);
    CHECK(m.captured(2).toLongLong() == bytes.size());
    CHECK(m.captured(3).toLongLong() == bytes.size() - serverOffset);

    // The server holds exactly the bytes, and has confirmed them; the tablet may free its copy.
    CHECK(server.request("HEAD", QStringLiteral("/v1/media/") + sha, token).status == 200);
    const HttpResult got = server.request("GET", QStringLiteral("/v1/media/") + sha, token);
    REQUIRE(got.status == 200);
    CHECK(QCryptographicHash::hash(got.body, QCryptographicHash::Sha256).toHex() == sha.toLatin1());
    {
        Store store;
        REQUIRE(store.open(db).ok());
        SyncLedger ledger(store);
        CHECK(ledger.mediaState(sha) == QLatin1String("confirmed"));
        CHECK(ledger.freeableOriginals().contains(sha));

        // Space is needed: the confirmed original goes. Opened later, it comes back from the
        // server, carrying on (Range) from what an earlier, interrupted fetch left.
        MediaStore media(DeviceFiles::mediaDirFor(db));
        media.setKey(store.deviceKeys().media);
        CHECK(MediaEviction::freeOriginals(ledger, media, bytes.size()) == bytes.size());
        CHECK_FALSE(media.contains(sha));
        SyncApi api;
        api.setServerUrl(server.url());
        api.setToken(token);
        MediaFetcher fetcher(api, media, &ledger);
        {
            // Sealed as it arrived; killed a little after 3 MB, so 3 MB of whole chunks stayed.
            SealedFileWriter earlier;
            QString error;
            REQUIRE(media.startDownload(earlier, sha, &error));
            REQUIRE(earlier.write(QByteArrayView(bytes).first(3 * 1024 * 1024 + 10)));
            earlier.abandon();
        }
        QSignalSpy fetched(&fetcher, &MediaFetcher::finished);
        fetcher.fetch(sha);
        REQUIRE(fetched.wait(60000));
        const auto r = fetched.first().first().value<MediaFetcher::Result>();
        INFO(r.message.toStdString());
        REQUIRE(r.ok);
        CHECK(r.resumedFrom == 3 * 1024 * 1024);
        CHECK(r.bytesReceived == bytes.size() - 3 * 1024 * 1024);
        CHECK(QCryptographicHash::hash(media.read(sha), QCryptographicHash::Sha256).toHex() ==
              sha.toLatin1());
        CHECK(ledger.mediaState(sha) == QLatin1String("confirmed"));
    }
}

void serverKilledMidPush(Backend backend)
{
    StoreServer server(backend);
    const QString schoolId = server.loadDemo();
    server.start();
    Device a;
    const DemoPicks picks = a.joinSchool(server, schoolId, QStringLiteral("Class iPad"));

    // A week offline: 1,500 written observations (4,500 mutations with their links).
    QStringList ids;
    REQUIRE(a.store.transaction([&] {
        for (int i = 0; i < 1500; ++i) {
            const EvidenceItem item =
                writtenObservation(picks, QStringLiteral("Observation %1").arg(i), a.store.deviceId());
            if (!a.store.save(item).ok)
                return false;
            ids << item.id;
        }
        return true;
    }));
    const qint64 total = a.store.unsentMutationCount();
    REQUIRE(total >= 4500);

    // Kill the server (SIGKILL) a moment after the first batches are acknowledged, so that a
    // push is most likely in flight when it dies.
    a.client->setBatchSize(250);
    bool killed = false;
    QObject::connect(a.client.get(), &SyncClient::progressChanged, [&](double fraction) {
        if (!killed && fraction > 0.3) {
            killed = true;
            QTimer::singleShot(15, [&] { server.kill(); });
        }
    });
    const SyncReport interrupted = a.sync();
    REQUIRE(killed);
    CHECK_FALSE(interrupted.ok);
    CHECK(interrupted.pushed > 0);
    const qint64 unsentAfterKill = a.store.unsentMutationCount();
    CHECK(unsentAfterKill > 0);
    CHECK(unsentAfterKill < total);
    // What the tablet was told is applied: every evidence item whose creation is marked sent.
    QSet<QString> acknowledged;
    for (const Mutation &m : a.store.mutations(0, 1000000))
        if (m.entity == QLatin1String("evidence_item") && m.sentAt.isValid())
            acknowledged.insert(m.entityId);
    REQUIRE_FALSE(acknowledged.isEmpty());

    // Restarted on the same data: nothing acknowledged is missing (a fresh tablet pulls it all).
    server.start();
    a.followServer(server);
    Device fresh;
    fresh.enrol(server, schoolId, QStringLiteral("Spare iPad"));
    REQUIRE(fresh.sync().ok);
    int missing = 0;
    for (const QString &id : acknowledged)
        missing += fresh.store.evidenceItem(id) ? 0 : 1;
    CHECK(missing == 0);

    // The tablet carries on where it stopped; a batch the server committed but whose answer was
    // lost comes back as duplicates, harmlessly.
    const SyncReport resumed = a.sync();
    INFO(resumed.summary().toStdString());
    REQUIRE(resumed.ok);
    CHECK(resumed.pushed + resumed.duplicates == unsentAfterKill);
    CHECK(resumed.rejected == 0);
    CHECK(a.store.unsentMutationCount() == 0);
    REQUIRE(fresh.sync().ok);
    int present = 0;
    for (const QString &id : ids)
        present += fresh.store.evidenceItem(id) ? 1 : 0;
    CHECK(present == ids.size());
}

void samePushTwice(Backend backend)
{
    StoreServer server(backend);
    const QString schoolId = server.loadDemo();
    server.start();
    Device a;
    const DemoPicks picks = a.joinSchool(server, schoolId, QStringLiteral("Class iPad"));
    for (int i = 0; i < 5; ++i)
        saveOk(a.store, writtenObservation(picks, QStringLiteral("Twice %1").arg(i), a.store.deviceId()));
    const QList<QJsonObject> batch = a.ledger().unsentMutations(500, 4 * 1024 * 1024);
    REQUIRE(batch.size() == 15);
    QJsonArray list;
    for (const QJsonObject &m : batch)
        list.append(m);
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("mutations"), list}}).toJson(QJsonDocument::Compact);
    const QString token = a.ledger().enrolment()->deviceToken;
    const qint64 cursorBefore = a.ledger().cursor();

    const HttpResult first = server.request("POST", QStringLiteral("/v1/push"), token, body,
                                            {{"Content-Type", "application/json"}});
    INFO(first.body.toStdString());
    REQUIRE(first.status == 200);
    CHECK(first.json.value(QLatin1String("applied")).toArray().size() == 15);
    const HttpResult second = server.request("POST", QStringLiteral("/v1/push"), token, body,
                                             {{"Content-Type", "application/json"}});
    INFO(second.body.toStdString());
    REQUIRE(second.status == 200);
    CHECK(second.json.value(QLatin1String("applied")).toArray().isEmpty());
    CHECK(second.json.value(QLatin1String("duplicates")).toArray().size() == 15);
    CHECK(second.json.value(QLatin1String("rejected")).toArray().isEmpty());

    // The second push added no changes to the feed.
    const HttpResult feed =
        server.request("GET", QStringLiteral("/v1/changes?since=%1&limit=1000").arg(cursorBefore), token);
    REQUIRE(feed.status == 200);
    CHECK(feed.json.value(QLatin1String("changes")).toArray().size() == 15);

    // The tablet itself, not knowing its push went through, sends again: all duplicates.
    const SyncReport r = a.sync();
    REQUIRE(r.ok);
    CHECK(r.pushed == 0);
    CHECK(r.duplicates == 15);
    CHECK(a.store.unsentMutationCount() == 0);
}

void unreachableThenBack(Backend backend)
{
    StoreServer server(backend);
    const QString schoolId = server.loadDemo();
    server.start();
    Device a;
    const DemoPicks picks = a.joinSchool(server, schoolId, QStringLiteral("Minibus iPad"));
    const quint16 port = server.port();
    server.stop();

    const EvidenceItem item =
        writtenObservation(picks, QStringLiteral("Paid at the café counter."), a.store.deviceId());
    saveOk(a.store, item);

    SyncEngine engine(*a.client);
    SyncEngine::Timing timing;
    timing.intervalMs = 60 * 60 * 1000;
    timing.backoffBaseMs = 200;
    timing.backoffMaxMs = 3000;
    engine.setTiming(timing);
    engine.setRandom([] { return 0.5; });
    QSignalSpy finished(&engine, &SyncEngine::syncFinished);
    QSignalSpy scheduled(&engine, &SyncEngine::nextAttemptScheduled);
    engine.start();
    while (finished.size() < 3)
        REQUIRE(finished.wait(10000));
    CHECK(engine.state() == SyncEngine::State::Offline);
    CHECK(engine.pendingItems() == 3);
    CHECK(engine.lastError().contains(QStringLiteral("not answering")));
    REQUIRE(scheduled.size() >= 3);
    // Exponential: each wait twice the one before (jitter fixed at the middle for the test).
    CHECK(scheduled.at(0).at(0).toLongLong() == 150);
    CHECK(scheduled.at(1).at(0).toLongLong() == 300);
    CHECK(scheduled.at(2).at(0).toLongLong() == 600);

    server.start(port); // back, at the same address
    for (int i = 0; i < 30 && !(engine.state() == SyncEngine::State::Idle && engine.pendingItems() == 0); ++i)
        finished.wait(1000);
    CHECK(engine.state() == SyncEngine::State::Idle);
    CHECK(engine.pendingItems() == 0);
    CHECK(engine.lastError().isEmpty());
    CHECK(engine.consecutiveFailures() == 0);
    CHECK(engine.lastSuccess().isValid());
    engine.stop();

    Device other;
    other.enrol(server, schoolId, QStringLiteral("Class iPad"));
    REQUIRE(other.sync().ok);
    CHECK(other.store.evidenceItem(item.id));
}

} // namespace

STRIDE_E2E_SCENARIO("A client killed mid-upload resumes at the server's offset", clientKilledMidUpload)
STRIDE_E2E_SCENARIO("A server killed mid-push loses nothing it acknowledged, and the client carries on",
                    serverKilledMidPush)
STRIDE_E2E_SCENARIO("The same push sent twice changes nothing the second time", samePushTwice)
STRIDE_E2E_SCENARIO("While the server is unreachable the engine backs off, then succeeds when it is back",
                    unreachableThenBack)
