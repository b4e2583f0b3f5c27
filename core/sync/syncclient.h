#pragma once

#include "syncapi.h"
#include "syncledger.h"
#include "syncreport.h"
#include "tabletclasses.h"
#include "tusuploader.h"

#include "../store/remoteapplier.h"

#include <QObject>
#include <QUrl>
#include <optional>

namespace Stride {

class MediaStore;
class Store;

// One device's side of docs/sync.md: enrolment, then sync rounds of push (unsent mutations in
// batches of at most 1,000 and 4 MiB), pull (pages from the cursor, each applied in one local
// transaction together with the new cursor), and media (tus uploads, then the server's
// confirmation before a local original may be freed). Each step commits locally before the next
// request, so a round killed at any point loses nothing and repeats nothing harmful.
// A 410 from the server at any step erases the tablet's data.
class SyncClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxBatch = 1000;
    static constexpr qint64 kMaxBatchBytes = 4 * 1024 * 1024 - 64 * 1024; // under the 4 MiB limit
    // As many changes a page as the store sends (ChangeFeed::kMaxLimit): each page is one local
    // commit and one round trip, and pages of 1,000 took a fifth off a 10,000-change pull
    // (docs/benchmarks.md) for about a megabyte held at once.
    static constexpr int kMaxPageSize = 1000;
    static constexpr int kDefaultPageSize = kMaxPageSize;

    // `media` may be null (no media on this device); `mediaDir` is what erasing removes.
    SyncClient(Store &store, MediaStore *media, QString mediaDir, QObject *parent = nullptr);

    SyncApi &api() { return m_api; }
    SyncLedger &ledger() { return m_ledger; }
    Store &store() { return m_store; }
    void setChunkSize(qint64 bytes) { m_uploader.setChunkSize(bytes); }
    void setPageSize(int changes) { m_pageSize = std::clamp(changes, 1, kMaxPageSize); }
    int pageSize() const { return m_pageSize; }
    void setBatchSize(int mutations) { m_batchSize = std::clamp(mutations, 1, kMaxBatch); }

    bool isEnrolled() const;
    // `pinned`: the store's self-signed certificate, confirmed by its fingerprint, trusted alone for
    // this store from now on (null: the system's certificate authorities).
    void enrol(const QUrl &serverUrl, const QString &code, const QString &deviceName,
               const QSslCertificate &pinned = QSslCertificate());
    // What people type ("abcde fghjk", "ABCDE-FGHJK"), as the 10 characters sent (decision 10).
    static QString normalisedCode(const QString &typed);
    static constexpr int kCodeLength = 10;
    // Points the API at this tablet's school with its token; false if it is not enrolled. Sync
    // does this at the start of each round; a media fetch may come before the first.
    bool useEnrolment();
    void sync();
    void cancel();
    bool isRunning() const { return m_running; }

    // What is still to send: unsent changes plus media files, and the media bytes.
    qint64 pendingItems() const;
    qint64 pendingBytes() const;

    static QString erasedMessage();

signals:
    void enrolFinished(bool ok, const QString &message);
    void stageChanged(const QString &stage); // in words: "Sending changes"...
    void progressChanged(double fraction);   // of this round's known work, 0..1
    void uploadProgress(const QString &sha256, qint64 offset, qint64 size);
    void syncFinished(const Stride::SyncReport &report);
    void deviceErased(const QString &message);

private:
    void pushNext();
    void sendBatch(SyncLedger::PushBatch batch);
    void startPull();
    void pullFrom(qint64 since);
    void startMedia();
    void uploadNext();
    void onUploadFinished(const TusUploader::Result &result);
    void confirm(const QString &sha256, qint64 size);
    bool applyPage(const QJsonArray &changes, qint64 cursor, const std::optional<TabletClasses> &classes);
    void finishRound(bool ok, const QString &message = {});
    void eraseDevice();
    void reportProgress();
    bool handleRevoked(const HttpResult &r);

    Store &m_store;
    RemoteApplier m_remoteApplier; // pulled changes, into m_store
    MediaStore *m_media;
    QString m_mediaDir;
    SyncApi m_api;
    SyncLedger m_ledger;
    // The push batch after the one in flight, built while the store takes that one.
    std::optional<SyncLedger::PushBatch> m_ahead;
    TusUploader m_uploader;
    int m_pageSize = kDefaultPageSize;
    int m_batchSize = kMaxBatch;
    bool m_running = false;
    quint64 m_generation = 0;
    SyncReport m_report;
    QList<PendingMedia> m_mediaQueue;
    PendingMedia m_current;
    // Progress of this round: mutations count as 1 KiB each, media as their bytes.
    qint64 m_workTotal = 0;
    qint64 m_workDone = 0;
    qint64 m_uploadBase = 0;
};

} // namespace Stride
