#include "mediafiles.h"

#include <sync/sha256.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Stride::Server {

MediaFiles::MediaFiles(const QString &dataDir)
    : m_blobs(QDir(dataDir).absoluteFilePath(QStringLiteral("blobs"))),
      m_uploads(QDir(dataDir).absoluteFilePath(QStringLiteral("uploads")))
{}

bool MediaFiles::prepare(QString *error)
{
    for (const QString &dir : {m_blobs, m_uploads})
        if (!QDir().mkpath(dir)) {
            *error = QStringLiteral("Could not create the folder %1. Check the data directory's permissions.")
                         .arg(dir);
            return false;
        }
    return true;
}

QString MediaFiles::blobPath(const QString &sha256) const
{
    return m_blobs + QLatin1Char('/') + sha256;
}

QString MediaFiles::uploadPath(const QString &uploadId) const
{
    return m_uploads + QLatin1Char('/') + uploadId;
}

bool MediaFiles::hasBlob(const QString &sha256) const
{
    return isSha256Hex(sha256) && QFileInfo(blobPath(sha256)).isFile();
}

std::optional<qint64> MediaFiles::blobSize(const QString &sha256) const
{
    const QFileInfo info(blobPath(sha256));
    if (!isSha256Hex(sha256) || !info.isFile())
        return std::nullopt;
    return info.size();
}

std::optional<QString> MediaFiles::sha256OfFile(const QString &path)
{
    const QFileInfo info(path);
    Sha256::Hasher hash;
    if (!info.isFile() || !Sha256::addFileRange(hash, path, 0, info.size()))
        return std::nullopt;
    return QString::fromLatin1(hash.result().toHex());
}

bool MediaFiles::isSha256Hex(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}

} // namespace Stride::Server
