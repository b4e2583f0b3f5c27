#include "nginxfront.h"

#include "storeserver.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace Stride::E2e {

namespace {

// The `server` block is the one docs/operations.md shows a trust; keep the two the same. Around it,
// what makes this instance a throwaway one: the foreground, one process, its own pid file, logs and
// temporary files, none of Debian's /etc/nginx. One process (no master and workers) because a
// worker outlives a killed master, and because as root workers would run as nobody, who cannot
// enter this 0700 directory; it handles requests exactly as a worker does.
const char *const kConfiguration = R"(daemon off;
master_process off;
pid %DIR%/nginx.pid;
error_log %DIR%/error.log warn;
events {
    worker_connections 512;
}
http {
    client_body_temp_path %DIR%/client_body;
    proxy_temp_path %DIR%/proxy;
    fastcgi_temp_path %DIR%/fastcgi;
    uwsgi_temp_path %DIR%/uwsgi;
    scgi_temp_path %DIR%/scgi;
    log_format upstreams '$status $request_method $upstream_addr';
    access_log %DIR%/access.log upstreams;

    upstream stride_store {
%SERVERS%        # Kept-alive connections to the stores, closed before the store's own 5 s idle limit.
        keepalive 16;
        keepalive_timeout 4s;
    }

    server {
        listen 127.0.0.1:%PORT%;

        # A whole file sent with PUT may be large; tus chunks are at most 8 MiB.
        client_max_body_size 4096m;

        location / {
            proxy_pass http://stride_store;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $http_host;
            # The stores are started with --trusted-proxy 127.0.0.1: they limit wrong tokens and
            # enrolment codes by the tablet's address, not nginx's.
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            # Chunks and downloads stream through instead of being buffered whole.
            proxy_request_buffering off;
            proxy_buffering off;
            # A process that is down or does not answer: the request goes to the next one, as long
            # as nothing was sent yet (nginx never resends a POST or PATCH once sent; the tablet's
            # own retry does, and pushes and chunks are safe to send again).
            proxy_next_upstream error timeout;
            proxy_connect_timeout 2s;
            proxy_read_timeout 300s;
            proxy_send_timeout 300s;
        }
    }
}
)";

bool answers(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    return socket.waitForConnected(200);
}

} // namespace

QString NginxFront::executable()
{
    const QString chosen = qEnvironmentVariable("STRIDE_TEST_NGINX");
    if (!chosen.isEmpty())
        return chosen;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (!onPath.isEmpty())
        return onPath;
    // Debian puts it in /usr/sbin, which an ordinary user's PATH may not hold.
    return QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")});
}

NginxFront::NginxFront()
{
    REQUIRE(m_dir.isValid());
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // If the test process dies, nginx goes with it instead of holding the port.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

NginxFront::~NginxFront()
{
    stop();
}

QString NginxFront::configuration() const
{
    return m_dir.filePath(QStringLiteral("nginx.conf"));
}

QString NginxFront::errorLog() const
{
    QFile f(m_dir.filePath(QStringLiteral("error.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void NginxFront::start(quint16 port, const QList<quint16> &upstreams)
{
    REQUIRE_FALSE(isRunning());
    const QString nginx = executable();
    INFO("nginx is not installed: apt-get install nginx (scripts/bootstrap installs it)");
    REQUIRE_FALSE(nginx.isEmpty());
    m_port = port ? port : StoreServer::freePort();

    QString servers;
    for (const quint16 upstream : upstreams)
        servers +=
            QStringLiteral("        server 127.0.0.1:%1 max_fails=1 fail_timeout=10s;\n").arg(upstream);
    QString text = QString::fromLatin1(kConfiguration);
    text.replace(QLatin1String("%DIR%"), m_dir.path());
    text.replace(QLatin1String("%SERVERS%"), servers);
    text.replace(QLatin1String("%PORT%"), QString::number(m_port));
    {
        QFile f(configuration());
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(f.write(text.toUtf8()) == text.toUtf8().size());
    }

    // -p: the prefix for relative paths; -e: the error log before the configuration is read (else
    // nginx opens its compiled-in /var/log/nginx/error.log first).
    m_process.start(nginx, {QStringLiteral("-p"), m_dir.path(), QStringLiteral("-c"), configuration(),
                            QStringLiteral("-e"), m_dir.filePath(QStringLiteral("error.log"))});
    REQUIRE(m_process.waitForStarted(10000));
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && isRunning() && !answers(m_port))
        QThread::msleep(50);
    if (isRunning() && answers(m_port))
        return;
    m_process.waitForFinished(1000);
    INFO("nginx " << m_process.arguments().join(QLatin1Char(' ')).toStdString() << "\noutput: "
                  << m_process.readAll().toStdString() << "\nerror log: " << errorLog().toStdString());
    FAIL("nginx did not start listening on 127.0.0.1:" << m_port);
}

void NginxFront::stop()
{
    if (!isRunning())
        return;
    // SIGQUIT is nginx's graceful shutdown: it stops listening and lets requests in flight finish.
    ::kill(pid_t(m_process.processId()), SIGQUIT);
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QList<quint16> NginxFront::answeredBy() const
{
    QList<quint16> ports;
    QFile f(m_dir.filePath(QStringLiteral("access.log")));
    if (!f.open(QIODevice::ReadOnly))
        return ports;
    while (!f.atEnd()) {
        // "200 POST 127.0.0.1:41234" or, passed on, "200 POST 127.0.0.1:41234, 127.0.0.1:41236".
        const QByteArray line = f.readLine().trimmed();
        const int colon = line.lastIndexOf(':');
        if (colon > 0)
            ports << quint16(line.mid(colon + 1).toUInt());
    }
    return ports;
}

} // namespace Stride::E2e
