#pragma once

// A tiny HTTP/1.1 server on a loopback port for the sync client's unit tests: each request is
// handed to a function that answers it. Only for unit tests; the end-to-end tests (tests/e2e)
// run the real stride-store.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <memory>

namespace Stride::Testing {

struct FakeRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

struct FakeResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    static FakeResponse json(int status, const QByteArray &body)
    {
        return {status, {{"Content-Type", "application/json"}}, body};
    }
};

class FakeHttpServer
{
public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeHttpServer(Handler handler) : m_handler(std::move(handler))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    serve(socket, *buffer);
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    quint16 port() const { return m_server.serverPort(); }
    QList<FakeRequest> requests;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

private:
    void serve(QTcpSocket *socket, QByteArray &buffer)
    {
        for (;;) {
            const int end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            FakeRequest req;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            req.method = first.value(0);
            const QUrl target(QString::fromLatin1(first.value(1)));
            req.path = target.path();
            req.query = QUrlQuery(target.query());
            for (int i = 1; i < lines.size(); ++i) {
                const int colon = lines[i].indexOf(':');
                if (colon > 0)
                    req.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
            }
            const qint64 length = req.header("content-length").toLongLong();
            if (buffer.size() < end + 4 + length)
                return; // the rest of the body is still on its way
            req.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            requests << req;
            const FakeResponse res = m_handler(req);
            QByteArray out = "HTTP/1.1 " + QByteArray::number(res.status) + " X\r\n";
            bool hasLength = false;
            for (const auto &h : res.headers) {
                out += h.first + ": " + h.second + "\r\n";
                hasLength = hasLength || h.first.toLower() == "content-length";
            }
            if (!hasLength)
                out += "Content-Length: " + QByteArray::number(req.method == "HEAD" ? 0 : res.body.size()) +
                       "\r\n";
            out += "\r\n";
            if (req.method != "HEAD")
                out += res.body;
            socket->write(out);
        }
    }

    QTcpServer m_server;
    Handler m_handler;
};

} // namespace Stride::Testing
