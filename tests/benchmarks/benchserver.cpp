#include "benchserver.h"

#include <QDeadlineTimer>
#include <QList>
#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>

#include <csignal>
#include <sys/prctl.h>

namespace Stride::Bench {

namespace {
// Servers still running, so that giving up never leaves one behind.
QList<BenchServer *> &liveServers()
{
    static QList<BenchServer *> servers;
    return servers;
}

// STRIDE_BENCH_STORE names another stride-store build to measure (before and after a change).
QString storeExecutable()
{
    const QString other = qEnvironmentVariable("STRIDE_BENCH_STORE");
    return other.isEmpty() ? QStringLiteral(STRIDE_STORE_EXE) : other;
}
} // namespace

void giveUp(const QString &why)
{
    std::fprintf(stderr, "benchmark: %s\n", qPrintable(why));
    const auto servers = liveServers();
    for (BenchServer *server : servers)
        server->stop();
    std::exit(1);
}

BenchServer::BenchServer(QStringList serveOptions)
    : m_serveOptions(std::move(serveOptions)),
      m_databaseUrl(qEnvironmentVariable("STRIDE_BENCH_POSTGRES_URL"))
{
    if (!m_dataDir.isValid())
        giveUp(QStringLiteral("no temporary directory"));
    liveServers() << this;
    // If the test process dies (a crash, a kill), the server goes with it instead of lingering.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

BenchServer::~BenchServer()
{
    stop();
    liveServers().removeAll(this);
}

QString BenchServer::describe() const
{
    return m_databaseUrl.isEmpty() ? QStringLiteral("stride-store over SQLite")
                                   : QStringLiteral("stride-store over PostgreSQL");
}

QString BenchServer::admin(const QStringList &args)
{
    QProcess p;
    QStringList all = args;
    all << QStringLiteral("--data-dir") << m_dataDir.path();
    if (!m_databaseUrl.isEmpty())
        all << QStringLiteral("--database") << m_databaseUrl;
    p.start(storeExecutable(), all);
    if (!p.waitForFinished(300000) || p.exitCode() != 0)
        giveUp(QStringLiteral("stride-store %1 failed: %2")
                   .arg(args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAllStandardError())));
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QString BenchServer::loadDemo()
{
    return admin({QStringLiteral("load-demo")}).split(QLatin1Char('\n')).last().trimmed();
}

QString BenchServer::enrolmentCode(const QString &schoolId, const QString &name)
{
    const QString out = admin({QStringLiteral("enrol-device"), QStringLiteral("--school"), schoolId,
                               QStringLiteral("--name"), name, QStringLiteral("--whole-school")});
    static const QRegularExpression code(QStringLiteral("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}"));
    const auto m = code.match(out);
    if (!m.hasMatch())
        giveUp(QStringLiteral("no enrolment code in: %1").arg(out));
    return m.captured(0);
}

void BenchServer::start()
{
    QStringList args{QStringLiteral("serve"), QStringLiteral("--data-dir"), m_dataDir.path(),
                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
    if (!m_databaseUrl.isEmpty())
        args << QStringLiteral("--database") << m_databaseUrl;
    args << m_serveOptions;
    m_process.start(storeExecutable(), args);
    static const QRegularExpression listening(QStringLiteral("listening on http://[0-9.]+:(\\d+)"));
    QByteArray seen;
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
        if (m_process.waitForReadyRead(200)) {
            seen += m_process.readAllStandardOutput();
            const auto m = listening.match(QString::fromUtf8(seen));
            if (m.hasMatch()) {
                m_port = quint16(m.captured(1).toUInt());
                return;
            }
        }
    }
    giveUp(QStringLiteral("stride-store did not start: %1 %2")
               .arg(QString::fromUtf8(seen), QString::fromUtf8(m_process.readAllStandardError())));
}

void BenchServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(30000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

} // namespace Stride::Bench
