#pragma once

#include "databaseconfig.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;
struct pg_conn;

namespace Stride::Server {

// A database problem, in words for the log. `transient` means trying again later may work (the
// database is busy or unreachable): the HTTP layer answers 503 then, not 500.
class StoreError : public std::runtime_error
{
public:
    StoreError(const QString &message, bool transient = false)
        : std::runtime_error(message.toStdString()), m_transient(transient)
    {}
    bool transient() const { return m_transient; }

private:
    bool m_transient;
};

// One Qt SQL connection per thread.
//
// Why per thread and not one DB thread: a QSqlDatabase may only be used by the thread that
// opened it, so every httplib worker gets its own named connection the first time it needs one
// (thread_local), kept for the thread's life. That lets PostgreSQL serve pulls, media checks and
// pushes of different schools in parallel, and lets SQLite in WAL mode read while another thread
// writes. Writes stay correct without a lock of ours: SQLite has one writer at a time (BEGIN
// IMMEDIATE, with a busy timeout), and PostgreSQL pushes to one school queue on that school's row
// lock (see PushApplier). Funnelling everything through one thread would have serialised slow
// media and pull requests behind every push, for no gain in safety.
class SqlConnection
{
public:
    // Once, before any thread asks for a connection.
    static void configure(const DatabaseConfig &config);
    static const DatabaseConfig &config();
    static bool isPostgres() { return config().isPostgres(); }

    // This thread's connection, opened (and set up) on first use, reopened after it broke.
    static QSqlDatabase &forThisThread();
    // Forgets this thread's connection: after a connection error, and before the thread ends.
    static void closeThisThread();
};

// Helpers that throw StoreError instead of returning false, so a failed statement can never be
// silently ignored half-way through a transaction.
//
// `run` and `rows` prepare a statement once per connection and keep it, binding it again on each
// use: preparing anew (SQLite's parser, Qt's placeholder rewriting) took most of a push's time,
// several statements for each record (docs/benchmarks.md). `run` is for statements that read
// nothing back (it returns the rows affected); `rows` reads every row at once, so a kept SELECT is
// never left half-read when it runs again. `exec` prepares each time and hands back the query.
namespace Sql {
QSqlQuery exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
int run(QSqlDatabase &db, const QString &sql, const QVariantList &binds);
QList<QVariantList> rows(QSqlDatabase &db, const QString &sql, const QVariantList &binds);
// A value's text, made by the thread that writes its row (a RowWriter's, while one is active)
// rather than by the one that adds it: the audit log's details were a tenth of a push's work on the
// thread that checks and merges its changes, while the writer's had time to spare. Made once, and
// only ever by one thread.
class DeferredText
{
public:
    virtual ~DeferredText() = default;
    const QByteArray &text() const
    {
        if (!m_text)
            m_text = make();
        return *m_text;
    }

private:
    // Must read only what it holds (copies, shared with the adding thread's values but never
    // changed in place), since that thread goes on meanwhile.
    virtual QByteArray make() const = 0;

    mutable std::optional<QByteArray> m_text;
};

// Rows held to be written together by insertRows (a push's records, clocks, changes, log).
class Rows
{
public:
    void startRow() { ++m_rows; }
    void add(const QString &text) { m_values.push_back({Kind::Text, text.toUtf8(), 0, {}}); }
    void addUtf8(QByteArray text) { m_values.push_back({Kind::Text, std::move(text), 0, {}}); }
    void add(qint64 number) { m_values.push_back({Kind::Number, {}, number, {}}); }
    void addDeferred(std::shared_ptr<const DeferredText> text)
    {
        m_values.push_back({Kind::Deferred, {}, 0, std::move(text)});
    }
    // NULL when empty, for optional columns.
    void addOptional(const QString &text)
    {
        if (text.isEmpty())
            m_values.push_back({Kind::Null, {}, 0, {}});
        else
            add(text);
    }
    qsizetype size() const { return m_rows; }
    bool isEmpty() const { return m_rows == 0; }

    enum class Kind {
        Text,
        Deferred,
        Number,
        Null
    };
    struct Value
    {
        Kind kind;
        QByteArray text; // UTF-8
        qint64 number;
        std::shared_ptr<const DeferredText> deferred;

        // Text and Deferred: the UTF-8 text.
        const QByteArray &utf8() const { return kind == Kind::Deferred ? deferred->text() : text; }
    };
    const std::vector<Value> &values() const { return m_values; }

private:
    std::vector<Value> m_values;
    qsizetype m_rows = 0;
};
// A column insertRows fills, with the SQL type its value is cast to from JSON text in PostgreSQL
// (empty: text).
struct Column
{
    QString name;
    QString cast;
};
// INSERT INTO `table` (columns) its rows, then `tail` (an ON CONFLICT clause, or empty): the
// statement's texts made once (a push hands rows over dozens of times), kept by the caller as a
// static.
class InsertStatement
{
public:
    InsertStatement(const QString &table, const QList<Column> &columns, const QString &tail = {});
    // SQLite's, for one row with a placeholder for each value.
    const QString &sqlite() const { return m_sqlite; }
    // PostgreSQL's, for every row at once from one JSON value bound to its single placeholder:
    // through Qt's driver ("?"), and through libpq's own interface ("$1", RowWriter).
    const QString &postgres() const { return m_postgres; }
    const QByteArray &libpq() const { return m_libpq; }
    // PostgreSQL's COPY of the rows, through libpq (RowWriter): only for an insert with no tail
    // (no ON CONFLICT), which COPY cannot say. Empty otherwise.
    const QByteArray &copy() const { return m_copy; }
    size_t width() const { return m_width; }

private:
    QString m_sqlite;
    QString m_postgres;
    QByteArray m_libpq;
    QByteArray m_copy;
    size_t m_width;
};
// Every one of `rows`, by `insert`. Not through Qt's binding: callgrind showed it cost more than
// the insert itself (about 2,000 instructions a value for Qt's placeholder bookkeeping, 1,300 for
// SQLite's UTF-16 bind). SQLite: one statement, prepared once per connection with SQLite's own
// interface, stepped for each row with its UTF-8 values, as the bare-insert limit does. PostgreSQL:
// one statement for all the rows, sent as one JSON value (jsonb_array_elements), one round trip.
// While a RowWriter is active on this thread, the rows are handed to it instead.
void insertRows(QSqlDatabase &db, const InsertStatement &insert, Rows rows);
// `sql` prepared on SQLite's own interface; throws StoreError if it cannot be. The caller
// finalizes it.
sqlite3_stmt *prepareNative(sqlite3 *handle, const QString &sql);
// Binds and steps `statement` (an INSERT of `width` values) once for each of `rows`: insertRows
// and RowWriter.
void stepRows(sqlite3 *handle, sqlite3_stmt *statement, const QString &sql, const Rows &rows, size_t width);
// `rows` by `insert` on a PostgreSQL connection through libpq's own interface (RowWriter), inside
// the transaction Qt's driver began on it: by COPY for a plain insert, as one JSON value otherwise.
void insertThroughLibpq(pg_conn *connection, const InsertStatement &insert, const Rows &rows);
// The rows of `sql`, each column as UTF-8 text (a null QByteArray for NULL, a number as its
// digits), for reads that pass text on as it is: the change feed's pages. SQLite: through its own
// interface, where Qt's driver turned every value into UTF-16 and the page's fields back into
// UTF-8 (more than half of a pull's work in the store, callgrind). PostgreSQL: through Qt's driver.
QList<QList<QByteArray>> textRows(QSqlDatabase &db, const QString &sql, const QVariantList &binds);
// Reads of a whole batch at once: one statement per row was most of a push's work
// (docs/benchmarks.md). In SQLite each statement holds a power of two of values, so only a few
// statement texts are ever kept prepared.
// `sql` holds "%1" where the list of `values` goes ("... WHERE id IN (%1)"); `fixed` are bound
// before the list. The rows of every statement, in turn. In SQLite, every value comes back as
// text (or null): a number as its digits, which QVariant::toInt and the like read as Qt's did. In
// PostgreSQL the whole list goes as one text[] value, in one statement.
QList<QVariantList> rowsIn(QSqlDatabase &db, const QString &sql, const QVariantList &fixed,
                           const QStringList &values);
// A non-null text value: Qt binds a null QString as SQL NULL, which NOT NULL columns refuse.
QVariant text(const QString &value);
// NULL when empty, for optional columns.
QVariant optionalText(const QString &value);
} // namespace Sql

} // namespace Stride::Server
