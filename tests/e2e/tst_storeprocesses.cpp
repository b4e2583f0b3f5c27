// Two store processes over one PostgreSQL database and one data directory, behind nginx, as a
// trust runs them (docs/operations.md, "Several store processes"): one is killed (SIGKILL) while
// a tablet pushes, or uploads a video, and the tablet carries on through the other. Counted on the
// store afterwards: nothing lost, nothing twice.
#include "e2edevice.h"
#include "nginxfront.h"

#include "demo/demoschool.h"
#include "sync/syncledger.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

using namespace Stride;
using namespace Stride::E2e;

namespace {

bool skippedWithoutPostgres()
{
    if (!postgresUrl().isEmpty())
        return false;
    WARN("STRIDE_TEST_POSTGRES_URL is not set: skipped. Run under scripts/with-postgres.");
    return true;
}

// nginx balances round-robin over the two in turn, so the request after the last one answered is
// on its way to the other process, or about to be: that is the one to kill.
int nextInTurn(const StoreServer &server)
{
    const QList<quint16> answered = server.nginx()->answeredBy();
    REQUIRE_FALSE(answered.isEmpty());
    return answered.last() == server.processPort(0) ? 1 : 0;
}

// Both processes answered some of the requests before `upTo` (nginx really spreads them), and
// none after `from` but the survivor.
void requireSpreadThenSurvivor(const StoreServer &server, qsizetype upTo, qsizetype from, int survivor)
{
    const QList<quint16> answered = server.nginx()->answeredBy();
    INFO("nginx's error log:\n" << server.nginx()->errorLog().toStdString());
    REQUIRE(answered.size() > from);
    CHECK(answered.first(upTo).contains(server.processPort(0)));
    CHECK(answered.first(upTo).contains(server.processPort(1)));
    qsizetype elsewhere = 0;
    for (const quint16 port : answered.sliced(from))
        elsewhere += port == server.processPort(survivor) ? 0 : 1;
    CHECK(elsewhere == 0);
}

qint64 count(StoreServer &server, const QString &sql)
{
    return server.databaseValue(sql).toLongLong();
}

void processKilledMidPush()
{
    StoreServer server(Backend::Postgres, {}, Front::Nginx);
    const QString schoolId = server.loadDemo();
    server.start();
    Device a;
    const DemoPicks picks = a.joinSchool(server, schoolId, QStringLiteral("Class iPad"));
    const QString device = a.store.deviceId();
    const QString evidenceOnStore =
        QStringLiteral("SELECT count(*) FROM sync_record WHERE entity = 'evidence_item' AND school_id = '%1'")
            .arg(schoolId);
    const qint64 evidenceBefore = count(server, evidenceOnStore);

    // A week offline: 1,500 written observations (4,500 mutations with their links).
    QStringList ids;
    REQUIRE(a.store.transaction([&] {
        for (int i = 0; i < 1500; ++i) {
            const EvidenceItem item =
                writtenObservation(picks, QStringLiteral("Observation %1").arg(i), device);
            if (!a.store.save(item).ok)
                return false;
            ids << item.id;
        }
        return true;
    }));
    const qint64 total = a.store.unsentMutationCount();
    REQUIRE(total >= 4500);

    // Once a third is acknowledged, kill the process the next push goes to, a moment after it
    // set off, so that it most likely dies holding a push.
    a.client->setBatchSize(250);
    int victim = -1;
    qsizetype answeredBeforeKill = 0;
    qint64 unsentAtKill = -1;
    QObject::connect(a.client.get(), &SyncClient::progressChanged, [&](double fraction) {
        if (victim >= 0 || fraction <= 0.3)
            return;
        victim = nextInTurn(server);
        QTimer::singleShot(15, [&] {
            answeredBeforeKill = server.nginx()->answeredBy().size();
            unsentAtKill = a.store.unsentMutationCount();
            server.killProcess(victim);
        });
    });
    const SyncReport first = a.sync();
    INFO(first.summary().toStdString());
    REQUIRE(victim >= 0);
    REQUIRE(unsentAtKill > 0); // it died while the tablet still had changes to push
    REQUIRE_FALSE(server.isProcessRunning(victim));
    const int survivor = 1 - victim;
    REQUIRE(server.isProcessRunning(survivor));

    // Whether the push in flight was cut (nginx never resends a POST it had sent) or the sync went
    // on through the other process, the tablet's own next round finishes the job there.
    SyncReport last = first;
    for (int round = 0; round < 3 && !(last.ok && a.store.unsentMutationCount() == 0); ++round)
        last = a.sync();
    INFO(last.summary().toStdString());
    REQUIRE(last.ok);
    CHECK(last.rejected == 0);
    CHECK(a.store.unsentMutationCount() == 0);
    requireSpreadThenSurvivor(server, answeredBeforeKill, answeredBeforeKill + 1, survivor);

    // On the store: every change of this tablet in the feed once, each mutation applied once, and
    // exactly the 1,500 new observations.
    qint64 made = 0;
    for (const Mutation &m : a.store.mutations(0, 10000000))
        made += m.deviceId == device ? 1 : 0;
    // The store knows the tablet by the id it gave it at enrolment.
    const QString byDevice = QStringLiteral(" WHERE device_id = '%1'").arg(a.ledger().enrolment()->deviceId);
    CHECK(count(server, QStringLiteral("SELECT count(*) FROM sync_change") + byDevice) == made);
    CHECK(count(server, QStringLiteral("SELECT count(DISTINCT mutation_id) FROM sync_change") + byDevice) ==
          made);
    CHECK(count(server, QStringLiteral("SELECT count(*) FROM applied_mutation") + byDevice) == made);
    CHECK(count(server, evidenceOnStore) == evidenceBefore + ids.size());

    // And a tablet enrolled now, through the survivor, receives every one of them.
    Device fresh;
    fresh.enrol(server, schoolId, QStringLiteral("Spare iPad"));
    requireSynced(fresh);
    int present = 0;
    for (const QString &id : ids)
        present += fresh.store.evidenceItem(id) ? 1 : 0;
    CHECK(present == ids.size());
}

void processKilledMidUpload()
{
    // Small chunks mean many requests: lift the per-device rate limit for this test.
    StoreServer server(Backend::Postgres,
                       {QStringLiteral("--rate"), QStringLiteral("100000"), QStringLiteral("--burst"),
                        QStringLiteral("100000")},
                       Front::Nginx);
    const QString schoolId = server.loadDemo();
    server.start();
    QTemporaryDir dir;
    const QString db = enrolWithCli(server, schoolId, QStringLiteral("Hall iPad"), dir);
    DemoPicks picks;
    QString pin;
    {
        Store store;
        REQUIRE(store.open(db).ok());
        picks = pickFromDemo(store);
        pin = DemoSchool::pinOf(store, picks.assistant.id);
    }

    // A 24 MiB video of random bytes, captured on the tablet.
    const QString video = dir.filePath(QStringLiteral("gala.mp4"));
    QByteArray bytes(24 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator gen(7);
    gen.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    {
        QFile f(video);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(bytes) == bytes.size());
    }
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const CliRun captured = runCli(
        {QStringLiteral("capture"), QStringLiteral("--database"), db, QStringLiteral("--pupil"),
         picks.pupil.upn.isEmpty() ? picks.pupil.id : picks.pupil.upn, QStringLiteral("--target"),
         picks.targetId, QStringLiteral("--file"), video, QStringLiteral("--staff"), picks.assistant.email,
         QStringLiteral("--pin"), pin, QStringLiteral("--note"), QStringLiteral("Danced at the gala.")});
    INFO(captured.out.toStdString() << captured.err.toStdString());
    REQUIRE(captured.exitCode == 0);

    // Sync in 64 KiB chunks, each to the other process in turn; once 4 MiB are on the server,
    // kill the process the next chunk goes to.
    QProcess cli;
    cli.start(QStringLiteral(STRIDE_CLI_EXE), {QStringLiteral("sync"), QStringLiteral("--database"), db,
                                               QStringLiteral("--chunk-size"), QStringLiteral("65536")});
    REQUIRE(cli.waitForStarted(10000));
    static const QRegularExpression onServer(
        QStringLiteral("Media [0-9a-f]+: (\\d+) of (\\d+) bytes on the server"));
    int victim = -1;
    qsizetype answeredBeforeKill = 0;
    qint64 offsetAtKill = -1;
    QByteArray output;
    while (cli.state() != QProcess::NotRunning) {
        if (!cli.canReadLine() && !cli.waitForReadyRead(30000))
            break;
        while (cli.canReadLine()) {
            const QByteArray line = cli.readLine();
            output += line;
            const auto m = onServer.match(QString::fromUtf8(line));
            if (victim < 0 && m.hasMatch() && m.captured(1).toLongLong() >= 4 * 1024 * 1024) {
                offsetAtKill = m.captured(1).toLongLong();
                victim = nextInTurn(server);
                answeredBeforeKill = server.nginx()->answeredBy().size();
                server.killProcess(victim);
            }
        }
    }
    if (cli.state() != QProcess::NotRunning)
        REQUIRE(cli.waitForFinished(120000));
    output += cli.readAll();
    INFO("first sync:\n" << output.toStdString());
    REQUIRE(victim >= 0);
    REQUIRE(offsetAtKill < bytes.size()); // it died part-way through the upload
    const int survivor = 1 - victim;
    REQUIRE(server.isProcessRunning(survivor));

    // The tablet's next sync, if the first was cut, asks the survivor for the offset (HEAD) and
    // resumes there: the upload's offset is a row of the shared database.
    const auto mediaState = [&] {
        Store store;
        REQUIRE(store.open(db).ok());
        return SyncLedger(store).mediaState(sha);
    };
    QString later;
    for (int round = 0; round < 3 && mediaState() != QLatin1String("confirmed"); ++round) {
        const CliRun again = runCli({QStringLiteral("sync"), QStringLiteral("--database"), db});
        later += again.out + again.err;
        REQUIRE(again.exitCode == 0);
    }
    INFO("later syncs:\n" << later.toStdString());
    REQUIRE(mediaState() == QLatin1String("confirmed"));
    requireSpreadThenSurvivor(server, answeredBeforeKill, answeredBeforeKill + 1, survivor);

    // On the store: the file once, whole, under its hash; no chunks left over; one blob row; one
    // upload, carried on rather than started again, its offset at the end (a completed upload keeps
    // its row until it expires, to answer a late HEAD with its whole length).
    QFile blob(QDir(server.dataDir()).filePath(QStringLiteral("blobs/") + sha));
    REQUIRE(blob.open(QIODevice::ReadOnly));
    CHECK(blob.size() == bytes.size());
    CHECK(QCryptographicHash::hash(blob.readAll(), QCryptographicHash::Sha256).toHex() == sha.toLatin1());
    CHECK(QDir(server.dataDir() + QStringLiteral("/uploads")).entryList(QDir::Files).isEmpty());
    CHECK(count(server, QStringLiteral("SELECT count(*) FROM media_upload WHERE sha256 = '%1'").arg(sha)) ==
          1);
    CHECK(count(server,
                QStringLiteral("SELECT upload_offset FROM media_upload WHERE sha256 = '%1'").arg(sha)) ==
          bytes.size());
    CHECK(count(server, QStringLiteral("SELECT count(*) FROM media_blob WHERE sha256 = '%1'").arg(sha)) == 1);
    CHECK(count(server, QStringLiteral("SELECT byte_size FROM media_blob WHERE sha256 = '%1'").arg(sha)) ==
          bytes.size());
    {
        Store store;
        REQUIRE(store.open(db).ok());
        SyncLedger ledger(store);
        // Served back through nginx by the survivor, byte for byte.
        const HttpResult got =
            server.request("GET", QStringLiteral("/v1/media/") + sha, ledger.enrolment()->deviceToken);
        REQUIRE(got.status == 200);
        CHECK(got.body == bytes);
    }
}

} // namespace

TEST_CASE("Behind nginx, a store process killed mid-push: the tablet carries on through the other, nothing "
          "lost, nothing twice",
          "[e2e][nginx]")
{
    if (!skippedWithoutPostgres())
        processKilledMidPush();
}

TEST_CASE("Behind nginx, a store process killed mid-upload: the tablet resumes on the other, and the store "
          "holds the file once",
          "[e2e][nginx]")
{
    if (!skippedWithoutPostgres())
        processKilledMidUpload();
}
