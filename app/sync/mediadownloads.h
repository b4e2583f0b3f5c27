#pragma once

#include "sync/mediafetcher.h"

#include <QObject>
#include <QStringList>
#include <functional>

namespace Stride {

class MediaStore;
class Store;
class SyncClient;
class SyncEngine;

// The media side of sync that a person sees (docs/sync.md, "Media"): thumbnails of evidence
// recorded on other tablets are fetched after each sync, so lists show them; an original that is
// not on this tablet (recorded elsewhere, or freed after the store confirmed it) is fetched when
// someone asks to see it, resuming with a Range request if cut short; and when the tablet runs
// low on space, originals the store has confirmed are freed, oldest first, keeping thumbnails.
class MediaDownloads : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString fetching READ fetching NOTIFY changed) // the original being fetched on demand
    Q_PROPERTY(double progress READ progress NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    // Below this much free space, confirmed originals are freed until it is free again: room for
    // a few minutes of video in class.
    static constexpr qint64 kKeepFreeBytes = 1024LL * 1024 * 1024;

    MediaDownloads(SyncClient &client, SyncEngine &engine, MediaStore &media, QObject *parent = nullptr);

    QString fetching() const { return m_onDemand; }
    double progress() const { return m_progress; }
    QString message() const { return m_message; }
    int queuedThumbnails() const { return int(m_queue.size()); }
    // For tests: how much space the tablet has.
    void setFreeSpaceProbe(std::function<qint64()> probe) { m_freeSpace = std::move(probe); }

    // Someone wants to see this original: it goes before any thumbnail still queued.
    Q_INVOKABLE void fetch(const QString &sha256);
    Q_INVOKABLE bool isOnTablet(const QString &sha256) const;

    // After a sync: queue the thumbnails this tablet lacks, and free space if it is low.
    void afterSync();
    // Frees confirmed originals while free space is under kKeepFreeBytes; returns bytes freed.
    qint64 freeSpaceIfLow();

signals:
    void changed();
    void fetched(const QString &sha256);
    void failed(const QString &sha256, const QString &message);

private:
    void next();
    void onFinished(const MediaFetcher::Result &result);

    SyncClient &m_client;
    SyncEngine &m_engine;
    MediaStore &m_media;
    MediaFetcher m_fetcher;
    QStringList m_queue; // thumbnails still to fetch, first come first served
    QString m_current;
    QString m_onDemand;
    double m_progress = 0;
    QString m_message;
    std::function<qint64()> m_freeSpace;
};

} // namespace Stride
