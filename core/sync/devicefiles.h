#pragma once

#include <QString>
#include <QStringList>

namespace Stride {

class Store;

// Where a tablet's data lives, and erasing all of it when the school removes the tablet from
// Stride (docs/sync.md: a revoked device gets 410 and erases its store and media).
namespace DeviceFiles {

// The media folder that belongs to a database file: "<database>-media" beside it, like SQLite's
// own -wal and -shm companions, so erasing one tablet's data can never touch anything else.
QString mediaDirFor(const QString &databasePath);

// Everything beside the database that is this tablet's: the database itself and every name that
// begins with its file name followed by '-' or '.': SQLite's -wal, -shm and -journal, the media
// folder (originals, thumbnails, incoming recordings and captures not saved yet, half-fetched
// files), the key file, and every copy moved aside (".damaged-...", ".keylost-...", a plain
// store's ".encrypting" and ".plain" left by encrypting it). Found by listing the folder, so a
// companion added later is found too; nothing else in the folder is touched.
QStringList filesOf(const QString &databasePath);

struct EraseResult
{
    bool ok = false;
    // What could not be removed, each in words with its path and why (support needs these).
    QStringList leftBehind;
};

// Files larger than this whose name is a bare SHA-256 (a media store file, sealed with the media
// key) are unlinked without being overwritten first: writing gigabytes of video over again would
// hold the erase up for minutes, and without the key their bytes cannot be read anyway.
constexpr qint64 kOverwriteSealedUpTo = 64 * 1024 * 1024;

// Closes the store, then erases this tablet's data (eraseFiles).
EraseResult erase(Store &store, const QString &mediaDir);
// Removes the tablet's key first (DeviceKey::remove, a crypto-erase: without it nothing left on
// the flash can be read), then overwrites each file of filesOf() and `mediaDir` with zeros and
// unlinks it. Flash storage moves blocks about as it wears (wear levelling), so overwriting is
// best effort; the key's removal is what makes the rest unreadable. The store must be closed.
EraseResult eraseFiles(const QString &databasePath, const QString &mediaDir);

// A store whose key is gone (the tablet was reset, so its keystore no longer holds the key):
// nothing sealed under that key can be read again, by anyone. The database is moved aside as
// "<database>.keylost-<time>" and kept (Database::moveAside: the key might yet turn up, and the
// school's IT support may want to look). The media folder beside it is emptied: its originals,
// thumbnails and partial downloads were sealed with a key from the lost one, so they can never
// be shown again and their keyed names never match a record again; left, they would only fill the
// tablet. Sealed files are unlinked (without their key there is nothing to wipe), anything plain
// (a recording not yet saved) is overwritten first, as erase does. The media are removed only
// once the database is safely aside: when it cannot be moved, nothing is touched.
struct KeyLostResult
{
    QString movedAsidePath; // empty if the database could not be moved aside
    EraseResult media;
};
KeyLostResult setAsideAfterKeyLost(const QString &databasePath);

} // namespace DeviceFiles

} // namespace Stride
