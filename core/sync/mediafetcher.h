#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include "../media/sealedfile.h"

class QNetworkReply;

namespace Stride {

class MediaStore;
class SyncApi;
class SyncLedger;

// Brings back a media file this tablet does not hold (an original freed after the server
// confirmed it, or a video captured on another tablet) when someone opens it. The bytes are
// sealed as they arrive into a partial file (MediaStore::startDownload: no plain byte reaches the
// disk); a fetch cut short, even by a restart, carries on with an HTTP Range request from the
// whole chunks already here, and the file joins the MediaStore only when its SHA-256 matches.
class MediaFetcher : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        bool deviceRevoked = false;
        QString sha256;
        qint64 resumedFrom = 0; // bytes already here when this fetch began
        qint64 bytesReceived = 0;
        QString message;
    };

    MediaFetcher(SyncApi &api, MediaStore &media, SyncLedger *ledger = nullptr, QObject *parent = nullptr);

    // Where a partial download of `sha256` is kept between attempts.
    QString partialPathOf(const QString &sha256) const;
    void fetch(const QString &sha256);
    void abort();
    bool isRunning() const { return m_reply != nullptr; }

signals:
    void progress(const QString &sha256, qint64 received, qint64 total);
    void finished(const Stride::MediaFetcher::Result &result);

private:
    void finish(bool ok, const QString &message);
    void onFinished();
    bool takeBytes();

    SyncApi &m_api;
    MediaStore &m_media;
    SyncLedger *m_ledger;
    QPointer<QNetworkReply> m_reply;
    SealedFileWriter m_partial;
    Result m_result;
    qint64 m_total = -1;
    bool m_checkedStatus = false;
};

} // namespace Stride
