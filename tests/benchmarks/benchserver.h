#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace Stride::Bench {

// The real stride-store for a benchmark: a fresh data directory (and the PostgreSQL database of
// STRIDE_BENCH_POSTGRES_URL when set), on a free loopback port. Exits the benchmark with a
// message if it cannot be started.
class BenchServer
{
public:
    explicit BenchServer(QStringList serveOptions = {});
    ~BenchServer();
    QString admin(const QStringList &args);
    QString loadDemo();
    QString enrolmentCode(const QString &schoolId, const QString &name);
    void start();
    void stop();
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    QString dataDir() const { return m_dataDir.path(); }
    // The serving process, for its figures in /proc (0 when it is not running).
    qint64 pid() const { return m_process.processId(); }
    QString describe() const;

private:
    QStringList m_serveOptions;
    QTemporaryDir m_dataDir;
    QString m_databaseUrl;
    QProcess m_process;
    quint16 m_port = 0;
};

[[noreturn]] void giveUp(const QString &why);

} // namespace Stride::Bench
