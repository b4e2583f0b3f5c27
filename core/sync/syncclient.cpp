#include "syncclient.h"

#include "../people/credentialvault.h"
#include "../people/offlinelock.h"

#include "devicefiles.h"
#include "tabletclasses.h"

#include "../media/mediastore.h"
#include "../store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Stride {

namespace {
constexpr qint64 kBytesPerMutation = 1024;

QStringList idsOf(const QJsonValue &list)
{
    QStringList ids;
    for (const QJsonValue &v : list.toArray())
        ids << v.toString();
    return ids;
}
} // namespace

QString SyncClient::normalisedCode(const QString &typed)
{
    QString code;
    for (const QChar c : typed)
        if (c.isLetterOrNumber())
            code += c.toUpper();
    return code;
}

bool SyncClient::useEnrolment()
{
    const auto enrolment = m_ledger.enrolment();
    if (!enrolment || !enrolment->isValid())
        return false;
    // A pinned certificate that no longer reads is not swapped for every CA: no sync until re-enrolled.
    const QList<QSslCertificate> pinned = QSslCertificate::fromData(enrolment->pinnedCertificate);
    if (!enrolment->pinnedCertificate.isEmpty() && pinned.isEmpty())
        return false;
    m_api.setServerUrl(enrolment->serverUrl);
    m_api.setToken(enrolment->deviceToken);
    m_api.setTrustedCertificates(pinned);
    return true;
}

SyncClient::SyncClient(Store &store, MediaStore *media, QString mediaDir, QObject *parent)
    : QObject(parent), m_store(store), m_remoteApplier(store), m_media(media),
      m_mediaDir(std::move(mediaDir)), m_api(nullptr, this), m_ledger(store), m_uploader(m_api, this)
{
    connect(&m_uploader, &TusUploader::uploadCreated, this, [this](const QString &sha, const QString &url) {
        // Kept at once: a client killed from here on resumes this upload, not a new one.
        m_ledger.setMediaState(sha, QStringLiteral("uploading"), m_current.byteSize, url);
    });
    connect(&m_uploader, &TusUploader::progress, this,
            [this](const QString &sha, qint64 offset, qint64 size) {
                m_workDone = m_uploadBase + offset;
                reportProgress();
                emit uploadProgress(sha, offset, size);
            });
    connect(&m_uploader, &TusUploader::finished, this, &SyncClient::onUploadFinished);
    // Whatever the request (a push, a pull, an upload, a first sign-in), the store answering it is
    // what keeps this tablet unlocked: sync runs without anyone signed in, so it also unlocks it.
    connect(&m_api, &SyncApi::storeReached, this, [this] { OfflineLock(m_store).noteStoreReached(); });
}

QString SyncClient::erasedMessage()
{
    return tr("This tablet was removed from Stride by your school; its data has been erased");
}

bool SyncClient::isEnrolled() const
{
    const auto e = m_ledger.enrolment();
    return e && e->isValid();
}

qint64 SyncClient::pendingItems() const
{
    if (!m_store.isOpen())
        return 0;
    return m_ledger.unsentCount() + (m_media ? m_ledger.mediaToUpload(*m_media).size() : 0);
}

qint64 SyncClient::pendingBytes() const
{
    if (!m_store.isOpen() || !m_media)
        return 0;
    qint64 bytes = 0;
    for (const PendingMedia &p : m_ledger.mediaToUpload(*m_media))
        bytes += p.byteSize;
    return bytes;
}

void SyncClient::enrol(const QUrl &serverUrl, const QString &code, const QString &deviceName,
                       const QSslCertificate &pinned)
{
    m_api.setServerUrl(serverUrl);
    m_api.setToken({});
    m_api.setTrustedCertificates(pinned.isNull() ? QList<QSslCertificate>() : QList<QSslCertificate>{pinned});
    const QJsonObject body{{QStringLiteral("code"), normalisedCode(code)},
                           {QStringLiteral("device_name"), deviceName}};
    m_api.sendJson(
        "POST", QStringLiteral("/v1/enrol"), body,
        [this, serverUrl, deviceName, pinned](const HttpResult &r) {
            if (r.status == 403) {
                emit enrolFinished(false, tr("That enrolment code is not right, has been used already, or is "
                                             "more than 24 hours old. Ask the school's Stride administrator "
                                             "for a new code."));
                return;
            }
            if (r.status != 200) {
                emit enrolFinished(false, r.describeFailure(tr("enrol this tablet")));
                return;
            }
            Enrolment e;
            e.serverUrl = serverUrl;
            e.deviceId = r.json.value(QLatin1String("device_id")).toString();
            e.deviceToken = r.json.value(QLatin1String("device_token")).toString();
            e.schoolId = r.json.value(QLatin1String("school_id")).toString();
            e.schoolName = r.json.value(QLatin1String("school_name")).toString();
            e.deviceName = deviceName;
            e.enrolledAt = QDateTime::currentDateTimeUtc();
            e.pinnedCertificate = pinned.isNull() ? QByteArray() : pinned.toPem();
            if (!e.isValid()) {
                emit enrolFinished(false,
                                   tr("The server's answer to the enrolment could not be understood, "
                                      "so this tablet is not enrolled. Tell the school's IT support."));
                return;
            }
            if (!m_ledger.saveEnrolment(e)) {
                emit enrolFinished(
                    false,
                    tr("The enrolment could not be saved on this tablet (%1).").arg(m_ledger.lastError()));
                return;
            }
            emit enrolFinished(true, tr("This tablet is now enrolled with %1.")
                                         .arg(e.schoolName.isEmpty() ? tr("the school") : e.schoolName));
        });
}

void SyncClient::sync()
{
    if (m_running)
        return;
    m_report = SyncReport();
    if (!m_store.isOpen()) {
        m_report.message = tr("There is no Stride data on this tablet to sync.");
        m_report.finishedAt = QDateTime::currentDateTimeUtc();
        emit syncFinished(m_report);
        return;
    }
    if (!useEnrolment()) {
        m_report.message = tr("This tablet is not enrolled with a school's Stride server yet. Ask the "
                              "school's Stride administrator for an enrolment code.");
        m_report.finishedAt = QDateTime::currentDateTimeUtc();
        emit syncFinished(m_report);
        return;
    }
    m_running = true;
    ++m_generation;
    m_ledger.recordAttempt();
    m_workDone = 0;
    m_workTotal = m_ledger.unsentCount() * kBytesPerMutation + pendingBytes();
    reportProgress();
    emit stageChanged(tr("Sending changes"));
    pushNext();
}

void SyncClient::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_uploader.abort();
    m_api.abortAll();
    finishRound(false, tr("Sync was stopped."));
}

void SyncClient::reportProgress()
{
    emit progressChanged(m_workTotal <= 0 ? 1.0
                                          : std::clamp(double(m_workDone) / double(m_workTotal), 0.0, 1.0));
}

bool SyncClient::handleRevoked(const HttpResult &r)
{
    if (!r.deviceRevoked())
        return false;
    eraseDevice();
    return true;
}

void SyncClient::pushNext()
{
    // From the oldest unsent change: at the start of a round, and after an answer that left some
    // of its batch unanswered.
    sendBatch(m_ledger.unsentBatch(m_batchSize, kMaxBatchBytes));
}

// Batches go one at a time and in order: the next is sent only once the store has answered for
// the one before, so the store applies them in the order they were recorded. What overlaps is
// this tablet's work: the next batch is built while the store takes one, and once an answer
// accounts for every change it carried, the batch built meanwhile goes before that answer is
// written here (a push of 10,000 waited about 0.18 s on this tablet's side, docs/benchmarks.md).
// Should writing the answer then fail, the round ends and the batch already sent is sent again at
// the next sync, which the store counts as duplicates.
void SyncClient::sendBatch(SyncLedger::PushBatch batch)
{
    m_ahead.reset();
    if (batch.mutationIds.isEmpty()) {
        startPull();
        return;
    }
    QHash<QString, QString> authors; // mutation id -> author, for refusals of their proof
    for (qsizetype i = 0; i < batch.mutationIds.size(); ++i)
        authors.insert(batch.mutationIds.at(i), batch.authors.at(i));
    const quint64 generation = m_generation;
    const int sent = int(batch.mutationIds.size());
    m_api.sendRecords(
        "POST", QStringLiteral("/v1/push"), batch.body, {{"Content-Type", "application/json"}},
        [this, generation, sent, authors](const HttpResult &r) {
            if (generation != m_generation)
                return;
            // A failed handshake is not "offline": something answered there, but could not prove it
            // is the school's store (another certificate than the one trusted), and the page says so.
            m_report.reachedServer = m_report.reachedServer || r.reachedServer() ||
                                     r.networkError == QNetworkReply::SslHandshakeFailedError;
            if (handleRevoked(r))
                return;
            if (r.status == 413 && r.errorCode() == QLatin1String("batch_too_large") && sent > 1) {
                // A store from before batches of 1,000 takes at most 500: send fewer at a time,
                // from the oldest unsent change, for as long as this client lives.
                m_batchSize = std::max(1, sent / 2);
                pushNext();
                return;
            }
            if (r.status != 200) {
                finishRound(false, r.describeFailure(tr("send this tablet's changes")));
                return;
            }
            const QStringList applied = idsOf(r.json.value(QLatin1String("applied")));
            const QStringList duplicates = idsOf(r.json.value(QLatin1String("duplicates")));
            // A change refused because this tablet's clock is ahead of the store's is not refused
            // for good: it waits here, and goes once the clock is right and the store's time has
            // caught up with its stamp. Every other refusal is final and kept in the server's words.
            QJsonArray rejected;
            QString clockAhead;
            for (const QJsonValue &v : r.json.value(QLatin1String("rejected")).toArray()) {
                if (v.toObject().value(QLatin1String("error")).toString() == QLatin1String("clock_skew"))
                    clockAhead = v.toObject().value(QLatin1String("message")).toString();
                else
                    rejected.append(v);
            }
            const bool allAnswered =
                clockAhead.isEmpty() && applied.size() + duplicates.size() + rejected.size() == sent;
            const bool sentAhead = allAnswered && m_ahead && !m_ahead->mutationIds.isEmpty();
            if (sentAhead)
                sendBatch(std::move(*m_ahead));

            // What the server has acknowledged is recorded in one transaction with its clock, so a
            // crash here resends at most this batch (and the one sent ahead), and the server
            // treats that as duplicates.
            const bool saved = m_store.transaction([&] {
                if (!m_ledger.markSent(applied + duplicates))
                    return false;
                for (const QJsonValue &v : rejected) {
                    const QJsonObject o = v.toObject();
                    // The store no longer takes this person's credential here (withdrawn, or never
                    // given): their next sign-in goes to the store for a new one, which proves
                    // these changes again (Store::proveActingStaffChanges).
                    if (o.value(QLatin1String("error")).toString() == QLatin1String("unproven_author"))
                        CredentialVault(m_store).remove(
                            authors.value(o.value(QLatin1String("mutation_id")).toString()));
                    if (!m_ledger.markRejected(o.value(QLatin1String("mutation_id")).toString(),
                                               o.value(QLatin1String("error")).toString(),
                                               o.value(QLatin1String("message")).toString()))
                        return false;
                }
                const QString serverHlc = r.json.value(QLatin1String("server_hlc")).toString();
                if (!serverHlc.isEmpty())
                    m_remoteApplier.receiveClock(serverHlc); // refused only if a day ahead: then not merged
                return true;
            });
            if (!saved) {
                finishRound(false, tr("The server's answer could not be recorded on this tablet (%1).")
                                       .arg(m_ledger.lastError()));
                return;
            }
            m_report.pushed += applied.size();
            m_report.duplicates += duplicates.size();
            m_report.rejected += rejected.size();
            for (const QJsonValue &v : rejected)
                m_report.problems << v.toObject().value(QLatin1String("message")).toString();
            m_workDone += qint64(sent) * kBytesPerMutation;
            reportProgress();
            if (sentAhead)
                return; // its answer carries the round on
            if (!clockAhead.isEmpty()) {
                // Sending again now would be refused again: stop here, say why, try later.
                finishRound(false, tr("%1 The changes made meanwhile are kept on this tablet and will be "
                                      "sent once its clock is right.")
                                       .arg(clockAhead));
                return;
            }
            if (applied.size() + duplicates.size() + rejected.size() == 0) {
                // Nothing acknowledged: sending the same batch again would go round for ever.
                finishRound(false, tr("The school's server did not confirm this tablet's changes. They are "
                                      "kept here and will be sent at the next sync."));
                return;
            }
            pushNext();
        });
    // Built now, while the store takes this one: the rows after it, which no answer to it changes
    // (unless the answer already came, and ended the round).
    if (generation == m_generation)
        m_ahead = m_ledger.unsentBatch(m_batchSize, kMaxBatchBytes, batch.lastSeq);
}

void SyncClient::startPull()
{
    emit stageChanged(tr("Receiving changes"));
    // Pushing is over for this round: its connection would otherwise hold one of the store's
    // workers through its keep-alive while this tablet pulls (with more tablets than workers,
    // other tablets' pulls waited for it and timed out, docs/benchmarks.md).
    m_api.closeIdleChannels();
    pullFrom(m_ledger.cursor());
}

// Pages come one ahead: the next page is asked for as soon as an answer names its cursor, so the
// store reads it while this tablet writes the page before (on a first sync, the store's share of
// a page's time and the round trip are hidden). Answers are handled one at a time, in the order
// asked, on this thread: a page is only written after the one before it committed, and a page
// that fails ends the round, whose generation the page fetched ahead then no longer matches.
void SyncClient::pullFrom(qint64 since)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(since));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    const quint64 generation = m_generation;
    m_api.get(QStringLiteral("/v1/changes?") + query.toString(QUrl::FullyEncoded), [this, generation, since](
                                                                                       const HttpResult &r) {
        if (generation != m_generation)
            return;
        m_report.reachedServer = m_report.reachedServer || r.reachedServer() ||
                                 r.networkError == QNetworkReply::SslHandshakeFailedError;
        if (handleRevoked(r))
            return;
        if (r.status != 200) {
            finishRound(false, r.describeFailure(tr("receive changes from the school")));
            return;
        }
        const QJsonArray changes = r.json.value(QLatin1String("changes")).toArray();
        const qint64 cursor =
            static_cast<qint64>(r.json.value(QLatin1String("cursor")).toDouble(double(since)));
        const bool more = r.json.value(QLatin1String("more")).toBool();
        if (more && cursor <= since) {
            finishRound(false, tr("The school's server sent changes out of order, so receiving stopped. "
                                  "Tell the school's IT support."));
            return;
        }
        if (more)
            pullFrom(cursor);
        if (!applyPage(changes, cursor, TabletClasses::fromPullAnswer(r.json))) {
            finishRound(false, tr("Changes from the school could not be saved on this tablet (%1). "
                                  "Nothing was lost; they will be fetched again at the next sync.")
                                   .arg(m_store.lastError()));
            return;
        }
        if (!more)
            startMedia();
    });
}

bool SyncClient::applyPage(const QJsonArray &changes, qint64 cursor,
                           const std::optional<TabletClasses> &classes)
{
    int pulled = 0;
    int applied = 0;
    QStringList freedMedia;
    // The page and the cursor after it commit together: a crash re-fetches the whole page, and
    // re-applying it is harmless because every field compares by HLC.
    const bool ok = m_store.transaction([&] {
        QString newest;
        QList<RemoteChange> page;
        page.reserve(changes.size());
        for (const QJsonValue &v : changes) {
            page << RemoteChange::fromJson(v.toObject());
            newest = std::max(newest, page.constLast().hlc);
        }
        pulled = int(page.size());
        // Applied as a whole (RemoteApplier::applyPage), then each change's result taken in order.
        const QList<RemoteApplyResult> results = m_remoteApplier.applyPage(page);
        for (qsizetype i = 0; i < page.size(); ++i) {
            const RemoteChange &change = page.at(i);
            const RemoteApplyResult &result = results.at(i);
            if (result.ok()) {
                applied += result.outcome == RemoteApplyResult::Outcome::Applied ? 1 : 0;
                freedMedia << result.freedMedia;
                continue;
            }
            // A pupil this tablet no longer serves must go: the page is not taken without it.
            if (change.op == QLatin1String("evict"))
                return false;
            // Kept, never dropped: tried again after each page that applies something.
            if (!m_ledger.park(change, result.message))
                return false;
        }
        // Changes waiting for a parent row may be able to go in now.
        for (int pass = 0; pass < 5 && applied > 0; ++pass) {
            int progress = 0;
            for (const RemoteChange &waiting : m_ledger.parkedChanges()) {
                if (!m_remoteApplier.apply(waiting).ok())
                    continue;
                if (!m_ledger.unpark(waiting.seq))
                    return false;
                ++progress;
            }
            if (progress == 0)
                break;
        }
        if (!newest.isEmpty())
            m_remoteApplier.receiveClock(newest);
        // Whom the store says this tablet serves, kept only to tell the people using it: in the
        // page's transaction, as a write of its own was a commit and an fsync more per page.
        if (classes && !classes->save(m_store))
            return false;
        return m_ledger.setCursor(cursor);
    });
    // An evicted pupil's files go only once the rows naming them have gone for good; a crash
    // before this leaves files nothing names, which the media store removes at the next start.
    if (ok && m_media)
        for (const QString &sha : std::as_const(freedMedia))
            m_media->remove(sha);
    if (ok) {
        m_report.pulled += pulled;
        m_report.applied += applied;
        m_report.parked = m_ledger.parkedCount();
    }
    return ok;
}

void SyncClient::startMedia()
{
    if (!m_media) {
        finishRound(true);
        return;
    }
    emit stageChanged(tr("Sending photos, videos and voice notes"));
    m_mediaQueue = m_ledger.mediaToUpload(*m_media);
    m_uploadBase = m_workDone;
    uploadNext();
}

void SyncClient::uploadNext()
{
    if (m_mediaQueue.isEmpty()) {
        finishRound(true);
        return;
    }
    m_current = m_mediaQueue.takeFirst();
    m_uploadBase = m_workDone;
    const quint64 generation = m_generation;
    const PendingMedia current = m_current;
    // Records first, then bytes, and never bytes the server already holds: ask before sending.
    m_api.send("HEAD", QStringLiteral("/v1/media/") + current.sha256, {}, {},
               [this, generation, current](const HttpResult &r) {
                   if (generation != m_generation)
                       return;
                   if (handleRevoked(r))
                       return;
                   if (r.status == 200) {
                       m_ledger.setMediaState(current.sha256, QStringLiteral("confirmed"), current.byteSize);
                       ++m_report.mediaAlreadyOnServer;
                       ++m_report.mediaConfirmed;
                       m_workDone = m_uploadBase + current.byteSize;
                       reportProgress();
                       uploadNext();
                       return;
                   }
                   if (r.status != 404) {
                       finishRound(false, r.describeFailure(tr("check which media files the school has")));
                       return;
                   }
                   QString whyNot;
                   std::unique_ptr<QIODevice> file = m_media->openForReading(current.sha256, &whyNot);
                   m_uploader.start({current.sha256, current.uploadUrl}, std::move(file), whyNot);
               });
}

void SyncClient::onUploadFinished(const TusUploader::Result &result)
{
    if (!m_running)
        return;
    m_report.uploads << result;
    m_report.bytesUploaded += result.bytesSent;
    if (result.deviceRevoked) {
        eraseDevice();
        return;
    }
    if (result.ok) {
        if (result.alreadyOnServer)
            ++m_report.mediaAlreadyOnServer;
        else
            ++m_report.mediaUploaded;
        m_ledger.setMediaState(result.sha256, QStringLiteral("uploaded"), result.size);
        confirm(result.sha256, result.size);
        return;
    }
    if (!result.reachedServer) {
        // Offline part-way: the server keeps what it acknowledged; the next round resumes there.
        finishRound(false, result.message);
        return;
    }
    ++m_report.mediaFailed;
    // A full store refuses every file alike: one sentence for all of them.
    if (!m_report.problems.contains(result.message))
        m_report.problems << result.message;
    // Kept as pending (never failed, never removed), with why: the next round tries it again.
    m_ledger.setMediaState(
        result.sha256, result.uploadUrl.isEmpty() ? QStringLiteral("pending") : QStringLiteral("uploading"),
        result.size, result.uploadUrl, result.message);
    uploadNext();
}

void SyncClient::confirm(const QString &sha256, qint64 size)
{
    const quint64 generation = m_generation;
    // The server's own word that it holds exactly these bytes (it hashed the whole file): only
    // now may the original on this tablet be freed.
    m_api.send("HEAD", QStringLiteral("/v1/media/") + sha256, {}, {},
               [this, generation, sha256, size](const HttpResult &r) {
                   if (generation != m_generation)
                       return;
                   if (handleRevoked(r))
                       return;
                   if (r.status == 200) {
                       m_ledger.setMediaState(sha256, QStringLiteral("confirmed"), size);
                       ++m_report.mediaConfirmed;
                   } else {
                       m_report.problems
                           << tr("The school's server has not confirmed a media file yet; the tablet "
                                 "keeps it and will ask again at the next sync.");
                   }
                   m_workDone = m_uploadBase + size;
                   reportProgress();
                   uploadNext();
               });
}

void SyncClient::finishRound(bool ok, const QString &message)
{
    // Evidence of a pupil this tablet no longer serves, kept until the store had all of it (a
    // recording uploaded after the pupil was evicted): the round has sent it, so it goes now.
    if (ok && m_store.isOpen()) {
        const RemoteApplyResult released = m_remoteApplier.releaseKeptEvidence();
        if (released.ok() && m_media)
            for (const QString &sha : released.freedMedia)
                m_media->remove(sha);
    }
    m_running = false;
    ++m_generation;
    m_api.closeIdleChannels();
    m_report.ok = ok;
    m_report.message = message;
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    if (m_store.isOpen()) {
        if (ok)
            m_ledger.recordSuccess();
        else
            m_ledger.recordFailure(message);
    }
    if (ok) {
        m_workDone = m_workTotal;
        reportProgress();
    }
    emit syncFinished(m_report);
}

void SyncClient::eraseDevice()
{
    // The school removed this tablet (lost, stolen, or handed on): children's data must go.
    ++m_generation;
    m_uploader.abort();
    m_api.abortAll();
    const DeviceFiles::EraseResult erased = DeviceFiles::erase(m_store, m_mediaDir);
    m_running = false;
    m_report.ok = false;
    m_report.reachedServer = true;
    m_report.deviceErased = true;
    m_report.message = erasedMessage();
    // Each already a sentence naming what stayed and why (DeviceFiles::EraseResult).
    m_report.problems << erased.leftBehind;
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    emit deviceErased(m_report.message);
    emit syncFinished(m_report);
}

} // namespace Stride
