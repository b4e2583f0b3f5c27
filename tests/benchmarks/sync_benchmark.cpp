// Sync throughput against the real stride-store on loopback: push and pull of 10,000 records,
// and 20 tablets syncing at once. Prints figures; exits non-zero only if something fails.
//   build/tests/benchmarks/stride_sync_benchmark [records=10000] [devices=20]
// STRIDE_BENCH_POSTGRES_URL=postgresql://... runs the store over PostgreSQL instead of SQLite.
#include "benchdevice.h"
#include "benchline.h"
#include "crowd.h"

#include "people/changeproof.h"
#include "store/encryptedvfs.h"
#include "sync/syncledger.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Stride;
using namespace Stride::Bench;

namespace {

using BenchOutput::line;

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
                                  m.value(QLatin1String("previous")).toObject(),
                                  {}};
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

// The rows a push carries, as text: what the store writes at the least for each one.
struct BareRow
{
    QByteArray mutationId, entity, entityId, op, fields, previous, hlc, author, recordedAt, proof;
};

QList<BareRow> bareRows(Store &store)
{
    QList<BareRow> rows;
    for (const QJsonObject &m : SyncLedger(store).unsentMutations(1000000, qint64(1) << 40)) {
        const auto text = [&](const char *key) { return m.value(QLatin1String(key)).toString().toUtf8(); };
        const auto json = [&](const char *key) {
            return QJsonDocument(m.value(QLatin1String(key)).toObject()).toJson(QJsonDocument::Compact);
        };
        rows << BareRow{text("mutation_id"), text("entity"),   text("entity_id"), text("op"),
                        json("fields"),      json("previous"), text("hlc"),       text("author_staff_id"),
                        text("recorded_at"), text("proof")};
    }
    return rows;
}

const char *const kBareTable =
    "CREATE TABLE bare (mutation_id TEXT PRIMARY KEY, entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
    " op TEXT NOT NULL, fields TEXT NOT NULL, previous TEXT NOT NULL, hlc TEXT NOT NULL, author_staff_id "
    "TEXT,"
    " recorded_at TEXT NOT NULL, proof TEXT)";

// The limit a push and a pull are measured against: the same rows inserted into one bare SQLite
// table (no other index, no trigger) in one transaction, with the store's durability (WAL,
// synchronous = FULL), by one statement prepared once. Through SQLite's own interface, and through
// Qt's driver as the store and the tablet use it. Milliseconds.
double bareInsertMs(const QList<BareRow> &rows)
{
    QTemporaryDir dir;
    sqlite3 *db = nullptr;
    const auto check = [&](int rc, const char *what) {
        if (rc != SQLITE_OK && rc != SQLITE_DONE)
            giveUp(QStringLiteral("bare insert: %1: %2")
                       .arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db))));
    };
    check(sqlite3_open(qPrintable(dir.filePath(QStringLiteral("bare.db"))), &db), "open");
    check(sqlite3_exec(db, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr), "WAL");
    check(sqlite3_exec(db, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr), "synchronous");
    check(sqlite3_exec(db, kBareTable, nullptr, nullptr, nullptr), "table");
    QElapsedTimer timer;
    timer.start();
    sqlite3_stmt *insert = nullptr;
    check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), "begin");
    check(sqlite3_prepare_v2(db, "INSERT INTO bare VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", -1, &insert,
                             nullptr),
          "prepare");
    for (const BareRow &r : rows) {
        int i = 0;
        for (const QByteArray *v : {&r.mutationId, &r.entity, &r.entityId, &r.op, &r.fields, &r.previous,
                                    &r.hlc, &r.author, &r.recordedAt, &r.proof})
            sqlite3_bind_text(insert, ++i, v->constData(), int(v->size()), SQLITE_STATIC);
        check(sqlite3_step(insert), "insert");
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), "commit");
    const double ms = timer.nsecsElapsed() / 1e6;
    sqlite3_close(db);
    return ms;
}

double bareInsertThroughQtMs(const QList<BareRow> &rows)
{
    QTemporaryDir dir;
    double ms = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
        db.setDatabaseName(dir.filePath(QStringLiteral("bare.db")));
        if (!db.open())
            giveUp(QStringLiteral("bare insert through Qt: ") + db.lastError().text());
        QSqlQuery q(db);
        for (const char *sql : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", kBareTable})
            if (!q.exec(QString::fromLatin1(sql)))
                giveUp(QStringLiteral("bare insert through Qt: ") + q.lastError().text());
        QElapsedTimer timer;
        timer.start();
        db.transaction();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO bare VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const BareRow &r : rows) {
            int i = 0;
            for (const QByteArray *v : {&r.mutationId, &r.entity, &r.entityId, &r.op, &r.fields, &r.previous,
                                        &r.hlc, &r.author, &r.recordedAt, &r.proof})
                insert.bindValue(i++, QString::fromUtf8(*v));
            if (!insert.exec())
                giveUp(QStringLiteral("bare insert through Qt: ") + insert.lastError().text());
        }
        if (!db.commit())
            giveUp(QStringLiteral("bare insert through Qt: ") + db.lastError().text());
        ms = timer.nsecsElapsed() / 1e6;
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bare"));
    return ms;
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
    const QList<BareRow> rows = bareRows(a.store);
    const double bareMs = bareInsertMs(rows);
    const double bareQtMs = bareInsertThroughQtMs(rows);
    line(QStringLiteral("bare-insert limit: the same %1 rows into one bare SQLite table in one transaction "
                        "(WAL, synchronous = FULL): %2 s through SQLite, %3 s through Qt's driver")
             .arg(rows.size())
             .arg(bareMs / 1000.0, 0, 'f', 3)
             .arg(bareQtMs / 1000.0, 0, 'f', 3));

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
    line(QStringLiteral("push: %1 records in %2 s (%3 records/s), %4 batches of <= %5; %6")
             .arg(pushed.pushed)
             .arg(pushMs / 1000.0, 0, 'f', 2)
             .arg(pushed.pushed * 1000.0 / std::max<qint64>(1, pushMs), 0, 'f', 0)
             .arg((unsent + SyncClient::kMaxBatch - 1) / SyncClient::kMaxBatch)
             .arg(SyncClient::kMaxBatch)
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
        line(QStringLiteral("pull: %1 records in %2 s (%3 records/s) onto %4 store, pages of %5, each "
                            "page one local transaction")
                 .arg(pulled.pulled)
                 .arg(pullMs / 1000.0, 0, 'f', 2)
                 .arg(pulled.pulled * 1000.0 / std::max<qint64>(1, pullMs), 0, 'f', 0)
                 .arg(encrypted ? QStringLiteral("an encrypted (stride-aes)") : QStringLiteral("a plain"))
                 .arg(device->client->pageSize()));
    }
    line(QStringLiteral("pull, mean of two each: %1 s onto a plain store, %2 s onto an encrypted one")
             .arg(totalMs[0] / 2000.0, 0, 'f', 2)
             .arg(totalMs[1] / 2000.0, 0, 'f', 2));
    const auto ratio = [&](double ms) {
        return QStringLiteral("%1x / %2x").arg(ms / bareMs, 0, 'f', 1).arg(ms / bareQtMs, 0, 'f', 1);
    };
    line(QStringLiteral(
             "to the bare-insert limit (through SQLite / through Qt): push %1; pull %2 onto a plain "
             "store, %3 onto an encrypted one")
             .arg(ratio(double(pushMs)), ratio(totalMs[0] / 2.0), ratio(totalMs[1] / 2.0)));
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
    // [crowd=200 [serve options...]]: the crowd of crowd.h, each tablet pushing 50 records.
    const int crowdTablets = argc > 3 ? std::atoi(argv[3]) : 200;
    if (crowdTablets > 0)
        crowd(crowdTablets, 50, app.arguments().mid(4));
    return 0;
}
