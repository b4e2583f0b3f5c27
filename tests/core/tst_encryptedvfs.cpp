// The tablet's store encrypted at rest (core/store/encryptedvfs.h): nothing readable without the
// key, in the file, its log or its journal; a wrong key told apart from damage; a plain store
// encrypted in place, and every state a kill can leave put right.
#include "store/database.h"
#include "store/encryptedvfs.h"
#include "store/migrations.h"
#include "store/plainstoremigration.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

using namespace Stride;

namespace {

const QByteArray kMarker = QByteArrayLiteral("Zebedee-Quartermaine-observed-using-PECS");

QByteArray keyOf(char c)
{
    return QByteArray(EncryptedVfs::keyBytes, c);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

// The store on one connection, opened by Database::open, closed when it goes.
struct OpenStore
{
    QString name;
    OpenResult result;
    OpenStore(const QString &path, const QByteArray &key)
        : name(QStringLiteral("tst-encrypted-%1").arg(quintptr(this))),
          result(Database::open(path, name, key))
    {}
    ~OpenStore()
    {
        if (QSqlDatabase::contains(name)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
    QSqlDatabase db() const { return QSqlDatabase::database(name, false); }
    void exec(const QString &sql) const
    {
        QSqlQuery q(db());
        INFO(sql.toStdString());
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
    }
    QStringList notes() const
    {
        QSqlQuery q(db());
        REQUIRE(q.exec(QStringLiteral("SELECT value FROM meta WHERE key LIKE 'note-%' ORDER BY key")));
        QStringList all;
        while (q.next())
            all << q.value(0).toString();
        return all;
    }
    void addNotes(int from, int count) const
    {
        for (int i = from; i < from + count; ++i)
            exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('note-%1', '%2 %1')")
                     .arg(i, 5, 10, QLatin1Char('0'))
                     .arg(QString::fromLatin1(kMarker)));
    }
};

QStringList expectedNotes(int count)
{
    QStringList all;
    for (int i = 0; i < count; ++i)
        all << QStringLiteral("%1 %2").arg(QString::fromLatin1(kMarker)).arg(i, 5, 10, QLatin1Char('0'));
    return all;
}

void requireNoMarkerIn(const QString &path)
{
    INFO(path.toStdString());
    const QByteArray bytes = readAll(path);
    CHECK_FALSE(bytes.contains(kMarker));
    CHECK_FALSE(bytes.contains(QByteArrayLiteral("SQLite format 3")));
}

// A plain store made as a tablet from before encryption made it, with notes in it.
void makePlainStore(const QString &path, int notes)
{
    OpenStore plain(path, {});
    REQUIRE(plain.result.ok());
    REQUIRE(plain.db().transaction());
    plain.addNotes(0, notes);
    REQUIRE(plain.db().commit());
}

// An encrypted store with `notes` notes, closed; `writtenBack`: its log written into the file
// first, so the file holds every page.
void makeEncryptedStore(const QString &path, int notes, bool writtenBack = false)
{
    OpenStore s(path, keyOf('k'));
    REQUIRE(s.result.ok());
    s.addNotes(0, notes);
    if (writtenBack)
        s.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

// A file holding exactly `bytes`, as a copy a kill cut short leaves it.
void writeCutCopy(const QString &path, const QByteArray &bytes)
{
    QFile cut(path);
    REQUIRE(cut.open(QIODevice::WriteOnly));
    REQUIRE(cut.write(bytes) == bytes.size());
    cut.close();
}

// The store at `path` opens with the right key and holds exactly `notes` notes.
void requireOpensWithNotes(const QString &path, int notes)
{
    OpenStore s(path, keyOf('k'));
    INFO(s.result.detail.toStdString());
    REQUIRE(s.result.status == OpenResult::Status::Opened);
    CHECK(s.notes() == expectedNotes(notes));
}

} // namespace

TEST_CASE("An encrypted store keeps every row across close and reopen", "[database][encryption]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stride.db"));
    {
        OpenStore s(path, keyOf('k'));
        INFO(s.result.detail.toStdString());
        REQUIRE(s.result.status == OpenResult::Status::Created);
        s.addNotes(0, 300);
    }
    CHECK(EncryptedVfs::kindOf(path) == EncryptedVfs::FileKind::Encrypted);
    OpenStore s(path, keyOf('k'));
    INFO(s.result.detail.toStdString());
    REQUIRE(s.result.status == OpenResult::Status::Opened);
    CHECK(s.result.fileVersion == Migrations::latestVersion());
    CHECK(s.notes() == expectedNotes(300));
    QSqlQuery q(s.db());
    REQUIRE(q.exec(QStringLiteral("PRAGMA page_size")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == EncryptedVfs::pageSize);
}

TEST_CASE("Nothing of a row is in the store's file, its log or its index, and sqlite3 cannot open it",
          "[database][encryption]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stride.db"));
    {
        OpenStore s(path, keyOf('k'));
        REQUIRE(s.result.ok());
        s.addNotes(0, 50);
        // While it is open, the rows are in the log and not yet in the file.
        REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        for (const char *suffix : {"", "-wal", "-shm"})
            requireNoMarkerIn(path + QLatin1String(suffix));
        s.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        requireNoMarkerIn(path);
    }
    requireNoMarkerIn(path);

    const QString cli = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    REQUIRE_FALSE(cli.isEmpty()); // scripts/bootstrap installs it
    QProcess sqlite;
    sqlite.start(cli, {path, QStringLiteral("SELECT count(*) FROM sqlite_master;")});
    REQUIRE(sqlite.waitForFinished(10000));
    CHECK(sqlite.exitCode() != 0);
    CHECK(
        QString::fromUtf8(sqlite.readAllStandardError()).contains(QStringLiteral("file is not a database")));
    CHECK_FALSE(sqlite.readAllStandardOutput().contains(kMarker));
}

TEST_CASE("Committed rows survive a store abandoned before its log was written back",
          "[database][encryption]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stride.db"));
    const QString copy = dir.filePath(QStringLiteral("copy/stride.db"));
    REQUIRE(QDir().mkpath(QFileInfo(copy).absolutePath()));
    {
        OpenStore s(path, keyOf('k'));
        REQUIRE(s.result.ok());
        s.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
        for (int batch = 0; batch < 6; ++batch)
            s.addNotes(batch * 40, 40);
        // The files as a flat battery leaves them: the file and its log, the log never written back.
        REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > 40 * EncryptedVfs::pageSize);
        REQUIRE(QFile::copy(path, copy));
        REQUIRE(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    }
    requireOpensWithNotes(copy, 240);
}

TEST_CASE("A wrong key is told apart from damage and leaves the store untouched", "[database][encryption]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stride.db"));
    makeEncryptedStore(path, 20);
    const QByteArray before = fileHash(path);
    {
        OpenStore wrong(path, keyOf('w'));
        CHECK(wrong.result.status == OpenResult::Status::WrongKey);
        CHECK_FALSE(wrong.result.ok());
        CHECK(wrong.result.message.contains(QStringLiteral("different key")));
        CHECK_FALSE(wrong.result.message.contains(QStringLiteral("is damaged")));
        CHECK(wrong.result.movedAsidePath.isEmpty());
    }
    {
        OpenStore none(path, {});
        CHECK(none.result.status == OpenResult::Status::KeyLost);
        CHECK(none.result.message.contains(QStringLiteral("safe on the school's store")));
    }
    CHECK(fileHash(path) == before);
    requireOpensWithNotes(path, 20);
}

TEST_CASE("A store killed mid-write under a rollback journal opens with its last commit, not as damage",
          "[database][encryption]")
{
    // A store's first switch to its write-ahead log (and an older store's migration) write under a
    // rollback journal; killed there, a hot journal is left beside it, which the read-only check
    // of the next open cannot roll back.
    for (const QByteArray &key : {keyOf('k'), QByteArray()}) {
        DYNAMIC_SECTION((key.isEmpty() ? "plain" : "encrypted"))
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("stride.db"));
            const QString copy = dir.filePath(QStringLiteral("copy/stride.db"));
            REQUIRE(QDir().mkpath(QFileInfo(copy).absolutePath()));
            {
                OpenStore s(path, key);
                REQUIRE(s.result.ok());
                REQUIRE(s.db().transaction());
                s.addNotes(0, 50);
                REQUIRE(s.db().commit());
                // A rollback journal, and a cache small enough that changed pages reach the file
                // before the transaction ends.
                s.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
                s.exec(QStringLiteral("PRAGMA cache_size = 5"));
                s.exec(QStringLiteral("BEGIN"));
                s.addNotes(50, 2000);
                const QString journal = path + QStringLiteral("-journal");
                REQUIRE(QFileInfo(journal).size() > 0);
                // Killed here: the file half changed, the journal hot.
                REQUIRE(QFile::copy(path, copy));
                REQUIRE(QFile::copy(journal, copy + QStringLiteral("-journal")));
                s.exec(QStringLiteral("ROLLBACK"));
            }
            OpenStore s(copy, key);
            INFO(s.result.message.toStdString() << " | " << s.result.detail.toStdString());
            REQUIRE(s.result.ok());
            CHECK(s.result.movedAsidePath.isEmpty());
            CHECK(s.notes() == expectedNotes(50));
            CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral("-journal")));
        }
    }
}

TEST_CASE("A flipped byte in an encrypted page is damage, moved aside", "[database][encryption]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stride.db"));
    makeEncryptedStore(path, 200, true);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.size() > EncryptedVfs::headerBytes + 4 * EncryptedVfs::pageSize);
    // One bit in page 2 (a table's root, which every check reads): the key check passes, the
    // page's tag does not.
    const qint64 at = EncryptedVfs::headerBytes + EncryptedVfs::pageSize + 700;
    REQUIRE(f.seek(at));
    char byte = 0;
    REQUIRE(f.getChar(&byte));
    REQUIRE(f.seek(at));
    REQUIRE(f.putChar(char(byte ^ 0x01)));
    f.close();
    const QByteArray damagedHash = fileHash(path);

    OpenStore s(path, keyOf('k'));
    INFO(s.result.detail.toStdString());
    CHECK(s.result.status == OpenResult::Status::Damaged);
    REQUIRE_FALSE(s.result.movedAsidePath.isEmpty());
    CHECK(fileHash(s.result.movedAsidePath) == damagedHash);
}

TEST_CASE("Temporary files are refused; the store keeps them in memory", "[database][encryption]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stride.db"));
    OpenStore s(path, keyOf('k'));
    REQUIRE(s.result.ok());
    // The store's own connection: a temporary table and a large sort stay in memory.
    s.exec(QStringLiteral("CREATE TEMP TABLE scratch (x)"));
    s.exec(QStringLiteral("INSERT INTO scratch SELECT value FROM meta"));

    // A connection on the same file that asks for a temporary file gets none.
    const QString name = QStringLiteral("tst-encrypted-temp");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(EncryptedVfs::uriFor(path, keyOf('k')));
        other.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
        REQUIRE(other.open());
        QSqlQuery q(other);
        // Five megabytes through a temporary table with a small cache: it must spill somewhere.
        const QString fill =
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)"
                           " INSERT INTO scratch SELECT randomblob(1000) FROM n");
        REQUIRE(q.exec(QStringLiteral("PRAGMA temp_store = FILE")));
        const bool spilledToFile = q.exec(QStringLiteral("CREATE TEMP TABLE scratch (x)")) &&
                                   q.exec(QStringLiteral("PRAGMA temp.cache_size = 10")) && q.exec(fill);
        CHECK_FALSE(spilledToFile);
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec(QStringLiteral("PRAGMA temp_store = MEMORY")));
        CHECK(q.exec(QStringLiteral("CREATE TEMP TABLE scratch (x)")));
        CHECK(q.exec(QStringLiteral("PRAGMA temp.cache_size = 10")));
        CHECK(q.exec(fill));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("A rollback journal's page images are encrypted, and a hot journal still rolls back",
          "[database][encryption]")
{
    REQUIRE(EncryptedVfs::ensureRegistered());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.db"));
    const QString copy = dir.filePath(QStringLiteral("copy/journal.db"));
    REQUIRE(QDir().mkpath(QFileInfo(copy).absolutePath()));
    const QString name = QStringLiteral("tst-encrypted-journal");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(EncryptedVfs::uriFor(path, keyOf('j')));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
        REQUIRE(db.open());
        sqlite3 *handle = *static_cast<sqlite3 *const *>(db.driver()->handle().constData());
        int reserve = EncryptedVfs::reservedBytes;
        REQUIRE(sqlite3_file_control(handle, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) == SQLITE_OK);
        QSqlQuery q(db);
        // A rollback journal (not the store's WAL), and a cache small enough that changed pages
        // reach the file before the transaction ends.
        for (const char *sql : {"PRAGMA temp_store = MEMORY", "PRAGMA journal_mode = DELETE",
                                "PRAGMA cache_size = 5", "CREATE TABLE t (x TEXT)"})
            REQUIRE(q.exec(QString::fromLatin1(sql)));
        REQUIRE(db.transaction());
        for (int i = 0; i < 1000; ++i)
            REQUIRE(q.exec(
                QStringLiteral("INSERT INTO t VALUES ('%1 %2')").arg(QString::fromLatin1(kMarker)).arg(i)));
        REQUIRE(db.commit());
        REQUIRE(q.exec(QStringLiteral("BEGIN")));
        REQUIRE(q.exec(QStringLiteral("UPDATE t SET x = 'changed'")));
        const QString journal = path + QStringLiteral("-journal");
        REQUIRE(QFileInfo(journal).size() > 4 * EncryptedVfs::pageSize);
        requireNoMarkerIn(journal);
        // Killed here: the file half changed, the journal hot.
        REQUIRE(QFile::copy(path, copy));
        REQUIRE(QFile::copy(journal, copy + QStringLiteral("-journal")));
        REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(EncryptedVfs::uriFor(copy, keyOf('j')));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA temp_store = MEMORY")));
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM t WHERE x LIKE 'Zebedee%'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1000);
        REQUIRE(q.exec(QStringLiteral("PRAGMA quick_check")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QLatin1String("ok"));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral("-journal")));
}

TEST_CASE("A plain store is encrypted in place, once, with every row", "[database][encryption][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stride.db"));
    makePlainStore(path, 120);
    REQUIRE(EncryptedVfs::kindOf(path) == EncryptedVfs::FileKind::PlainSqlite);
    {
        OpenStore s(path, keyOf('k'));
        INFO(s.result.detail.toStdString());
        REQUIRE(s.result.status == OpenResult::Status::Opened);
        CHECK(s.notes() == expectedNotes(120));
        s.addNotes(120, 5);
    }
    CHECK(EncryptedVfs::kindOf(path) == EncryptedVfs::FileKind::Encrypted);
    CHECK_FALSE(QFileInfo::exists(PlainStoreMigration::plainPath(path)));
    CHECK_FALSE(QFileInfo::exists(PlainStoreMigration::encryptingPath(path)));
    const QStringList left = QDir(dir.path()).entryList(QDir::Files);
    CHECK(left == QStringList{QStringLiteral("stride.db")});
    requireNoMarkerIn(path);
    requireOpensWithNotes(path, 125);
}

TEST_CASE("An encryption interrupted by a kill resumes or rolls back, never leaving neither copy",
          "[database][encryption][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stride.db"));
    const QString plain = PlainStoreMigration::plainPath(path);
    const QString encrypting = PlainStoreMigration::encryptingPath(path);
    const QString plainOriginal = dir.filePath(QStringLiteral("original.db"));
    const QString encryptedOriginal = dir.filePath(QStringLiteral("encrypted.db"));
    makePlainStore(plainOriginal, 60);
    // An encrypted copy as the migration makes it, to stand for a complete ".encrypting".
    REQUIRE(QFile::copy(plainOriginal, encryptedOriginal));
    QString detail;
    const bool encrypted = PlainStoreMigration::encrypt(encryptedOriginal, keyOf('k'), &detail);
    INFO(detail.toStdString());
    REQUIRE(encrypted);
    REQUIRE(EncryptedVfs::kindOf(encryptedOriginal) == EncryptedVfs::FileKind::Encrypted);

    auto openAndCheck = [&] {
        requireOpensWithNotes(path, 60);
        CHECK(EncryptedVfs::kindOf(path) == EncryptedVfs::FileKind::Encrypted);
        CHECK_FALSE(QFileInfo::exists(plain));
        CHECK_FALSE(QFileInfo::exists(encrypting));
        QFile::remove(path);
    };

    SECTION("killed while the copy was being made: the plain store is encrypted again from the start")
    {
        REQUIRE(QFile::copy(plainOriginal, path));
        writeCutCopy(encrypting, readAll(encryptedOriginal).left(3 * EncryptedVfs::pageSize));
        openAndCheck();
    }
    SECTION("killed between the renames, the copy whole: the copy takes the name")
    {
        REQUIRE(QFile::copy(plainOriginal, plain));
        REQUIRE(QFile::copy(encryptedOriginal, encrypting));
        openAndCheck();
    }
    SECTION("killed between the renames, the copy not whole: the plain store goes back, then is encrypted")
    {
        REQUIRE(QFile::copy(plainOriginal, plain));
        const QByteArray whole = readAll(encryptedOriginal);
        writeCutCopy(encrypting, whole.left(whole.size() / 2));
        openAndCheck();
    }
    SECTION("killed before the plain copy was removed: it is overwritten and removed")
    {
        REQUIRE(QFile::copy(encryptedOriginal, path));
        REQUIRE(QFile::copy(plainOriginal, plain));
        openAndCheck();
    }
}

TEST_CASE("stride-cli killed at any moment of encrypting a plain store leaves one whole store",
          "[database][encryption][migration]")
{
    // The real program opening a plain store (which encrypts it), killed at moments spread over
    // the start-up and the encryption; each time the next open finds every row.
    for (int delayMs = 0; delayMs <= 300; delayMs += 20) {
        INFO("killed after " << delayMs << " ms");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stride.db"));
        makePlainStore(path, 4000);
        QProcess cli;
        cli.start(QStringLiteral(STRIDE_CLI_EXE),
                  {QStringLiteral("status"), QStringLiteral("--database"), path});
        REQUIRE(cli.waitForStarted(10000));
        QThread::msleep(delayMs);
        cli.kill();
        cli.waitForFinished(10000);

        Store store;
        const OpenResult r = store.open(path);
        INFO(r.message.toStdString() << " " << r.detail.toStdString());
        REQUIRE(r.status == OpenResult::Status::Opened);
        QSqlQuery q(store.database());
        REQUIRE(q.exec(QStringLiteral("SELECT value FROM meta WHERE key LIKE 'note-%' ORDER BY key")));
        QStringList notes;
        while (q.next())
            notes << q.value(0).toString();
        q.finish();
        CHECK(notes == expectedNotes(4000));
        CHECK(EncryptedVfs::kindOf(path) == EncryptedVfs::FileKind::Encrypted);
        CHECK_FALSE(QFileInfo::exists(PlainStoreMigration::plainPath(path)));
        CHECK_FALSE(QFileInfo::exists(PlainStoreMigration::encryptingPath(path)));
    }
}
