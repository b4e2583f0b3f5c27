// The tablet app on its real UI enrolling with the real store serving HTTPS with a self-signed
// pair from `stride-store tls-selfsigned` (docs/security.md, "TLS"): the enrolment page shows the
// certificate's fingerprint as the office's printout has it, refuses to enrol until the person
// ticks that it matches, then enrols and syncs trusting that certificate alone; a store that later
// shows another certificate is refused. Set STRIDE_SCREENSHOTS to a folder to keep the pictures.

#include "uitablet.h"

#include "appfixture.h"
#include "tabletapp.h"

#include <QDir>
#include <QFile>
#include <QQuickItem>
#include <QSslCertificate>
#include <QtQml/qqmlextensionplugin.h>
#include <catch2/catch.hpp>

Q_IMPORT_QML_PLUGIN(StridePlugin)

using namespace Stride;
using namespace Stride::E2e;
using Stride::Testing::waitUntil;

namespace {

// A key and certificate for 127.0.0.1 in `directory`; returns the fingerprint the office is given.
// Puts the pair in `from` where the store reads its own, as if the store's pair were replaced.
void replacePair(const QString &from, const QString &to)
{
    for (const QString &name : {QStringLiteral("stride-store.crt"), QStringLiteral("stride-store.key")}) {
        REQUIRE(QFile::remove(to + QLatin1Char('/') + name));
        REQUIRE(QFile::copy(from + QLatin1Char('/') + name, to + QLatin1Char('/') + name));
    }
}

} // namespace

TEST_CASE("A tablet enrols with a store's own certificate once a person has compared its fingerprint, and "
          "refuses any other certificate afterwards",
          "[e2e][sqlite][ui][tls]")
{
    QTemporaryDir dir;
    const QString school = dir.filePath(QStringLiteral("school"));
    const QString printed = StoreServer::makeSelfSignedPair(school);
    REQUIRE(printed.size() == 95); // 32 pairs and 31 colons
    StoreServer server(Backend::Sqlite,
                       {QStringLiteral("--tls-cert"), school + QStringLiteral("/stride-store.crt"),
                        QStringLiteral("--tls-key"), school + QStringLiteral("/stride-store.key")});
    const QString schoolId = server.loadDemo();
    server.start();
    REQUIRE(server.url().scheme() == QLatin1String("https"));
    const QString address = server.url().toString();

    UiTablet t(QStringLiteral("tls"));
    REQUIRE(t.window);
    REQUIRE(t.onPage(QStringLiteral("enrol")));
    const QString code = server.enrolmentCode(schoolId, QStringLiteral("Oak iPad 1"));
    t.callPage("fill", {address, code, QStringLiteral("Oak iPad 1")});
    REQUIRE(t.tap(QStringLiteral("connectButton")));

    // No authority vouches for the store's certificate: its fingerprint is shown, exactly as the
    // office's printout has it, and Connect waits for the person to compare them.
    SchoolConnection &connection = t.app->connection();
    REQUIRE(waitUntil([&] { return !connection.certificateFingerprint().isEmpty(); }, 15000));
    CHECK(connection.certificateFingerprint() == printed);
    CHECK_FALSE(connection.enrolling());
    CHECK(connection.enrolMessage().isEmpty());
    REQUIRE(t.find(QStringLiteral("certificateFingerprint")));
    // On the page eight pairs a line, as on a printout.
    CHECK(t.find(QStringLiteral("certificateFingerprint"))
              ->property("text")
              .toString()
              .replace(QLatin1Char('\n'), QLatin1Char(':')) == printed);
    CHECK_FALSE(t.find(QStringLiteral("connectButton"))->property("enabled").toBool());
    t.shot(QStringLiteral("enrol-certificate"));

    // Enrolling without the tick is refused, and the code has not been sent: it still works.
    connection.enrol(address, code, QStringLiteral("Oak iPad 1"));
    CHECK(connection.enrolMessage().contains(QLatin1String("Compare the fingerprint")));
    CHECK_FALSE(connection.enrolling());
    CHECK_FALSE(connection.enrolled());
    CHECK_FALSE(server.admin({QStringLiteral("list-devices"), QStringLiteral("--school"), schoolId})
                    .contains(QLatin1String("Oak iPad 1")));

    // Ticked: enrolled, trusting that certificate alone, and the first sync brings the school.
    REQUIRE(t.callPage("confirmCertificate").toBool());
    CHECK(t.find(QStringLiteral("connectButton"))->property("enabled").toBool());
    REQUIRE(t.tap(QStringLiteral("connectButton")));
    REQUIRE(t.onPage(QStringLiteral("sign-in"), 60000));
    REQUIRE(t.app->session().hasSchool());
    CHECK(t.app->store().pupilsOfSchool(schoolId).size() == 24);
    REQUIRE(t.allSent());
    const auto enrolment = t.app->syncClient().ledger().enrolment();
    REQUIRE(enrolment);
    const QList<QSslCertificate> pinned = QSslCertificate::fromData(enrolment->pinnedCertificate);
    REQUIRE(pinned.size() == 1);
    CHECK(pinned.first() == QSslCertificate::fromPath(school + QStringLiteral("/stride-store.crt")).value(0));
    CHECK(connection.certificateFingerprint().isEmpty());

    // The same from a terminal: stride-cli enrol prints the fingerprint and stops, refuses a
    // fingerprint that is not the store's, and enrols and syncs with the office's.
    const QString cliDatabase = dir.filePath(QStringLiteral("cli.db"));
    const QString cliCode = server.enrolmentCode(schoolId, QStringLiteral("Support laptop"));
    const QStringList enrolCli{QStringLiteral("enrol"),
                               QStringLiteral("--server"),
                               address,
                               QStringLiteral("--code"),
                               cliCode,
                               QStringLiteral("--database"),
                               cliDatabase,
                               QStringLiteral("--name"),
                               QStringLiteral("Support laptop")};
    const CliRun unconfirmed = runCli(enrolCli);
    CHECK(unconfirmed.exitCode != 0);
    CHECK(unconfirmed.err.contains(printed));
    QString wrong = printed;
    wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const CliRun mistyped = runCli(enrolCli + QStringList{QStringLiteral("--fingerprint"), wrong});
    CHECK(mistyped.exitCode != 0);
    CHECK(mistyped.err.contains(QLatin1String("not the one given")));
    // As typed from the printout: any case, colons or not.
    const CliRun confirmed =
        runCli(enrolCli + QStringList{QStringLiteral("--fingerprint"),
                                      QString(printed).remove(QLatin1Char(':')).toLower()});
    INFO(confirmed.err.toStdString());
    CHECK(confirmed.exitCode == 0);
    CHECK(runCli({QStringLiteral("sync"), QStringLiteral("--database"), cliDatabase}).exitCode == 0);

    // The store at that address now shows another certificate (a new pair, as an impostor on the
    // network would, or a renewal nobody told the tablet of): the tablet will not talk to it.
    const QString other = dir.filePath(QStringLiteral("other"));
    StoreServer::makeSelfSignedPair(other);
    server.stop();
    replacePair(other, school);
    server.start(quint16(enrolment->serverUrl.port()));
    t.sync().syncNow();
    REQUIRE(waitUntil([&] { return !connection.problemText().isEmpty(); }, 30000));
    CHECK(connection.problemText().contains(QLatin1String("could not prove who it is")));
    CHECK(connection.tone() == SchoolConnection::Problem);
    t.showSync();
    t.shot(QStringLiteral("sync-certificate-changed"));
}
