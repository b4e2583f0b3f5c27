#include "database.h"

#include "migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

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

// Looks at the file through a read-only connection, so that nothing about it changes before we
// know it is ours, healthy and not from the future.
ProbeResult probeFile(const QString &path)
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
    const QString probeName = QStringLiteral("stride-probe-%1").arg(quintptr(&result));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result.detail = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
                result.probe = Probe::Damaged;
                result.detail = q.lastError().text();
            } else {
                result.version = q.value(0).toInt();
                // quick_check reads every page's structure (not every index entry): it finds the
                // damage a dying flash card or a half-copied file leaves, in milliseconds.
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

QString Database::moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.damaged-%2").arg(path, stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.damaged-%2-%3").arg(path, stamp).arg(n);
    if (!QFile::rename(path, target))
        return {};
    // The write-ahead log belongs to the damaged file: keep it beside it for recovery, and make
    // sure a fresh store never picks it up.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString companion = path + QLatin1String(suffix);
        if (QFileInfo::exists(companion))
            QFile::rename(companion, target + QLatin1String(suffix));
    }
    return target;
}

OpenResult Database::open(const QString &path, const QString &connectionName)
{
    OpenResult result;
    const bool existed = QFileInfo::exists(path);
    if (existed) {
        const ProbeResult probe = probeFile(path);
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
                result.message =
                    Words::tr("The evidence on this tablet was saved by a newer version of Stride. "
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
    } else {
        QDir().mkpath(QFileInfo(path).absolutePath());
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    // A second writer (a sync thread later) waits rather than failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        result.status = OpenResult::Status::Failed;
        result.message =
            Words::tr("Stride could not open its evidence store. The tablet may be out of space.");
        result.detail = db.lastError().text();
        return result;
    }
    QSqlQuery q(db);
    // WAL: a reader never blocks the writer, and a crash mid-write leaves the last commit intact.
    // synchronous=FULL: a commit is on the flash before we tell a TA their evidence is saved.
    // cache_size: 16 MB of page cache (the default is 2 MB), so the indexes of a busy year's
    // evidence stay in memory.
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                               "PRAGMA foreign_keys = ON", "PRAGMA cache_size = -16000"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            result.status = OpenResult::Status::Failed;
            result.message = Words::tr("Stride could not prepare its evidence store.");
            result.detail = q.lastError().text();
            db.close();
            return result;
        }
    }
    QString error;
    if (!Migrations::migrate(db, Migrations::latestVersion(), &error)) {
        result.status = OpenResult::Status::Failed;
        result.message = Words::tr("Stride could not update its evidence store to this version. Nothing has "
                                   "been lost; the store is as it was. The tablet may be out of space.");
        result.detail = error;
        db.close();
        return result;
    }
    result.status =
        (existed && result.fileVersion > 0) ? OpenResult::Status::Opened : OpenResult::Status::Created;
    return result;
}

} // namespace Stride
