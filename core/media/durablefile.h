#pragma once

#include <QByteArray>
#include <QString>

namespace Stride {

// Writing files so that they survive a crash or a flat battery: data flushed to the disk
// (fsync) before anyone is told it is saved, and renames made durable by syncing the directory.
namespace DurableFile {
bool write(const QString &path, const QByteArray &bytes, QString *error);
bool copy(const QString &from, const QString &to, QString *error);
bool sync(const QString &path, QString *error);
// rename(2) replaces atomically; then the directory entry itself is flushed.
bool renameDurably(const QString &from, const QString &to, QString *error);
// Flushes a folder, so that a file just created in it is still there after a crash.
bool syncDirectory(const QString &dir, QString *error);
bool isDiskFull(const QString &error);
// Overwrites the file's bytes with zeros (flushed) before removing it, for a file that held plain
// media (a recording before it was sealed). Best effort on flash storage, which may keep the old
// blocks elsewhere: the real protection is that plain bytes live only until Save.
bool overwriteAndRemove(const QString &path, QString *error = nullptr);
// errno in the words the functions above use (isDiskFull() knows its "disk full").
QString describeError(int err);
} // namespace DurableFile

} // namespace Stride
