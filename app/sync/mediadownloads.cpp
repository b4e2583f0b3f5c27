#include "mediadownloads.h"

#include "media/mediastore.h"
#include "store/store.h"
#include "sync/mediaeviction.h"
#include "sync/syncclient.h"
#include "sync/syncengine.h"

#include <QSet>

namespace Stride {

MediaDownloads::MediaDownloads(SyncClient &client, SyncEngine &engine, MediaStore &media, QObject *parent)
    : QObject(parent), m_client(client), m_engine(engine), m_media(media),
      m_fetcher(client.api(), media, &client.ledger()),
      m_freeSpace([this] { return m_media.bytesAvailable(); })
{
    connect(&m_fetcher, &MediaFetcher::finished, this, &MediaDownloads::onFinished);
    connect(&m_fetcher, &MediaFetcher::progress, this,
            [this](const QString &sha, qint64 received, qint64 total) {
                if (sha != m_onDemand || total <= 0)
                    return;
                m_progress = double(received) / double(total);
                emit changed();
            });
    connect(&m_engine, &SyncEngine::syncFinished, this, [this](const SyncReport &report) {
        if (report.deviceErased) {
            m_fetcher.abort();
            m_queue.clear();
            m_current.clear();
            m_onDemand.clear();
            emit changed();
        } else if (report.ok) {
            afterSync();
        }
    });
}

bool MediaDownloads::isOnTablet(const QString &sha256) const
{
    return m_media.contains(sha256);
}

void MediaDownloads::fetch(const QString &sha256)
{
    m_message.clear();
    if (m_media.contains(sha256)) {
        emit fetched(sha256);
        return;
    }
    if (!m_client.store().isOpen() || !m_client.useEnrolment()) {
        m_message = tr("This tablet is not connected to a school's store, so the file cannot be fetched.");
        emit changed();
        return;
    }
    const QString earlierOnDemand = m_onDemand;
    m_onDemand = sha256;
    m_progress = 0;
    m_queue.removeAll(sha256);
    emit changed();
    if (m_fetcher.isRunning() && m_current != sha256) {
        // A thumbnail can wait: put it back at the front and fetch what the person asked for. An
        // original asked for earlier is dropped: they have moved on, and a tap fetches it again.
        if (m_current != earlierOnDemand)
            m_queue.prepend(m_current);
        m_fetcher.abort();
        m_current.clear();
    }
    if (!m_fetcher.isRunning())
        next();
}

void MediaDownloads::afterSync()
{
    freeSpaceIfLow();
    if (!m_client.store().isOpen())
        return;
    QSet<QString> queued(m_queue.cbegin(), m_queue.cend());
    for (const QString &sha : m_client.store().referencedMediaHashes(MediaRole::Thumbnail))
        if (!m_media.contains(sha) && sha != m_current && !queued.contains(sha)) {
            m_queue << sha;
            queued.insert(sha);
        }
    if (!m_fetcher.isRunning() && m_client.useEnrolment())
        next();
}

qint64 MediaDownloads::freeSpaceIfLow()
{
    const qint64 free = m_freeSpace ? m_freeSpace() : -1;
    if (free < 0 || free >= kKeepFreeBytes || !m_client.store().isOpen())
        return 0;
    const qint64 freed = MediaEviction::freeOriginals(m_client.ledger(), m_media, kKeepFreeBytes - free);
    if (freed > 0)
        m_engine.refreshStatus();
    return freed;
}

void MediaDownloads::next()
{
    if (m_fetcher.isRunning())
        return;
    if (!m_onDemand.isEmpty() && !m_media.contains(m_onDemand))
        m_current = m_onDemand;
    else if (!m_queue.isEmpty())
        m_current = m_queue.takeFirst();
    else
        return;
    m_fetcher.fetch(m_current);
}

void MediaDownloads::onFinished(const MediaFetcher::Result &result)
{
    const bool wasOnDemand = result.sha256 == m_onDemand;
    m_current.clear();
    if (result.deviceRevoked) {
        // The store says this tablet was removed: the sync engine hears it too and erases.
        m_queue.clear();
        m_onDemand.clear();
        m_engine.syncNow();
        emit changed();
        return;
    }
    if (wasOnDemand) {
        m_onDemand.clear();
        m_progress = result.ok ? 1 : 0;
        m_message = result.ok ? QString() : result.message;
        emit changed();
    }
    if (result.ok)
        emit fetched(result.sha256);
    else if (wasOnDemand)
        emit failed(result.sha256, result.message);
    // A thumbnail that failed waits for the next sync; the rest carry on. From the event loop, not
    // from here: a fetch that fails at once (no room) would otherwise recurse once per file queued.
    if (result.ok || wasOnDemand || !m_queue.isEmpty())
        QMetaObject::invokeMethod(this, &MediaDownloads::next, Qt::QueuedConnection);
}

} // namespace Stride
