#include "walcheckpointer.h"

#include <QFile>

#include <atomic>
#include <cstdio>

#include <sqlite3.h>

namespace Stride::Server {

namespace {

// The running checkpointer, if any. The hook reads it on every commit rather than holding a
// pointer of its own, so a connection that outlives the checkpointer never calls into a
// destroyed one.
std::atomic<WalCheckpointer *> s_running{nullptr};

} // namespace

WalCheckpointer::WalCheckpointer(QString databasePath) : m_path(std::move(databasePath))
{
    // Running before the thread starts: a thread that cannot open the database takes itself off
    // again (run), and must not be put back after it did.
    s_running.store(this);
    m_thread = std::thread([this] { run(); });
}

WalCheckpointer::~WalCheckpointer()
{
    s_running.store(nullptr);
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void WalCheckpointer::install(sqlite3 *db)
{
    if (db)
        sqlite3_wal_hook(db, &WalCheckpointer::onCommit, nullptr);
}

int WalCheckpointer::checkpoints() const
{
    std::lock_guard lock(m_mutex);
    return m_checkpoints;
}

int WalCheckpointer::onCommit(void *, sqlite3 *db, const char *schema, int pages)
{
    if (pages < kDuePages)
        return SQLITE_OK;
    if (WalCheckpointer *running = s_running.load()) {
        running->due(pages);
        return SQLITE_OK;
    }
    // As SQLite's automatic checkpoint does; a checkpoint that cannot finish now is done later.
    sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return SQLITE_OK;
}

void WalCheckpointer::due(int pages)
{
    {
        std::lock_guard lock(m_mutex);
        m_due = true;
        m_pages = pages;
        ++m_commits;
    }
    m_wake.notify_one();
}

void WalCheckpointer::run()
{
    sqlite3 *db = nullptr;
    const QByteArray path = QFile::encodeName(m_path);
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK) {
        // The requests' own commits then checkpoint, as SQLite would (onCommit with none running).
        std::fprintf(stderr, "stride-store: the log checkpointer could not open the database: %s\n",
                     db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        WalCheckpointer *self = this;
        s_running.compare_exchange_strong(self, nullptr);
        return;
    }
    sqlite3_busy_timeout(db, 5000);
    // synchronous=FULL, as every connection of the store: the database is synced before the log
    // is reused.
    sqlite3_exec(db, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_due || m_stop; });
        // Until the commits pause, or the log is long.
        while (!m_stop && m_pages < kMostPages) {
            const quint64 seen = m_commits;
            if (!m_wake.wait_for(lock, kQuiet, [&] { return m_stop || m_commits != seen; }))
                break;
        }
        const bool last = m_stop;
        m_due = false;
        lock.unlock();
        const int rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY)
            std::fprintf(stderr, "stride-store: a log checkpoint failed: %s\n", sqlite3_errmsg(db));
        lock.lock();
        ++m_checkpoints;
        if (last)
            break;
    }
    lock.unlock();
    sqlite3_close(db);
}

} // namespace Stride::Server
