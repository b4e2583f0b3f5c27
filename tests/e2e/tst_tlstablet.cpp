// The tablet's client (SyncApi: Qt Network for records, HttpChannel for media bytes) against the
// real stride-store serving HTTPS with a self-signed pair from `tls-selfsigned`: it connects when
// told to trust exactly that certificate, and refuses the store otherwise.
#include "storeserver.h"
#include "sync/syncapi.h"

#include <catch2/catch.hpp>

#include <QEventLoop>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslSocket>

using namespace Stride;
using namespace Stride::E2e;

namespace {

HttpResult call(SyncApi &api, bool media, const QByteArray &verb, const QString &path,
                const QByteArray &body = {})
{
    HttpResult result;
    QEventLoop loop;
    auto done = [&](const HttpResult &r) {
        result = r;
        loop.quit();
    };
    if (media)
        api.sendMedia(verb, path, body, {}, done);
    else
        api.send(verb, path, body, {{"Content-Type", "application/json"}}, done);
    loop.exec();
    return result;
}

} // namespace

TEST_CASE("A tablet talks HTTPS to a store with a self-signed certificate it was told to trust",
          "[e2e][sqlite][tls]")
{
    REQUIRE(QSslSocket::supportsSsl());
    QTemporaryDir dir;
    // Each pair's certificate file, where tls-selfsigned writes it.
    const auto certificateOf = [&dir](const QString &name) {
        StoreServer::makeSelfSignedPair(dir.filePath(name));
        return dir.filePath(name + QStringLiteral("/stride-store.crt"));
    };
    const QString certificate = certificateOf(QStringLiteral("school"));
    const QString otherCertificate = certificateOf(QStringLiteral("elsewhere"));
    StoreServer server(Backend::Sqlite,
                       {QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"),
                        dir.filePath(QStringLiteral("school/stride-store.key"))});
    const QString schoolId = server.loadDemo();
    server.start();
    REQUIRE(server.url().scheme() == QLatin1String("https"));
    const QByteArray someSha(64, 'a');

    // Trusting the system's CAs only (the default), or another school's certificate: refused,
    // on both the records' connection and the media connection, before anything is sent.
    for (const QString &trusted : {QString(), otherCertificate}) {
        SyncApi api;
        api.setServerUrl(server.url());
        if (!trusted.isEmpty())
            api.setTrustedCertificates(QSslCertificate::fromPath(trusted));
        const HttpResult records = call(api, false, "POST", QStringLiteral("/v1/enrol"),
                                        R"({"code":"AAAAA-AAAAA","device_name":"x"})");
        INFO(trusted.toStdString() << ": " << records.networkErrorText.toStdString());
        CHECK(records.status == 0);
        CHECK(records.networkError == QNetworkReply::SslHandshakeFailedError);
        const HttpResult media =
            call(api, true, "HEAD", QStringLiteral("/v1/media/") + QString::fromLatin1(someSha));
        CHECK(media.status == 0);
        CHECK(media.networkError == QNetworkReply::SslHandshakeFailedError);
    }

    // Trusting exactly the school's certificate: enrolment, then a media request, both answered.
    const QList<QSslCertificate> school = QSslCertificate::fromPath(certificate);
    REQUIRE(school.size() == 1);
    SyncApi api;
    api.setServerUrl(server.url());
    api.setTrustedCertificates(school);
    const QString code = server.enrolmentCode(schoolId, QStringLiteral("Oak iPad"));
    const HttpResult enrolled =
        call(api, false, "POST", QStringLiteral("/v1/enrol"),
             QStringLiteral(R"({"code":"%1","device_name":"Oak iPad"})").arg(code).toUtf8());
    INFO(enrolled.networkErrorText.toStdString() << " " << enrolled.body.toStdString());
    REQUIRE(enrolled.status == 200);
    api.setToken(enrolled.json.value(QLatin1String("device_token")).toString());
    const HttpResult media =
        call(api, true, "HEAD", QStringLiteral("/v1/media/") + QString::fromLatin1(someSha));
    INFO(media.networkErrorText.toStdString());
    CHECK(media.status == 404); // answered over TLS: the store has no such file
}
