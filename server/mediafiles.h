#pragma once

#include <QString>
#include <optional>

namespace Stride::Server {

// The media folders of the data directory: blobs/<sha256> holds each file once, named by its
// content; uploads/<id> holds tus uploads in progress. A blob is only ever created by renaming a
// complete upload whose whole-file SHA-256 was checked, so a blob's name is always its content.
class MediaFiles
{
public:
    explicit MediaFiles(const QString &dataDir);

    bool prepare(QString *error); // makes the folders
    QString blobPath(const QString &sha256) const;
    QString uploadPath(const QString &uploadId) const;
    QString uploadsDir() const { return m_uploads; }
    bool hasBlob(const QString &sha256) const;
    std::optional<qint64> blobSize(const QString &sha256) const;

    // The file's SHA-256 as lower-case hex, read in pieces (videos do not fit in memory).
    static std::optional<QString> sha256OfFile(const QString &path);
    static bool isSha256Hex(const QString &text);

private:
    QString m_blobs;
    QString m_uploads;
};

} // namespace Stride::Server
