#pragma once

#include "disposal.h"
#include "sqlconnection.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;
struct pg_conn;

namespace Stride::Server {

// Writes a push's rows on a second thread while the push goes on with its next changes. Inserting
// the rows was about a quarter of a push's time on the store, and the rules and merge of the
// changes after them another third: one after the other, they kept one core busy while the other
// (the tablet's, on a school's server the other requests') had nothing to do. On PostgreSQL the
// handler waited for the database's own process to insert them (docs/benchmarks.md).
//
// While it is active, Sql::insertRows on this thread hands its rows over instead of writing them,
// and every other statement on this thread (each Sql:: helper) first waits until all of them are
// written. So the connection is used by one thread at a time, as it must be: Qt's driver opens
// SQLite in its multi-thread mode, without a mutex of its own, and a libpq connection runs one
// command at a time. That holds only if nothing touches the connection but through Sql:: while
// rows are handed over, not even a QSqlQuery going out of scope (which finalizes its statement):
// PushApplier hands rows over between one change and the next, where no query is open. Every
// read sees every row handed over before it. The rows belong to the caller's transaction: a row
// that fails is thrown from the caller's next statement (or wait), and the transaction is rolled
// back with everything in it.
//
// The writer reaches the connection below Qt's driver: SQLite's own interface, or libpq's.
class RowWriter
{
public:
    // Active on this thread until destroyed. Destroy it before the transaction it writes into ends
    // (declared after the SqlTransaction): it waits for its thread, which may be writing.
    explicit RowWriter(QSqlDatabase &db);
    ~RowWriter();
    RowWriter(const RowWriter &) = delete;
    RowWriter &operator=(const RowWriter &) = delete;

    // Hands over `rows` for `insert` (which outlives the writer: callers keep it as a static), to
    // be written in order.
    void write(const Sql::InsertStatement &insert, Sql::Rows rows);
    // Until every row handed over is written; throws the StoreError of one that failed.
    void wait();
    // The rows written so far, to be freed there rather than by this writer.
    void handOverWritten(Disposal &garbage);

    // The writer active on this thread, or null.
    static RowWriter *onThisThread();

private:
    struct Job
    {
        const Sql::InsertStatement *insert;
        Sql::Rows rows;
    };
    void run();
    void writeJob(const Job &job);
    sqlite3_stmt *statementFor(const QString &sql);

    sqlite3 *m_sqlite = nullptr;
    pg_conn *m_postgres = nullptr;
    std::unordered_map<QString, sqlite3_stmt *> m_statements; // used by the writer's thread only
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Job> m_jobs;
    std::deque<Job> m_written; // freed by the thread that made them (write, and the destructor)
    bool m_busy = false;
    bool m_stop = false;
    std::exception_ptr m_failure;
    std::thread m_thread;
};

} // namespace Stride::Server
