#include "storeserver.h"

#include "nginxfront.h"

#include "sync/syncapi.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QUuid>

#include <csignal>
#include <sys/prctl.h>

namespace Stride::E2e {

QString nameOf(Backend backend)
{
    return backend == Backend::Sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
}

QString postgresUrl()
{
    return qEnvironmentVariable("STRIDE_TEST_POSTGRES_URL");
}

Front frontFor(Backend backend)
{
    return backend == Backend::Postgres && qEnvironmentVariable("STRIDE_E2E_NGINX") == QLatin1String("1")
               ? Front::Nginx
               : Front::Direct;
}

namespace {

// Behind nginx, two processes: enough for every request to be able to land on either, and for one
// to die while the other carries on.
constexpr int kProcessesBehindNginx = 2;

// Runs one statement against `database` (the test cluster's maintenance database when empty);
// the first column of its first row.
QVariant onCluster(const QString &sql, const QString &database = {})
{
    QUrl url(postgresUrl());
    if (!database.isEmpty())
        url.setPath(QLatin1Char('/') + database);
    const QString connection =
        QStringLiteral("e2e-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(sql.toStdString());
        const bool ok = q.exec(sql);
        INFO(q.lastError().text().toStdString());
        REQUIRE(ok);
        if (q.next())
            value = q.value(0);
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

} // namespace

StoreServer::StoreServer(Backend backend, QStringList serveOptions, std::optional<Front> front)
    : m_backend(backend), m_serveOptions(std::move(serveOptions)), m_front(front.value_or(frontFor(backend)))
{
    // Several processes share a store only on PostgreSQL (on SQLite, serve.lock keeps a second off).
    REQUIRE((m_front == Front::Direct || backend == Backend::Postgres));
    // nginx here speaks plain HTTP to the tablets; the TLS tests talk to one store directly.
    REQUIRE((m_front == Front::Direct || !m_serveOptions.contains(QLatin1String("--tls-cert"))));
    REQUIRE(m_dataDir.isValid());
    if (backend == Backend::Postgres) {
        REQUIRE_FALSE(postgresUrl().isEmpty());
        // A database of its own per test, so tests never see each other's schools.
        m_databaseName = QStringLiteral("stride_e2e_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        onCluster(QStringLiteral("CREATE DATABASE %1").arg(m_databaseName));
        QUrl url(postgresUrl());
        url.setPath(QLatin1Char('/') + m_databaseName);
        m_databaseUrl = url.toString();
    }
    for (int i = 0; i < (m_front == Front::Nginx ? kProcessesBehindNginx : 1); ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::SeparateChannels);
        // If the test process dies (a crash, a kill), the server goes with it instead of lingering.
        process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_processes.push_back(std::move(process));
        m_processPorts << 0;
    }
    if (m_front == Front::Nginx)
        m_nginx = std::make_unique<NginxFront>();
}

StoreServer::~StoreServer()
{
    stop();
    if (!m_databaseName.isEmpty()) {
        try {
            onCluster(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_databaseName));
        } catch (...) {
            // A test already failing: the cluster is thrown away with scripts/with-postgres anyway.
        }
    }
}

quint16 StoreServer::freePort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

QUrl StoreServer::url() const
{
    const bool https = m_serveOptions.contains(QLatin1String("--tls-cert"));
    return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(https ? "https" : "http").arg(m_port));
}

QString StoreServer::admin(const QStringList &args, int *exitCode, bool allowFailure)
{
    QProcess p;
    QStringList all = args;
    all << QStringLiteral("--data-dir") << m_dataDir.path();
    if (!m_databaseUrl.isEmpty())
        all << QStringLiteral("--database") << m_databaseUrl;
    p.start(QStringLiteral(STRIDE_STORE_EXE), all);
    if (!p.waitForFinished(120000)) {
        // Stuck: say which command, what it printed, and what every connection to the store's
        // database was doing (a lock wait names the lock), then stop it.
        QString sessions;
        if (m_backend == Backend::Postgres)
            sessions = onCluster(QStringLiteral("SELECT string_agg(format('%s %s %s/%s: %s', pid, state, "
                                                "wait_event_type, wait_event, left(query, 200)), E'\\n') "
                                                "FROM pg_stat_activity WHERE datname = '%1'")
                                     .arg(m_databaseName))
                           .toString();
        p.kill();
        p.waitForFinished(5000);
        INFO("stride-store " << all.join(QLatin1Char(' ')).toStdString()
                             << "\nstdout: " << p.readAllStandardOutput().toStdString() << "\nstderr: "
                             << p.readAllStandardError().toStdString() << "\ndatabase sessions:\n"
                             << sessions.toStdString());
        FAIL("stride-store did not finish within 120 s");
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    if (exitCode)
        *exitCode = p.exitCode();
    if (!allowFailure) {
        INFO("stride-store " << all.join(QLatin1Char(' ')).toStdString() << "\nstdout: " << out.toStdString()
                             << "\nstderr: " << err.toStdString());
        REQUIRE(p.exitStatus() == QProcess::NormalExit);
        REQUIRE(p.exitCode() == 0);
    }
    return out;
}

QString StoreServer::loadDemo()
{
    const QString out = admin({QStringLiteral("load-demo")});
    const QString id = out.split(QLatin1Char('\n')).last().trimmed();
    REQUIRE_FALSE(id.isEmpty());
    return id;
}

QString StoreServer::enrolmentCode(const QString &schoolId, const QString &deviceName,
                                   const QStringList &classes)
{
    QStringList args{QStringLiteral("enrol-device"), QStringLiteral("--school"), schoolId,
                     QStringLiteral("--name"), deviceName};
    for (const QString &c : classes)
        args << QStringLiteral("--class") << c;
    if (classes.isEmpty())
        args << QStringLiteral("--whole-school");
    const QString out = admin(args);
    static const QRegularExpression code(QStringLiteral("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}"));
    const auto match = code.match(out);
    INFO(out.toStdString());
    REQUIRE(match.hasMatch());
    return match.captured(0);
}

void StoreServer::revoke(const QString &deviceId)
{
    admin({QStringLiteral("revoke-device"), deviceId});
}

QVariant StoreServer::databaseValue(const QString &sql)
{
    REQUIRE(m_backend == Backend::Postgres);
    return onCluster(sql, m_databaseName);
}

bool StoreServer::isRunning() const
{
    for (const auto &process : m_processes)
        if (process->state() != QProcess::NotRunning)
            return true;
    return false;
}

bool StoreServer::isProcessRunning(int index) const
{
    return m_processes.at(index)->state() != QProcess::NotRunning;
}

void StoreServer::start(quint16 port)
{
    REQUIRE_FALSE(isRunning());
    if (m_front == Front::Direct) {
        m_port = m_processPorts[0] = startProcess(*m_processes[0], port, {});
        return;
    }
    // Each process on a port of its own (kept across restarts, so nginx's upstreams stay right),
    // all told that nginx on 127.0.0.1 is a proxy whose X-Forwarded-For to believe.
    for (int i = 0; i < processCount(); ++i)
        m_processPorts[i] = startProcess(*m_processes[i], m_processPorts[i],
                                         {QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")});
    if (!m_nginx->isRunning())
        m_nginx->start(port, m_processPorts);
    m_port = m_nginx->port();
}

quint16 StoreServer::startProcess(QProcess &process, quint16 port, const QStringList &extraOptions)
{
    QStringList args{QStringLiteral("serve"), QStringLiteral("--data-dir"), m_dataDir.path(),
                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)};
    if (!m_databaseUrl.isEmpty())
        args << QStringLiteral("--database") << m_databaseUrl;
    args << m_serveOptions << extraOptions;
    process.start(QStringLiteral(STRIDE_STORE_EXE), args);
    REQUIRE(process.waitForStarted(10000));
    // Its first line on stdout says where it listens, once it does.
    static const QRegularExpression listening(QStringLiteral("listening on https?://[0-9.]+:(\\d+)"));
    QByteArray seen;
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (process.canReadLine() || process.waitForReadyRead(200)) {
            seen += process.readAll();
            const auto match = listening.match(QString::fromUtf8(seen));
            if (match.hasMatch())
                return quint16(match.captured(1).toUInt());
        }
        if (process.state() == QProcess::NotRunning)
            break;
    }
    INFO("stride-store did not start. stdout: " << seen.toStdString() << "\nstderr: "
                                                << process.readAllStandardError().toStdString());
    FAIL("stride-store did not start listening");
    return 0;
}

void StoreServer::killProcess(int index)
{
    QProcess &process = *m_processes.at(index);
    if (process.state() == QProcess::NotRunning)
        return;
    process.kill(); // SIGKILL on Unix
    process.waitForFinished(10000);
}

void StoreServer::kill()
{
    for (int i = 0; i < processCount(); ++i)
        killProcess(i);
    if (m_nginx)
        m_nginx->stop();
}

void StoreServer::stop()
{
    if (m_nginx)
        m_nginx->stop();
    for (const auto &process : m_processes) {
        if (process->state() == QProcess::NotRunning)
            continue;
        process->terminate();
        if (!process->waitForFinished(15000)) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
}

HttpResult StoreServer::request(const QByteArray &verb, const QString &pathOrUrl, const QString &token,
                                const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    SyncApi api;
    api.setServerUrl(url());
    api.setToken(token);
    HttpResult result;
    QEventLoop loop;
    api.send(verb, pathOrUrl, body, headers, [&](const HttpResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

QString StoreServer::makeSelfSignedPair(const QString &directory)
{
    QProcess process;
    process.start(QStringLiteral(STRIDE_STORE_EXE),
                  {QStringLiteral("tls-selfsigned"), QStringLiteral("--out"), directory,
                   QStringLiteral("--host"), QStringLiteral("127.0.0.1")});
    REQUIRE(process.waitForFinished(30000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromLatin1(process.readAllStandardOutput()).trimmed();
}

} // namespace Stride::E2e
