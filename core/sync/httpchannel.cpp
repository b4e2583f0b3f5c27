#include "httpchannel.h"

#include <QIODevice>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>

namespace Stride {

namespace {

// A device body is handed to the socket in pieces this large, and topped up while less than
// kSocketBacklog is waiting to leave: large enough that a write is many TCP segments, small
// enough that a 1 GB file never sits in memory.
constexpr qint64 kBodyPiece = 1024 * 1024;
constexpr qint64 kSocketBacklog = 2 * kBodyPiece;

QNetworkReply::NetworkError networkErrorFor(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    case QAbstractSocket::ProxyConnectionRefusedError:
        return QNetworkReply::ProxyConnectionRefusedError;
    case QAbstractSocket::ProxyConnectionClosedError:
        return QNetworkReply::ProxyConnectionClosedError;
    case QAbstractSocket::ProxyNotFoundError:
        return QNetworkReply::ProxyNotFoundError;
    case QAbstractSocket::ProxyConnectionTimeoutError:
        return QNetworkReply::ProxyTimeoutError;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

bool isSafeHeaderText(const QByteArray &text)
{
    return !text.contains('\r') && !text.contains('\n');
}

} // namespace

HttpChannel::HttpChannel(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &HttpChannel::onTimeout);
}

HttpChannel::~HttpChannel()
{
    // Callbacks are not run from the destructor: what they would touch may be gone already.
    m_queue.clear();
    m_current.reset();
    dropConnection();
}

void HttpChannel::send(const QByteArray &verb, const QUrl &url, const Headers &headers,
                       const QByteArray &body, Callback done)
{
    Request r;
    r.verb = verb;
    r.url = url;
    r.headers = headers;
    r.body = body;
    r.length = body.size();
    r.done = std::move(done);
    enqueue(std::move(r));
}

void HttpChannel::send(const QByteArray &verb, const QUrl &url, const Headers &headers, QIODevice *device,
                       qint64 length, Callback done)
{
    Request r;
    r.verb = verb;
    r.url = url;
    r.headers = headers;
    r.device = device;
    r.deviceStart = device ? device->pos() : 0;
    r.length = length;
    r.done = std::move(done);
    enqueue(std::move(r));
}

void HttpChannel::enqueue(Request request)
{
    m_queue.push_back(std::move(request));
    if (!m_current)
        startNext();
}

void HttpChannel::abortAll()
{
    std::deque<Request> waiting;
    waiting.swap(m_queue);
    if (m_current)
        failCurrent(QNetworkReply::OperationCanceledError, tr("The request was cancelled."));
    for (Request &r : waiting) {
        HttpResult result;
        result.networkError = QNetworkReply::OperationCanceledError;
        result.networkErrorText = tr("The request was cancelled.");
        if (r.done)
            r.done(result);
    }
}

void HttpChannel::closeIdle()
{
    if (isIdle())
        dropConnection();
}

void HttpChannel::startNext()
{
    if (m_current || m_queue.empty())
        return;
    m_current = std::make_unique<Request>(std::move(m_queue.front()));
    m_queue.pop_front();
    const Request &r = *m_current;
    const QString scheme = r.url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        failCurrent(QNetworkReply::ProtocolUnknownError,
                    tr("The store's address must start with http:// or https://."));
        return;
    }
    if (scheme == QLatin1String("https") && !QSslSocket::supportsSsl()) {
        failCurrent(QNetworkReply::SslHandshakeFailedError,
                    tr("This device cannot make encrypted connections (no TLS library)."));
        return;
    }
    if (!isSafeHeaderText(r.verb) || !std::all_of(r.headers.begin(), r.headers.end(), [](const auto &h) {
            return isSafeHeaderText(h.first) && isSafeHeaderText(h.second);
        })) {
        failCurrent(QNetworkReply::ProtocolInvalidOperationError,
                    tr("A request header held a line break, so the request was not sent."));
        return;
    }
    if (r.device && !r.device->isReadable()) {
        failCurrent(QNetworkReply::ContentAccessDenied, tr("The file to send could not be read."));
        return;
    }
    m_parser = std::make_unique<HttpResponseParser>(r.verb == "HEAD");
    m_bodyQueued = 0;
    m_bodyDone = false;
    touch();
    if (m_socket && m_origin == originOf(r.url) && m_socket->state() != QAbstractSocket::UnconnectedState) {
        if (m_connected)
            writeRequest();
        return; // still connecting: connected() or encrypted() writes it
    }
    openConnection(r.url);
}

QString HttpChannel::originOf(const QUrl &url)
{
    const bool https = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    return url.scheme().toLower() + QLatin1String("://") + url.host().toLower() + QLatin1Char(':') +
           QString::number(url.port(https ? 443 : 80));
}

void HttpChannel::openConnection(const QUrl &url)
{
    dropConnection();
    const bool https = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    const quint16 port = quint16(url.port(https ? 443 : 80));
    m_origin = originOf(url);
    ++m_connectionsOpened;
    auto ready = [this] {
        // Only now: Qt applies socket options to a socket that exists.
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_connected = true;
        touch();
        if (m_current)
            writeRequest();
    };
    if (https) {
        auto *socket = new QSslSocket(this);
        socket->setSslConfiguration(m_ssl);
        m_socket = socket;
        connect(socket, &QSslSocket::encrypted, this, ready);
        connect(socket, &QSslSocket::encryptedBytesWritten, this, [this] { touch(); });
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QAbstractSocket::connected, this, ready);
    }
    connect(m_socket, &QAbstractSocket::bytesWritten, this, [this] {
        touch();
        pumpBody();
    });
    connect(m_socket, &QAbstractSocket::readyRead, this, &HttpChannel::readAnswer);
    connect(m_socket, &QAbstractSocket::disconnected, this, &HttpChannel::onDisconnected);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &HttpChannel::onSocketError);
    if (https)
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(url.host(), port);
    else
        m_socket->connectToHost(url.host(), port);
}

QByteArray HttpChannel::requestHead(const Request &r) const
{
    QByteArray target = r.url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (r.url.hasQuery())
        target += '?' + r.url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = r.url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // an IPv6 address
    if (r.url.port() != -1)
        host += ':' + QByteArray::number(r.url.port());

    QByteArray head = r.verb + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto &h : r.headers)
        head += h.first + ": " + h.second + "\r\n";
    if (r.length > 0 || (r.verb != "GET" && r.verb != "HEAD"))
        head += "Content-Length: " + QByteArray::number(r.length) + "\r\n";
    head += "\r\n";
    return head;
}

void HttpChannel::writeRequest()
{
    Request &r = *m_current;
    m_socket->write(requestHead(r));
    if (r.device) {
        if (!r.device->seek(r.deviceStart)) {
            failCurrent(QNetworkReply::ContentAccessDenied, tr("The file to send could not be read."));
            return;
        }
        pumpBody();
    } else {
        if (!r.body.isEmpty())
            m_socket->write(r.body);
        m_bodyDone = true;
        // Out now, not when this thread's event loop next runs: a request sent from an answer's
        // callback would otherwise wait for everything else that callback does (a push's next
        // batch waited for the tablet to write the answer before it, SyncClient::sendBatch).
        m_socket->flush();
    }
}

void HttpChannel::pumpBody()
{
    if (!m_current || !m_connected || m_bodyDone || !m_current->device)
        return;
    Request &r = *m_current;
    while (m_bodyQueued < r.length && m_socket->bytesToWrite() < kSocketBacklog) {
        const QByteArray piece = r.device->read(std::min(kBodyPiece, r.length - m_bodyQueued));
        if (piece.isEmpty()) {
            failCurrent(QNetworkReply::ContentAccessDenied,
                        tr("The file being sent ended early or could not be read."));
            return;
        }
        m_socket->write(piece);
        m_bodyQueued += piece.size();
    }
    m_bodyDone = m_bodyQueued >= r.length;
}

void HttpChannel::readAnswer()
{
    if (!m_socket)
        return;
    touch();
    const QByteArray bytes = m_socket->readAll();
    if (!m_current || !m_parser) {
        // Bytes with no request to answer: the connection is out of step, so it is not reused.
        dropConnection();
        return;
    }
    m_parser->feed(bytes.constData(), bytes.size());
    if (m_parser->hasFailed()) {
        const QString why = m_parser->error();
        dropConnection();
        failCurrent(QNetworkReply::ProtocolFailure, tr("The store's answer was malformed (%1).").arg(why));
        return;
    }
    if (!m_parser->isComplete())
        return;
    HttpResult result;
    result.status = m_parser->status();
    result.headers = m_parser->headers();
    result.setBody(m_parser->body());
    // An answer that came before the whole body was sent (the store refused it early) leaves the
    // connection out of step, as does one that says it closes.
    if (m_parser->closesConnection() || !m_bodyDone || m_socket->bytesToWrite() > 0)
        dropConnection();
    else
        ++m_requestsOnSocket;
    finishCurrent(result);
}

void HttpChannel::onDisconnected()
{
    onSocketError(QAbstractSocket::RemoteHostClosedError);
}

void HttpChannel::onSocketError(QAbstractSocket::SocketError error)
{
    if (!m_socket)
        return;
    const QString text = m_socket->errorString();
    // Bytes that arrived with the close are still part of the answer.
    if (m_current && m_parser && m_socket->bytesAvailable() > 0) {
        const QByteArray rest = m_socket->readAll();
        m_parser->feed(rest.constData(), rest.size());
    }
    const bool reused = m_requestsOnSocket > 0;
    dropConnection();
    if (!m_current || !m_parser)
        return; // an idle keep-alive connection the store closed: the next request opens another
    if (error == QAbstractSocket::RemoteHostClosedError)
        m_parser->connectionClosed();
    if (m_parser->isComplete()) {
        HttpResult result;
        result.status = m_parser->status();
        result.headers = m_parser->headers();
        result.setBody(m_parser->body());
        finishCurrent(result);
        return;
    }
    // The store closed a kept-alive connection just as this request went out on it: nothing of
    // it was answered, so it goes again on a new connection (tus makes a repeated PATCH safe: the
    // store answers 409 with its offset if the first one landed after all).
    if (reused && !m_parser->hasStarted() && retryOnFreshConnection())
        return;
    failCurrent(networkErrorFor(error), text);
}

bool HttpChannel::retryOnFreshConnection()
{
    if (m_current->retried)
        return false;
    m_current->retried = true;
    m_parser = std::make_unique<HttpResponseParser>(m_current->verb == "HEAD");
    m_bodyQueued = 0;
    m_bodyDone = false;
    touch();
    openConnection(m_current->url);
    return true;
}

void HttpChannel::onTimeout()
{
    if (!m_current)
        return;
    dropConnection();
    failCurrent(QNetworkReply::TimeoutError,
                tr("No data moved to or from the store for %1 seconds.").arg(m_timeoutMs / 1000));
}

void HttpChannel::failCurrent(QNetworkReply::NetworkError error, const QString &text)
{
    // A request given up half-sent leaves the connection out of step.
    dropConnection();
    HttpResult result;
    result.networkError = error;
    result.networkErrorText = text;
    finishCurrent(result);
}

void HttpChannel::finishCurrent(HttpResult result)
{
    m_timeout.stop();
    std::unique_ptr<Request> done = std::move(m_current);
    m_parser.reset();
    if (!done)
        return;
    const QPointer<HttpChannel> alive(this);
    if (done->done)
        done->done(result); // may send the next request at once
    if (alive)
        startNext();
}

void HttpChannel::dropConnection()
{
    if (!m_socket)
        return;
    QAbstractSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    m_connected = false;
    m_requestsOnSocket = 0;
    m_origin.clear();
}

void HttpChannel::touch()
{
    if (m_current)
        m_timeout.start(m_timeoutMs);
}

} // namespace Stride
