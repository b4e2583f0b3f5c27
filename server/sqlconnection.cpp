#include "sqlconnection.h"

#include <QSqlError>
#include <QSqlRecord>
#include <QThread>
#include <atomic>
#include <memory>
#include <optional>
#include <unordered_map>

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

    ~ThreadConnection() { close(); }
    void close()
    {
        prepared.clear(); // before the connection they belong to goes
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
        statements << QStringLiteral("PRAGMA journal_mode = WAL")
                   << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            throw StoreError(
                QStringLiteral("The database refused its settings (%1): %2").arg(sql, q.lastError().text()));
    }
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

[[noreturn]] void fail(const QSqlQuery &q, const QString &sql)
{
    const QSqlError error = q.lastError();
    const bool transient = isTransient(error);
    if (transient)
        t_connection.broken = true; // reconnect on the next request (the queries are gone by then)
    throw StoreError(QStringLiteral("A database statement failed: %1 [%2]").arg(error.text(), sql.left(120)),
                     transient);
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

} // namespace

namespace Sql {

QSqlQuery exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
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
    std::optional<QSqlQuery> other;
    QSqlQuery &q = prepared(db, sql, other);
    bindAndRun(q, sql, binds);
    return q.numRowsAffected();
}

QList<QVariantList> rows(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
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
