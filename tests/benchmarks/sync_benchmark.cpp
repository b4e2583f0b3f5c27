// Sync throughput against the real stride-store on loopback: push and pull of 10,000 records,
// and 20 tablets syncing at once. Prints figures; exits non-zero only if something fails.
//   build/tests/benchmarks/stride_sync_benchmark [records=10000] [devices=20]
// STRIDE_BENCH_POSTGRES_URL=postgresql://... runs the store over PostgreSQL instead of SQLite.
#include "benchdevice.h"

#include "people/changeproof.h"
#include "store/encryptedvfs.h"
#include "sync/syncledger.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlQuery>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Stride;
using namespace Stride::Bench;

namespace {

void line(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

// What proving authors costs by itself, on the records about to be pushed: making each change's
// proof on the tablet, and checking it as the store does (ChangeProof over the change as parsed
// from the push's JSON), apart from everything else a push does.
void provingCost(Store &store, const QString &authorId)
{
    QList<ProvableChange> changes;
    for (const QJsonObject &m : SyncLedger(store).unsentMutations(1000000, qint64(1) << 40)) {
        const auto text = [&](const char *key) { return m.value(QLatin1String(key)).toString(); };
        changes << ProvableChange{text("mutation_id"),
                                  text("entity"),
                                  text("entity_id"),
                                  text("op"),
                                  text("hlc"),
                                  authorId,
                                  text("recorded_at"),
                                  m.value(QLatin1String("fields")).toObject(),
                                  m.value(QLatin1String("previous")).toObject()};
    }
    const QByteArray credential(ChangeProof::kSecretBytes, '\x42');
    QElapsedTimer timer;
    timer.start();
    QStringList proofs;
    for (const ProvableChange &c : changes)
        proofs << ChangeProof::of(credential, c);
    const qint64 makeNs = timer.nsecsElapsed();
    timer.restart();
    int good = 0;
    for (qsizetype i = 0; i < changes.size(); ++i)
        good += ChangeProof::matches(credential, changes.at(i), proofs.at(i)) ? 1 : 0;
    const qint64 checkNs = timer.nsecsElapsed();
    if (good != changes.size())
        giveUp(QStringLiteral("a proof did not check"));
    line(QStringLiteral("proofs alone: %1 changes: made in %2 ms, checked in %3 ms (%4 us each)")
             .arg(changes.size())
             .arg(makeNs / 1e6, 0, 'f', 1)
             .arg(checkNs / 1e6, 0, 'f', 1)
             .arg(checkNs / 1e3 / std::max<qsizetype>(1, changes.size()), 0, 'f', 1));
}

void pushAndPull(int records)
{
    BenchServer server;
    const QString school = server.loadDemo();
    server.start();
    BenchDevice a;
    BenchDevice b;
    // The same pull onto stores kept as plain SQLite, as tablets kept them before encryption, and
    // onto another encrypted one, in the order plain, encrypted, encrypted, plain, so that neither
    // kind gains from going first.
    BenchDevice plainFirst(Store::AtRest::Plain);
    BenchDevice encryptedSecond;
    BenchDevice plainLast(Store::AtRest::Plain);
    a.enrol(server, school, QStringLiteral("Bench A"));
    b.enrol(server, school, QStringLiteral("Bench B"));
    plainFirst.enrol(server, school, QStringLiteral("Bench plain 1"));
    encryptedSecond.enrol(server, school, QStringLiteral("Bench encrypted 2"));
    plainLast.enrol(server, school, QStringLiteral("Bench plain 2"));
    for (BenchDevice *device : {&a, &b, &plainFirst, &encryptedSecond, &plainLast})
        device->sync();
    const BenchPicks picks = pick(a.store);
    a.signIn(picks.staffId);
    QElapsedTimer recording;
    recording.start();
    recordObservations(a.store, picks, records / 2);
    const qint64 recordMs = recording.elapsed();
    const qint64 unsent = a.store.unsentMutationCount();
    line(QStringLiteral("record: %1 records in %2 s on the tablet, each with its author's proof")
             .arg(unsent)
             .arg(recordMs / 1000.0, 0, 'f', 2));
    provingCost(a.store, a.store.actingStaffId());

    QElapsedTimer timer;
    qint64 pushMs = -1;
    const auto c = QObject::connect(a.client.get(), &SyncClient::stageChanged, [&](const QString &stage) {
        if (stage.startsWith(QLatin1String("Receiving")) && pushMs < 0)
            pushMs = timer.elapsed();
    });
    timer.start();
    const SyncReport pushed = a.sync();
    const qint64 roundMs = timer.elapsed();
    QObject::disconnect(c);
    line(QStringLiteral("push: %1 records in %2 s (%3 records/s), %4 batches of <= 500; %5")
             .arg(pushed.pushed)
             .arg(pushMs / 1000.0, 0, 'f', 2)
             .arg(pushed.pushed * 1000.0 / std::max<qint64>(1, pushMs), 0, 'f', 0)
             .arg((unsent + 499) / 500)
             .arg(server.describe()));
    line(QStringLiteral("  (the same round then pulled its own %1 changes back in %2 s)")
             .arg(pushed.pulled)
             .arg((roundMs - pushMs) / 1000.0, 0, 'f', 2));

    qint64 totalMs[2] = {0, 0};
    for (BenchDevice *device : {&plainFirst, &b, &encryptedSecond, &plainLast}) {
        const bool encrypted =
            EncryptedVfs::kindOf(device->store.path()) == EncryptedVfs::FileKind::Encrypted;
        timer.restart();
        const SyncReport pulled = device->sync();
        const qint64 pullMs = timer.elapsed();
        totalMs[encrypted ? 1 : 0] += pullMs;
        line(QStringLiteral("pull: %1 records in %2 s (%3 records/s) onto %4 store, pages of 500, each page "
                            "one local transaction")
                 .arg(pulled.pulled)
                 .arg(pullMs / 1000.0, 0, 'f', 2)
                 .arg(pulled.pulled * 1000.0 / std::max<qint64>(1, pullMs), 0, 'f', 0)
                 .arg(encrypted ? QStringLiteral("an encrypted (stride-aes)") : QStringLiteral("a plain")));
    }
    line(QStringLiteral("pull, mean of two each: %1 s onto a plain store, %2 s onto an encrypted one")
             .arg(totalMs[0] / 2000.0, 0, 'f', 2)
             .arg(totalMs[1] / 2000.0, 0, 'f', 2));
}

void manyDevices(int devices, int itemsEach)
{
    BenchServer server;
    const QString school = server.loadDemo();
    server.start();
    std::vector<std::unique_ptr<BenchDevice>> tablets;
    for (int i = 0; i < devices; ++i) {
        tablets.push_back(std::make_unique<BenchDevice>());
        tablets.back()->enrol(server, school, QStringLiteral("Bench %1").arg(i + 1));
        tablets.back()->sync();
    }
    const BenchPicks picks = pick(tablets.front()->store);
    for (auto &t : tablets) {
        t->signIn(picks.staffId);
        recordObservations(t->store, picks, itemsEach);
    }

    auto roundAtOnce = [&](int *pushed, int *pulled) {
        int running = devices;
        QEventLoop loop;
        std::vector<QMetaObject::Connection> connections;
        for (auto &t : tablets)
            connections.push_back(
                QObject::connect(t->client.get(), &SyncClient::syncFinished, [&](const SyncReport &r) {
                    if (!r.ok)
                        giveUp(QStringLiteral("a tablet's sync failed: ") + r.summary());
                    *pushed += r.pushed;
                    *pulled += r.pulled;
                    if (--running == 0)
                        loop.quit();
                }));
        QElapsedTimer timer;
        timer.start();
        for (auto &t : tablets)
            t->client->sync(); // all at once: the requests interleave on the event loop
        loop.exec();
        for (const auto &c : connections)
            QObject::disconnect(c);
        return timer.elapsed();
    };
    int pushed = 0;
    int pulled = 0;
    const qint64 firstMs = roundAtOnce(&pushed, &pulled);
    line(QStringLiteral(
             "%1 tablets at once: %2 records pushed and %3 pulled in %4 s (%5 records/s through the server)")
             .arg(devices)
             .arg(pushed)
             .arg(pulled)
             .arg(firstMs / 1000.0, 0, 'f', 2)
             .arg((pushed + pulled) * 1000.0 / std::max<qint64>(1, firstMs), 0, 'f', 0));
    pushed = 0;
    pulled = 0;
    const qint64 secondMs = roundAtOnce(&pushed, &pulled);
    // After a second round every tablet holds every tablet's evidence.
    const int expected = devices * itemsEach;
    int converged = 0;
    for (auto &t : tablets) {
        QSqlQuery q(t->store.database());
        q.exec(QStringLiteral("SELECT count(*) FROM evidence_item WHERE note LIKE 'Requested a drink%'"));
        converged += (q.next() && q.value(0).toInt() == expected) ? 1 : 0;
    }
    line(QStringLiteral(
             "  second round (catching up): %1 pulled in %2 s; %3 of %4 tablets hold all %5 observations")
             .arg(pulled)
             .arg(secondMs / 1000.0, 0, 'f', 2)
             .arg(converged)
             .arg(devices)
             .arg(expected));
    if (converged != devices)
        giveUp(QStringLiteral("the tablets did not converge"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int records = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int devices = argc > 2 ? std::atoi(argv[2]) : 20;
    if (records > 0)
        pushAndPull(records);
    if (devices > 0)
        manyDevices(devices, 100);
    return 0;
}
