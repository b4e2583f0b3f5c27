#pragma once

// Starts the real stride-store (serve, and its admin commands) as child processes on a free
// loopback port, over a temporary data directory and either SQLite or a fresh PostgreSQL database,
// and talks HTTP to it with httplib::Client, as a tablet would.
#include <catch2/catch.hpp>
#include <httplib.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace Stride {
struct ProvableChange;
}

namespace StoreTest {

enum class Backend {
    Sqlite,
    Postgres
};

// Whether the PostgreSQL variants can run: scripts/with-postgres sets STRIDE_TEST_POSTGRES_URL.
bool postgresAvailable();

// A database of its own for one test: nothing for SQLite (a file in the data directory), a new
// database in the throwaway PostgreSQL cluster otherwise, dropped afterwards.
class TestDatabase
{
public:
    explicit TestDatabase(Backend backend);
    ~TestDatabase();
    QString url() const { return m_url; } // empty for SQLite

private:
    QString m_name;
    QString m_url;
};

struct CommandResult
{
    int exitCode = -1;
    QString out;
    QString err;
    QString firstLine() const { return out.section(QLatin1Char('\n'), 0, 0).trimmed(); }
};

struct Reply
{
    int status = 0;
    QJsonObject json;
    httplib::Headers headers;
    std::string body;
    std::string header(const std::string &name) const
    {
        const auto it = headers.find(name);
        return it == headers.end() ? std::string() : it->second;
    }
};

// A tablet enrolled with a school.
struct Tablet
{
    QString deviceId;
    QString token;
    QString schoolId;
};

// A school with one member of staff in each role, made with the admin commands.
struct School
{
    QString id;
    QString adminId;
    QString sltId;
    QString teacherId;
    QString taId;
};

class Store
{
public:
    // Every person added by addStaff has this PIN.
    static constexpr const char *kPin = "2468";

    explicit Store(Backend backend);
    ~Store();

    // `serve` on 127.0.0.1:0; waits until it prints the port.
    void start(const QStringList &extraArguments = {});
    void stop();
    void kill(); // SIGKILL: no chance to flush or tidy up
    int port() const { return m_port; }
    QString dataDir() const { return m_dataDir.path(); }
    Backend backend() const { return m_backend; }
    // The PostgreSQL database's URL; empty for SQLite (stride-store.db in dataDir()).
    QString databaseUrl() const { return m_database.url(); }
    // One statement straight on the store's own database, behind its back, as someone with the
    // database's password would: its rows, or (in `error`, empty if it worked) the refusal.
    QList<QVariantMap> onDatabase(const QString &sql, const QVariantList &binds = {},
                                  QString *error = nullptr) const;

    // An admin command with this store's --data-dir and --database.
    CommandResult admin(const QStringList &arguments) const;

    School createSchool(const QString &name);
    QString addStaff(const QString &schoolId, const QString &first, const QString &surname,
                     const QString &roles);
    // A tablet of the whole school unless `classes` (by name) are given (docs/sync.md, "Scope").
    QString enrolmentCode(const QString &schoolId, const QString &name, int validSeconds = 0,
                          const QStringList &classes = {});
    Tablet enrol(const QString &schoolId, const QString &name = QStringLiteral("Test iPad"),
                 const QStringList &classes = {});

    // Talk HTTPS to a store started with --tls-cert, trusting only this CA certificate.
    void useTls(const QString &caCertificatePath) { m_caCertificate = caCertificatePath; }
    std::unique_ptr<httplib::Client> client() const;
    Reply request(const std::string &method, const std::string &path, const QString &token = {},
                  const std::string &body = {}, const std::string &contentType = "application/json",
                  httplib::Headers headers = {}) const;
    Reply postJson(const std::string &path, const QJsonObject &json, const QString &token = {}) const;
    Reply get(const std::string &path, const QString &token) const;

    // A person's first sign-in on `tablet` (POST /v1/sign-in).
    Reply signIn(const Tablet &tablet, const QString &staffId,
                 const QString &pin = QString::fromLatin1(kPin)) const;
    // The credential the store gave `staffId` on `tablet`, signing them in with kPin the first time;
    // empty if the store refuses (an unknown or inactive person).
    QByteArray credential(const Tablet &tablet, const QString &staffId) const;
    // Each mutation with its author's proof, as the tablet's change log sends it (ChangeProof);
    // left without one where the author cannot sign in, so the store's own refusal shows.
    QJsonArray proved(const Tablet &tablet, const QJsonArray &mutations) const;
    // Proves (as above), pushes and REQUIREs a 200.
    QJsonObject push(const Tablet &tablet, const QJsonArray &mutations) const;
    // Pushes exactly these mutations, proofs or none as they are, and REQUIREs a 200.
    QJsonObject pushAsIs(const Tablet &tablet, const QJsonArray &mutations) const;
    // Every change the tablet can see, following the cursor to the end.
    QList<QJsonObject> pullAll(const Tablet &tablet, int pageSize = 1000) const;

private:
    Backend m_backend;
    QTemporaryDir m_dataDir;
    TestDatabase m_database;
    std::unique_ptr<QProcess> m_server;
    int m_port = 0;
    QString m_caCertificate;
    mutable QHash<QString, QByteArray> m_credentials; // "device/staff" -> credential
};

// --- Mutations, as a tablet's change log sends them.
QString newUuid();
qint64 nowMs();
// An HLC timestamp at `wallMs` (docs/data-model.md: %012x-%04x-node).
QString hlc(qint64 wallMs, const QString &node, int counter = 0);
// What a pushed mutation's proof covers (ChangeProof).
Stride::ProvableChange provable(const QJsonObject &mutation);
QJsonObject mutation(const QString &entity, const QString &entityId, const QJsonObject &fields,
                     const QString &authorStaffId, const QString &hlcText, const QJsonObject &previous = {},
                     const QString &op = QStringLiteral("upsert"));
// A written observation, with every column the core writes for a new item.
QJsonObject evidenceFields(const QString &schoolId, const QString &capturedBy, const QString &note);
QJsonArray array(const QList<QJsonObject> &objects);
QStringList strings(const QJsonValue &array);
// The current value of each field of a record, folded from pulled changes in seq order.
QJsonObject fold(const QList<QJsonObject> &changes, const QString &entity, const QString &entityId);

// A plain TCP connection to the store on the loopback address, for sending bytes no HTTP client
// would: reads on it give up after 5 seconds. The caller closes it.
int rawConnection(int port);

// Media for the upload tests: `size` bytes of noise that `seed` makes the same every time, their
// SHA-256 in hex (the media's name) and a tus chunk's Upload-Checksum header value.
std::string bytesOf(size_t size, int seed);
std::string shaHex(const std::string &bytes);
std::string chunkChecksum(const std::string &bytes);

} // namespace StoreTest

// Each test runs against SQLite and against PostgreSQL. The PostgreSQL copy is tagged [postgres]
// (CTest runs those under scripts/with-postgres); without STRIDE_TEST_POSTGRES_URL it is skipped
// with a warning saying so.
#define STORE_TEST_CASE(function, name, tags)                                                                \
    static void function(StoreTest::Backend backend);                                                        \
    TEST_CASE(name " - SQLite", tags "[sqlite]")                                                             \
    {                                                                                                        \
        function(StoreTest::Backend::Sqlite);                                                                \
    }                                                                                                        \
    TEST_CASE(name " - PostgreSQL", tags "[postgres]")                                                       \
    {                                                                                                        \
        if (!StoreTest::postgresAvailable()) {                                                               \
            WARN("SKIPPED: STRIDE_TEST_POSTGRES_URL is not set. Run this under scripts/with-postgres, as "   \
                 "CTest "                                                                                    \
                 "does.");                                                                                   \
            return;                                                                                          \
        }                                                                                                    \
        function(StoreTest::Backend::Postgres);                                                              \
    }                                                                                                        \
    static void function(StoreTest::Backend backend)
