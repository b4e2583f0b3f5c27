#include "sqlconnection.h"
#include "rowwriter.h"
#include "walcheckpointer.h"

#include "store/database.h"
#include "store/sqltext.h"

#include <QSqlError>
#include <QSqlRecord>
#include <QThread>
#include <atomic>
#include <memory>
#include <optional>
#include <unordered_map>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace Stride::Server {

namespace {

DatabaseConfig s_config;
std::atomic<int> s_connectionCounter{0};

// The thread's connection name; its destructor removes the connection when the thread ends.
struct ThreadConnection
{
    QString name;
    QSqlDatabase db;
    bool broken = false; // a statement failed for the connection's sake: reopen before next use
    // Statements prepared on this connection, by their text (Sql::run, Sql::rows).
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> prepared;
    // Statements prepared with SQLite's own interface on this connection (Sql::insertRows).
    std::unordered_map<QString, sqlite3_stmt *> native;

    ~ThreadConnection() { close(); }
    void close()
    {
        prepared.clear(); // before the connection they belong to goes
        for (const auto &[sql, statement] : native)
            sqlite3_finalize(statement);
        native.clear();
        if (name.isEmpty())
            return;
        if (db.isValid())
            db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        name.clear();
        broken = false;
    }
};

thread_local ThreadConnection t_connection;

bool isTransient(const QSqlError &error)
{
    const QString text = error.text().toLower();
    return error.type() == QSqlError::ConnectionError || text.contains(QLatin1String("database is locked")) ||
           text.contains(QLatin1String("busy")) || text.contains(QLatin1String("could not connect")) ||
           text.contains(QLatin1String("server closed the connection")) ||
           text.contains(QLatin1String("terminating connection"));
}

void setUp(QSqlDatabase &db)
{
    QStringList statements;
    if (s_config.isPostgres()) {
        // fsync and synchronous_commit are PostgreSQL's defaults; said again here because an
        // acknowledged push must survive a crash, whatever the cluster's configuration file says.
        statements << QStringLiteral("SET synchronous_commit = on")
                   << QStringLiteral("SET client_min_messages = warning");
    } else {
        // WAL: readers never wait for the writer. synchronous=FULL: a COMMIT is on disk before
        // the answer goes out, so a server killed with SIGKILL (or a power cut) keeps everything
        // it acknowledged.
        // cache_spill: a push's batch dirties more pages than SQLite's 2 MB cache holds; spilled
        // mid-transaction they went to the log, were changed again and went again at the commit
        // (sqlite3PcacheFetchStress was 4% of a push). Only the one writer ever holds dirty pages,
        // up to 32 MB before it spills; once it commits the cache shrinks back to its usual size.
        statements << QStringLiteral("PRAGMA journal_mode = WAL")
                   << QStringLiteral("PRAGMA synchronous = FULL")
                   << QStringLiteral("PRAGMA cache_spill = 8192");
    }
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            throw StoreError(
                QStringLiteral("The database refused its settings (%1): %2").arg(sql, q.lastError().text()));
    }
    // Log checkpoints off the requests' path while a store serves (WalCheckpointer).
    if (!s_config.isPostgres())
        WalCheckpointer::install(Database::handleOf(db));
}

} // namespace

void SqlConnection::configure(const DatabaseConfig &config)
{
    s_config = config;
}

const DatabaseConfig &SqlConnection::config()
{
    return s_config;
}

QSqlDatabase &SqlConnection::forThisThread()
{
    ThreadConnection &c = t_connection;
    if (!c.name.isEmpty() && c.db.isOpen() && !c.broken)
        return c.db;
    c.close();
    c.name = QStringLiteral("stride-server-db-%1").arg(++s_connectionCounter);
    if (s_config.isPostgres()) {
        c.db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), c.name);
        c.db.setHostName(s_config.host);
        c.db.setPort(s_config.port);
        c.db.setUserName(s_config.user);
        c.db.setPassword(s_config.password);
        c.db.setDatabaseName(s_config.database);
        c.db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    } else {
        c.db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), c.name);
        c.db.setDatabaseName(s_config.sqlitePath);
        // Writers queue for up to 30 s instead of failing at once when another holds the lock.
        c.db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    }
    if (!c.db.isValid() || !c.db.open()) {
        const QString reason =
            c.db.isValid() ? c.db.lastError().text() : QStringLiteral("the Qt SQL driver is not installed");
        c.close();
        throw StoreError(QStringLiteral("Could not open the %1: %2").arg(s_config.describe(), reason), true);
    }
    try {
        setUp(c.db);
    } catch (...) {
        c.close();
        throw;
    }
    return c.db;
}

void SqlConnection::closeThisThread()
{
    t_connection.close();
}

namespace {

// Statements are kept only up to this many per connection; text built with values in it would
// otherwise grow the cache without end (everything here binds its values, so this is a guard).
constexpr size_t kMaxPrepared = 256;

// Every failed statement's words, whichever interface ran it.
[[noreturn]] void statementFailed(const QString &why, const QString &sql, bool transient)
{
    throw StoreError(QStringLiteral("A database statement failed: %1 [%2]").arg(why, sql.left(120)),
                     transient);
}

[[noreturn]] void fail(const QSqlQuery &q, const QString &sql)
{
    const QSqlError error = q.lastError();
    const bool transient = isTransient(error);
    if (transient)
        t_connection.broken = true; // reconnect on the next request (the queries are gone by then)
    statementFailed(error.text(), sql, transient);
}

// The statement prepared for `sql` on `db`: kept on this thread's connection, else made for this
// one use in `other`.
QSqlQuery &prepared(QSqlDatabase &db, const QString &sql, std::optional<QSqlQuery> &other)
{
    ThreadConnection &c = t_connection;
    const bool kept = !c.name.isEmpty() && db.connectionName() == c.name;
    if (kept) {
        const auto found = c.prepared.find(sql);
        if (found != c.prepared.end())
            return *found->second;
        if (c.prepared.size() >= kMaxPrepared)
            c.prepared.clear();
    }
    auto q = std::make_unique<QSqlQuery>(db);
    q->setForwardOnly(true);
    if (!q->prepare(sql))
        fail(*q, sql);
    if (!kept)
        return other.emplace(std::move(*q));
    return *c.prepared.emplace(sql, std::move(q)).first->second;
}

void bindAndRun(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    for (qsizetype i = 0; i < binds.size(); ++i)
        q.bindValue(int(i), binds.at(i));
    if (!q.exec())
        fail(q, sql);
}

// Rows handed to this thread's RowWriter are written before any other statement runs here.
void settle()
{
    RowWriter *writer = RowWriter::onThisThread();
    if (!writer)
        return;
    try {
        writer->wait();
    } catch (const StoreError &e) {
        if (e.transient())
            t_connection.broken = true; // reconnect on the next request, as fail() does
        throw;
    }
}

} // namespace

namespace Sql {

QSqlQuery exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    settle();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool ok = false;
    if (binds.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        if (ok) {
            for (const QVariant &b : binds)
                q.addBindValue(b);
            ok = q.exec();
        }
    }
    if (!ok)
        fail(q, sql);
    return q;
}

int run(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    settle();
    std::optional<QSqlQuery> other;
    QSqlQuery &q = prepared(db, sql, other);
    bindAndRun(q, sql, binds);
    return q.numRowsAffected();
}

QList<QVariantList> rows(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    settle();
    std::optional<QSqlQuery> other;
    QSqlQuery &q = prepared(db, sql, other);
    bindAndRun(q, sql, binds);
    QList<QVariantList> result;
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << q.value(i);
        result << row;
    }
    q.finish(); // no read left open on the connection until its next use
    return result;
}

namespace {

// The size of the next statement for `left` items when a statement holds at most `most`: the
// largest power of two that fits.
int nextChunk(qsizetype left, int most)
{
    int size = 1;
    while (size * 2 <= most && size * 2 <= left)
        size *= 2;
    return size;
}

int mostPerStatement(int valuesEach, int cap)
{
    int most = 1;
    while (most * 2 <= cap && (most * 2) * valuesEach + valuesEach <= 999)
        most *= 2;
    return most;
}

void appendJson(QByteArray &json, const Rows::Value &value)
{
    switch (value.kind) {
    case Rows::Kind::Null:
        json += "null";
        return;
    case Rows::Kind::Number:
        json += QByteArray::number(value.number);
        return;
    case Rows::Kind::Text:
    case Rows::Kind::Deferred:
        break;
    }
    json += '"';
    for (const char c : value.utf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            json += '\\';
            json += c;
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            json += "\\u00";
            json += hex[u >> 4];
            json += hex[u & 0xf];
        } else {
            json += c;
        }
    }
    json += '"';
}

// The rows as one JSON array of arrays, PostgreSQL's single value for them all.
QByteArray rowsAsJson(const InsertStatement &insert, const Rows &rows)
{
    QByteArray json("[");
    const std::vector<Rows::Value> &all = rows.values();
    for (size_t i = 0; i < all.size(); ++i) {
        if (i % insert.width() == 0)
            json += i == 0 ? "[" : "],[";
        else
            json += ',';
        appendJson(json, all[i]);
    }
    json += "]]";
    return json;
}

// `rows` in COPY's text form: a tab between values, a newline after each row, \N for NULL, and the
// four characters COPY reads specially (backslash, tab, newline, carriage return) as escapes.
QByteArray rowsAsCopyText(const InsertStatement &insert, const Rows &rows)
{
    QByteArray text;
    const std::vector<Rows::Value> &all = rows.values();
    text.reserve(qsizetype(all.size()) * 40);
    for (size_t i = 0; i < all.size(); ++i) {
        const Rows::Value &value = all[i];
        switch (value.kind) {
        case Rows::Kind::Null:
            text += "\\N";
            break;
        case Rows::Kind::Number:
            text += QByteArray::number(value.number);
            break;
        case Rows::Kind::Text:
        case Rows::Kind::Deferred: {
            const QByteArray &utf8 = value.utf8();
            qsizetype plainFrom = 0;
            for (qsizetype at = 0; at < utf8.size(); ++at) {
                const char c = utf8.at(at);
                const char *escape = c == '\\'   ? "\\\\"
                                     : c == '\t' ? "\\t"
                                     : c == '\n' ? "\\n"
                                     : c == '\r' ? "\\r"
                                                 : nullptr;
                if (!escape)
                    continue;
                text.append(utf8.constData() + plainFrom, at - plainFrom);
                text += escape;
                plainFrom = at + 1;
            }
            text.append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
            break;
        }
        }
        text += (i + 1) % insert.width() == 0 ? '\n' : '\t';
    }
    return text;
}

void insertRowsAsJson(QSqlDatabase &db, const InsertStatement &insert, const Rows &rows)
{
    run(db, insert.postgres(), {QString::fromUtf8(rowsAsJson(insert, rows))});
}

[[noreturn]] void failNative(sqlite3 *handle, int rc, const QString &sql)
{
    statementFailed(QString::fromUtf8(sqlite3_errmsg(handle)), sql, rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
}

// The statement for `sql` on SQLite's own interface: kept on this thread's connection, else made
// for this one use and finalized when `once` goes.
using OnceStatement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)>;
sqlite3_stmt *nativeStatement(QSqlDatabase &db, sqlite3 *handle, const QString &sql, OnceStatement &once)
{
    ThreadConnection &c = t_connection;
    const bool kept = !c.name.isEmpty() && db.connectionName() == c.name;
    if (kept) {
        if (const auto found = c.native.find(sql); found != c.native.end())
            return found->second;
    }
    sqlite3_stmt *statement = prepareNative(handle, sql);
    if (kept)
        c.native.emplace(sql, statement);
    else
        once.reset(statement);
    return statement;
}

sqlite3 *nativeHandle(QSqlDatabase &db)
{
    sqlite3 *handle = Database::handleOf(db);
    if (!handle)
        throw StoreError(QStringLiteral("The SQLite driver gave no connection handle."));
    return handle;
}

} // namespace

sqlite3_stmt *prepareNative(sqlite3 *handle, const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &statement, nullptr);
    if (rc != SQLITE_OK)
        failNative(handle, rc, sql);
    return statement;
}

void stepRows(sqlite3 *handle, sqlite3_stmt *statement, const QString &sql, const Rows &rows, size_t width)
{
    const std::vector<Rows::Value> &all = rows.values();
    for (size_t row = 0; row < all.size(); row += width) {
        for (size_t i = 0; i < width; ++i) {
            const Rows::Value &v = all[row + i];
            const int index = int(i) + 1;
            switch (v.kind) {
            case Rows::Kind::Null:
                sqlite3_bind_null(statement, index);
                break;
            case Rows::Kind::Number:
                sqlite3_bind_int64(statement, index, v.number);
                break;
            case Rows::Kind::Text:
            case Rows::Kind::Deferred: {
                // SQLITE_STATIC: the value (a deferred one's text too) outlives the step.
                const QByteArray &text = v.utf8();
                sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_STATIC);
                break;
            }
            }
        }
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (rc != SQLITE_DONE) {
            sqlite3_clear_bindings(statement);
            failNative(handle, rc, sql);
        }
    }
    sqlite3_clear_bindings(statement);
}

InsertStatement::InsertStatement(const QString &table, const QList<Column> &columns, const QString &tail)
    : m_width(size_t(columns.size()))
{
    QStringList names;
    QStringList values;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        names << columns.at(i).name;
        const QString value = QStringLiteral("value ->> %1").arg(i);
        values << (columns.at(i).cast.isEmpty()
                       ? value
                       : QStringLiteral("CAST(%1 AS %2)").arg(value, columns.at(i).cast));
    }
    const QString end = tail.isEmpty() ? QString() : QLatin1Char(' ') + tail;
    if (tail.isEmpty())
        m_copy =
            QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, names.join(QStringLiteral(", "))).toUtf8();
    m_sqlite = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
                   .arg(table, names.join(QStringLiteral(", ")), SqlText::placeholders(columns.size()), end);
    const QString postgres =
        QStringLiteral(
            "INSERT INTO %1 (%2) SELECT %3 FROM jsonb_array_elements(CAST(%5 AS jsonb)) WHERE true%4")
            .arg(table, names.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")), end);
    m_postgres = postgres.arg(QLatin1Char('?'));
    m_libpq = postgres.arg(QStringLiteral("$1")).toUtf8();
}

void insertRows(QSqlDatabase &db, const InsertStatement &insert, Rows rows)
{
    if (rows.isEmpty())
        return;
    if (RowWriter *writer = RowWriter::onThisThread())
        return writer->write(insert, std::move(rows));
    if (SqlConnection::isPostgres())
        return insertRowsAsJson(db, insert, rows);
    sqlite3 *handle = nativeHandle(db);
    OnceStatement once(nullptr, sqlite3_finalize);
    stepRows(handle, nativeStatement(db, handle, insert.sqlite(), once), insert.sqlite(), rows,
             insert.width());
}

namespace {

// A statement sent through libpq failed: in the words of every failed statement, transient if the
// connection is lost or the server says so.
[[noreturn]] void libpqFailed(pg_conn *connection, const QByteArray &sql)
{
    const QString message = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
    statementFailed(message, QString::fromUtf8(sql),
                    PQstatus(connection) != CONNECTION_OK ||
                        isTransient(QSqlError(QString(), message, QSqlError::StatementError)));
}

// Plain inserts go by COPY, PostgreSQL's own way in for many rows: read from one JSON value
// (jsonb_array_elements, a lookup per value), the change feed's, applied ids' and audit log's rows
// of a push took the database a third longer, and the push's handler waited for them at the end of
// each batch (docs/benchmarks.md). An upsert (ON CONFLICT) cannot be said by COPY.
void copyThroughLibpq(pg_conn *connection, const InsertStatement &insert, const Rows &rows)
{
    PGresult *started = PQexec(connection, insert.copy().constData());
    bool ok = started && PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (ok) {
        const QByteArray text = rowsAsCopyText(insert, rows);
        // The connection blocks (Qt's driver made it so): each call returns once the bytes are sent.
        ok = PQputCopyData(connection, text.constData(), int(text.size())) == 1;
        ok = PQputCopyEnd(connection, ok ? nullptr : "the store could not send the rows") == 1 && ok;
        // The COPY's own result, then the end of its results.
        PGresult *result = PQgetResult(connection);
        ok = ok && result && PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
        while (PGresult *left = PQgetResult(connection))
            PQclear(left);
    }
    if (!ok)
        libpqFailed(connection, insert.copy());
}

} // namespace

void insertThroughLibpq(pg_conn *connection, const InsertStatement &insert, const Rows &rows)
{
    if (rows.isEmpty())
        return;
    // What Qt's driver left unread of its last query (a forward-only read keeps its final, empty
    // result on the connection until the next query): libpq runs nothing while a query is open.
    while (PGresult *left = PQgetResult(connection))
        PQclear(left);
    if (!insert.copy().isEmpty())
        return copyThroughLibpq(connection, insert, rows);
    const QByteArray json = rowsAsJson(insert, rows);
    const char *const values[] = {json.constData()};
    PGresult *result =
        PQexecParams(connection, insert.libpq().constData(), 1, nullptr, values, nullptr, nullptr, 0);
    const bool ok = result && PQresultStatus(result) == PGRES_COMMAND_OK;
    PQclear(result);
    if (!ok)
        libpqFailed(connection, insert.libpq());
}

QList<QList<QByteArray>> textRows(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    settle();
    QList<QList<QByteArray>> result;
    if (SqlConnection::isPostgres()) {
        QSqlQuery q = exec(db, sql, binds);
        const int width = q.record().count();
        while (q.next()) {
            QList<QByteArray> row;
            row.reserve(width);
            for (int i = 0; i < width; ++i)
                row << (q.isNull(i) ? QByteArray() : q.value(i).toString().toUtf8());
            result << row;
        }
        return result;
    }
    sqlite3 *handle = nativeHandle(db);
    OnceStatement once(nullptr, sqlite3_finalize);
    sqlite3_stmt *statement = nativeStatement(db, handle, sql, once);
    // Bound as copies (SQLITE_TRANSIENT): the texts made here do not outlive this loop.
    for (qsizetype i = 0; i < binds.size(); ++i) {
        const QVariant &b = binds.at(i);
        const int index = int(i) + 1;
        if (b.isNull())
            sqlite3_bind_null(statement, index);
        else if (b.typeId() == QMetaType::Int || b.typeId() == QMetaType::LongLong ||
                 b.typeId() == QMetaType::UInt || b.typeId() == QMetaType::ULongLong)
            sqlite3_bind_int64(statement, index, b.toLongLong());
        else {
            const QByteArray text = b.toString().toUtf8();
            sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
    }
    const int width = sqlite3_column_count(statement);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        QList<QByteArray> row;
        row.reserve(width);
        for (int i = 0; i < width; ++i) {
            if (sqlite3_column_type(statement, i) == SQLITE_NULL) {
                row << QByteArray();
                continue;
            }
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
            row << QByteArray(text, sqlite3_column_bytes(statement, i));
        }
        result << row;
    }
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (rc != SQLITE_DONE)
        failNative(handle, rc, sql);
    return result;
}

QList<QVariantList> rowsIn(QSqlDatabase &db, const QString &sql, const QVariantList &fixed,
                           const QStringList &values)
{
    QList<QVariantList> result;
    if (values.isEmpty())
        return result;
    if (SqlConnection::isPostgres()) {
        // One statement, the list as one array value: binding each id through Qt's driver, 256 at
        // a time, was 15% of a push's work on the store over PostgreSQL (perf).
        QByteArray array("{");
        for (const QString &value : values) {
            if (array.size() > 1)
                array += ',';
            array += '"';
            for (const char c : value.toUtf8()) {
                if (c == '"' || c == '\\')
                    array += '\\';
                array += c;
            }
            array += '"';
        }
        array += '}';
        QVariantList binds = fixed;
        binds << QString::fromUtf8(array);
        return rows(db, sql.arg(QStringLiteral("SELECT unnest(CAST(? AS text[]))")), binds);
    }
    const int most = mostPerStatement(1, 256 - int(fixed.size()));
    for (qsizetype done = 0; done < values.size();) {
        const int size = nextChunk(values.size() - done, most);
        QVariantList binds = fixed;
        binds.reserve(fixed.size() + size);
        for (int i = 0; i < size; ++i)
            binds << values.at(done + i);
        // Through SQLite's own interface (textRows): Qt's binding of a push's thousands of ids was
        // most of its reads' time.
        for (const QList<QByteArray> &row : textRows(db, sql.arg(SqlText::placeholders(size)), binds)) {
            QVariantList values;
            values.reserve(row.size());
            for (const QByteArray &value : row)
                values << (value.isNull() ? QVariant() : QVariant(QString::fromUtf8(value)));
            result << values;
        }
        done += size;
    }
    return result;
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant optionalText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

} // namespace Sql

} // namespace Stride::Server
