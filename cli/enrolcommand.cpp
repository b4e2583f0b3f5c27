#include "enrolcommand.h"

#include "clisession.h"

#include "sync/storeaddress.h"
#include "sync/storecertificate.h"
#include "sync/syncclient.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QHostInfo>

namespace Stride::Cli {

int enrolCommand(const QStringList &arguments)
{
    Session s;
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("server"), QStringLiteral("The school's Stride server."), QStringLiteral("URL")});
    p.addOption({QStringLiteral("code"), QStringLiteral("The enrolment code."), QStringLiteral("CODE")});
    p.addOption(
        {QStringLiteral("database"), QStringLiteral("This device's database."), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("name"), QStringLiteral("What the school will see this device as."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("fingerprint"),
                 QStringLiteral("The SHA-256 fingerprint of the store's self-signed certificate, as "
                                "stride-store tls-selfsigned printed it: trust that certificate alone."),
                 QStringLiteral("HEX")});
    if (!p.parse(QStringList{QStringLiteral("stride-cli enrol")} + arguments))
        return s.fail(p.errorText(), Usage);
    for (const char *required : {"server", "code", "database"})
        if (!p.isSet(QString::fromLatin1(required)))
            return s.fail(QStringLiteral("enrol needs --%1.").arg(QString::fromLatin1(required)), Usage);
    const QUrl server = StoreAddress::fromInput(p.value(QStringLiteral("server")));
    if (!server.isValid())
        return s.fail(
            QStringLiteral("\"%1\" is not a server address. Use one like https://stride.school.example")
                .arg(p.value(QStringLiteral("server"))),
            Usage);
    // Scripts and support staff may have reasons (a closed test network): said, not refused.
    if (StoreAddress::isUnencrypted(server))
        s.fail(QStringLiteral("Warning: ") + StoreAddress::warning(server));
    // Which certificate the store shows, asked before the code is sent anywhere.
    QSslCertificate pinned;
    if (server.scheme() == QLatin1String("https")) {
        StoreCertificate check;
        QEventLoop waiting;
        QObject::connect(&check, &StoreCertificate::finished, &waiting, &QEventLoop::quit);
        check.check(server);
        waiting.exec();
        const StoreCertificate::Result &shown = check.result();
        const QString typed = p.value(QStringLiteral("fingerprint"));
        if (shown.verdict == StoreCertificate::Verdict::Unreachable ||
            shown.verdict == StoreCertificate::Verdict::Refused)
            return s.fail(shown.message);
        if (shown.verdict == StoreCertificate::Verdict::SelfSigned) {
            const QString fingerprint = StoreCertificate::fingerprintOf(shown.certificate);
            if (typed.isEmpty())
                return s.fail(
                    QStringLiteral("The store's certificate is its own (self-signed), with the SHA-256 "
                                   "fingerprint\n  %1\nIf the office's printout shows the same, run "
                                   "again with --fingerprint %1")
                        .arg(fingerprint));
            if (!StoreCertificate::matches(typed, shown.certificate))
                return s.fail(
                    QStringLiteral("The store's certificate has the fingerprint\n  %1\nnot the one "
                                   "given, so this device was not enrolled. Do not use this address: "
                                   "tell IT support.")
                        .arg(fingerprint));
            pinned = shown.certificate;
        } else if (!typed.isEmpty() && !StoreCertificate::matches(typed, shown.certificate)) {
            return s.fail(
                QStringLiteral("The store's certificate has the fingerprint\n  %1\nnot the one given, "
                               "so this device was not enrolled.")
                    .arg(StoreCertificate::fingerprintOf(shown.certificate)));
        }
    } else if (p.isSet(QStringLiteral("fingerprint"))) {
        return s.fail(QStringLiteral("--fingerprint is for an https:// address: a plain http:// store has no "
                                     "certificate."),
                      Usage);
    }
    if (!s.open(p.value(QStringLiteral("database")), false))
        return Failed;

    SyncClient client(s.store, s.media.get(), s.mediaDir);
    bool ok = false;
    QString message;
    QEventLoop loop;
    QObject::connect(&client, &SyncClient::enrolFinished, &loop, [&](bool good, const QString &text) {
        ok = good;
        message = text;
        loop.quit();
    });
    const QString name = p.isSet(QStringLiteral("name"))
                             ? p.value(QStringLiteral("name"))
                             : QStringLiteral("stride-cli on %1").arg(QHostInfo::localHostName());
    client.enrol(server, p.value(QStringLiteral("code")), name, pinned);
    loop.exec();
    if (!ok)
        return s.fail(message);
    s.say(message);
    s.say(QStringLiteral("Run \"stride-cli sync --database %1\" to fetch the school's records.")
              .arg(p.value(QStringLiteral("database"))));
    return Ok;
}

} // namespace Stride::Cli
