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

struct EraseResult
{
    bool ok = false;
    QStringList leftBehind; // paths that could not be removed (support needs these)
};

// Closes the store, then removes the database with its -wal, -shm and -journal files, this
// tablet's secret (DeviceSecret), and the whole media folder.
EraseResult erase(Store &store, const QString &mediaDir);

} // namespace DeviceFiles

} // namespace Stride
