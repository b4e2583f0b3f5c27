#pragma once

#include "httpresponseparser.h"
#include "httpresult.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>
#include <deque>
#include <functional>
#include <memory>

class QIODevice;

namespace Stride {

// One keep-alive HTTP/1.1 connection to the school's store, for requests with large bodies: media
// bytes (tus PATCH chunks) on one, pushes of records on another (SyncApi). Everything else goes
// through QNetworkAccessManager.
//
// Why a connection of our own: QNetworkAccessManager does not turn off Nagle's algorithm and
// writes a body to its socket 16 KiB at a time, so the end of almost every chunk waited for the
// server's delayed ACK (40 ms on Linux, 200 ms on Windows) before it left the tablet. Over
// loopback that halved tus throughput (docs/benchmarks.md, "Media"); on Wi-Fi it costs a stall
// per chunk. This socket sets TCP_NODELAY and writes each chunk in large pieces.
//
// Requests go one at a time, in order; one sent while another is in flight waits its turn. A
// request on a reused connection that the server had already closed (its keep-alive ran out) is
// sent once more on a fresh one before any answer is taken as a failure. https uses QSslSocket
// with the given configuration (the system's CAs by default), so the store's certificate is
// checked exactly as QNetworkAccessManager would.
class HttpChannel : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Callback = std::function<void(const HttpResult &)>;

    explicit HttpChannel(QObject *parent = nullptr);
    ~HttpChannel() override;

    // A request that moves no bytes for this long is given up (the store or the Wi-Fi is gone).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setSslConfiguration(const QSslConfiguration &config) { m_ssl = config; }

    // `body` is sent as is; its length becomes the Content-Length.
    void send(const QByteArray &verb, const QUrl &url, const Headers &headers, const QByteArray &body,
              Callback done);
    // A body read from `device` (from its current position, `length` bytes), for files too large
    // to hold in memory. The device must stay open until `done` runs, and be seekable for the
    // stale-connection retry.
    void send(const QByteArray &verb, const QUrl &url, const Headers &headers, QIODevice *device,
              qint64 length, Callback done);
    // Ends the request in flight and drops the queue; each callback still runs, with
    // OperationCanceledError and no answer.
    void abortAll();

    bool isIdle() const { return !m_current && m_queue.empty(); }
    // Closes the kept-alive connection if no request is in flight or waiting: the store serves a
    // connection with one of its workers for as long as it is open, so a tablet done with a kind
    // of request lets it go rather than hold it through the keep-alive. The next request opens
    // another.
    void closeIdle();
    bool isConnected() const { return m_socket != nullptr; }
    // How many TCP connections this channel has opened (keep-alive works if it stays at one).
    int connectionsOpened() const { return m_connectionsOpened; }

private:
    struct Request
    {
        QByteArray verb;
        QUrl url;
        Headers headers;
        QByteArray body;
        QPointer<QIODevice> device;
        qint64 deviceStart = 0;
        qint64 length = 0;
        Callback done;
        bool retried = false;
    };

    void enqueue(Request request);
    void startNext();
    void openConnection(const QUrl &url);
    void writeRequest();
    void pumpBody();
    void readAnswer();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onTimeout();
    void finishCurrent(HttpResult result);
    void failCurrent(QNetworkReply::NetworkError error, const QString &text);
    bool retryOnFreshConnection();
    void dropConnection();
    void touch();
    static QString originOf(const QUrl &url);
    QByteArray requestHead(const Request &request) const;

    int m_timeoutMs = 30000;
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
    QAbstractSocket *m_socket = nullptr;
    QString m_origin;           // scheme://host:port the socket is connected to
    bool m_connected = false;   // ready for bytes (for https: encrypted)
    int m_requestsOnSocket = 0; // finished exchanges on this connection
    int m_connectionsOpened = 0;
    std::deque<Request> m_queue;
    std::unique_ptr<Request> m_current;
    std::unique_ptr<HttpResponseParser> m_parser;
    qint64 m_bodyQueued = 0; // bytes of a device body handed to the socket
    bool m_bodyDone = false;
    QTimer m_timeout;
};

} // namespace Stride
