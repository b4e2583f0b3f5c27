#include "synccommand.h"

#include "clisession.h"

#include "sync/syncclient.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QLocale>

namespace Stride::Cli {

namespace {
QString shortSha(const QString &sha)
{
    return sha.left(12);
}
} // namespace

int syncCommand(const QStringList &arguments)
{
    Session s;
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("database"), QStringLiteral("This device's database."), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("chunk-size"),
                 QStringLiteral("Bytes per upload chunk (default %1 MiB).")
                     .arg(TusUploader::kDefaultChunkSize / 1048576),
                 QStringLiteral("BYTES")});
    p.addOption({QStringLiteral("page-size"), QStringLiteral("Changes per pull page (default 500)."),
                 QStringLiteral("N")});
    if (!p.parse(QStringList{QStringLiteral("stride-cli sync")} + arguments))
        return s.fail(p.errorText(), Usage);
    if (!p.isSet(QStringLiteral("database")))
        return s.fail(QStringLiteral("sync needs --database."), Usage);
    if (!s.open(p.value(QStringLiteral("database")), true))
        return Failed;

    SyncClient client(s.store, s.media.get(), s.mediaDir);
    if (p.isSet(QStringLiteral("chunk-size"))) {
        bool ok = false;
        const qint64 chunk = p.value(QStringLiteral("chunk-size")).toLongLong(&ok);
        if (!ok || chunk < 1 || chunk > TusUploader::kMaxChunkSize)
            return s.fail(QStringLiteral("--chunk-size must be between 1 and %1 bytes.")
                              .arg(TusUploader::kMaxChunkSize),
                          Usage);
        client.setChunkSize(chunk);
    }
    if (p.isSet(QStringLiteral("page-size")))
        client.setPageSize(p.value(QStringLiteral("page-size")).toInt());

    // One line per step and per acknowledged chunk, flushed at once: a person (or a test) watching
    // sees how far it got even if the process is killed.
    QObject::connect(&client, &SyncClient::stageChanged,
                     [&](const QString &stage) { s.say(stage + QStringLiteral("...")); });
    QString currentSha;
    QObject::connect(&client, &SyncClient::uploadProgress,
                     [&](const QString &sha, qint64 offset, qint64 size) {
                         if (sha != currentSha) {
                             currentSha = sha;
                             s.say(QStringLiteral("Media %1: %2 bytes to send").arg(shortSha(sha)).arg(size));
                         }
                         s.say(QStringLiteral("Media %1: %2 of %3 bytes on the server")
                                   .arg(shortSha(sha))
                                   .arg(offset)
                                   .arg(size));
                     });
    SyncReport report;
    QEventLoop loop;
    QObject::connect(&client, &SyncClient::syncFinished, &loop, [&](const SyncReport &r) {
        report = r;
        loop.quit();
    });
    client.sync();
    if (client.isRunning())
        loop.exec();

    if (report.deviceErased)
        return s.fail(report.message, Erased);
    s.say(QStringLiteral("Sent %1 changes (%2 already on the server, %3 refused).")
              .arg(report.pushed + report.duplicates)
              .arg(report.duplicates)
              .arg(report.rejected));
    s.say(QStringLiteral("Received %1 changes (%2 changed something here%3).")
              .arg(report.pulled)
              .arg(report.applied)
              .arg(report.parked > 0 ? QStringLiteral(", %1 waiting for related records").arg(report.parked)
                                     : QString()));
    for (const TusUploader::Result &u : report.uploads) {
        QString line = QStringLiteral("Media %1: ").arg(shortSha(u.sha256));
        if (u.alreadyOnServer)
            line += QStringLiteral("already on the server.");
        else if (u.resumedFrom >= 0)
            line += QStringLiteral("resumed at byte %1 of %2; sent %3 bytes")
                        .arg(u.resumedFrom)
                        .arg(u.size)
                        .arg(u.bytesSent);
        else
            line += QStringLiteral("sent %1 bytes of %2").arg(u.bytesSent).arg(u.size);
        if (!u.alreadyOnServer)
            line += u.ok ? QStringLiteral(" in %1 chunks.").arg(u.chunks) : QStringLiteral(": ") + u.message;
        s.say(line);
    }
    s.say(QStringLiteral("Media files confirmed by the server: %1 (%2 sent).")
              .arg(report.mediaConfirmed)
              .arg(QLocale::c().formattedDataSize(report.bytesUploaded)));
    for (const QString &problem : report.problems)
        s.say(QStringLiteral("Problem: ") + problem);
    if (!report.ok)
        return s.fail(report.summary());
    s.say(report.summary());
    return Ok;
}

} // namespace Stride::Cli
