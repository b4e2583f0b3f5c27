#pragma once

#include "enrolment.h"
#include "syncrecords.h"

#include "../store/remotechange.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace Stride {

class Store;
class MediaStore;

// The device's sync bookkeeping, kept in its own database (schema version 4): the enrolment,
// the pull cursor, what the server said about each pushed mutation, where each media file
// stands, pulled changes waiting for their parent rows, and the conflicts to show. Every write
// joins the caller's transaction when there is one (Store::transaction), so a page of pulled
// changes and its cursor commit together.
class SyncLedger
{
public:
    explicit SyncLedger(Store &store);

    // --- Enrolment.
    std::optional<Enrolment> enrolment() const;
    bool saveEnrolment(const Enrolment &enrolment);

    // --- Push. The next mutations to send, oldest first: at most `maxCount`, and at most
    // `maxBytes` of JSON (the first always, whatever its size).
    QList<QJsonObject> unsentMutations(int maxCount, qint64 maxBytes) const;
    // The same mutations as a push's body, {"mutations": [...]}, written as text: each one's fields
    // and previous values go in as the change log holds them (compact JSON the Store wrote), never
    // parsed and encoded again. With each mutation's author, to match refusals of their proof.
    struct PushBatch
    {
        QByteArray body;
        QStringList mutationIds;
        QStringList authors; // one per mutation id; empty for none
        qint64 lastSeq = 0;  // the change log's seq of the last one
    };
    // The oldest unsent changes after `afterSeq` (0: from the first), at most `maxCount` of them
    // and `maxBytes` of JSON.
    PushBatch unsentBatch(int maxCount, qint64 maxBytes, qint64 afterSeq = 0) const;
    qint64 unsentCount() const;
    bool markSent(const QStringList &mutationIds);
    bool markRejected(const QString &mutationId, const QString &error, const QString &message);
    // The refused changes nobody has dismissed yet, oldest first.
    QList<RejectedMutation> rejectedMutations() const;
    // `staffId` has read why the store refused this change: it leaves the sync page. The change
    // itself stays on this tablet and is still not sent. False if there is no such refusal.
    bool dismissRejected(const QString &mutationId, const QString &staffId);

    // --- Pull.
    qint64 cursor() const;
    bool setCursor(qint64 cursor);
    bool park(const RemoteChange &change, const QString &reason);
    QList<RemoteChange> parkedChanges() const;
    bool unpark(qint64 seq);
    int parkedCount() const;

    // --- Media. Files named by the store's media references that are on this device and not
    // yet confirmed by the server.
    QList<PendingMedia> mediaToUpload(const MediaStore &media) const;
    bool setMediaState(const QString &sha256, const QString &state, qint64 byteSize,
                       const QString &uploadUrl = {}, const QString &message = {});
    QString mediaState(const QString &sha256) const;
    QString uploadUrlOf(const QString &sha256) const;
    // Why files still waiting to be sent were not sent at their last try, each sentence once
    // (a full store says the same of every file).
    QStringList mediaProblems() const;
    // Originals the server has confirmed, oldest first: the space that may be freed. Thumbnails
    // are never in this list; they stay on the device.
    QStringList freeableOriginals() const;

    // --- Status.
    SyncRecord record() const;
    bool recordAttempt();
    bool recordSuccess();
    bool recordFailure(const QString &message);

    // --- Conflicts found by the server, newest first.
    QList<ConflictRecord> openConflicts() const;
    QList<ConflictRecord> conflictsOf(const QString &entity, const QString &entityId) const;
    // A person chose `value` for a conflict: written as an ordinary local change of the field,
    // plus the conflict marked resolved, in one transaction; both sync at the next push
    // (docs/sync.md, "Per-field merge"). The acting member of staff is the store's.
    bool resolveConflict(const QString &conflictId, const QJsonValue &value);

    QString lastError() const { return m_lastError; }

private:
    bool run(const QString &sql, const QVariantList &binds);
    QList<QVariantMap> rows(const QString &sql, const QVariantList &binds = {}) const;

    Store &m_store;
    mutable QString m_lastError;
};

} // namespace Stride
