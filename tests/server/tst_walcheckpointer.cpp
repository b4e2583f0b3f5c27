// The store's write-ahead log is checkpointed on a thread of its own while the store serves, and by
// the committing connection when none runs (WalCheckpointer). Tested on SQLite's own interface:
// no store process is involved.
#include "walcheckpointer.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

using Stride::Server::WalCheckpointer;

namespace {

// A database file in a directory of its own, on a connection as the store makes one: WAL,
// synchronous=FULL, the checkpointer's hook. Closed when it goes.
struct StoreFile
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("stride-store.db"));
    sqlite3 *db = nullptr;

    StoreFile()
    {
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db,
                             "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                             " CREATE TABLE IF NOT EXISTS page (body BLOB)",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
        WalCheckpointer::install(db);
    }
    ~StoreFile() { sqlite3_close(db); }
    StoreFile(const StoreFile &) = delete;
    StoreFile &operator=(const StoreFile &) = delete;

    // One transaction of `rows` rows of about one 4 KiB page each.
    void write(int rows)
    {
        const QByteArray sql =
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                           " INSERT INTO page (body) SELECT randomblob(3900) FROM n")
                .arg(rows)
                .toUtf8();
        REQUIRE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    qint64 logBytes() const { return QFileInfo(path + QStringLiteral("-wal")).size(); }
    // A commit that takes the log past the checkpointer's mark; the log's size after it.
    qint64 writeLongLog()
    {
        write(WalCheckpointer::kDuePages + 200);
        return logBytes();
    }
};

} // namespace

TEST_CASE("While a store serves, its log is checkpointed off the committing connection, and then "
          "starts again from its beginning",
          "[sqlite][walcheckpointer]")
{
    StoreFile file;
    WalCheckpointer checkpointer(file.path);
    file.write(100);
    QThread::msleep(100);
    CHECK(checkpointer.checkpoints() == 0); // a short log is left alone

    const qint64 afterLongCommit = file.writeLongLog();
    CHECK(afterLongCommit > qint64(WalCheckpointer::kDuePages) * 4096);
    for (int waited = 0; waited < 10000 && checkpointer.checkpoints() == 0; waited += 10)
        QThread::msleep(10);
    CHECK(checkpointer.checkpoints() == 1);

    // Everything was copied into the database, so the next commit writes the log from its
    // start again: the file does not grow.
    file.write(10);
    CHECK(file.logBytes() == afterLongCommit);
}

TEST_CASE("With no checkpointer running, a long log is checkpointed by the commit itself, as SQLite "
          "would",
          "[sqlite][walcheckpointer]")
{
    {
        StoreFile file;
        const qint64 afterLongCommit = file.writeLongLog();
        file.write(10);
        CHECK(file.logBytes() == afterLongCommit);
    }

    // Below the mark nothing is checkpointed: the log goes on growing.
    StoreFile file;
    file.write(100);
    const qint64 shortLog = file.logBytes();
    file.write(10);
    CHECK(file.logBytes() > shortLog);
}

TEST_CASE("A checkpoint waits for the commits to pause, unless the log grows long",
          "[sqlite][walcheckpointer]")
{
    StoreFile file;
    WalCheckpointer checkpointer(file.path);
    file.writeLongLog();
    // Commits closer together than a pause, as a push's batches come: no checkpoint between them.
    const auto interval = WalCheckpointer::kQuiet / 10;
    for (int i = 0; i < 8; ++i) {
        QThread::msleep(quint64(interval.count()));
        file.write(5);
    }
    CHECK(checkpointer.checkpoints() == 0);
    // They stop: the log is checkpointed soon after.
    for (int waited = 0; waited < 10000 && checkpointer.checkpoints() == 0; waited += 10)
        QThread::msleep(10);
    CHECK(checkpointer.checkpoints() == 1);

    // A log past kMostPages is checkpointed while the commits go on.
    file.write(WalCheckpointer::kMostPages + 200);
    int waited = 0;
    for (; waited < 10000 && checkpointer.checkpoints() == 1; waited += quint64(interval.count())) {
        QThread::msleep(quint64(interval.count()));
        file.write(5);
    }
    CHECK(checkpointer.checkpoints() >= 2); // and again while the log is still long
}
