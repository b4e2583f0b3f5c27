#include "capturecommand.h"

#include "clisession.h"

#include "capture/evidencecapture.h"
#include "sync/syncledger.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace Stride::Cli {

namespace {

std::optional<EvidenceKind> kindOf(const QString &kindOption, const QString &file)
{
    const QString k = kindOption.toLower();
    if (k == QLatin1String("photo"))
        return EvidenceKind::Photo;
    if (k == QLatin1String("video"))
        return EvidenceKind::Video;
    if (k == QLatin1String("audio"))
        return EvidenceKind::Audio;
    if (k == QLatin1String("work"))
        return EvidenceKind::WorkSample;
    if (!k.isEmpty())
        return std::nullopt;
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (QStringList{QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png")}.contains(suffix))
        return EvidenceKind::Photo;
    if (QStringList{QStringLiteral("m4a"), QStringLiteral("mp3"), QStringLiteral("wav"),
                    QStringLiteral("ogg"), QStringLiteral("aac"), QStringLiteral("opus")}
            .contains(suffix))
        return EvidenceKind::Audio;
    return EvidenceKind::Video; // mp4, mov, webm... and anything else is kept as a recording
}

QString mimeOf(EvidenceKind kind, const QString &file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (kind == EvidenceKind::Audio)
        return suffix == QLatin1String("mp3") ? QStringLiteral("audio/mpeg")
                                              : QStringLiteral("audio/") + suffix;
    if (suffix == QLatin1String("mov"))
        return QStringLiteral("video/quicktime");
    return QStringLiteral("video/") + (suffix.isEmpty() ? QStringLiteral("mp4") : suffix);
}

} // namespace

int captureCommand(const QStringList &arguments)
{
    Session s;
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("database"), QStringLiteral("This device's database."), QStringLiteral("PATH")});
    p.addOption(
        {QStringLiteral("pupil"), QStringLiteral("The pupil's UPN or id."), QStringLiteral("UPN|ID")});
    p.addOption({QStringLiteral("target"), QStringLiteral("A target of the pupil's (repeat for more)."),
                 QStringLiteral("ID")});
    p.addOption(
        {QStringLiteral("file"), QStringLiteral("A photo, video or voice note."), QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("kind"), QStringLiteral("photo, video, audio or work."), QStringLiteral("KIND")});
    p.addOption({QStringLiteral("note"), QStringLiteral("A written observation (or a caption)."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("staff"), QStringLiteral("Who recorded it: email or id."),
                 QStringLiteral("EMAIL|ID")});
    p.addOption({QStringLiteral("setting"), QStringLiteral("Where it happened."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("pin"),
                 QStringLiteral("The PIN of the person who recorded it: their changes are proved with their "
                                "credential on this device, got from the store at their first sign-in here."),
                 QStringLiteral("PIN")});
    if (!p.parse(QStringList{QStringLiteral("stride-cli capture")} + arguments))
        return s.fail(p.errorText(), Usage);
    for (const char *required : {"database", "pupil", "staff", "pin"})
        if (!p.isSet(QString::fromLatin1(required)))
            return s.fail(QStringLiteral("capture needs --%1.").arg(QString::fromLatin1(required)), Usage);
    if (!p.isSet(QStringLiteral("file")) && !p.isSet(QStringLiteral("note")))
        return s.fail(
            QStringLiteral("capture needs --file (a photo, video or voice note) or --note (a written "
                           "observation)."),
            Usage);
    if (!s.open(p.value(QStringLiteral("database")), true))
        return Failed;

    // The school: the one this device is enrolled with, else the only one it holds.
    QString schoolId;
    if (const auto enrolment = SyncLedger(s.store).enrolment())
        schoolId = enrolment->schoolId;
    const QList<School> schools = s.store.schools();
    if (schoolId.isEmpty() && schools.size() == 1)
        schoolId = schools.first().id;
    if (schoolId.isEmpty() || !s.store.school(schoolId))
        return s.fail(
            QStringLiteral("This device has no school's records yet. Run \"stride-cli sync\" first."));

    const QString who = p.value(QStringLiteral("staff"));
    const auto staff =
        who.contains(QLatin1Char('@')) ? s.store.staffByEmail(schoolId, who) : s.store.staff(who);
    if (!staff)
        return s.fail(QStringLiteral("Nobody called \"%1\" works at this school on this device.").arg(who));
    const QString pupilKey = p.value(QStringLiteral("pupil"));
    auto pupil = s.store.pupilByUpn(schoolId, pupilKey);
    if (!pupil)
        pupil = s.store.pupil(pupilKey);
    if (!pupil)
        return s.fail(
            QStringLiteral("There is no pupil with the UPN or id \"%1\" on this device.").arg(pupilKey));
    QStringList targets;
    for (const QString &value : p.values(QStringLiteral("target")))
        for (const QString &id : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            targets << id.trimmed();

    EvidenceItem item;
    item.id = newId();
    item.schoolId = schoolId;
    item.kind = EvidenceKind::Written;
    item.capturedAt = QDateTime::currentDateTimeUtc();
    item.capturedBy = staff->id;
    item.deviceId = s.store.deviceId();
    item.note = p.value(QStringLiteral("note"));
    item.setting = p.value(QStringLiteral("setting"));
    item.pupils = {{pupil->id, targets}};
    item.visibility = Visibility::InternalOnly;
    if (!s.signIn(*staff, p.value(QStringLiteral("pin"))))
        return Failed;

    EvidenceCapture capture(s.store, *s.media);
    CapturedMedia media;
    const QString file = p.value(QStringLiteral("file"));
    if (!file.isEmpty()) {
        const auto kind = kindOf(p.value(QStringLiteral("kind")), file);
        if (!kind)
            return s.fail(QStringLiteral("--kind must be photo, video, audio or work."), Usage);
        if (!QFileInfo::exists(file))
            return s.fail(QStringLiteral("There is no file at %1.").arg(file));
        media.kind = *kind;
        if (*kind == EvidenceKind::Photo || *kind == EvidenceKind::WorkSample) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return s.fail(QStringLiteral("%1 could not be read (%2).").arg(file, f.errorString()));
            media.bytes = f.readAll();
        } else {
            // A recording is copied into the media folder's incoming/ and taken in from there,
            // as the app does with a finished recording; the original is left where it was.
            media.incomingPath = s.media->newIncomingPath(QLatin1Char('.') + QFileInfo(file).suffix());
            if (!QFile::copy(file, media.incomingPath))
                return s.fail(
                    QStringLiteral("%1 could not be copied into this device's media folder.").arg(file));
            media.mimeType = mimeOf(*kind, file);
        }
    }
    const EvidenceCapture::Outcome outcome = capture.save(item, file.isEmpty() ? nullptr : &media);
    if (!outcome.ok)
        return s.fail(outcome.message);
    const auto saved = s.store.evidenceItem(outcome.evidenceId);
    s.say(QStringLiteral(
              "Recorded evidence (%1) for %2 against %3 (evidence %4). It will be sent at the next sync.")
              .arg(toLabel(saved ? saved->kind : item.kind).toLower(), pupil->displayName(),
                   targets.size() == 1 ? QStringLiteral("1 target")
                                       : QStringLiteral("%1 targets").arg(targets.size()),
                   outcome.evidenceId));
    if (saved)
        for (const MediaReference &m : saved->media)
            s.say(QStringLiteral("Media %1 (%2, %3 bytes)").arg(m.sha256, toKey(m.role)).arg(m.byteSize));
    return Ok;
}

} // namespace Stride::Cli
