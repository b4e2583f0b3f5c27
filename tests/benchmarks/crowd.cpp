#include "crowd.h"

#include "benchdevice.h"
#include "benchline.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

namespace Stride::Bench {

namespace {

using BenchOutput::line;

// What recordObservations writes: each observation is two records, the item and its pupil.
int crowdRecordsOn(Store &store)
{
    QSqlQuery q(store.database());
    q.exec(
        QStringLiteral("SELECT (SELECT count(*) FROM evidence_item WHERE note LIKE 'Requested a drink%'),"
                       " (SELECT count(*) FROM evidence_pupil p JOIN evidence_item i ON i.id = p.evidence_id"
                       "  WHERE i.note LIKE 'Requested a drink%')"));
    return q.next() ? q.value(0).toInt() + q.value(1).toInt() : -1;
}

// The store's own database, read beside the running server: SQLite's file in its data directory
// (read-only), or the PostgreSQL database the benchmark was given.
class StoreDatabase
{
public:
    explicit StoreDatabase(const BenchServer &server)
    {
        const QString url = qEnvironmentVariable("STRIDE_BENCH_POSTGRES_URL");
        if (url.isEmpty()) {
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kName);
            m_db.setDatabaseName(server.dataDir() + QStringLiteral("/stride-store.db"));
            m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        } else {
            const QUrl u(url);
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kName);
            m_db.setHostName(u.host());
            m_db.setPort(u.port(5432));
            m_db.setUserName(u.userName());
            m_db.setPassword(u.password());
            m_db.setDatabaseName(u.path().mid(1));
        }
        if (!m_db.open())
            giveUp(QStringLiteral("cannot read the store's database: ") + m_db.lastError().text());
    }
    ~StoreDatabase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(kName);
    }
    QList<qint64> numbers(const QString &sql, const QVariantList &binds)
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            giveUp(QStringLiteral("reading the store's database: ") + q.lastError().text());
        QList<qint64> values;
        for (int i = 0; i < q.record().count(); ++i)
            values << q.value(i).toLongLong();
        return values;
    }

private:
    static inline const QString kName = QStringLiteral("crowd-store");
    QSqlDatabase m_db;
};

struct Tablet
{
    std::unique_ptr<BenchDevice> device;
    qint64 firstSyncMs = -1;  // its first round: its push, and whatever the others had pushed by then
    qint64 secondSyncMs = -1; // its second round: catching up
    int syncs = 0;
    int failedSyncs = 0;
    QString lastProblem;
};

// Every answer each tablet's network manager got, by kind: the store's rate limit (429) is retried
// by SyncApi without the sync noticing, so it is counted here.
struct Requests
{
    int answered = 0;
    int rateLimited = 0;
    int failed = 0; // no answer, or a 5xx
};

double percentile(std::vector<qint64> sorted, double p)
{
    std::sort(sorted.begin(), sorted.end());
    const auto i = std::min<size_t>(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5));
    return sorted.at(i) / 1000.0;
}

// CPU seconds (user + system) a process has used so far: the store's and the tablets' shares of the
// two cores. 0 if it cannot be read.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // Fields after the command's closing parenthesis: state is the 3rd field, utime the 14th.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return (fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(::sysconf(_SC_CLK_TCK));
}

// The stride-store serving `dataDir`, found by its command line.
qint64 storePid(const QString &dataDir)
{
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray args = cmdline.readAll();
        if (args.contains("serve") && args.contains(QFile::encodeName(dataDir)))
            return pid.toLongLong();
    }
    return 0;
}

// Lifts the soft limit on open files to the hard one: 200 stores and their connections.
void raiseOpenFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

// Runs `start` on every tablet at once and waits for each to call `done(i)`.
template <typename Start> qint64 allAtOnce(std::vector<Tablet> &tablets, Start start)
{
    QEventLoop loop;
    int running = int(tablets.size());
    QElapsedTimer timer;
    timer.start();
    for (size_t i = 0; i < tablets.size(); ++i)
        start(i, timer, [&] {
            if (--running == 0)
                loop.quit();
        });
    if (running > 0)
        loop.exec();
    return timer.elapsed();
}

} // namespace

void crowd(int count, int recordsEach, QStringList serveOptions)
{
    raiseOpenFileLimit();
    // stride-store's worker threads each serve one connection at a time, and keep it for its
    // keep-alive (5 s) after the tablet's last request: with the default 16, the 17th tablet's
    // requests wait for a thread, and at 200 at once they ran past the tablets' 30 s time limit
    // (docs/benchmarks.md). A school syncing this many tablets at once gives one thread each.
    if (serveOptions.isEmpty())
        serveOptions = QStringList{QStringLiteral("--threads"), QString::number(count)};
    const int observationsEach = std::max(1, recordsEach / 2);
    recordsEach = observationsEach * 2;
    const int expected = count * recordsEach;

    BenchServer server(serveOptions);
    const QString school = server.loadDemo();
    server.start();
    QElapsedTimer setup;
    setup.start();
    std::vector<Tablet> tablets(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        tablets[size_t(i)].device = std::make_unique<BenchDevice>();
        tablets[size_t(i)].device->enrol(server, school, QStringLiteral("Crowd %1").arg(i + 1));
    }
    const qint64 enrolMs = setup.elapsed();
    Requests requests;
    for (Tablet &t : tablets)
        QObject::connect(t.device->client->api().network(), &QNetworkAccessManager::finished,
                         [&requests](QNetworkReply *reply) {
                             const int status =
                                 reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                             ++requests.answered;
                             requests.rateLimited += status == 429 ? 1 : 0;
                             requests.failed += (status == 0 || status >= 500) ? 1 : 0;
                         });
    // Two rounds, as the app's SyncEngine runs them: every tablet syncs at once (its push, then a
    // pull of whatever the others had pushed by then), and at its next re-check every tablet
    // syncs at once again and catches up. Each sync is timed from the moment it was asked for.
    // A round in which no request has been answered for two minutes has stalled: say how many
    // tablets still have a sync running, rather than wait for ever.
    QTimer watchdog;
    int answeredAtLastLook = -1;
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        if (requests.answered != answeredAtLastLook) {
            answeredAtLastLook = requests.answered;
            return;
        }
        int running = 0;
        for (const Tablet &t : tablets)
            running += t.device->client->isRunning() ? 1 : 0;
        giveUp(QStringLiteral(
                   "the crowd stalled: no answer for two minutes, %1 tablets with a sync still running, "
                   "%2 requests answered, %3 given up")
                   .arg(running)
                   .arg(requests.answered)
                   .arg(requests.failed));
    });
    watchdog.start(120000);
    const auto round = [&](int which, int *pushed, int *pulled) {
        return allAtOnce(tablets, [&, which](size_t i, QElapsedTimer &timer, auto done) {
            Tablet &t = tablets[i];
            SyncClient *client = t.device->client.get();
            auto c = std::make_shared<QMetaObject::Connection>();
            *c =
                // `client` by value: this outlives the lambda that declared it, and a failed sync's
                // retry below must start this tablet's client, not whatever took its stack slot.
                QObject::connect(client, &SyncClient::syncFinished,
                                 [&t, &timer, client, c, done, which, pushed, pulled](const SyncReport &r) {
                                     ++t.syncs;
                                     if (!r.ok) {
                                         // The app's engine tries again after its backoff; here, after a
                                         // second.
                                         ++t.failedSyncs;
                                         t.lastProblem = r.summary();
                                         if (t.failedSyncs > 20)
                                             giveUp(QStringLiteral("a tablet failed 20 times: ") +
                                                    t.lastProblem);
                                         QTimer::singleShot(1000, client, [client] { client->sync(); });
                                         return;
                                     }
                                     QObject::disconnect(*c);
                                     *pushed += r.pushed;
                                     *pulled += r.pulled;
                                     if (which > 0)
                                         (which == 1 ? t.firstSyncMs : t.secondSyncMs) = timer.elapsed();
                                     done();
                                 });
            client->sync();
        });
    };
    // Their first sync (the school as it stands), all at once too, then each signs its recorder in
    // and records, as staff do before the rounds that are measured.
    int joinedPushed = 0, joinedPulled = 0;
    const qint64 joinMs = round(0, &joinedPushed, &joinedPulled);
    const BenchPicks picks = pick(tablets.front().device->store);
    for (Tablet &t : tablets) {
        t.device->signIn(picks.staffId);
        recordObservations(t.device->store, picks, observationsEach);
    }
    const int answeredBefore = requests.answered;
    const int limitedBefore = requests.rateLimited;
    const int failedBefore = requests.failed;
    int failedBeforeSyncs = 0;
    for (Tablet &t : tablets) {
        failedBeforeSyncs += t.failedSyncs;
        t.failedSyncs = 0;
    }
    line(QStringLiteral(
             "crowd: %1 tablets enrolled in %2 s; their first sync, all at once, %3 s (%4 failed and "
             "were retried, %5 429s); %6, serve %7")
             .arg(count)
             .arg(enrolMs / 1000.0, 0, 'f', 1)
             .arg(joinMs / 1000.0, 0, 'f', 1)
             .arg(failedBeforeSyncs)
             .arg(limitedBefore)
             .arg(server.describe(), serveOptions.join(QLatin1Char(' '))));

    StoreDatabase storeDb(server);
    const qint64 mark = storeDb
                            .numbers(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM sync_change WHERE "
                                                    "school_id = ?"),
                                     {school})
                            .first();

    const qint64 store = storePid(server.dataDir());
    const double storeCpuBefore = cpuSeconds(store);
    const double tabletsCpuBefore = cpuSeconds(::getpid());
    int pushed = 0, pulled = 0, caughtUp = 0;
    const qint64 firstRoundMs = round(1, &pushed, &pulled);
    const qint64 secondRoundMs = round(2, &pushed, &caughtUp);
    const double storeCpu = cpuSeconds(store) - storeCpuBefore;
    const double tabletsCpu = cpuSeconds(::getpid()) - tabletsCpuBefore;

    std::vector<qint64> firsts, seconds, rounds;
    int failedSyncs = 0;
    QString problem;
    for (const Tablet &t : tablets) {
        firsts.push_back(t.firstSyncMs);
        seconds.push_back(t.secondSyncMs);
        rounds.push_back(t.firstSyncMs + t.secondSyncMs);
        failedSyncs += t.failedSyncs;
        if (!t.lastProblem.isEmpty())
            problem = t.lastProblem;
    }
    const auto figures = [](const std::vector<qint64> &ms) {
        return QStringLiteral("p50 %1 s, p95 %2 s, max %3 s")
            .arg(percentile(ms, 0.5), 0, 'f', 2)
            .arg(percentile(ms, 0.95), 0, 'f', 2)
            .arg(percentile(ms, 1.0), 0, 'f', 2);
    };
    line(QStringLiteral(
             "crowd: %1 tablets at once, each pushing %2 records and pulling the other %3: %4 s in all "
             "(%5 pushed and %6 pulled in the first round, %7 s; %8 caught up in the second, %9 s)")
             .arg(count)
             .arg(recordsEach)
             .arg(expected - recordsEach)
             .arg((firstRoundMs + secondRoundMs) / 1000.0, 0, 'f', 2)
             .arg(pushed)
             .arg(pulled)
             .arg(firstRoundMs / 1000.0, 0, 'f', 2)
             .arg(caughtUp)
             .arg(secondRoundMs / 1000.0, 0, 'f', 2));
    line(
        QStringLiteral("  round time per tablet, its two syncs together (push its %1, pull the other %2): %3")
            .arg(recordsEach)
            .arg(expected - recordsEach)
            .arg(figures(rounds)));
    line(QStringLiteral("  first sync (push, and what was there): %1; second (catching up): %2")
             .arg(figures(firsts), figures(seconds)));
    line(QStringLiteral(
             "  requests answered %1, rate-limited (429, retried after Retry-After) %2, no answer or "
             "5xx %3; failed syncs %4%5")
             .arg(requests.answered - answeredBefore)
             .arg(requests.rateLimited - limitedBefore)
             .arg(requests.failed - failedBefore)
             .arg(failedSyncs)
             .arg(problem.isEmpty() ? QString() : QStringLiteral(" (last: %1)").arg(problem)));

    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    line(QStringLiteral(
             "  CPU over both rounds: the store %1 s, the %2 tablets (this process) %3 s, of %4 s x 2 "
             "cores; the tablets' peak memory together %5 MiB")
             .arg(storeCpu, 0, 'f', 1)
             .arg(count)
             .arg(tabletsCpu, 0, 'f', 1)
             .arg((firstRoundMs + secondRoundMs) / 1000.0, 0, 'f', 1)
             .arg(usage.ru_maxrss / 1024));

    // In the store: exactly the tablets' records, each change once.
    const QList<qint64> changes = storeDb.numbers(
        QStringLiteral(
            "SELECT count(*), count(DISTINCT mutation_id), count(DISTINCT entity || ':' || entity_id)"
            " FROM sync_change WHERE school_id = ? AND seq > ?"),
        {school, mark});
    int converged = 0;
    for (const Tablet &t : tablets)
        converged += crowdRecordsOn(t.device->store) == expected ? 1 : 0;
    line(
        QStringLiteral("  converged: %1 of %2 tablets hold all %3; the store has %4 new changes (%5 distinct "
                       "mutations, %6 distinct records)")
            .arg(converged)
            .arg(count)
            .arg(expected)
            .arg(changes.at(0))
            .arg(changes.at(1))
            .arg(changes.at(2)));
    if (converged != count || changes.at(0) != expected || changes.at(1) != expected ||
        changes.at(2) != expected)
        giveUp(QStringLiteral("the crowd did not converge"));
}

} // namespace Stride::Bench
