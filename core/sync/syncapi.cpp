#include "syncapi.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace Stride {

SyncApi::SyncApi(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network ? network : new QNetworkAccessManager(this))
{
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
    // Plain HTTP/1.1: the store speaks nothing else, and a failed HTTP/2 upgrade costs a round trip.
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // Uncompressed answers (docs/sync.md, decision 13): Qt would otherwise offer Brotli, which
    // cpp-httplib then uses at a quality that took two thirds of the server's CPU in the sync
    // benchmark, for pages that are a few hundred KB on a school network.
    req.setRawHeader("Accept-Encoding", "identity");
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    return req;
}

HttpResult SyncApi::resultOf(QNetworkReply *reply)
{
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.networkError = reply->error();
    r.networkErrorText = reply->errorString();
    r.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.insert(pair.first.toLower(), pair.second);
    if (!r.body.isEmpty() && r.body.startsWith('{')) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (doc.isObject())
            r.json = doc.object();
    }
    return r;
}

QNetworkReply *SyncApi::track(QNetworkReply *reply, Callback done)
{
    m_inFlight << reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        m_inFlight.removeAll(reply);
        const HttpResult result = resultOf(reply);
        reply->deleteLater();
        if (done)
            done(result);
    });
    return reply;
}

QNetworkReply *SyncApi::send(const QByteArray &verb, const QString &pathOrUrl, const QByteArray &body,
                             const Headers &headers, Callback done)
{
    return attempt(verb, pathOrUrl, body, headers, std::move(done), 0);
}

QNetworkReply *SyncApi::attempt(const QByteArray &verb, const QString &pathOrUrl, const QByteArray &body,
                                const Headers &headers, Callback done, int tries)
{
    const QNetworkRequest req = request(pathOrUrl, headers);
    QNetworkReply *reply = nullptr;
    if (verb == "GET")
        reply = m_network->get(req);
    else if (verb == "HEAD")
        reply = m_network->head(req);
    else
        reply = m_network->sendCustomRequest(req, verb, body);
    return track(reply, [this, verb, pathOrUrl, body, headers, done = std::move(done), tries](const HttpResult &r) {
        // 429: the server's rate limit. Wait as long as it asks (within reason) and send the same
        // request again, so no caller has to treat "slow down" as a failure.
        if (r.status == 429 && tries < kRateLimitRetries) {
            bool ok = false;
            const int seconds = r.header("retry-after").toInt(&ok);
            const int waitMs = std::clamp(ok ? seconds * 1000 : 1000, 100, 30000);
            QTimer::singleShot(waitMs, this, [this, verb, pathOrUrl, body, headers, done, tries] {
                attempt(verb, pathOrUrl, body, headers, done, tries + 1);
            });
            return;
        }
        if (done)
            done(r);
    });
}

QNetworkReply *SyncApi::sendJson(const QByteArray &verb, const QString &path, const QJsonObject &body, Callback done)
{
    return send(verb, path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                {{"Content-Type", "application/json"}}, std::move(done));
}

QNetworkReply *SyncApi::get(const QString &path, Callback done, const Headers &headers)
{
    return send("GET", path, {}, headers, std::move(done));
}

void SyncApi::abortAll()
{
    const auto replies = m_inFlight;
    for (const QPointer<QNetworkReply> &r : replies)
        if (r)
            r->abort();
}

} // namespace Stride
