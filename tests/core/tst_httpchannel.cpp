// The connection media bytes go over (HttpChannel) and the parser of its answers: keep-alive,
// a store that closed a kept-alive connection, refusals before the body was read, truncated and
// malformed answers, time limits, cancelling, file bodies, and TLS with and without a trusted
// certificate. The servers here are real sockets on loopback with scripted answers.
#include "fakehttpserver.h"
#include "testsupport.h"

#include "sync/httpchannel.h"
#include "sync/httpresponseparser.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Stride;
using namespace Stride::Testing;

namespace {

// Feeds a whole answer to a parser one byte at a time: the worst split a socket can deliver.
HttpResponseParser parseByteByByte(const QByteArray &bytes, bool head = false)
{
    HttpResponseParser p(head);
    for (char c : bytes)
        if (!p.isComplete() && !p.hasFailed())
            p.feed(&c, 1);
    return p;
}

// A loopback server whose every connection is handled by a script: it gets the socket and all
// the bytes that arrived so far, each time more arrive.
class ScriptedServer
{
public:
    using Script = std::function<void(QTcpSocket *socket, QByteArray &received)>;

    explicit ScriptedServer(Script script, QTcpServer *server = nullptr)
        : m_own(server ? nullptr : new QTcpServer), m_server(server ? server : m_own.get()),
          m_script(std::move(script))
    {
        REQUIRE(m_server->listen(QHostAddress::LocalHost, 0));
        QObject::connect(m_server, &QTcpServer::pendingConnectionAvailable, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                ++connections;
                auto received = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
                    received->append(socket->readAll());
                    m_script(socket, *received);
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl url(const QString &scheme = QStringLiteral("http"), const QString &path = QStringLiteral("/x")) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(m_server->serverPort()).arg(path));
    }
    int connections = 0;

private:
    std::unique_ptr<QTcpServer> m_own;
    QTcpServer *m_server;
    Script m_script;
};

// Sends one request and waits for its answer.
HttpResult exchange(HttpChannel &channel, const QByteArray &verb, const QUrl &url,
                    const QByteArray &body = {})
{
    std::optional<HttpResult> result;
    channel.send(verb, url, {{"Tus-Resumable", "1.0.0"}}, body,
                 [&result](const HttpResult &r) { result = r; });
    const bool answered = QTest::qWaitFor([&result] { return result.has_value(); }, 20000);
    REQUIRE(answered);
    return *result;
}

QSslCertificate testCertificate()
{
    QFile f(testDataPath(QStringLiteral("tls/localhost-test-only.crt")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QSslCertificate(f.readAll(), QSsl::Pem);
}

} // namespace

TEST_CASE("An answer is read whatever pieces it arrives in", "[sync][http]")
{
    SECTION("with a Content-Length")
    {
        const QByteArray answer =
            "HTTP/1.1 409 Conflict\r\nContent-Type: application/json\r\nUpload-Offset: 42\r\n"
            "Content-Length: 28\r\n\r\n{\"error\":\"offset_mismatch\"}\n";
        const HttpResponseParser p = parseByteByByte(answer);
        REQUIRE(p.isComplete());
        CHECK(p.status() == 409);
        CHECK(p.headers().value("upload-offset") == "42");
        CHECK(p.body() == "{\"error\":\"offset_mismatch\"}\n");
        CHECK_FALSE(p.closesConnection());
    }
    SECTION("chunked, with extensions and trailers")
    {
        const QByteArray answer = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                  "5;note=x\r\nhello\r\n6\r\n world\r\n0\r\nChecksum: abc\r\n\r\n";
        const HttpResponseParser p = parseByteByByte(answer);
        REQUIRE(p.isComplete());
        CHECK(p.body() == "hello world");
    }
    SECTION("a HEAD answer, a 204 and a 100 Continue carry no body")
    {
        CHECK(parseByteByByte("HTTP/1.1 200 OK\r\nContent-Length: 500\r\nUpload-Offset: 7\r\n\r\n", true)
                  .isComplete());
        CHECK(parseByteByByte("HTTP/1.1 204 No Content\r\nUpload-Offset: 7\r\n\r\n").isComplete());
        const HttpResponseParser p =
            parseByteByByte("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nLocation: "
                            "/u/1\r\nContent-Length: 0\r\n\r\n");
        REQUIRE(p.isComplete());
        CHECK(p.status() == 201);
        CHECK(p.headers().value("location") == "/u/1");
    }
    SECTION("no length: the body runs until the connection closes, which is then not reused")
    {
        HttpResponseParser p = parseByteByByte("HTTP/1.0 200 OK\r\n\r\npartial");
        CHECK_FALSE(p.isComplete());
        p.connectionClosed();
        REQUIRE(p.isComplete());
        CHECK(p.body() == "partial");
        CHECK(p.closesConnection());
    }
    SECTION("a body cut short is a failure, not a short answer")
    {
        HttpResponseParser p = parseByteByByte("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc");
        p.connectionClosed();
        CHECK(p.hasFailed());
    }
    SECTION("the bytes after the answer are not taken")
    {
        HttpResponseParser p;
        const QByteArray two = "HTTP/1.1 204 No Content\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n";
        CHECK(p.feed(two.constData(), two.size()) == two.size() / 2);
        CHECK(p.isComplete());
    }
    SECTION("malformed or hostile answers are refused")
    {
        CHECK(parseByteByByte("SSH-2.0-OpenSSH\r\n").hasFailed());
        CHECK(parseByteByByte("HTTP/1.1 2000 OK\r\n\r\n").hasFailed());
        CHECK(parseByteByByte("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n").hasFailed());
        CHECK(
            parseByteByByte("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n").hasFailed());
        CHECK(parseByteByByte("HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n").hasFailed());
        CHECK(parseByteByByte("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n").hasFailed());
        CHECK(parseByteByByte("HTTP/1.1 200 OK\r\nContent-Length: 99999999999\r\n\r\n").hasFailed());
        const QByteArray endlessHeader = "HTTP/1.1 200 OK\r\nX: " + QByteArray(100 * 1024, 'a');
        HttpResponseParser p;
        p.feed(endlessHeader.constData(), endlessHeader.size());
        CHECK(p.hasFailed());
        HttpResponseParser flood;
        const QByteArray head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
        flood.feed(head.constData(), head.size());
        const QByteArray piece = "100000\r\n" + QByteArray(0x100000, 'x') + "\r\n";
        for (int i = 0; i < 6 && !flood.hasFailed(); ++i)
            flood.feed(piece.constData(), piece.size());
        CHECK(flood.hasFailed()); // more than 4 MiB is held for no one
    }
}

TEST_CASE("Requests share one kept-alive connection", "[sync][http]")
{
    FakeHttpServer server([](const FakeRequest &r) {
        return FakeResponse{204, {{"Upload-Offset", QByteArray::number(r.body.size())}}, {}};
    });
    HttpChannel channel;
    for (int i = 0; i < 5; ++i) {
        const QByteArray body(100000 * (i + 1), char('a' + i));
        const HttpResult r = exchange(
            channel, "PATCH", QUrl(server.url().toString() + QStringLiteral("/v1/media/uploads/u1")), body);
        REQUIRE(r.status == 204);
        CHECK(r.header("upload-offset") == QByteArray::number(body.size()));
        CHECK(server.requests.last().body == body);
    }
    CHECK(channel.connectionsOpened() == 1);
    CHECK(server.requests.first().method == "PATCH");
    CHECK(server.requests.first().path == QLatin1String("/v1/media/uploads/u1"));
    CHECK(server.requests.first().header("tus-resumable") == "1.0.0");
    CHECK(server.requests.first().header("host") == "127.0.0.1:" + QByteArray::number(server.port()));
}

TEST_CASE("An idle connection can be let go, and the next request opens another", "[sync][http]")
{
    FakeHttpServer server([](const FakeRequest &) { return FakeResponse{204, {}, {}}; });
    HttpChannel channel;
    const QUrl url(server.url().toString() + QStringLiteral("/v1/push"));
    REQUIRE(exchange(channel, "POST", url, "{}").status == 204);
    CHECK(channel.isConnected());
    channel.closeIdle();
    CHECK_FALSE(channel.isConnected());
    REQUIRE(exchange(channel, "POST", url, "{}").status == 204);
    CHECK(channel.connectionsOpened() == 2);
}

TEST_CASE("Requests sent together go one after another, in order", "[sync][http]")
{
    FakeHttpServer server([](const FakeRequest &r) { return FakeResponse{200, {}, r.body}; });
    HttpChannel channel;
    QList<QByteArray> answers;
    for (int i = 0; i < 4; ++i)
        channel.send("POST", server.url(), {}, QByteArray::number(i),
                     [&answers](const HttpResult &r) { answers << r.body; });
    REQUIRE(QTest::qWaitFor([&answers] { return answers.size() == 4; }, 20000));
    CHECK(answers == QList<QByteArray>{"0", "1", "2", "3"});
    CHECK(channel.isIdle());
}

TEST_CASE("A kept-alive connection the store closed is replaced without a failure", "[sync][http]")
{
    SECTION("closed while the channel was idle")
    {
        // Like cpp-httplib when its keep-alive time runs out between two chunks.
        ScriptedServer server([](QTcpSocket *socket, QByteArray &received) {
            if (!received.contains("\r\n\r\n"))
                return;
            received.clear();
            socket->write("HTTP/1.1 204 No Content\r\nUpload-Offset: 1\r\n\r\n");
            socket->flush();
            socket->disconnectFromHost();
        });
        HttpChannel channel;
        CHECK(exchange(channel, "PATCH", server.url()).status == 204);
        QTest::qWait(100);
        CHECK(exchange(channel, "PATCH", server.url()).status == 204);
        CHECK(server.connections == 2);
    }
    SECTION("closed just as the next request went out on it")
    {
        // The first request on a connection is answered; a second one on the same connection
        // finds it closed with no answer at all, and goes again on a new connection.
        ScriptedServer server([](QTcpSocket *socket, QByteArray &received) {
            if (!received.contains("\r\n\r\n"))
                return;
            received.clear();
            const int served = socket->property("served").toInt();
            socket->setProperty("served", served + 1);
            if (served == 0)
                socket->write("HTTP/1.1 204 No Content\r\nUpload-Offset: 1\r\n\r\n");
            else
                socket->disconnectFromHost();
        });
        HttpChannel channel;
        for (int i = 0; i < 3; ++i) {
            const HttpResult r = exchange(channel, "PATCH", server.url());
            INFO(r.networkErrorText.toStdString());
            CHECK(r.status == 204);
        }
        CHECK(server.connections == 3);
    }
    SECTION("but a new connection closed without an answer is a failure")
    {
        ScriptedServer server([](QTcpSocket *socket, QByteArray &) { socket->disconnectFromHost(); });
        HttpChannel channel;
        const HttpResult r = exchange(channel, "PATCH", server.url());
        CHECK(r.networkError == QNetworkReply::RemoteHostClosedError);
        CHECK(server.connections == 1);
    }
}

TEST_CASE("A store that refuses a chunk before reading it is heard", "[sync][http]")
{
    // A store answers 413 as soon as it has the headers, then reads and drops the 8 MiB that
    // follow (as stride-store does), while the channel is still sending them.
    ScriptedServer server([](QTcpSocket *socket, QByteArray &received) {
        if (!received.contains("\r\n\r\n") || socket->property("answered").toBool()) {
            received.clear();
            return;
        }
        socket->setProperty("answered", true);
        received.clear();
        const QByteArray body = R"({"error":"too_large","message":"A chunk is at most 64 KiB."})";
        socket->write(
            "HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\nContent-Type: application/json\r\n"
            "Content-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body);
    });
    HttpChannel channel;
    const HttpResult r = exchange(channel, "PATCH", server.url(), QByteArray(8 * 1024 * 1024, 'x'));
    INFO(r.networkErrorText.toStdString());
    REQUIRE(r.status == 413);
    CHECK(r.errorCode() == QLatin1String("too_large"));
    CHECK(r.describeFailure(QStringLiteral("send a media file")).contains(QLatin1String("64 KiB")));
}

TEST_CASE("No store, a cut-off answer or a silent store each fail in words", "[sync][http]")
{
    HttpChannel channel;
    SECTION("nothing listening")
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        const HttpResult r =
            exchange(channel, "PATCH", QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port)));
        CHECK_FALSE(r.reachedServer());
        CHECK(r.networkError == QNetworkReply::ConnectionRefusedError);
        CHECK(
            r.describeFailure(QStringLiteral("send a media file")).contains(QLatin1String("not answering")));
    }
    SECTION("an answer cut off half way")
    {
        ScriptedServer server([](QTcpSocket *socket, QByteArray &received) {
            if (!received.contains("\r\n\r\n"))
                return;
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly some");
            socket->flush();
            socket->disconnectFromHost();
        });
        const HttpResult r = exchange(channel, "PATCH", server.url());
        CHECK_FALSE(r.reachedServer());
        CHECK(r.networkError == QNetworkReply::RemoteHostClosedError);
    }
    SECTION("not HTTP at all")
    {
        ScriptedServer server(
            [](QTcpSocket *socket, QByteArray &) { socket->write("SSH-2.0-OpenSSH_9.2\r\n"); });
        const HttpResult r = exchange(channel, "PATCH", server.url());
        CHECK(r.networkError == QNetworkReply::ProtocolFailure);
        CHECK(r.networkErrorText.contains(QLatin1String("malformed")));
    }
    SECTION("a store that takes the request and never answers")
    {
        ScriptedServer server([](QTcpSocket *, QByteArray &) {});
        channel.setTimeoutMs(300);
        const HttpResult r = exchange(channel, "PATCH", server.url(), "abc");
        CHECK(r.networkError == QNetworkReply::TimeoutError);
        CHECK(r.describeFailure(QStringLiteral("send a media file")).contains(QLatin1String("too slow")));
    }
    SECTION("an address that is not http")
    {
        const HttpResult r = exchange(channel, "PATCH", QUrl(QStringLiteral("ftp://127.0.0.1/x")));
        CHECK(r.networkError == QNetworkReply::ProtocolUnknownError);
    }
    SECTION("a header with a line break in it is never sent")
    {
        FakeHttpServer server([](const FakeRequest &) { return FakeResponse{204, {}, {}}; });
        std::optional<HttpResult> result;
        channel.send("PATCH", server.url(), {{"Upload-Offset", "1\r\nX-Injected: yes"}}, {},
                     [&result](const HttpResult &r) { result = r; });
        REQUIRE(QTest::qWaitFor([&result] { return result.has_value(); }, 5000));
        CHECK(result->networkError == QNetworkReply::ProtocolInvalidOperationError);
        CHECK(server.requests.isEmpty());
    }
}

TEST_CASE("Cancelling ends the request in flight and the ones waiting", "[sync][http]")
{
    ScriptedServer server([](QTcpSocket *, QByteArray &) {}); // never answers
    HttpChannel channel;
    QList<QNetworkReply::NetworkError> errors;
    for (int i = 0; i < 3; ++i)
        channel.send("PATCH", server.url(), {}, "x",
                     [&errors](const HttpResult &r) { errors << r.networkError; });
    REQUIRE(QTest::qWaitFor([&server] { return server.connections == 1; }, 5000));
    channel.abortAll();
    CHECK(errors == QList<QNetworkReply::NetworkError>(3, QNetworkReply::OperationCanceledError));
    CHECK(channel.isIdle());
}

TEST_CASE("A body can be streamed from a file", "[sync][http]")
{
    QTemporaryDir dir;
    QByteArray bytes(5 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 131) % 251);
    QFile file(dir.filePath(QStringLiteral("video.bin")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    REQUIRE(file.open(QIODevice::ReadOnly));

    FakeHttpServer server([](const FakeRequest &) { return FakeResponse{201, {}, {}}; });
    HttpChannel channel;
    std::optional<HttpResult> result;
    channel.send("PUT", server.url(), {{"Content-Type", "application/octet-stream"}}, &file, bytes.size(),
                 [&result](const HttpResult &r) { result = r; });
    REQUIRE(QTest::qWaitFor([&result] { return result.has_value(); }, 20000));
    CHECK(result->status == 201);
    REQUIRE(server.requests.size() == 1);
    CHECK(server.requests.first().body == bytes);
}

TEST_CASE("https checks the store's certificate", "[sync][http]")
{
    // The app reaches a real school's store over https: a build without TLS could not.
    REQUIRE(QSslSocket::supportsSsl());
    QFile keyFile(testDataPath(QStringLiteral("tls/localhost-test-only.key")));
    REQUIRE(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration serverConfig = QSslConfiguration::defaultConfiguration();
    serverConfig.setLocalCertificate(testCertificate());
    serverConfig.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    auto tls = std::make_unique<QSslServer>();
    tls->setSslConfiguration(serverConfig);
    ScriptedServer server(
        [](QTcpSocket *socket, QByteArray &received) {
            if (!received.contains("\r\n\r\n"))
                return;
            received.clear();
            socket->write("HTTP/1.1 204 No Content\r\nUpload-Offset: 3\r\n\r\n");
        },
        tls.get());

    SECTION("a certificate the tablet was told to trust")
    {
        HttpChannel channel;
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.addCaCertificate(testCertificate());
        channel.setSslConfiguration(trusting);
        const HttpResult r = exchange(channel, "PATCH", server.url(QStringLiteral("https")), "abc");
        INFO(r.networkErrorText.toStdString());
        CHECK(r.status == 204);
        CHECK(exchange(channel, "PATCH", server.url(QStringLiteral("https")), "def").status == 204);
        CHECK(channel.connectionsOpened() == 1);
    }
    SECTION("a self-signed certificate nobody vouched for")
    {
        HttpChannel channel;
        const HttpResult r = exchange(channel, "PATCH", server.url(QStringLiteral("https")), "abc");
        CHECK_FALSE(r.reachedServer());
        CHECK(r.networkError == QNetworkReply::SslHandshakeFailedError);
        CHECK(r.describeFailure(QStringLiteral("send a media file"))
                  .contains(QLatin1String("prove who it is")));
    }
}
