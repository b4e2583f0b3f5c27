#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace Stride::Server {

// A tus upload: in progress (the bytes are in uploads/<id>), or completed (the bytes are the blob
// of its SHA-256, and the row stays until it expires, so that HEAD still answers for it).
struct Upload
{
    QString id;
    QString schoolId;
    QString deviceId;
    QString sha256;
    qint64 length = 0;
    qint64 offset = 0;
    QDateTime expiresAt;
    bool completed = false;

    bool expired() const { return expiresAt <= QDateTime::currentDateTimeUtc(); }
};

// Uploads and the school-by-school record of which blobs each school holds, in the database. None
// of these opens a transaction of its own: a caller that changes several rows together holds one
// (UploadLock, MediaQuota::Hold).
class UploadRegistry
{
public:
    static void create(const Upload &upload);
    static std::optional<Upload> find(const QString &id);
    // find(), and on PostgreSQL the row stays locked (FOR UPDATE) until the caller's transaction ends.
    static std::optional<Upload> findForUpdate(const QString &id);
    static void setOffset(const QString &id, qint64 offset);
    static void remove(const QString &id);
    static QList<QString> expiredIds();

    // Whether the school has sent (and may read) this blob.
    static bool schoolHasBlob(const QString &schoolId, const QString &sha256);
    // Records that the school holds the blob (sent in one piece).
    static void recordBlob(const QString &schoolId, const QString &sha256, qint64 size);
    // Records that the school holds the blob, and marks the upload completed at its whole length.
    static void completeUpload(const QString &uploadId, const QString &schoolId, const QString &sha256,
                               qint64 size);
};

} // namespace Stride::Server
