#include "database.h"

#include "encryptedvfs.h"
#include "migrations.h"
#include "plainstoremigration.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <optional>

namespace Stride {

namespace {

// Gives this file's sentences one context ("Database") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

} // namespace

namespace {

enum class Probe {
    Healthy,
    Empty,
    Damaged,
    Unreadable
};

struct ProbeResult
{
    Probe probe = Probe::Unreadable;
    int version = 0;
    QString detail;
};

// Looks at the store through a read-only connection, so that nothing about it changes before we
// know it is ours, healthy and not from the future.
ProbeResult probeConnection(const QString &databaseName, const QString &connectOptions)
{
    ProbeResult result;
    const QString probeName = QStringLiteral("stride-probe-%1").arg(quintptr(&result));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        db.setDatabaseName(databaseName);
        db.setConnectOptions(connectOptions);
        if (!db.open()) {
            result.detail = db.lastError().text();
        } else {
            QSqlQuery q(db);
            // Nothing spills to a temporary file (stride-aes refuses them).
            q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
            if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
                result.probe = Probe::Damaged;
                result.detail = q.lastError().text();
            } else {
                result.version = q.value(0).toInt();
                // quick_check reads every page's structure (not every index entry): it finds the
                // damage a dying flash card or a half-copied file leaves, in milliseconds. Through
                // stride-aes every page it reads is also authenticated.
                if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
                    result.probe = Probe::Damaged;
                    result.detail = q.lastError().text();
                } else if (q.value(0).toString() != QLatin1String("ok")) {
                    result.probe = Probe::Damaged;
                    result.detail = q.value(0).toString();
                } else {
                    result.probe = Probe::Healthy;
                }
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(probeName);
    return result;
}

// Rolls back a hot journal left beside the store: a write under a rollback journal (the store's
// first switch to its write-ahead log, or a migration of an older store) killed before it ended.
// A read-only connection cannot do that, so the probe's first read failed on it and a store that
// had lost nothing was called damaged. One read-write connection puts back the last commit, as
// SQLite does at any open.
bool rollBackHotJournal(const QString &path, const QString &databaseName, const QString &connectOptions)
{
    if (QFileInfo(path + QStringLiteral("-journal")).size() <= 0)
        return false;
    bool read = false;
    const QString name = QStringLiteral("stride-rollback-%1").arg(quintptr(&read));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databaseName);
        db.setConnectOptions(connectOptions);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
            read = q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return read;
}

// probeConnection, read-only; again after a hot journal beside the store was rolled back.
ProbeResult probeRollingBack(const QString &path, const QString &databaseName, const QString &readOnly,
                             const QString &readWrite)
{
    const ProbeResult first = probeConnection(databaseName, readOnly);
    if (first.probe != Probe::Damaged || !rollBackHotJournal(path, databaseName, readWrite))
        return first;
    return probeConnection(databaseName, readOnly);
}

ProbeResult probePlainFile(const QString &path)
{
    ProbeResult result;
    QFile file(path);
    if (file.size() == 0) {
        result.probe = Probe::Empty;
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.detail = file.errorString();
        return result;
    }
    const QByteArray header = file.read(16);
    file.close();
    if (header != QByteArray("SQLite format 3\0", 16)) {
        result.probe = Probe::Damaged;
        result.detail = Words::tr("The file does not start with the SQLite header.");
        return result;
    }
    return probeRollingBack(path, path, QStringLiteral("QSQLITE_OPEN_READONLY"), {});
}

OpenResult damaged(const QString &path, const QString &detail)
{
    OpenResult r;
    r.status = OpenResult::Status::Damaged;
    r.detail = detail;
    r.movedAsidePath = Database::moveAside(path);
    if (r.movedAsidePath.isEmpty())
        r.message = Words::tr("The evidence store on this tablet is damaged and could not be moved aside. "
                              "Nothing has been deleted. Please ask your school's IT support to look at "
                              "%1 before you record anything else.")
                        .arg(QDir::toNativeSeparators(path));
    else
        r.message = Words::tr("The evidence store on this tablet is damaged, so Stride has moved it aside "
                              "(it is kept, not deleted, as %1) and can start with a fresh one. Evidence "
                              "that had already synced is safe on the school's store. Tell your school's "
                              "IT support so they can try to recover anything recorded since the last sync.")
                        .arg(QFileInfo(r.movedAsidePath).fileName());
    return r;
}

} // namespace

QString Database::moveAside(const QString &path, const QString &reason)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.%2-%3").arg(path, reason, stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.%2-%3-%4").arg(path, reason, stamp).arg(n);
    if (!QFile::rename(path, target))
        return {};
    // The write-ahead log belongs to the file moved aside: keep it beside it for recovery, and
    // make sure a fresh store never picks it up.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString companion = path + QLatin1String(suffix);
        if (QFileInfo::exists(companion))
            QFile::rename(companion, target + QLatin1String(suffix));
    }
    return target;
}

namespace {

// What the probe found, turned into a refusal when the store must not be opened.
std::optional<OpenResult> refusal(const QString &path, const ProbeResult &probe)
{
    OpenResult result;
    result.fileVersion = probe.version;
    switch (probe.probe) {
    case Probe::Damaged:
        return damaged(path, probe.detail);
    case Probe::Unreadable:
        result.status = OpenResult::Status::Failed;
        result.message = Words::tr("Stride cannot read its evidence store on this tablet. Nothing has "
                                   "been changed. Please ask your school's IT support for help.");
        result.detail = probe.detail;
        return result;
    case Probe::Healthy:
        if (probe.version > Migrations::latestVersion()) {
            result.status = OpenResult::Status::TooNew;
            result.message = Words::tr("The evidence on this tablet was saved by a newer version of Stride. "
                                       "It has been left exactly as it is. Please update Stride to open it.");
            result.detail = Words::tr("File schema version %1; this build reads up to %2.")
                                .arg(probe.version)
                                .arg(Migrations::latestVersion());
            return result;
        }
        break;
    case Probe::Empty:
        break;
    }
    return std::nullopt;
}

OpenResult failed(const QString &message, const QString &detail)
{
    OpenResult result;
    result.status = OpenResult::Status::Failed;
    result.message = message;
    result.detail = detail;
    return result;
}

OpenResult keyLost()
{
    OpenResult result;
    result.status = OpenResult::Status::KeyLost;
    result.message = Words::tr("The records on this tablet are locked, and the key that opens them is no "
                               "longer on this tablet, so they cannot be opened again. Nothing has been "
                               "deleted. Everything that had synced is safe on the school's store.");
    result.detail = Words::tr("The store is encrypted and no database key was given.");
    return result;
}

OpenResult wrongKey()
{
    OpenResult result;
    result.status = OpenResult::Status::WrongKey;
    result.message = Words::tr("The records on this tablet are locked with a different key from the one "
                               "this tablet holds, so Stride cannot open them. They are not damaged, and "
                               "nothing has been changed or deleted. Please ask your school's IT support "
                               "for help before you record anything else.");
    result.detail = Words::tr("The database key does not match the store's key check.");
    return result;
}

} // namespace

namespace {

// The connection the store works on, WAL and foreign keys on, migrated to this version.
OpenResult openConnection(const QString &connectionName, const QString &databaseName, bool encrypted,
                          bool existed, int fileVersion)
{
    OpenResult result;
    result.fileVersion = fileVersion;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(databaseName);
    // A second writer (a sync thread later) waits rather than failing at once.
    db.setConnectOptions(encrypted ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_URI")
                                   : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return failed(Words::tr("Stride could not open its evidence store. The tablet may be out of space."),
                      db.lastError().text());
    QSqlQuery q(db);
    if (encrypted) {
        // stride-aes keeps its nonce and tag in 32 bytes reserved at the end of each 4096-byte
        // page. A new store must say so before its first page is written (the WAL switch below
        // writes it); an existing one already does, and keeps it.
        sqlite3 *handle = Database::handleOf(db);
        int reserve = EncryptedVfs::reservedBytes;
        if (!handle || !q.exec(QStringLiteral("PRAGMA page_size = %1").arg(EncryptedVfs::pageSize)) ||
            sqlite3_file_control(handle, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) != SQLITE_OK) {
            db.close();
            return failed(Words::tr("Stride could not prepare its evidence store."), q.lastError().text());
        }
    }
    // temp_store=MEMORY: temporary tables, indexes and sorts stay in memory, never in a file
    // (stride-aes refuses temporary files rather than write them in the clear).
    // WAL: a reader never blocks the writer, and a crash mid-write leaves the last commit intact.
    // synchronous=FULL: a commit is on the flash before we tell a TA their evidence is saved.
    // cache_size: 16 MB of page cache (the default is 2 MB), so the indexes of a busy year's
    // evidence stay in memory.
    for (const char *pragma :
         {"PRAGMA temp_store = MEMORY", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
          "PRAGMA foreign_keys = ON", "PRAGMA cache_size = -16000"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            const QString detail = q.lastError().text();
            q.finish();
            db.close();
            return failed(Words::tr("Stride could not prepare its evidence store."), detail);
        }
    }
    q.finish();
    QString error;
    if (!Migrations::migrate(db, Migrations::latestVersion(), &error)) {
        db.close();
        return failed(Words::tr("Stride could not update its evidence store to this version. Nothing has "
                                "been lost; the store is as it was. The tablet may be out of space."),
                      error);
    }
    result.status = (existed && fileVersion > 0) ? OpenResult::Status::Opened : OpenResult::Status::Created;
    return result;
}

OpenResult openPlain(const QString &path, const QString &connectionName)
{
    const bool existed = QFileInfo::exists(path);
    int version = 0;
    if (existed) {
        if (EncryptedVfs::kindOf(path) == EncryptedVfs::FileKind::Encrypted)
            return keyLost();
        const ProbeResult probe = probePlainFile(path);
        if (auto refused = refusal(path, probe))
            return *refused;
        version = probe.version;
    } else {
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    return openConnection(connectionName, path, false, existed, version);
}

OpenResult openEncrypted(const QString &path, const QString &connectionName, const QByteArray &key)
{
    QString detail;
    if (key.size() != EncryptedVfs::keyBytes || !EncryptedVfs::ensureRegistered(&detail))
        return failed(Words::tr("Stride could not open its evidence store. Please ask your school's IT "
                                "support for help."),
                      detail.isEmpty()
                          ? QStringLiteral("A database key must be %1 bytes.").arg(EncryptedVfs::keyBytes)
                          : detail);
    // Whatever a kill left of an earlier encryption of a plain store is put right first.
    if (!PlainStoreMigration::resume(path, key, &detail))
        return failed(Words::tr("Stride could not finish protecting the evidence store on this tablet. "
                                "Nothing has been lost. Please ask your school's IT support for help."),
                      detail);
    int version = 0;
    bool existed = true;
    switch (EncryptedVfs::kindOf(path)) {
    case EncryptedVfs::FileKind::Missing:
        existed = false;
        QDir().mkpath(QFileInfo(path).absolutePath());
        break;
    case EncryptedVfs::FileKind::Empty:
        break;
    case EncryptedVfs::FileKind::Unknown:
        return damaged(path, Words::tr("The file starts with neither the SQLite header nor Stride's."));
    case EncryptedVfs::FileKind::PlainSqlite: {
        // A store from before encryption: checked as it is, then encrypted in place, once.
        const ProbeResult probe = probePlainFile(path);
        if (auto refused = refusal(path, probe))
            return *refused;
        version = probe.version;
        if (!PlainStoreMigration::encrypt(path, key, &detail))
            return failed(Words::tr("Stride could not protect the evidence store on this tablet, so it has "
                                    "been left as it was and nothing has been lost. The tablet may be out "
                                    "of space."),
                          detail);
        break;
    }
    case EncryptedVfs::FileKind::Encrypted: {
        if (!EncryptedVfs::keyOpens(path, key))
            return wrongKey();
        const ProbeResult probe = probeRollingBack(path, EncryptedVfs::uriFor(path, key),
                                                   QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"),
                                                   QStringLiteral("QSQLITE_OPEN_URI"));
        if (auto refused = refusal(path, probe))
            return *refused;
        version = probe.version;
        break;
    }
    }
    return openConnection(connectionName, EncryptedVfs::uriFor(path, key), true, existed, version);
}

} // namespace

OpenResult Database::open(const QString &path, const QString &connectionName, const QByteArray &databaseKey)
{
    if (databaseKey.isEmpty())
        return openPlain(path, connectionName);
    return openEncrypted(path, connectionName, databaseKey);
}

} // namespace Stride
