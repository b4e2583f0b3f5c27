#pragma once

#include <QByteArray>
#include <QString>

namespace Stride::Server {

// File operations that are on disk before they return (fsync), so what the store acknowledges
// survives a crash or a power cut. Each returns false and a sentence in *error on failure.
namespace DurableFs {

bool createEmpty(const QString &path, QString *error);
// Cuts the file to `offset` (dropping any bytes written after the last acknowledged chunk), then
// writes `bytes` there and flushes.
bool writeAt(const QString &path, qint64 offset, const QByteArray &bytes, QString *error);
// Flushes a file written by other means (fsync).
bool syncFile(const QString &path, QString *error);
// rename(2), then the directory entry is flushed too.
bool renameInto(const QString &from, const QString &to, QString *error);
bool syncDirectory(const QString &dir, QString *error);

} // namespace DurableFs

} // namespace Stride::Server
