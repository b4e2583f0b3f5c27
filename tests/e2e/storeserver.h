#pragma once

#include "sync/httpresult.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariant>

#include <memory>
#include <optional>
#include <vector>

namespace Stride::E2e {

enum class Backend {
    Sqlite,
    Postgres
};
QString nameOf(Backend backend);
// The PostgreSQL cluster of scripts/with-postgres, or empty (then the PostgreSQL cases skip).
QString postgresUrl();

class NginxFront;

// What the tablets talk to: one `serve` process directly, or two over one PostgreSQL database and
// one data directory behind nginx (docs/operations.md, "Several store processes").
enum class Front {
    Direct,
    Nginx
};
// Nginx for PostgreSQL when STRIDE_E2E_NGINX is 1 (the e2e_postgres_nginx test), else Direct.
Front frontFor(Backend backend);

// The real stride-store, run as child processes on loopback ports over a fresh data directory
// (and, for PostgreSQL, a fresh database in the test cluster). Admin commands run it too.
class StoreServer
{
public:
    explicit StoreServer(Backend backend, QStringList serveOptions = {}, std::optional<Front> front = {});
    ~StoreServer();

    // Starts `serve` (port 0: any free port, read back from its first line) and waits until it
    // listens; behind nginx, both processes on ports of their own and nginx on `port`. Fails the
    // test if any does not start.
    void start(quint16 port = 0);
    // SIGKILL to every store process: no chance to flush or say goodbye. Behind nginx, nginx itself
    // stops too (gracefully: it is not the store), and start() brings all of it back.
    void kill();
    void stop(); // SIGTERM, then wait
    bool isRunning() const;
    quint16 port() const { return m_port; } // where tablets connect: the store, or nginx

    Front front() const { return m_front; }
    int processCount() const { return int(m_processes.size()); }
    quint16 processPort(int index) const { return m_processPorts.at(index); }
    bool isProcessRunning(int index) const;
    void killProcess(int index); // SIGKILL to that one only; nginx and the others carry on
    NginxFront *nginx() const { return m_nginx.get(); }

    QString dataDir() const { return m_dataDir.path(); }
    // The first column of the first row of `sql` on the store's PostgreSQL database.
    QVariant databaseValue(const QString &sql);
    QUrl url() const;
    static quint16 freePort();
    // A self-signed pair for 127.0.0.1 made by `stride-store tls-selfsigned` in `directory`, as the
    // office makes one; returns the fingerprint it prints.
    static QString makeSelfSignedPair(const QString &directory);

    // `stride-store <args> --data-dir D [--database URL]`; its stdout, trimmed. Fails the test
    // when the command fails, unless `allowFailure`.
    QString admin(const QStringList &args, int *exitCode = nullptr, bool allowFailure = false);
    QString loadDemo(); // the demo school's id
    // A code for a tablet of the whole school, unless `classes` (by name) are given: every existing
    // end-to-end test enrols whole-school tablets, as before scopes existed (docs/sync.md, "Scope").
    QString enrolmentCode(const QString &schoolId, const QString &deviceName,
                          const QStringList &classes = {});
    void revoke(const QString &deviceId);

    // One synchronous request, for checks from outside a device.
    HttpResult request(const QByteArray &verb, const QString &pathOrUrl, const QString &token,
                       const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});

private:
    Backend m_backend;
    QStringList m_serveOptions;
    QTemporaryDir m_dataDir;
    QString m_databaseUrl;
    QString m_databaseName;
    Front m_front = Front::Direct;
    std::vector<std::unique_ptr<QProcess>> m_processes;
    QList<quint16> m_processPorts;
    std::unique_ptr<NginxFront> m_nginx;
    quint16 m_port = 0;

    quint16 startProcess(QProcess &process, quint16 port, const QStringList &extraOptions);
};

} // namespace Stride::E2e

// Each end-to-end scenario runs over both of the store's databases. The PostgreSQL case skips
// (with a warning) only when STRIDE_TEST_POSTGRES_URL is unset.
#define STRIDE_E2E_SCENARIO(title, function)                                                                 \
    TEST_CASE(title " (SQLite)", "[e2e][sqlite]")                                                            \
    {                                                                                                        \
        function(Stride::E2e::Backend::Sqlite);                                                              \
    }                                                                                                        \
    TEST_CASE(title " (PostgreSQL)", "[e2e][postgres]")                                                      \
    {                                                                                                        \
        if (Stride::E2e::postgresUrl().isEmpty()) {                                                          \
            WARN("STRIDE_TEST_POSTGRES_URL is not set: skipped. Run under scripts/with-postgres.");          \
            return;                                                                                          \
        }                                                                                                    \
        function(Stride::E2e::Backend::Postgres);                                                            \
    }
