// A security review of the encrypted store (core/store/encryptedvfs.h). What someone able to
// change the tablet's files, but without its key, can do: a page that fails its tag gives SQLite
// none of its bytes; a log frame's commit mark and a journal image's page number are bound to the
// page they go with, so neither half a transaction nor a page moved to another place passes as
// something the key wrote. And the ways SQLite writes its log that the binding must survive: a
// transaction bigger than the page cache, storage without power-safe overwrite, and a plain store's
// encrypted copy switched to its log before it takes the store's name.
#include "store/encryptedvfs.h"
#include "store/plainstoremigration.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

#include <sqlite3.h>

using namespace Stride;

namespace {

const QByteArray kMarker = QByteArrayLiteral("Philippa-Oyelaran-prefers-Makaton-signs");
constexpr int kPage = EncryptedVfs::pageSize;

QByteArray keyOf(char c)
{
    return QByteArray(EncryptedVfs::keyBytes, c);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

quint32 big32(const QByteArray &bytes, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData() + at);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

void putBig32(QByteArray &bytes, qsizetype at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        bytes[at + i] = char(v >> (24 - 8 * i));
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    return *static_cast<sqlite3 *const *>(db.driver()->handle().constData());
}

// The store's file as SQLite holds it open: reading it goes through stride-aes, page by page.
sqlite3_file *mainFileOf(const QSqlDatabase &db)
{
    sqlite3_file *file = nullptr;
    REQUIRE(sqlite3_file_control(handleOf(db), "main", SQLITE_FCNTL_FILE_POINTER, &file) == SQLITE_OK);
    REQUIRE(file);
    return file;
}

QByteArray plainPage(const QSqlDatabase &db, quint32 pageNumber, int *rc = nullptr)
{
    QByteArray page(kPage, '\0');
    sqlite3_file *file = mainFileOf(db);
    const int result = file->pMethods->xRead(file, page.data(), kPage, sqlite3_int64(pageNumber - 1) * kPage);
    if (rc)
        *rc = result;
    return page;
}

// A connection straight onto stride-aes, as Database::open makes one, in the journal mode asked.
QSqlDatabase openRaw(const QString &name, const QString &path, const QByteArray &key,
                     const QStringList &pragmas)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(EncryptedVfs::uriFor(path, key));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
    REQUIRE(db.open());
    int reserve = EncryptedVfs::reservedBytes;
    REQUIRE(sqlite3_file_control(handleOf(db), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) == SQLITE_OK);
    QSqlQuery q(db);
    for (const QString &sql : pragmas) {
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }
    return db;
}

void exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec(sql));
}

void insertRows(const QSqlDatabase &db, int from, int count, int width)
{
    QSqlDatabase conn = db;
    REQUIRE(conn.transaction());
    for (int i = from; i < from + count; ++i)
        exec(db, QStringLiteral("INSERT INTO t VALUES ('%1 %2 %3')")
                     .arg(QString::fromLatin1(kMarker))
                     .arg(i)
                     .arg(QString(width, QLatin1Char('.'))));
    REQUIRE(conn.commit());
}

// count(*) of t and quick_check's verdict, on a fresh connection to `path` (recovering its log or
// rolling back its journal first, as SQLite does at the first read).
std::pair<int, QString> countAndCheck(const QString &path, const QByteArray &key)
{
    const QString name = QStringLiteral("tst-review-check");
    int count = -1;
    QString check;
    {
        QSqlDatabase db = openRaw(name, path, key, {QStringLiteral("PRAGMA temp_store = MEMORY")});
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next())
            count = q.value(0).toInt();
        if (q.exec(QStringLiteral("PRAGMA quick_check")) && q.next())
            check = q.value(0).toString();
        else
            check = q.lastError().text();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return {count, check};
}

// SQLite's write-ahead log checksum is additions only, so a change to one word of a frame's header
// changes the frame's checksum by an amount that does not depend on the (encrypted) page: someone
// without the key can mend the checksum of a frame whose header they changed.
void mendChecksum(QByteArray &wal, qsizetype frameAt, quint32 oldWord1, quint32 newWord1)
{
    const bool bigEndianSums = (big32(wal, 0) & 1) != 0;
    auto asSummed = [bigEndianSums](quint32 storedBigEndian) {
        return bigEndianSums ? storedBigEndian : qbswap(storedBigEndian);
    };
    quint32 d1 = 0;
    quint32 d2 = asSummed(newWord1) - asSummed(oldWord1);
    for (int pair = 0; pair < kPage / 8; ++pair) {
        d1 += d2;
        d2 += d1;
    }
    putBig32(wal, frameAt + 16, big32(wal, frameAt + 16) + d1);
    putBig32(wal, frameAt + 20, big32(wal, frameAt + 20) + d2);
}

} // namespace

TEST_CASE("A page that fails its tag gives SQLite none of its bytes", "[database][encryption][review]")
{
    REQUIRE(EncryptedVfs::ensureRegistered());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.db"));
    const QString name = QStringLiteral("tst-review-damaged");
    quint32 pageWithMarker = 0;
    {
        QSqlDatabase db = openRaw(name, path, keyOf('d'),
                                  {QStringLiteral("PRAGMA temp_store = MEMORY"),
                                   QStringLiteral("PRAGMA journal_mode = DELETE"),
                                   QStringLiteral("CREATE TABLE t (x TEXT)")});
        insertRows(db, 0, 20, 10);
        for (quint32 n = 2; n <= 4 && !pageWithMarker; ++n)
            if (plainPage(db, n).contains(kMarker))
                pageWithMarker = n;
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    REQUIRE(pageWithMarker != 0);

    // One byte of the page's first (sealed) bytes changed: the rest still decrypts to the rows.
    QByteArray bytes = readAll(path);
    const qsizetype at = EncryptedVfs::headerBytes + qsizetype(pageWithMarker - 1) * kPage;
    bytes[at] = char(bytes[at] ^ 0x01);
    writeAll(path, bytes);
    {
        QSqlDatabase db = openRaw(name, path, keyOf('d'), {});
        int rc = SQLITE_OK;
        const QByteArray page = plainPage(db, pageWithMarker, &rc);
        CHECK(rc == SQLITE_IOERR_DATA);
        CHECK_FALSE(page.contains(kMarker));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("A log frame's commit mark is bound to it: a changed mark ends the log, never commits half a "
          "transaction",
          "[database][encryption][review]")
{
    REQUIRE(EncryptedVfs::ensureRegistered());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wal.db"));
    const QString killed = dir.filePath(QStringLiteral("killed/wal.db"));
    REQUIRE(QDir().mkpath(QFileInfo(killed).absolutePath()));
    const QString name = QStringLiteral("tst-review-wal");
    {
        QSqlDatabase db = openRaw(
            name, path, keyOf('w'),
            {QStringLiteral("PRAGMA temp_store = MEMORY"), QStringLiteral("PRAGMA journal_mode = WAL"),
             QStringLiteral("PRAGMA wal_autocheckpoint = 0"), QStringLiteral("CREATE TABLE t (x TEXT)")});
        insertRows(db, 0, 50, 10);    // transaction A
        insertRows(db, 50, 400, 200); // transaction B: many pages, so many frames
        // Killed here: everything is in the log, nothing written back.
        REQUIRE(QFile::copy(path, killed));
        REQUIRE(QFile::copy(path + QStringLiteral("-wal"), killed + QStringLiteral("-wal")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    const QByteArray file = readAll(killed);
    const QByteArray wal = readAll(killed + QStringLiteral("-wal"));

    // Untouched, the log recovers both transactions.
    const QString whole = dir.filePath(QStringLiteral("whole/wal.db"));
    REQUIRE(QDir().mkpath(QFileInfo(whole).absolutePath()));
    writeAll(whole, file);
    writeAll(whole + QStringLiteral("-wal"), wal);
    REQUIRE(countAndCheck(whole, keyOf('w')) == std::pair<int, QString>(450, QStringLiteral("ok")));

    // The frames that end a transaction carry the store's size in pages (bytes 4-7 of their header).
    constexpr int kFrame = 24 + kPage;
    const qsizetype frames = (wal.size() - 32) / kFrame;
    QList<qsizetype> commits;
    for (qsizetype i = 0; i < frames; ++i)
        if (big32(wal, 32 + i * kFrame + 4) != 0)
            commits << i;
    REQUIRE(commits.size() >= 3); // CREATE TABLE, A, B
    const qsizetype firstOfB = commits[commits.size() - 2] + 1;
    REQUIRE(commits.last() > firstOfB + 1);

    // Someone without the key marks B's first frame as a commit and cuts the rest of B off, mending
    // the checksums SQLite would check: without the mark bound to the frame, B's first page alone
    // would count as committed.
    QByteArray cut = wal.left(32 + (firstOfB + 1) * kFrame);
    const qsizetype at = 32 + firstOfB * kFrame;
    const quint32 size = big32(wal, 32 + commits.last() * kFrame + 4);
    mendChecksum(cut, at, 0, size);
    putBig32(cut, at + 4, size);
    const QString tampered = dir.filePath(QStringLiteral("tampered/wal.db"));
    REQUIRE(QDir().mkpath(QFileInfo(tampered).absolutePath()));
    writeAll(tampered, file);
    writeAll(tampered + QStringLiteral("-wal"), cut);
    // The changed frame does not authenticate, so the log ends before it, after A: as if B had
    // never been written, never half of it.
    const auto [count, check] = countAndCheck(tampered, keyOf('w'));
    INFO(check.toStdString());
    CHECK(count == 50);
    CHECK(check == QLatin1String("ok"));

    // The same cut without the changed mark: B was never committed, so the store is A's.
    const QString shortened = dir.filePath(QStringLiteral("shortened/wal.db"));
    REQUIRE(QDir().mkpath(QFileInfo(shortened).absolutePath()));
    writeAll(shortened, file);
    writeAll(shortened + QStringLiteral("-wal"), wal.left(32 + (firstOfB + 1) * kFrame));
    CHECK(countAndCheck(shortened, keyOf('w')) == std::pair<int, QString>(50, QStringLiteral("ok")));
}

TEST_CASE("A journal image is bound to its page number: one moved to another page is never written "
          "there",
          "[database][encryption][review]")
{
    REQUIRE(EncryptedVfs::ensureRegistered());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.db"));
    const QString copy = dir.filePath(QStringLiteral("copy/journal.db"));
    REQUIRE(QDir().mkpath(QFileInfo(copy).absolutePath()));
    const QString name = QStringLiteral("tst-review-journal");
    QMap<quint32, QByteArray> before;
    {
        // A rollback journal, and a cache small enough that changed pages reach the file (after
        // the journal's first records are synced) before the transaction ends.
        QSqlDatabase db = openRaw(
            name, path, keyOf('j'),
            {QStringLiteral("PRAGMA temp_store = MEMORY"), QStringLiteral("PRAGMA journal_mode = DELETE"),
             QStringLiteral("PRAGMA cache_size = 5"), QStringLiteral("CREATE TABLE t (x TEXT)")});
        insertRows(db, 0, 1000, 10);
        sqlite3_int64 pages = 0;
        sqlite3_file *file = mainFileOf(db);
        REQUIRE(file->pMethods->xFileSize(file, &pages) == SQLITE_OK);
        for (quint32 n = 1; n <= quint32(pages / kPage); ++n)
            before.insert(n, plainPage(db, n));
        exec(db, QStringLiteral("BEGIN"));
        exec(db, QStringLiteral("UPDATE t SET x = 'changed'"));
        // Killed here: the file half changed, the journal hot.
        REQUIRE(QFile::copy(path, copy));
        REQUIRE(QFile::copy(path + QStringLiteral("-journal"), copy + QStringLiteral("-journal")));
        exec(db, QStringLiteral("ROLLBACK"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);

    // The journal: a header (its sector size at byte 20, its records' count at byte 8), then
    // records of a page number, the page's image and a checksum of the plain image only.
    QByteArray journal = readAll(copy + QStringLiteral("-journal"));
    const quint32 records = big32(journal, 8);
    const quint32 sector = big32(journal, 20);
    REQUIRE(records >= 2);
    REQUIRE(sector >= 512);
    const qsizetype first = sector;
    const qsizetype second = first + 4 + kPage + 4;
    const quint32 moved = big32(journal, first);
    const quint32 other = big32(journal, second);
    REQUIRE(moved != other);
    REQUIRE(before.contains(moved));
    // Someone without the key swaps the two images' page numbers (their checksums still hold).
    putBig32(journal, first, other);
    putBig32(journal, second, moved);
    writeAll(copy + QStringLiteral("-journal"), journal);

    {
        QSqlDatabase db = openRaw(name, copy, keyOf('j'), {QStringLiteral("PRAGMA temp_store = MEMORY")});
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))); // rolls the journal back
        q.finish();
        int rc = SQLITE_OK;
        const QByteArray now = plainPage(db, other, &rc);
        REQUIRE(rc == SQLITE_OK);
        const bool movedImageWritten = now == before.value(moved);
        CHECK_FALSE(movedImageWritten);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("A transaction bigger than the page cache, that changes a page it already spilled to the log, "
          "reads back whole",
          "[database][encryption][review]")
{
    REQUIRE(EncryptedVfs::ensureRegistered());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("spill.db"));
    const QString name = QStringLiteral("tst-review-spill");
    {
        // A cache of ten pages: the transaction's changed pages go to the log before it commits.
        // Changing one of them again rewrites its frame in place, and SQLite writes the frames after
        // it without their salts and checksums, filling those in at the commit.
        QSqlDatabase db = openRaw(
            name, path, keyOf('s'),
            {QStringLiteral("PRAGMA temp_store = MEMORY"), QStringLiteral("PRAGMA journal_mode = WAL"),
             QStringLiteral("PRAGMA cache_size = 10"), QStringLiteral("CREATE TABLE t (x TEXT)")});
        REQUIRE(db.transaction());
        for (int round = 0; round < 4; ++round) {
            for (int i = 0; i < 200; ++i)
                exec(db, QStringLiteral("INSERT INTO t VALUES ('%1 %2 %3')")
                             .arg(QString::fromLatin1(kMarker))
                             .arg(round * 200 + i)
                             .arg(QString(100, QLatin1Char('.'))));
            exec(db, QStringLiteral("UPDATE t SET x = x || '!' WHERE rowid % 50 = 1"));
        }
        REQUIRE(db.commit());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA cache_size = 10")));
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM t")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 800);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    CHECK(countAndCheck(path, keyOf('s')) == std::pair<int, QString>(800, QStringLiteral("ok")));
}

TEST_CASE("An encrypted copy of a plain store takes its name already keeping a write-ahead log",
          "[database][encryption][migration][review]")
{
    // Switching a store to WAL writes its first page under a rollback journal: a kill then leaves
    // a hot journal beside the store, which the read-only check at the next open cannot roll back.
    // The copy is switched while it is still the copy, where a kill only means starting again.
    REQUIRE(EncryptedVfs::ensureRegistered());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.db"));
    const QString name = QStringLiteral("tst-review-plain");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        exec(db, QStringLiteral("CREATE TABLE t (x TEXT)"));
        insertRows(db, 0, 30, 10);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QString detail;
    INFO(detail.toStdString());
    REQUIRE(PlainStoreMigration::encrypt(path, keyOf('p'), &detail));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("plain.db")});
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(EncryptedVfs::uriFor(path, keyOf('p')));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QLatin1String("wal"));
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM t")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 30);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("A store on storage without power-safe overwrite commits through its log",
          "[database][encryption][review]")
{
    // Without it (psow=0, or an SQLite built so), SQLite pads each commit to a whole sector with
    // copies of its last frame and syncs at the sector's end, writing the copy that crosses it in
    // two parts, the sync between.
    REQUIRE(EncryptedVfs::ensureRegistered());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("psow.db"));
    const QString name = QStringLiteral("tst-review-psow");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(EncryptedVfs::uriFor(path, keyOf('o')) + QStringLiteral("&psow=0"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
        REQUIRE(db.open());
        int reserve = EncryptedVfs::reservedBytes;
        REQUIRE(sqlite3_file_control(handleOf(db), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) ==
                SQLITE_OK);
        for (const char *sql : {"PRAGMA temp_store = MEMORY", "PRAGMA journal_mode = WAL",
                                "PRAGMA synchronous = FULL", "CREATE TABLE t (x TEXT)"})
            exec(db, QString::fromLatin1(sql));
        for (int i = 0; i < 12; ++i)
            insertRows(db, i * 10, 10, 300);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    CHECK(countAndCheck(path, keyOf('o')) == std::pair<int, QString>(120, QStringLiteral("ok")));
}
