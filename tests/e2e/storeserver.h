#pragma once

#include "sync/httpresult.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace Stride::E2e {

enum class Backend {
    Sqlite,
    Postgres
};
QString nameOf(Backend backend);
// The PostgreSQL cluster of scripts/with-postgres, or empty (then the PostgreSQL cases skip).
QString postgresUrl();

// The real stride-store, run as a child process on a loopback port over a fresh data directory
// (and, for PostgreSQL, a fresh database in the test cluster). Admin commands run it too.
class StoreServer
{
public:
    explicit StoreServer(Backend backend, QStringList serveOptions = {});
    ~StoreServer();

    // Starts `serve` (port 0: any free port, read back from its first line) and waits until it
    // listens. Fails the test if it does not.
    void start(quint16 port = 0);
    void kill(); // SIGKILL: no chance to flush or say goodbye
    void stop(); // SIGTERM, then wait
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    quint16 port() const { return m_port; }
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
    QProcess m_process;
    quint16 m_port = 0;
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
