#include "mediafetcher.h"

#include "syncapi.h"
#include "syncledger.h"

#include "../media/mediastore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Stride {

MediaFetcher::MediaFetcher(SyncApi &api, MediaStore &media, SyncLedger *ledger, QObject *parent)
    : QObject(parent), m_api(api), m_media(media), m_ledger(ledger)
{}

QString MediaFetcher::partialPathOf(const QString &sha256) const
{
    return m_media.downloadPathOf(sha256);
}

void MediaFetcher::fetch(const QString &sha256)
{
    abort();
    m_result = Result();
    m_result.sha256 = sha256;
    m_total = -1;
    m_checkedStatus = false;
    if (!MediaStore::isSha256(sha256)) {
        finish(false, tr("This media file's name is not valid, so it cannot be fetched."));
        return;
    }
    if (m_media.contains(sha256)) {
        finish(true, {});
        return;
    }
    QString error;
    if (!m_media.startDownload(m_partial, sha256, &error)) {
        finish(false, tr("This file cannot be fetched onto the tablet (%1).").arg(error));
        return;
    }
    m_result.resumedFrom = m_partial.plainSize();
    SyncApi::Headers headers;
    if (m_result.resumedFrom > 0)
        headers << qMakePair(QByteArray("Range"), "bytes=" + QByteArray::number(m_result.resumedFrom) + '-');
    m_reply = m_api.network()->get(m_api.request(QStringLiteral("/v1/media/") + sha256, headers));
    // Sealed and streamed to the disk as it arrives: a video never has to fit in memory.
    connect(m_reply, &QNetworkReply::readyRead, this, [this] { takeBytes(); });
    connect(m_reply, &QNetworkReply::finished, this, &MediaFetcher::onFinished);
}

bool MediaFetcher::takeBytes()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206)
        return true; // an error body: read in onFinished
    if (!m_checkedStatus) {
        m_checkedStatus = true;
        if (status == 200 && m_partial.plainSize() > 0) {
            // The server sent the whole file, not the range: start the partial file again.
            m_partial.abandon();
            QFile::remove(partialPathOf(m_result.sha256));
            QString error;
            if (!m_media.startDownload(m_partial, m_result.sha256, &error))
                return false;
            m_result.resumedFrom = 0;
        }
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        m_total = length > 0 ? m_result.resumedFrom + length : -1;
    }
    const QByteArray bytes = m_reply->readAll();
    if (!m_partial.write(bytes))
        return false;
    m_result.bytesReceived += bytes.size();
    emit progress(m_result.sha256, m_partial.plainSize(), m_total);
    return true;
}

void MediaFetcher::onFinished()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool written = takeBytes();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (!written) {
        m_partial.abandon();
        finish(false, tr("There is no room for this file on the tablet. Free some space and try again."));
        return;
    }
    if (status == 416) {
        // The partial file is already as long as the whole: check it as it is.
    } else if (status != 200 && status != 206) {
        m_partial.abandon();
        const HttpResult full = SyncApi::resultOf(reply);
        m_result.deviceRevoked = full.deviceRevoked();
        if (full.status == 404)
            finish(false, tr("The school's Stride server does not have this file yet; the tablet that "
                             "recorded it has not sent it. Try again after that tablet syncs."));
        else
            finish(false, full.describeFailure(tr("fetch this file")));
        return;
    } else if (reply->error() != QNetworkReply::NoError) {
        // Cut short: the whole chunks that arrived stay for a Range request next time.
        m_partial.abandon();
        finish(false, SyncApi::resultOf(reply).describeFailure(tr("fetch this file")));
        return;
    }
    // Whole? Only the bytes' own hash says so (finishDownload checks it as it seals the end).
    const MediaStore::PutResult put = m_media.finishDownload(m_partial, m_result.sha256);
    if (!put.ok) {
        finish(false, put.message);
        return;
    }
    if (m_ledger)
        m_ledger->setMediaState(m_result.sha256, QStringLiteral("confirmed"), put.byteSize);
    finish(true, {});
}

void MediaFetcher::abort()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_partial.abandon(); // the whole chunks that arrived stay, for a Range request next time
}

void MediaFetcher::finish(bool ok, const QString &message)
{
    m_partial.abandon();
    m_result.ok = ok;
    m_result.message = message;
    emit finished(m_result);
}

} // namespace Stride
