#include "servecommand.h"

#include "httpserver.h"
#include "mediaquota.h"
#include "mediaroutes.h"
#include "recordstore.h"
#include "servercontext.h"
#include "sqlconnection.h"
#include "storesetup.h"
#include "tlscertificate.h"
#include "walcheckpointer.h"

#include <QDir>
#include <QFile>

#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <optional>
#include <pthread.h>
#include <sys/file.h>
#include <thread>
#include <unistd.h>

namespace Stride::Server {

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "stride-store: %s\n", qPrintable(message));
}

// On SQLite, one serving process per data directory: SQLite is one process's database, and its
// uploads are locked in that process's memory (UploadLock). On PostgreSQL, uploads are locked in the
// database, so several processes may share the directory (and its media): they take the lock shared,
// which still keeps a SQLite store off a directory they serve. The lock goes with the process, even
// on SIGKILL.
bool lockDataDir(const QString &dataDir)
{
    const QByteArray path = QFile::encodeName(QDir(dataDir).absoluteFilePath(QStringLiteral("serve.lock")));
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    const int mode = SqlConnection::isPostgres() ? LOCK_SH : LOCK_EX;
    return fd >= 0 && ::flock(fd, mode | LOCK_NB) == 0; // fd stays open for the process's life
}

std::optional<std::pair<std::string, int>> parseListen(const QString &text)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    return std::make_pair(host.toStdString(), port);
}

// Removes expired uploads every minute until told to stop.
class UploadJanitor
{
public:
    explicit UploadJanitor(ServerContext &context) : m_thread([this, &context] { run(context); }) {}
    ~UploadJanitor()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }

private:
    void run(ServerContext &context)
    {
        std::unique_lock lock(m_mutex);
        while (!m_stop) {
            lock.unlock();
            try {
                if (const int n = MediaRoutes::removeExpiredUploads(context))
                    std::fprintf(stderr, "stride-store: removed %d expired upload(s)\n", n);
            } catch (const std::exception &e) {
                fail(QStringLiteral("could not remove expired uploads: %1")
                         .arg(QString::fromStdString(e.what())));
            }
            lock.lock();
            m_wake.wait_for(lock, std::chrono::seconds(60), [this] { return m_stop; });
        }
        SqlConnection::closeThisThread();
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace

int runServe(const CommandLine &line)
{
    QString dataDir;
    QString error;
    if (!openStore(line, &dataDir, &error)) {
        fail(error);
        return 1;
    }
    if (!lockDataDir(dataDir)) {
        fail(QStringLiteral(
                 "Another stride-store is already serving %1. Stop it first, or give this one its own "
                 "--data-dir.")
                 .arg(dataDir));
        return 1;
    }
    const auto listen = parseListen(line.value(QStringLiteral("listen"), QStringLiteral("127.0.0.1:8470")));
    if (!listen) {
        fail(QStringLiteral("--listen takes an address and a port, such as 0.0.0.0:8470."));
        return 1;
    }

    // Both files or neither; anything wrong with them stops the store here, by name, rather than
    // serving plain HTTP to tablets that expected it encrypted.
    HttpServer::Tls tls;
    if (line.has(QStringLiteral("tls-cert")) || line.has(QStringLiteral("tls-key"))) {
        if (const QString missing = line.require({QStringLiteral("tls-cert"), QStringLiteral("tls-key")});
            !missing.isEmpty()) {
            fail(missing + QStringLiteral(" --tls-cert and --tls-key go together."));
            return 2;
        }
        const QString certificate = line.value(QStringLiteral("tls-cert"));
        const QString key = line.value(QStringLiteral("tls-key"));
        const TlsCertificate::Checked checked = TlsCertificate::check(certificate, key);
        if (!checked.ok) {
            fail(checked.error);
            return 1;
        }
        std::fprintf(stderr, "stride-store: TLS certificate %s, SHA-256 %s, expires %s\n",
                     qPrintable(certificate), qPrintable(checked.fingerprint), qPrintable(checked.expires));
        tls = {QFile::encodeName(certificate).toStdString(), QFile::encodeName(key).toStdString()};
    }

    ServerLimits limits;
    bool ok = true;
    if (line.has(QStringLiteral("rate")))
        limits.requestsPerSecond = line.value(QStringLiteral("rate")).toDouble(&ok);
    if (ok && line.has(QStringLiteral("burst")))
        limits.requestBurst = line.value(QStringLiteral("burst")).toDouble(&ok);
    if (ok && line.has(QStringLiteral("upload-expiry-seconds")))
        limits.uploadExpirySeconds = line.value(QStringLiteral("upload-expiry-seconds")).toInt(&ok);
    if (ok && line.has(QStringLiteral("media-quota-gb"))) {
        const auto bytes = MediaQuota::bytesFromGb(line.value(QStringLiteral("media-quota-gb")));
        if (!bytes) {
            fail(QStringLiteral("--media-quota-gb takes a number of gigabytes above 0, such as 200 or 0.5."));
            return 1;
        }
        limits.mediaQuotaBytes = *bytes;
    }
    bool threadsOk = false;
    const int threads = line.value(QStringLiteral("threads"), QStringLiteral("16")).toInt(&threadsOk);
    if (!ok || !threadsOk || threads < 1 || limits.requestsPerSecond <= 0 || limits.requestBurst < 1 ||
        limits.uploadExpirySeconds < 1) {
        fail(QStringLiteral("--threads, --rate, --burst and --upload-expiry-seconds take positive numbers."));
        return 1;
    }

    ServerContext context(dataDir, limits);
    for (const QString &proxy : line.values(QStringLiteral("trusted-proxy"))) {
        if (!context.trustedProxies.add(proxy, &error)) {
            fail(error);
            return 1;
        }
    }
    try {
        if (!context.media.prepare(&error)) {
            fail(error);
            return 1;
        }
        // Carry the clock on from the latest stamp stored, so server stamps never go backwards
        // across a restart, even with this machine's clock set back.
        RecordStore records(SqlConnection::forThisThread());
        if (const auto last = HlcTimestamp::parse(records.latestHlc()))
            context.clock.restore(*last);
        MediaRoutes::removeExpiredUploads(context);
    } catch (const std::exception &e) {
        fail(QString::fromStdString(e.what()));
        return 1;
    }

    // SIGINT/SIGTERM are taken by one thread with sigwait, which stops the listener cleanly; the
    // mask is set before any other thread starts, so they all inherit it.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::signal(SIGPIPE, SIG_IGN); // a tablet that hangs up mid-answer is not a reason to exit

    HttpServer server(context, threads, tls);
    if (!server.isValid()) {
        fail(QStringLiteral("OpenSSL would not serve with the certificate %1 and key %2.")
                 .arg(line.value(QStringLiteral("tls-cert")), line.value(QStringLiteral("tls-key"))));
        return 1;
    }
    const int port = server.bind(listen->first, listen->second);
    if (port < 0) {
        fail(QStringLiteral("Could not listen on %1. Is another program using that port?")
                 .arg(line.value(QStringLiteral("listen"), QStringLiteral("127.0.0.1:8470"))));
        return 1;
    }
    std::thread([&server, stopSignals] {
        int received = 0;
        sigwait(&stopSignals, &received);
        std::fprintf(stderr, "stride-store: stopping (signal %d)\n", received);
        server.stop();
    }).detach();

    bool served = false;
    {
        std::optional<WalCheckpointer> checkpointer;
        if (!SqlConnection::isPostgres())
            checkpointer.emplace(SqlConnection::config().sqlitePath);
        UploadJanitor janitor(context);
        // Plain HTTP is for a TLS proxy in front, or a store on the tablet itself: say which.
        std::printf(
            "stride-store: listening on %s://%s:%d (%s%s)\n", tls.enabled() ? "https" : "http",
            listen->first.c_str(), port, qPrintable(SqlConnection::config().describe()),
            tls.enabled() ? "" : "; plain HTTP: put a TLS proxy in front, or give --tls-cert and --tls-key");
        std::fflush(stdout);
        served = server.run();
    }
    SqlConnection::closeThisThread();
    return served ? 0 : 1;
}

} // namespace Stride::Server
