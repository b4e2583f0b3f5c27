#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QString>

namespace Stride {

// A change the server refused, kept on the device and shown on the sync page in the server's
// own words (docs/sync.md, "Push"). It is not sent again.
struct RejectedMutation
{
    QString mutationId;
    QString entity;
    QString entityId;
    QString error;   // the server's code, e.g. "forbidden"
    QString message; // the server's sentence, for the person
    QDateTime recordedAt;
};

// Two people changed the same field to different things without seeing each other's change. The
// server kept the later one and wrote this record so a person can choose (docs/sync.md).
struct ConflictRecord
{
    QString id;
    QString entity;
    QString entityId;
    QString field;
    QJsonArray values; // [{value, hlc, device_id, author_staff_id}, ...]
    bool resolved = false;
    QDateTime createdAt;
};

// A media file of this device that the server has not confirmed yet.
struct PendingMedia
{
    QString sha256;
    qint64 byteSize = 0;
    QString state;     // pending / uploading / uploaded
    QString uploadUrl; // where a killed upload resumes
};

// How the last sync attempts went, as kept in the local database.
struct SyncRecord
{
    qint64 cursor = 0;
    QDateTime lastAttemptAt;
    QDateTime lastSuccessAt;
    QString lastError;
    int consecutiveFailures = 0;
};

} // namespace Stride
