#pragma once

#include "httpresult.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>
#include <functional>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;

namespace Stride {

class HttpChannel;

// The HTTP side of sync: requests to the school's store with the device's bearer token, a time
// limit on every request, and every answer turned into an HttpResult delivered to a callback.
// Asynchronous (Qt's event loop), so the app's UI never waits on the network.
class SyncApi : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Callback = std::function<void(const HttpResult &)>;

    explicit SyncApi(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);

    void setServerUrl(const QUrl &url) { m_server = url; }
    QUrl serverUrl() const { return m_server; }
    void setToken(const QString &token) { m_token = token; }
    // The store's certificate is checked against these certificates only, not the system's CAs:
    // a school's self-signed certificate, confirmed by its fingerprint at enrolment, or a test CA.
    // Empty (the default): the system's CAs. Host names and expiry are checked either way.
    void setTrustedCertificates(const QList<QSslCertificate> &certificates);
    // A request that moves no bytes for this long is given up (the server or the Wi-Fi is gone).
    void setTimeoutMs(int ms);
    QNetworkAccessManager *network() const { return m_network; }

    // A path from the server root ("/v1/push") or a full URL, as a URL on this server.
    QUrl resolve(const QString &pathOrUrl) const;

    void send(const QByteArray &verb, const QString &pathOrUrl, const QByteArray &body,
              const Headers &headers, Callback done);
    // A request whose body is media bytes (a tus chunk): sent over the connection kept for them,
    // which does not hold the end of each chunk back for Nagle's algorithm (HttpChannel).
    void sendMedia(const QByteArray &verb, const QString &pathOrUrl, const QByteArray &body,
                   const Headers &headers, Callback done);
    // A push of records (up to 4 MiB of JSON): over a connection of its own for the same reason.
    // Nagle's algorithm held the end of each push back for the store's delayed ACK, about a tenth
    // of a 10,000-record push (docs/benchmarks.md). Pushes go one at a time anyway.
    void sendRecords(const QByteArray &verb, const QString &path, const QByteArray &body,
                     const Headers &headers, Callback done);
    void sendJson(const QByteArray &verb, const QString &path, const QJsonObject &body, Callback done);
    void get(const QString &path, Callback done, const Headers &headers = {});
    // Aborts every request in flight; their callbacks still run, with no answer.
    void abortAll();
    // Closes the connections kept for pushes and media if nothing is going over them
    // (HttpChannel::closeIdle): a round done with pushing, or with everything, frees the store's
    // workers that held them.
    void closeIdleChannels();

    // The request the others are built on, for callers that stream bodies themselves.
    QNetworkRequest request(const QString &pathOrUrl, const Headers &headers) const;
    // The headers every request carries (the device's token among them), then `headers`.
    Headers headersFor(const Headers &headers) const;
    HttpChannel *mediaChannel() const { return m_media; }
    HttpChannel *recordsChannel() const { return m_records; }
    static HttpResult resultOf(QNetworkReply *reply);

    static constexpr int kRateLimitRetries = 8;

signals:
    // The store answered a request that carried this tablet's token, past its token check
    // (HttpResult::passedTokenCheck): every answer of the store arrives through here, before its
    // caller hears it, so this is the one place that knows the tablet has reached its store.
    void storeReached();

private:
    enum class Route {
        Network,
        Media,
        Records
    };
    void track(QNetworkReply *reply, Callback done);
    void attempt(Route route, const QByteArray &verb, const QString &pathOrUrl, const QByteArray &body,
                 const Headers &headers, Callback done, int tries);

    QNetworkAccessManager *m_network;
    HttpChannel *m_media;
    HttpChannel *m_records;
    QUrl m_server;
    QString m_token;
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
    int m_timeoutMs = 30000;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace Stride
