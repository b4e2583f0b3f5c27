#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace Stride::Server {

// A tus upload in progress (the bytes are in uploads/<id>).
struct Upload
{
    QString id;
    QString schoolId;
    QString deviceId;
    QString sha256;
    qint64 length = 0;
    qint64 offset = 0;
    QDateTime expiresAt;

    bool expired() const { return expiresAt <= QDateTime::currentDateTimeUtc(); }
};

// Uploads and the school-by-school record of which blobs each school holds, in the database.
class UploadRegistry
{
public:
    static void create(const Upload &upload);
    static std::optional<Upload> find(const QString &id);
    static void setOffset(const QString &id, qint64 offset);
    static void remove(const QString &id);
    static QList<QString> expiredIds();

    // Whether the school has sent (and may read) this blob.
    static bool schoolHasBlob(const QString &schoolId, const QString &sha256);
    // Records that the school holds the blob (sent in one piece).
    static void recordBlob(const QString &schoolId, const QString &sha256, qint64 size);
    // Records that the school holds the blob, and forgets the finished upload, in one transaction.
    static void completeUpload(const QString &uploadId, const QString &schoolId, const QString &sha256,
                               qint64 size);
};

} // namespace Stride::Server
