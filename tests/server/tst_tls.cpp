// TLS in stride-store itself (docs/operations.md, "Encryption"): a self-signed pair made by
// `tls-selfsigned`, served with `serve --tls-cert/--tls-key`, and every way the files can be
// wrong stopping the store at start-up instead of serving plain HTTP.
#include "storeharness.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sys/stat.h>

using namespace StoreTest;

namespace {

CommandResult runStore(const QStringList &arguments, int waitMs = 30000)
{
    QProcess process;
    process.start(QStringLiteral(STRIDE_STORE_EXE), arguments);
    REQUIRE(process.waitForStarted(10000));
    if (!process.waitForFinished(waitMs)) {
        process.kill();
        process.waitForFinished(5000);
        FAIL("stride-store " << arguments.join(QLatin1Char(' ')).toStdString() << " did not exit");
    }
    CommandResult r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

struct Pair
{
    QString certificate;
    QString key;
    QString fingerprint;
};

Pair makePair(const QString &directory, const QString &host = QStringLiteral("127.0.0.1"))
{
    const CommandResult made = runStore({QStringLiteral("tls-selfsigned"), QStringLiteral("--out"), directory,
                                         QStringLiteral("--host"), host});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    return {directory + QStringLiteral("/stride-store.crt"), directory + QStringLiteral("/stride-store.key"),
            made.firstLine()};
}

// The SHA-256 of the certificate's DER bytes, as the office reads it: "AB:CD:...".
QString fingerprintOfPem(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString pem = QString::fromLatin1(file.readAll());
    const auto match =
        QRegularExpression(QStringLiteral("-----BEGIN CERTIFICATE-----(.*?)-----END CERTIFICATE-----"),
                           QRegularExpression::DotMatchesEverythingOption)
            .match(pem);
    REQUIRE(match.hasMatch());
    const QByteArray der = QByteArray::fromBase64(match.captured(1).remove(QLatin1Char('\n')).toLatin1());
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex(':'))
        .toUpper();
}

} // namespace

TEST_CASE("tls-selfsigned makes a private key and prints the certificate's fingerprint",
          "[server][tls][sqlite]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("tls"));
    const Pair pair = makePair(out, QStringLiteral("stride.school.lan"));
    CHECK(pair.fingerprint == fingerprintOfPem(pair.certificate));
    struct stat key = {};
    REQUIRE(::stat(QFile::encodeName(pair.key).constData(), &key) == 0);
    CHECK((key.st_mode & 0777) == 0600);

    // A second run would replace what tablets have checked: it refuses, and changes nothing.
    const QString before = fingerprintOfPem(pair.certificate);
    const CommandResult again = runStore({QStringLiteral("tls-selfsigned"), QStringLiteral("--out"), out,
                                          QStringLiteral("--host"), QStringLiteral("stride.school.lan")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QLatin1String("already exists")));
    CHECK(fingerprintOfPem(pair.certificate) == before);

    CHECK(runStore({QStringLiteral("tls-selfsigned"), QStringLiteral("--out"), out}).exitCode == 2);
}

TEST_CASE("The store serves HTTPS with a self-signed pair, and not plain HTTP on that port",
          "[server][tls][sqlite]")
{
    QTemporaryDir dir;
    const Pair pair = makePair(dir.path());
    Store store(Backend::Sqlite);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start({QStringLiteral("--tls-cert"), pair.certificate, QStringLiteral("--tls-key"), pair.key});
    store.useTls(pair.certificate);

    // A tablet trusting this certificate enrols, pushes and pulls over HTTPS.
    const Tablet tablet = store.enrol(school.id);
    const QJsonObject pushed =
        store.push(tablet, array({mutation(QStringLiteral("evidence_item"), newUuid(),
                                           evidenceFields(school.id, school.taId, QStringLiteral("Over TLS")),
                                           school.taId, hlc(nowMs(), tablet.deviceId))}));
    CHECK(pushed.contains(QLatin1String("applied")));
    CHECK_FALSE(store.pullAll(tablet).isEmpty());

    // Plain HTTP to the same port gets no answer at all: the store does not fall back to it.
    httplib::Client plain("127.0.0.1", store.port());
    plain.set_connection_timeout(5);
    plain.set_read_timeout(5);
    const httplib::Result overHttp = plain.Get("/v1/changes?since=0");
    CHECK_FALSE(overHttp);

    // A client that does not trust this certificate (the system's CAs only) refuses the store.
    httplib::Client untrusting("https://127.0.0.1:" + std::to_string(store.port()));
    untrusting.enable_server_certificate_verification(true);
    untrusting.set_connection_timeout(5);
    const httplib::Result unverified = untrusting.Get("/v1/changes?since=0");
    CHECK_FALSE(unverified);
    CHECK(unverified.error() == httplib::Error::SSLServerVerification);
}

TEST_CASE("The store will not start with a wrong, missing or half-given certificate or key",
          "[server][tls][sqlite]")
{
    QTemporaryDir dir;
    const Pair pair = makePair(dir.filePath(QStringLiteral("a")));
    const Pair other = makePair(dir.filePath(QStringLiteral("b")));
    QTemporaryDir data;
    const QStringList serve{QStringLiteral("serve"), QStringLiteral("--data-dir"), data.path(),
                            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
    const QString notPem = dir.filePath(QStringLiteral("not-a-key.pem"));
    {
        QFile f(notPem);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("this is not a key\n");
    }

    struct Case
    {
        QStringList tls;
        QString named; // the file the error must name
        int exitCode;
    };
    const QList<Case> cases{
        {{QStringLiteral("--tls-cert"), pair.certificate, QStringLiteral("--tls-key"), other.key},
         other.key,
         1},
        {{QStringLiteral("--tls-cert"), pair.certificate, QStringLiteral("--tls-key"), notPem}, notPem, 1},
        {{QStringLiteral("--tls-cert"), notPem, QStringLiteral("--tls-key"), pair.key}, notPem, 1},
        {{QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("missing.crt")),
          QStringLiteral("--tls-key"), pair.key},
         dir.filePath(QStringLiteral("missing.crt")),
         1},
        {{QStringLiteral("--tls-cert"), pair.certificate}, QStringLiteral("--tls-key"), 2},
    };
    for (const Case &c : cases) {
        const CommandResult r = runStore(serve + c.tls);
        INFO(c.tls.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        CHECK(r.exitCode == c.exitCode);
        CHECK(r.err.contains(c.named));
        CHECK_FALSE(r.out.contains(QLatin1String("listening")));
    }

    // Without the options it serves plain HTTP, and says so when it starts.
    Store store(Backend::Sqlite);
    QProcess process;
    process.start(QStringLiteral(STRIDE_STORE_EXE),
                  {QStringLiteral("serve"), QStringLiteral("--data-dir"), store.dataDir(),
                   QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    REQUIRE(process.waitForStarted(10000));
    QByteArray out;
    QDeadlineTimer deadline(20000);
    while (!out.contains('\n') && !deadline.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        out += process.readAllStandardOutput();
    }
    process.terminate();
    process.waitForFinished(10000);
    INFO(out.toStdString());
    CHECK(out.contains("listening on http://127.0.0.1:"));
    CHECK(out.contains("plain HTTP"));
}
