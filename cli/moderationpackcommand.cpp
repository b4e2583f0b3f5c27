#include "moderationpackcommand.h"

#include "clisession.h"

#include "media/waveformpicture.h"
#include "moderation/packmaker.h"

#include <QCommandLineParser>

namespace Stride::Cli {

int moderationPackCommand(const QStringList &arguments)
{
    Session s;
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("database"), QStringLiteral("This device's database."), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("term"),
                 QStringLiteral("The term whose moderation meeting it is: its name or id."),
                 QStringLiteral("NAME|ID")});
    p.addOption({QStringLiteral("class"), QStringLiteral("Only this class's forms: its name or id."),
                 QStringLiteral("NAME|ID")});
    p.addOption({QStringLiteral("outside-school"),
                 QStringLiteral("For people outside the school: leaves out media of pupils whose consent is "
                                "for use inside the school only.")});
    p.addOption({QStringLiteral("output"), QStringLiteral("The ZIP to write, or a folder to write it in."),
                 QStringLiteral("PATH")});
    p.addOption({QStringLiteral("staff"),
                 QStringLiteral("Who makes the pack (a teacher or SLT): email or id."),
                 QStringLiteral("EMAIL|ID")});
    p.addOption({QStringLiteral("pin"), QStringLiteral("Their PIN, as on a tablet."), QStringLiteral("PIN")});
    if (!p.parse(QStringList{QStringLiteral("stride-cli moderation-pack")} + arguments))
        return s.fail(p.errorText(), Usage);
    for (const char *needed : {"database", "term", "output", "staff", "pin"})
        if (!p.isSet(QString::fromLatin1(needed)))
            return s.fail(
                QStringLiteral("moderation-pack needs --database, --term, --output, --staff and --pin."),
                Usage);
    if (!s.open(p.value(QStringLiteral("database")), true))
        return Failed;

    const QList<School> schools = s.store.schools();
    if (schools.isEmpty())
        return s.fail(QStringLiteral("This device holds no school yet: sync it first."));
    const QString schoolId = schools.first().id;
    // A pack takes the school's forms and children's photos off the device: only a teacher or SLT,
    // signed in as on a tablet, makes one, and each item whose media goes in is recorded as opened
    // by them (the school's audit log).
    const QString who = p.value(QStringLiteral("staff"));
    const auto staff = s.staffNamed(schoolId, who);
    if (!staff)
        return s.fail(QStringLiteral("Nobody called \"%1\" works at this school on this device.").arg(who));
    if (!staff->hasRole(StaffRole::Teacher) && !staff->hasRole(StaffRole::SeniorLeader))
        return s.fail(QStringLiteral("Only teachers and senior leaders make a moderation pack: it holds "
                                     "children's photos and the school's judgements."));
    if (!s.signIn(*staff, p.value(QStringLiteral("pin"))))
        return Failed;
    const QString termId = s.termNamed(schoolId, p.value(QStringLiteral("term")));
    if (termId.isEmpty())
        return Usage;
    QString classId;
    if (p.isSet(QStringLiteral("class"))) {
        const QString wanted = p.value(QStringLiteral("class"));
        if (const auto c = s.store.schoolClass(wanted))
            classId = c->id;
        else if (const auto byName = s.store.classByName(schoolId, wanted))
            classId = byName->id;
        else
            return s.fail(QStringLiteral("There is no class \"%1\" on this device.").arg(wanted), Usage);
    }

    ModerationPack::Request request;
    request.termId = termId;
    request.classId = classId;
    request.outsideSchool = p.isSet(QStringLiteral("outside-school"));
    request.outputPath = p.value(QStringLiteral("output"));
    request.madeBy = QStringLiteral("%1 %2 (stride-cli)").arg(staff->firstName, staff->surname);
    request.pictures = devicePictures();
    const ModerationPack::Result result = ModerationPack::make(s.store, s.media.get(), request);
    if (!result.ok)
        return s.fail(result.message);
    for (const QString &evidenceId : result.evidenceSent)
        s.store.recordEvidenceOpened(evidenceId);
    s.say(result.message);
    return Ok;
}

} // namespace Stride::Cli
