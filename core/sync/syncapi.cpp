#include "syncapi.h"

#include "httpchannel.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace Stride {

SyncApi::SyncApi(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network ? network : new QNetworkAccessManager(this)),
      m_media(new HttpChannel(this)), m_records(new HttpChannel(this))
{
    for (HttpChannel *channel : {m_media, m_records})
        channel->setTimeoutMs(m_timeoutMs);
}

void SyncApi::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
    for (HttpChannel *channel : {m_media, m_records})
        channel->setTimeoutMs(ms);
}

void SyncApi::setTrustedCertificates(const QList<QSslCertificate> &certificates)
{
    m_ssl = QSslConfiguration::defaultConfiguration();
    if (!certificates.isEmpty())
        m_ssl.setCaCertificates(certificates); // replaces the system's CAs: only these are trusted
    for (HttpChannel *channel : {m_media, m_records})
        channel->setSslConfiguration(m_ssl);
}

QUrl SyncApi::resolve(const QString &pathOrUrl) const
{
    const QUrl given(pathOrUrl);
    if (given.isRelative()) {
        // The server URL may carry a base path of its own ("https://school.example/stride").
        QUrl base = m_server;
        QString basePath = base.path();
        if (basePath.endsWith(QLatin1Char('/')))
            basePath.chop(1);
        const QString path = given.path();
        base.setPath(basePath + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
        base.setQuery(given.query());
        return base;
    }
    return given;
}

QNetworkRequest SyncApi::request(const QString &pathOrUrl, const Headers &headers) const
{
    QNetworkRequest req(resolve(pathOrUrl));
    req.setTransferTimeout(m_timeoutMs);
    if (req.url().scheme() == QLatin1String("https"))
        req.setSslConfiguration(m_ssl);
    // Plain HTTP/1.1: the store speaks nothing else, and a failed HTTP/2 upgrade costs a round trip.
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    for (const auto &h : headersFor(headers))
        req.setRawHeader(h.first, h.second);
    return req;
}

SyncApi::Headers SyncApi::headersFor(const Headers &headers) const
{
    // Uncompressed answers (docs/sync.md, decision 13): Qt would otherwise offer Brotli, which
    // cpp-httplib then uses at a quality that took two thirds of the server's CPU in the sync
    // benchmark, for pages that are a few hundred KB on a school network.
    Headers all{{"Accept-Encoding", "identity"}};
    if (!m_token.isEmpty())
        all.append({"Authorization", "Bearer " + m_token.toUtf8()});
    all.append(headers);
    return all;
}

HttpResult SyncApi::resultOf(QNetworkReply *reply)
{
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.networkError = reply->error();
    r.networkErrorText = reply->errorString();
    r.setBody(reply->readAll());
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.insert(pair.first.toLower(), pair.second);
    return r;
}

void SyncApi::track(QNetworkReply *reply, Callback done)
{
    m_inFlight << reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        m_inFlight.removeAll(reply);
        const HttpResult result = resultOf(reply);
        reply->deleteLater();
        if (done)
            done(result);
    });
}

void SyncApi::send(const QByteArray &verb, const QString &pathOrUrl, const QByteArray &body,
                   const Headers &headers, Callback done)
{
    attempt(Route::Network, verb, pathOrUrl, body, headers, std::move(done), 0);
}

void SyncApi::sendMedia(const QByteArray &verb, const QString &pathOrUrl, const QByteArray &body,
                        const Headers &headers, Callback done)
{
    attempt(Route::Media, verb, pathOrUrl, body, headers, std::move(done), 0);
}

void SyncApi::sendRecords(const QByteArray &verb, const QString &path, const QByteArray &body,
                          const Headers &headers, Callback done)
{
    attempt(Route::Records, verb, path, body, headers, std::move(done), 0);
}

void SyncApi::attempt(Route route, const QByteArray &verb, const QString &pathOrUrl, const QByteArray &body,
                      const Headers &headers, Callback done, int tries)
{
    const bool withToken = !m_token.isEmpty();
    auto answered = [this, route, verb, pathOrUrl, body, headers, done = std::move(done), tries,
                     withToken](const HttpResult &r) {
        if (withToken && r.passedTokenCheck())
            emit storeReached();
        // 429: the server's rate limit. Wait as long as it asks (within reason) and send the same
        // request again, so no caller has to treat "slow down" as a failure.
        if (r.status == 429 && tries < kRateLimitRetries) {
            bool ok = false;
            const int seconds = r.header("retry-after").toInt(&ok);
            const int waitMs = std::clamp(ok ? seconds * 1000 : 1000, 100, 30000);
            QTimer::singleShot(waitMs, this, [this, route, verb, pathOrUrl, body, headers, done, tries] {
                attempt(route, verb, pathOrUrl, body, headers, done, tries + 1);
            });
            return;
        }
        if (done)
            done(r);
    };
    if (route != Route::Network) {
        (route == Route::Media ? m_media : m_records)
            ->send(verb, resolve(pathOrUrl), headersFor(headers), body, std::move(answered));
        return;
    }
    const QNetworkRequest req = request(pathOrUrl, headers);
    if (verb == "GET")
        track(m_network->get(req), std::move(answered));
    else if (verb == "HEAD")
        track(m_network->head(req), std::move(answered));
    else
        track(m_network->sendCustomRequest(req, verb, body), std::move(answered));
}

void SyncApi::sendJson(const QByteArray &verb, const QString &path, const QJsonObject &body, Callback done)
{
    send(verb, path, QJsonDocument(body).toJson(QJsonDocument::Compact),
         {{"Content-Type", "application/json"}}, std::move(done));
}

void SyncApi::get(const QString &path, Callback done, const Headers &headers)
{
    send("GET", path, {}, headers, std::move(done));
}

void SyncApi::closeIdleChannels()
{
    for (HttpChannel *channel : {m_media, m_records})
        channel->closeIdle();
}

void SyncApi::abortAll()
{
    const auto replies = m_inFlight;
    for (const QPointer<QNetworkReply> &r : replies)
        if (r)
            r->abort();
    m_media->abortAll();
    m_records->abortAll();
}

} // namespace Stride
