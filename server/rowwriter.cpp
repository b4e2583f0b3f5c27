#include "rowwriter.h"

#include "store/database.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace Stride::Server {

namespace {

thread_local RowWriter *t_active = nullptr;

} // namespace

RowWriter::RowWriter(QSqlDatabase &db)
{
    if (SqlConnection::isPostgres()) {
        const QVariant handle = db.driver()->handle();
        // PGconn is libpq's typedef of pg_conn: Qt's metatype may carry either name.
        if (handle.isValid() &&
            (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0))
            m_postgres = *static_cast<pg_conn *const *>(handle.constData());
    } else {
        m_sqlite = Database::handleOf(db);
        // A connection that writes large batches keeps 16 MB of pages, as a tablet's does: at
        // SQLite's 2 MB the indexes a batch inserts into at random places (the ids are random) did
        // not stay cached from one batch to the next and were read from the file again, an eighth
        // of this writer's time. Only these connections: the store keeps one per worker thread,
        // and a reader's cache would grow to 16 MB with every feed it reads. A setting of the cache
        // only, so a refusal changes nothing but the speed.
        if (m_sqlite)
            sqlite3_exec(m_sqlite, "PRAGMA cache_size = -16000", nullptr, nullptr, nullptr);
    }
    if (!m_sqlite && !m_postgres)
        throw StoreError(QStringLiteral("The database driver gave no connection handle."));
    Q_ASSERT(!t_active);
    m_thread = std::thread([this] { run(); });
    t_active = this;
}

RowWriter::~RowWriter()
{
    t_active = nullptr;
    {
        std::unique_lock lock(m_mutex);
        // Leaving on an exception: the transaction is about to be rolled back, so rows not yet
        // written never need to be.
        if (std::uncaught_exceptions() > 0)
            m_jobs.clear();
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
    for (const auto &[sql, statement] : m_statements)
        sqlite3_finalize(statement);
}

RowWriter *RowWriter::onThisThread()
{
    return t_active;
}

void RowWriter::write(const Sql::InsertStatement &insert, Sql::Rows rows)
{
    std::deque<Job> written;
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back({&insert, std::move(rows)});
        written.swap(m_written);
    }
    m_wake.notify_one();
    // `written` goes here: memory is freed by the thread that allocated it, where glibc's free from
    // another thread contends for the allocating thread's arena (a fifth of the writer's time).
}

void RowWriter::wait()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_jobs.empty() && !m_busy; });
    if (m_failure)
        std::rethrow_exception(std::exchange(m_failure, nullptr));
}

void RowWriter::handOverWritten(Disposal &garbage)
{
    std::lock_guard lock(m_mutex);
    garbage.add(std::exchange(m_written, {}));
}

void RowWriter::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
        if (m_jobs.empty())
            return; // stopped, with everything written
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        m_busy = true;
        lock.unlock();
        std::exception_ptr failure;
        try {
            writeJob(job);
        } catch (...) {
            failure = std::current_exception();
        }
        lock.lock();
        m_written.push_back(std::move(job));
        m_busy = false;
        if (failure) {
            m_failure = failure;
            m_jobs.clear(); // the transaction will be rolled back: nothing after it is written
        }
        if (m_jobs.empty())
            m_idle.notify_all();
    }
}

void RowWriter::writeJob(const Job &job)
{
    const Sql::InsertStatement &insert = *job.insert;
    if (m_postgres)
        return Sql::insertThroughLibpq(m_postgres, insert, job.rows);
    Sql::stepRows(m_sqlite, statementFor(insert.sqlite()), insert.sqlite(), job.rows, insert.width());
}

sqlite3_stmt *RowWriter::statementFor(const QString &sql)
{
    if (const auto found = m_statements.find(sql); found != m_statements.end())
        return found->second;
    return m_statements.emplace(sql, Sql::prepareNative(m_sqlite, sql)).first->second;
}

} // namespace Stride::Server
