#include "statuscommand.h"

#include "clisession.h"

#include "sync/syncclient.h"

#include <QCommandLineParser>
#include <QLocale>

namespace Stride::Cli {

namespace {
QString when(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("ddd d MMM yyyy HH:mm"))
                       : QStringLiteral("never");
}
} // namespace

int statusCommand(const QStringList &arguments)
{
    Session s;
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("database"), QStringLiteral("This device's database."), QStringLiteral("PATH")});
    if (!p.parse(QStringList{QStringLiteral("stride-cli status")} + arguments))
        return s.fail(p.errorText(), Usage);
    if (!p.isSet(QStringLiteral("database")))
        return s.fail(QStringLiteral("status needs --database."), Usage);
    if (!s.open(p.value(QStringLiteral("database")), true))
        return Failed;

    SyncClient client(s.store, s.media.get(), s.mediaDir);
    SyncLedger &ledger = client.ledger();
    const auto enrolment = ledger.enrolment();
    if (enrolment)
        s.say(QStringLiteral("Enrolled with %1 at %2 as \"%3\" (device %4).")
                  .arg(enrolment->schoolName, enrolment->serverUrl.toString(), enrolment->deviceName,
                       enrolment->deviceId));
    else
        s.say(QStringLiteral("Not enrolled with a school's Stride server."));
    const qint64 changes = ledger.unsentCount();
    const auto media = ledger.mediaToUpload(*s.media);
    qint64 bytes = 0;
    for (const PendingMedia &m : media)
        bytes += m.byteSize;
    s.say(QStringLiteral("Waiting to be sent: %1 items (%2 changes, %3 media files, %4).")
              .arg(changes + media.size())
              .arg(changes)
              .arg(media.size())
              .arg(QLocale::c().formattedDataSize(bytes)));
    const SyncRecord record = ledger.record();
    s.say(QStringLiteral("Last successful sync: %1.").arg(when(record.lastSuccessAt)));
    s.say(QStringLiteral("Last attempt: %1.").arg(when(record.lastAttemptAt)));
    if (!record.lastError.isEmpty())
        s.say(QStringLiteral("Problem: %1").arg(record.lastError));
    const auto rejected = ledger.rejectedMutations();
    for (const RejectedMutation &r : rejected)
        s.say(QStringLiteral("Refused by the server: a change to %1 %2: %3")
                  .arg(r.entity, r.entityId, r.message));
    const auto conflicts = ledger.openConflicts();
    for (const ConflictRecord &c : conflicts)
        s.say(QStringLiteral("Conflict to resolve: %1 of %2 %3 was changed differently on %4 devices.")
                  .arg(c.field, c.entity, c.entityId)
                  .arg(c.values.size()));
    if (const int parked = ledger.parkedCount())
        s.say(QStringLiteral("Received but waiting for related records: %1 changes.").arg(parked));
    if (rejected.isEmpty() && conflicts.isEmpty() && record.lastError.isEmpty())
        s.say(QStringLiteral("No problems."));
    return Ok;
}

} // namespace Stride::Cli
