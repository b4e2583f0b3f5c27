#include "plainstoremigration.h"

#include "encryptedvfs.h"

#include "../media/durablefile.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <atomic>

namespace Stride {

namespace {

std::atomic<int> s_connections{0};

QString connectionName()
{
    return QStringLiteral("stride-encrypting-%1").arg(++s_connections);
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

void removeWithCompanions(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// Whether the encrypted copy at `path` opens with `key` and is whole, as a fresh open would see it.
bool isWhole(const QString &path, const QByteArray &key, int expectedVersion, QString *detail)
{
    if (EncryptedVfs::kindOf(path) != EncryptedVfs::FileKind::Encrypted ||
        !EncryptedVfs::keyOpens(path, key)) {
        *detail = QStringLiteral("%1 is not an encrypted copy this key opens").arg(path);
        return false;
    }
    bool whole = false;
    const QString name = connectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(EncryptedVfs::uriFor(path, key));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!db.open()) {
            *detail = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA temp_store = MEMORY")) &&
                q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
                const int version = q.value(0).toInt();
                if (q.exec(QStringLiteral("PRAGMA quick_check")) && q.next()) {
                    const QString check = q.value(0).toString();
                    whole =
                        check == QLatin1String("ok") && (expectedVersion < 0 || version == expectedVersion);
                    if (!whole)
                        *detail =
                            QStringLiteral("the encrypted copy's check said %1 (version %2, expected %3)")
                                .arg(check)
                                .arg(version)
                                .arg(expectedVersion);
                }
            }
            if (!whole && detail->isEmpty())
                *detail = q.lastError().text();
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    // A read-only connection to a store that keeps a log leaves the (empty) log and its index
    // behind: they go, so that nothing is left under the copy's name once it takes the store's.
    const QString log = path + QStringLiteral("-wal");
    if (QFileInfo::exists(log) && QFileInfo(log).size() == 0) {
        QFile::remove(log);
        QFile::remove(path + QStringLiteral("-shm"));
    }
    return whole;
}

// Overwrites the plain copy with zeros for its whole length, flushes it to the disk, then removes
// it. On flash the controller may keep old blocks; docs/decisions.md says what this does and does
// not promise.
bool shred(const QString &path, QString *detail)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        *detail = file.errorString();
        return false;
    }
    const qint64 size = file.size();
    const QByteArray zeros(1 << 20, '\0');
    for (qint64 written = 0; written < size;) {
        const qint64 n = file.write(zeros.constData(), std::min<qint64>(zeros.size(), size - written));
        if (n <= 0) {
            *detail = file.errorString();
            return false;
        }
        written += n;
    }
    file.close();
    if (!DurableFile::sync(path, detail))
        return false;
    if (!QFile::remove(path)) {
        *detail = QStringLiteral("could not remove %1").arg(path);
        return false;
    }
    return DurableFile::syncDirectory(QFileInfo(path).absolutePath(), detail);
}

// The encrypted copy, made by SQLite from a plain connection: VACUUM INTO writes every page anew
// through stride-aes, with the 32 reserved bytes asked for here.
bool makeEncryptedCopy(const QString &path, const QByteArray &key, int *version, QString *detail)
{
    // Called on its own (not only from Database::open), the VFS may not be registered yet.
    if (!EncryptedVfs::ensureRegistered(detail))
        return false;
    bool ok = false;
    const QString name = connectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(EncryptedVfs::plainUriFor(path));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *detail = db.lastError().text();
        } else {
            QSqlQuery q(db);
            // Everything in the log goes into the file first: the copy misses nothing, and the
            // plain store leaves no log behind when it steps aside.
            ok = q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next() &&
                 q.value(0).toInt() == 0;
            ok = ok && q.exec(QStringLiteral("PRAGMA temp_store = MEMORY")) &&
                 q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
            if (ok)
                *version = q.value(0).toInt();
            // On a store that already has pages these take effect at the next VACUUM: this one.
            ok = ok && q.exec(QStringLiteral("PRAGMA page_size = %1").arg(EncryptedVfs::pageSize));
            sqlite3 *handle = handleOf(db);
            int reserve = EncryptedVfs::reservedBytes;
            ok = ok && handle &&
                 sqlite3_file_control(handle, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) == SQLITE_OK;
            const QString into = EncryptedVfs::uriFor(PlainStoreMigration::encryptingPath(path), key);
            ok = ok && q.exec(QStringLiteral("VACUUM INTO '%1'").arg(into));
            if (!ok && detail->isEmpty())
                *detail = q.lastError().text().isEmpty() ? QStringLiteral("the plain store is busy")
                                                         : q.lastError().text();
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Switches the encrypted copy to a write-ahead log, as the store keeps, while it is still the copy.
// The switch writes the first page under a rollback journal: done after the copy took the store's
// name, a kill there left a hot journal beside the store, which the read-only check of the next open
// cannot roll back, and the store was taken for damaged. Killed here, the copy is only made again.
bool keepLog(const QString &path, const QByteArray &key, QString *detail)
{
    bool ok = false;
    const QString name = connectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(EncryptedVfs::uriFor(path, key));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
        if (!db.open()) {
            *detail = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("PRAGMA temp_store = MEMORY")) &&
                 q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next() &&
                 q.value(0).toString() == QLatin1String("wal");
            if (!ok)
                *detail = QStringLiteral("the encrypted copy could not keep a write-ahead log: %1")
                              .arg(q.lastError().text());
            q.finish();
        }
        // The last connection to close writes the log back into the file and removes it.
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool PlainStoreMigration::encrypt(const QString &path, const QByteArray &key, QString *detail)
{
    const QString encrypting = encryptingPath(path);
    const QString plain = plainPath(path);
    removeWithCompanions(encrypting);
    int version = -1;
    if (!makeEncryptedCopy(path, key, &version, detail) || !keepLog(encrypting, key, detail) ||
        !DurableFile::sync(encrypting, detail) ||
        !DurableFile::syncDirectory(QFileInfo(path).absolutePath(), detail) ||
        !isWhole(encrypting, key, version, detail)) {
        removeWithCompanions(encrypting);
        return false;
    }
    // The plain store's log was emptied into it; an empty log and its index go with it.
    const QString log = path + QStringLiteral("-wal");
    if (QFileInfo(log).size() > 0) {
        *detail = QStringLiteral("the plain store's log is still in use");
        removeWithCompanions(encrypting);
        return false;
    }
    QFile::remove(log);
    QFile::remove(path + QStringLiteral("-shm"));
    if (!DurableFile::renameDurably(path, plain, detail))
        return false;
    if (!DurableFile::renameDurably(encrypting, path, detail))
        return false; // resume() finishes this at the next open: both copies are still whole
    return shred(plain, detail);
}

bool PlainStoreMigration::resume(const QString &path, const QByteArray &key, QString *detail)
{
    const QString encrypting = encryptingPath(path);
    const QString plain = plainPath(path);
    const bool hasEncrypting = QFileInfo::exists(encrypting);
    const bool hasPlain = QFileInfo::exists(plain);
    if (!hasEncrypting && !hasPlain)
        return true;
    QString why;
    switch (EncryptedVfs::kindOf(path)) {
    case EncryptedVfs::FileKind::Missing:
        // Killed between the two renames. The copy takes the name if it is whole; otherwise the
        // plain store goes back to its own.
        if (hasEncrypting && isWhole(encrypting, key, -1, &why)) {
            if (!DurableFile::renameDurably(encrypting, path, detail))
                return false;
            return !hasPlain || shred(plain, detail);
        }
        if (hasPlain) {
            removeWithCompanions(encrypting);
            return DurableFile::renameDurably(plain, path, detail);
        }
        return true; // a stray copy that is not whole, and no store: left for support to look at
    case EncryptedVfs::FileKind::PlainSqlite:
        // Killed while the copy was made or checked: the plain store is untouched; start again.
        removeWithCompanions(encrypting);
        return true;
    case EncryptedVfs::FileKind::Encrypted:
        // Killed after the copy took the name: only the plain copy's removal was left. Unless this
        // key does not open the store, when nothing is touched (Database::open says why).
        if (!EncryptedVfs::keyOpens(path, key))
            return true;
        removeWithCompanions(encrypting);
        return !hasPlain || shred(plain, detail);
    case EncryptedVfs::FileKind::Empty:
    case EncryptedVfs::FileKind::Unknown:
        return true;
    }
    return true;
}

} // namespace Stride
