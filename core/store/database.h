#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QVariant>

struct sqlite3;

namespace Stride {

// What happened when the device's database file was opened, in words a teacher can act on.
struct OpenResult
{
    enum class Status {
        Opened,   // an existing store, migrated to this version if it was older
        Created,  // a new, empty store
        Damaged,  // the file was corrupt or not a database: moved aside, nothing opened
        TooNew,   // made by a newer Stride: left untouched, nothing opened
        Failed,   // could not be opened or created at all (permissions, full disk...)
        KeyLost,  // encrypted, and this tablet no longer has its key: left untouched, nothing opened
        WrongKey, // encrypted with a different key from the one given: left untouched, nothing opened
    };
    Status status = Status::Failed;
    QString message;        // for the person holding the tablet
    QString detail;         // the technical reason, for support
    QString movedAsidePath; // where a damaged file now is
    int fileVersion = 0;

    bool ok() const { return status == Status::Opened || status == Status::Created; }
};

// Opens the device's SQLite file: checks it before changing anything, moves a damaged file aside
// (never deletes it), refuses a file from a newer version untouched, then turns on WAL and foreign
// keys and applies the migrations.
//
// With a database key (32 bytes) the file is kept encrypted through the stride-aes VFS
// (encryptedvfs.h): a new store is created encrypted, and a plain one from before encryption is
// encrypted in place, once (plainstoremigration.h). Without a key the file is plain SQLite, as the
// school's store stages its imports; an encrypted file then opens as KeyLost.
class Database
{
public:
    static OpenResult open(const QString &path, const QString &connectionName,
                           const QByteArray &databaseKey = {});
    // Moves the file and its -wal and -shm companions to "<path>.<reason>-<time>" ("damaged", or
    // "keylost" for a store whose key is gone); returns the new path of the main file, or an empty
    // string if it could not be moved.
    static QString moveAside(const QString &path, const QString &reason = QStringLiteral("damaged"));
    // SQLite's own handle of a connection opened here (null for any other driver), for the few
    // places that need SQLite's interface itself.
    // Inline so that code compiled without the rest of the store (the push fuzzer's link-only
    // server files) can still use it.
    static sqlite3 *handleOf(const QSqlDatabase &db)
    {
        const QVariant handle = db.driver()->handle();
        if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return nullptr;
        return *static_cast<sqlite3 *const *>(handle.constData());
    }
};

} // namespace Stride
