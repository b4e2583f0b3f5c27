#include "mediafetcher.h"

#include "sha256.h"
#include "syncapi.h"
#include "syncledger.h"

#include "../media/mediastore.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Stride {

MediaFetcher::MediaFetcher(SyncApi &api, MediaStore &media, SyncLedger *ledger, QObject *parent)
    : QObject(parent), m_api(api), m_media(media), m_ledger(ledger)
{}

QString MediaFetcher::partialPathOf(const QString &sha256) const
{
    // Not in incoming/ (cleared at every start): a half-fetched video survives a restart. The
    // name is not a bare SHA-256, so MediaStore::removeOrphans leaves it alone.
    return QDir(m_media.rootDir()).filePath(QStringLiteral("fetching/") + sha256 + QStringLiteral(".part"));
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
    const QString partial = partialPathOf(sha256);
    QDir().mkpath(QFileInfo(partial).absolutePath());
    m_partial.setFileName(partial);
    if (!m_partial.open(QIODevice::ReadWrite)) {
        finish(false,
               tr("There is no room to fetch this file on the tablet (%1).").arg(m_partial.errorString()));
        return;
    }
    m_result.resumedFrom = m_partial.size();
    m_partial.seek(m_result.resumedFrom);
    SyncApi::Headers headers;
    if (m_result.resumedFrom > 0)
        headers << qMakePair(QByteArray("Range"), "bytes=" + QByteArray::number(m_result.resumedFrom) + '-');
    m_reply = m_api.network()->get(m_api.request(QStringLiteral("/v1/media/") + sha256, headers));
    // Streamed to the disk as it arrives: a video never has to fit in memory.
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
        if (status == 200 && m_partial.size() > 0) {
            // The server sent the whole file, not the range: start the partial file again.
            m_partial.resize(0);
            m_partial.seek(0);
            m_result.resumedFrom = 0;
        }
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        m_total = length > 0 ? m_result.resumedFrom + length : -1;
    }
    const QByteArray bytes = m_reply->readAll();
    if (m_partial.write(bytes) != bytes.size())
        return false;
    m_result.bytesReceived += bytes.size();
    emit progress(m_result.sha256, m_partial.pos(), m_total);
    return true;
}

void MediaFetcher::onFinished()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool written = takeBytes() && m_partial.flush();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (!written) {
        finish(false, tr("There is no room for this file on the tablet. Free some space and try again."));
        return;
    }
    if (status == 416) {
        // The partial file is already as long as the whole: check it as it is.
    } else if (status != 200 && status != 206) {
        const HttpResult full = SyncApi::resultOf(reply);
        m_result.deviceRevoked = full.deviceRevoked();
        if (full.status == 404)
            finish(false, tr("The school's Stride server does not have this file yet; the tablet that "
                             "recorded it has not sent it. Try again after that tablet syncs."));
        else
            finish(false, full.describeFailure(tr("fetch this file")));
        return;
    } else if (reply->error() != QNetworkReply::NoError) {
        // Cut short: what arrived stays in the partial file for a Range request next time.
        finish(false, SyncApi::resultOf(reply).describeFailure(tr("fetch this file")));
        return;
    }
    // Whole? Only the bytes' own hash says so.
    m_partial.seek(0);
    Sha256::Hasher hash;
    while (!m_partial.atEnd())
        hash.addData(m_partial.read(1 << 20));
    const QString got = QString::fromLatin1(hash.result().toHex());
    const QString path = m_partial.fileName();
    m_partial.close();
    if (got != m_result.sha256) {
        QFile::remove(path); // a damaged or mixed-up partial file: fetch it afresh next time
        finish(false, tr("The file arrived damaged, so it was not kept. Try opening it again."));
        return;
    }
    const MediaStore::PutResult put = m_media.adopt(path);
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
    if (m_partial.isOpen())
        m_partial.close(); // what arrived stays, for a Range request next time
}

void MediaFetcher::finish(bool ok, const QString &message)
{
    if (m_partial.isOpen())
        m_partial.close();
    m_result.ok = ok;
    m_result.message = message;
    emit finished(m_result);
}

} // namespace Stride
