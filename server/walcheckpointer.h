#pragma once

#include <QString>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace Stride::Server {

// Copies a store on SQLite's write-ahead log into its database on a thread of its own, so that no
// request waits for it.
//
// SQLite's own automatic checkpoint runs inside the COMMIT of whichever request took the log past
// 1,000 pages: that request copied the log into the database and synced it before its answer
// went out. In a 10,000-record push that was an eighth of the store's time (perf,
// docs/benchmarks.md), on the tablet's critical path. Here the commit only says the log is long;
// this thread checkpoints (PASSIVE: it never waits for, or holds up, a reader or a writer) while
// the requests go on. Durability is unchanged: a commit is in the synced log before its answer
// either way, and the log is what a crash recovers from.
//
// A checkpoint waits for a pause in the commits: a push of many batches commits one every few tens
// of milliseconds, and a checkpoint after each (copying the pages and syncing the database) took
// the second core from the push's own threads while it parsed and wrote the next batch. Once the
// log is long (kMostPages) it is checkpointed anyway, so a store that is never quiet still keeps
// its log bounded.
//
// One per serving process (a store on SQLite is one process). Connections made while none runs
// (admin commands, tests) checkpoint as SQLite would.
class WalCheckpointer
{
public:
    explicit WalCheckpointer(QString databasePath);
    ~WalCheckpointer(); // after one last checkpoint
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Takes over from SQLite's automatic checkpoint on `db`, a connection to a store on SQLite.
    static void install(sqlite3 *db);

    // Checkpoints done so far (for tests).
    int checkpoints() const;

    // The log's length, in pages, at which a checkpoint is due: SQLite's own default.
    static constexpr int kDuePages = 1000;
    // The length at which it is done without waiting for a pause: about 40 MB of log.
    static constexpr int kMostPages = 10000;
    // How long without a commit counts as a pause: longer than a push takes between one batch's
    // commit and the next.
    static constexpr std::chrono::milliseconds kQuiet{200};

private:
    static int onCommit(void *, sqlite3 *db, const char *schema, int pages);
    void due(int pages);
    void run();

    QString m_path;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_due = false;
    int m_pages = 0;       // the log's length at the last commit
    quint64 m_commits = 0; // commits since the log was due
    bool m_stop = false;
    int m_checkpoints = 0;
    std::thread m_thread;
};

} // namespace Stride::Server
