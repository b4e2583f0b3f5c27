#include "storeharness.h"

#include <people/changeproof.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>

#include <csignal>
#include <sys/prctl.h>

namespace StoreTest {

namespace {

QString postgresUrl()
{
    return qEnvironmentVariable("STRIDE_TEST_POSTGRES_URL");
}

// Runs one statement on the cluster's maintenance database.
void onCluster(const QString &sql)
{
    const QUrl url(postgresUrl());
    const QString name = QStringLiteral("stride-test-admin-%1").arg(newUuid());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        INFO("PostgreSQL at " << url.toString(QUrl::RemovePassword).toStdString() << ": "
                              << db.lastError().text().toStdString());
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
        CHECK(q.exec(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

bool postgresAvailable()
{
    return !postgresUrl().isEmpty();
}

TestDatabase::TestDatabase(Backend backend)
{
    if (backend == Backend::Sqlite)
        return;
    REQUIRE(postgresAvailable());
    m_name = QStringLiteral("stride_test_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    onCluster(QStringLiteral("CREATE DATABASE %1").arg(m_name));
    QUrl url(postgresUrl());
    url.setPath(QLatin1Char('/') + m_name);
    m_url = url.toString();
}

TestDatabase::~TestDatabase()
{
    if (m_name.isEmpty())
        return;
    // FORCE: a server killed with SIGKILL may leave a backend behind for a moment.
    try {
        onCluster(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    } catch (...) {
    }
}

Store::Store(Backend backend) : m_backend(backend), m_database(backend)
{
    REQUIRE(m_dataDir.isValid());
}

Store::~Store()
{
    stop();
}

void Store::start(const QStringList &extraArguments)
{
    REQUIRE(!m_server);
    m_server = std::make_unique<QProcess>();
    m_server->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // If the test run dies (a crash, a timeout), the server goes with it instead of lingering
    // with the run's stderr open.
    m_server->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    QStringList args{QStringLiteral("serve"), QStringLiteral("--data-dir"), m_dataDir.path(),
                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
    if (!m_database.url().isEmpty())
        args << QStringLiteral("--database") << m_database.url();
    m_server->start(QStringLiteral(STRIDE_STORE_EXE), args + extraArguments);
    REQUIRE(m_server->waitForStarted(10000));
    QByteArray output;
    const QRegularExpression listening(QStringLiteral("listening on https?://127\\.0\\.0\\.1:(\\d+)"));
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (m_server->state() != QProcess::Running)
            break;
        m_server->waitForReadyRead(200);
        output += m_server->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_port = match.captured(1).toInt();
            return;
        }
    }
    FAIL("stride-store did not start listening: " << output.toStdString());
}

void Store::stop()
{
    if (!m_server)
        return;
    if (m_server->state() == QProcess::Running) {
        m_server->terminate();
        if (!m_server->waitForFinished(10000)) {
            m_server->kill();
            m_server->waitForFinished(5000);
        }
    }
    m_server.reset();
    m_port = 0;
}

void Store::kill()
{
    REQUIRE(m_server);
    ::kill(pid_t(m_server->processId()), SIGKILL);
    m_server->waitForFinished(10000);
    m_server.reset();
    m_port = 0;
}

CommandResult Store::admin(const QStringList &arguments) const
{
    QProcess process;
    QStringList args = arguments;
    args << QStringLiteral("--data-dir") << m_dataDir.path();
    if (!m_database.url().isEmpty())
        args << QStringLiteral("--database") << m_database.url();
    process.start(QStringLiteral(STRIDE_STORE_EXE), args);
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(120000));
    CommandResult r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

School Store::createSchool(const QString &name)
{
    const CommandResult made = admin({QStringLiteral("create-school"), QStringLiteral("--name"), name});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    School school;
    school.id = made.firstLine();
    school.adminId =
        addStaff(school.id, QStringLiteral("Dee"), QStringLiteral("Okafor"), QStringLiteral("admin"));
    school.sltId =
        addStaff(school.id, QStringLiteral("Priya"), QStringLiteral("Shah"), QStringLiteral("teacher,slt"));
    school.teacherId =
        addStaff(school.id, QStringLiteral("Jo"), QStringLiteral("Bloggs"), QStringLiteral("teacher"));
    school.taId = addStaff(school.id, QStringLiteral("Sam"), QStringLiteral("Patel"), QStringLiteral("ta"));
    return school;
}

QString Store::addStaff(const QString &schoolId, const QString &first, const QString &surname,
                        const QString &roles)
{
    const QString email =
        QStringLiteral("%1.%2.%3@example.org").arg(first, surname, newUuid().left(8)).toLower();
    const CommandResult added = admin({QStringLiteral("add-staff"), QStringLiteral("--school"), schoolId,
                                       QStringLiteral("--first-name"), first, QStringLiteral("--surname"),
                                       surname, QStringLiteral("--email"), email, QStringLiteral("--roles"),
                                       roles, QStringLiteral("--pin"), QString::fromLatin1(kPin)});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    return added.firstLine();
}

QString Store::enrolmentCode(const QString &schoolId, const QString &name, int validSeconds,
                             const QStringList &classes)
{
    QStringList args{QStringLiteral("enrol-device"), QStringLiteral("--school"), schoolId,
                     QStringLiteral("--name"), name};
    for (const QString &c : classes)
        args << QStringLiteral("--class") << c;
    if (classes.isEmpty())
        args << QStringLiteral("--whole-school");
    if (validSeconds > 0)
        args << QStringLiteral("--valid-seconds") << QString::number(validSeconds);
    const CommandResult r = admin(args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(QRegularExpression(QStringLiteral("^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$"))
                .match(r.firstLine())
                .hasMatch());
    return r.firstLine();
}

Tablet Store::enrol(const QString &schoolId, const QString &name, const QStringList &classes)
{
    const QString code = enrolmentCode(schoolId, name, 0, classes);
    const Reply r =
        postJson("/v1/enrol", {{QStringLiteral("code"), code}, {QStringLiteral("device_name"), name}});
    INFO(r.body);
    REQUIRE(r.status == 200);
    Tablet t;
    t.deviceId = r.json.value(QLatin1String("device_id")).toString();
    t.token = r.json.value(QLatin1String("device_token")).toString();
    t.schoolId = r.json.value(QLatin1String("school_id")).toString();
    REQUIRE(t.schoolId == schoolId);
    return t;
}

std::unique_ptr<httplib::Client> Store::client() const
{
    if (!m_caCertificate.isEmpty()) {
        auto c = std::make_unique<httplib::Client>("https://127.0.0.1:" + std::to_string(m_port));
        c->set_ca_cert_path(m_caCertificate.toStdString());
        c->enable_server_certificate_verification(true);
        c->set_connection_timeout(5);
        c->set_read_timeout(60);
        c->set_write_timeout(60);
        return c;
    }
    auto c = std::make_unique<httplib::Client>("127.0.0.1", m_port);
    c->set_connection_timeout(5);
    c->set_read_timeout(60);
    c->set_write_timeout(60);
    return c;
}

Reply Store::request(const std::string &method, const std::string &path, const QString &token,
                     const std::string &body, const std::string &contentType, httplib::Headers headers) const
{
    REQUIRE(m_port > 0);
    if (!token.isEmpty())
        headers.emplace("Authorization", "Bearer " + token.toStdString());
    auto c = client();
    httplib::Result result = [&]() -> httplib::Result {
        if (method == "GET")
            return c->Get(path, headers);
        if (method == "HEAD")
            return c->Head(path, headers);
        if (method == "POST")
            return c->Post(path, headers, body, contentType);
        if (method == "PATCH")
            return c->Patch(path, headers, body, contentType);
        if (method == "DELETE")
            return c->Delete(path, headers, body, contentType);
        if (method == "OPTIONS")
            return c->Options(path, headers);
        return c->Put(path, headers, body, contentType);
    }();
    INFO(method << " " << path << ": " << httplib::to_string(result.error()));
    REQUIRE(result);
    Reply reply;
    reply.status = result->status;
    reply.headers = result->headers;
    reply.body = result->body;
    reply.json = QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object();
    return reply;
}

Reply Store::postJson(const std::string &path, const QJsonObject &json, const QString &token) const
{
    return request("POST", path, token, QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString());
}

Reply Store::get(const std::string &path, const QString &token) const
{
    return request("GET", path, token);
}

QList<QVariantMap> Store::onDatabase(const QString &sql, const QVariantList &binds, QString *error) const
{
    const QString name = QStringLiteral("behind-the-store-%1").arg(newUuid());
    QList<QVariantMap> rows;
    {
        QSqlDatabase db;
        if (databaseUrl().isEmpty()) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dataDir() + QStringLiteral("/stride-store.db"));
        } else {
            const QUrl url(databaseUrl());
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
        }
        REQUIRE(db.open());
        QSqlQuery q(db);
        // Without binds, run as it is: PostgreSQL refuses some statements (a TRUNCATE the audit
        // log's trigger stops) already when asked to prepare them.
        bool ran = false;
        if (binds.isEmpty()) {
            ran = q.exec(sql);
        } else if (q.prepare(sql)) {
            for (const QVariant &b : binds)
                q.addBindValue(b);
            ran = q.exec();
        }
        if (ran) {
            while (q.next()) {
                QVariantMap row;
                for (int i = 0; i < q.record().count(); ++i)
                    row.insert(q.record().fieldName(i), q.value(i));
                rows << row;
            }
        } else if (error) {
            *error = q.lastError().text();
        } else {
            FAIL(q.lastError().text().toStdString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

Reply Store::signIn(const Tablet &tablet, const QString &staffId, const QString &pin) const
{
    return postJson("/v1/sign-in", {{QStringLiteral("staff_id"), staffId}, {QStringLiteral("pin"), pin}},
                    tablet.token);
}

QByteArray Store::credential(const Tablet &tablet, const QString &staffId) const
{
    const QString key = tablet.deviceId + QLatin1Char('/') + staffId;
    if (const auto it = m_credentials.constFind(key); it != m_credentials.constEnd())
        return *it;
    const Reply r = signIn(tablet, staffId);
    const QByteArray credential =
        r.status == 200
            ? QByteArray::fromBase64(r.json.value(QLatin1String("credential")).toString().toLatin1())
            : QByteArray();
    if (!credential.isEmpty())
        m_credentials.insert(key, credential);
    return credential;
}

QJsonArray Store::proved(const Tablet &tablet, const QJsonArray &mutations) const
{
    QJsonArray out;
    for (const QJsonValue &v : mutations) {
        QJsonObject m = v.toObject();
        const QString author = m.value(QLatin1String("author_staff_id")).toString();
        if (!author.isEmpty() && !m.contains(QLatin1String("proof")))
            if (const QByteArray secret = credential(tablet, author); !secret.isEmpty())
                m.insert(QStringLiteral("proof"), Stride::ChangeProof::of(secret, provable(m)));
        out.append(m);
    }
    return out;
}

QJsonObject Store::push(const Tablet &tablet, const QJsonArray &mutations) const
{
    return pushAsIs(tablet, proved(tablet, mutations));
}

QJsonObject Store::pushAsIs(const Tablet &tablet, const QJsonArray &mutations) const
{
    const Reply r = postJson("/v1/push", {{QStringLiteral("mutations"), mutations}}, tablet.token);
    INFO(r.body);
    REQUIRE(r.status == 200);
    return r.json;
}

QList<QJsonObject> Store::pullAll(const Tablet &tablet, int pageSize) const
{
    QList<QJsonObject> all;
    qint64 cursor = 0;
    for (int page = 0; page < 10000; ++page) {
        const Reply r =
            get("/v1/changes?since=" + std::to_string(cursor) + "&limit=" + std::to_string(pageSize),
                tablet.token);
        INFO(r.body);
        REQUIRE(r.status == 200);
        for (const QJsonValue &c : r.json.value(QLatin1String("changes")).toArray())
            all << c.toObject();
        cursor = qint64(r.json.value(QLatin1String("cursor")).toDouble());
        if (!r.json.value(QLatin1String("more")).toBool())
            return all;
    }
    FAIL("the change feed never ended");
    return all;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString hlc(qint64 wallMs, const QString &node, int counter)
{
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, 12, 16, QLatin1Char('0'))
        .arg(counter, 4, 16, QLatin1Char('0'))
        .arg(node);
}

Stride::ProvableChange provable(const QJsonObject &m)
{
    const auto text = [&](const char *key) { return m.value(QLatin1String(key)).toString(); };
    return {text("mutation_id"),
            text("entity"),
            text("entity_id"),
            text("op"),
            text("hlc"),
            text("author_staff_id"),
            text("recorded_at"),
            m.value(QLatin1String("fields")).toObject(),
            m.value(QLatin1String("previous")).toObject(),
            {}};
}

QJsonObject mutation(const QString &entity, const QString &entityId, const QJsonObject &fields,
                     const QString &authorStaffId, const QString &hlcText, const QJsonObject &previous,
                     const QString &op)
{
    return {{QStringLiteral("mutation_id"), newUuid()},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("entity_id"), entityId},
            {QStringLiteral("op"), op},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("previous"), previous},
            {QStringLiteral("hlc"), hlcText},
            {QStringLiteral("author_staff_id"), authorStaffId},
            {QStringLiteral("recorded_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
}

QJsonObject evidenceFields(const QString &schoolId, const QString &capturedBy, const QString &note)
{
    return {{QStringLiteral("school_id"), schoolId},
            {QStringLiteral("kind"), QStringLiteral("written")},
            {QStringLiteral("captured_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("captured_by"), capturedBy},
            {QStringLiteral("device_id"), QStringLiteral("test-device")},
            {QStringLiteral("note"), note},
            {QStringLiteral("prompt_level"), QStringLiteral("spoken")},
            {QStringLiteral("setting"), QStringLiteral("classroom")},
            {QStringLiteral("people_present"), QString()},
            {QStringLiteral("measure"), QString()},
            {QStringLiteral("learner_voice"), QString()},
            {QStringLiteral("visibility"), QStringLiteral("internal")}};
}

QJsonArray array(const QList<QJsonObject> &objects)
{
    QJsonArray a;
    for (const QJsonObject &o : objects)
        a.append(o);
    return a;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

QJsonObject fold(const QList<QJsonObject> &changes, const QString &entity, const QString &entityId)
{
    QJsonObject record;
    for (const QJsonObject &c : changes) {
        if (c.value(QLatin1String("entity")).toString() != entity ||
            c.value(QLatin1String("entity_id")).toString() != entityId)
            continue;
        if (c.value(QLatin1String("op")).toString() == QLatin1String("delete")) {
            record = {};
            continue;
        }
        const QJsonObject fields = c.value(QLatin1String("fields")).toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            record.insert(it.key(), it.value());
    }
    return record;
}

int rawConnection(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    timeval timeout{5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    return fd;
}

std::string bytesOf(size_t size, int seed)
{
    std::string s(size, '\0');
    quint32 x = quint32(seed) * 2654435761u + 1;
    for (char &c : s) {
        x = x * 1664525u + 1013904223u;
        c = char(x >> 24);
    }
    return s;
}

std::string shaHex(const std::string &bytes)
{
    return QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256)
        .toHex()
        .toStdString();
}

std::string chunkChecksum(const std::string &bytes)
{
    return "sha256 " + QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256)
                           .toBase64()
                           .toStdString();
}

} // namespace StoreTest
