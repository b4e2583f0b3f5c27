#include "ilpdocumentscommand.h"

#include "clisession.h"

#include "documents/documentbatch.h"

#include <QCommandLineParser>

namespace Stride::Cli {

namespace {

// A pupil by id, UPN or name ("Ava Smith"); several of one name are refused by the caller.
QList<Pupil> findPupils(const Store &store, const QString &schoolId, const QString &wanted)
{
    if (const auto p = store.pupil(wanted))
        return {*p};
    if (const auto p = store.pupilByUpn(schoolId, wanted))
        return {*p};
    QList<Pupil> named;
    for (const Pupil &p : store.pupilsOfSchool(schoolId))
        if (p.displayName().compare(wanted.simplified(), Qt::CaseInsensitive) == 0)
            named << p;
    return named;
}

} // namespace

int ilpDocumentsCommand(const QStringList &arguments)
{
    Session s;
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("database"), QStringLiteral("This device's database."), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("term"), QStringLiteral("The term the documents are for: its name or id."),
                 QStringLiteral("NAME|ID")});
    p.addOption({QStringLiteral("class"), QStringLiteral("Only this class: its name or id."),
                 QStringLiteral("NAME|ID")});
    p.addOption({QStringLiteral("pupil"), QStringLiteral("Only this pupil: id, UPN or name."),
                 QStringLiteral("ID|UPN|NAME")});
    p.addOption({QStringLiteral("out"), QStringLiteral("The folder to save the documents in."),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("staff"), QStringLiteral("Who prints them: name, email or id."),
                 QStringLiteral("NAME|EMAIL|ID")});
    p.addOption({QStringLiteral("pin"), QStringLiteral("Their PIN, as on a tablet."), QStringLiteral("PIN")});
    if (!p.parse(QStringList{QStringLiteral("stride-cli ilp-documents")} + arguments))
        return s.fail(p.errorText(), Usage);
    for (const char *needed : {"database", "term", "out", "staff", "pin"})
        if (!p.isSet(QString::fromLatin1(needed)))
            return s.fail(QStringLiteral("ilp-documents needs --database, --term, --out, --staff and --pin."),
                          Usage);
    if (p.isSet(QStringLiteral("class")) && p.isSet(QStringLiteral("pupil")))
        return s.fail(QStringLiteral("Give --class or --pupil, not both."), Usage);
    if (!s.open(p.value(QStringLiteral("database")), true))
        return Failed;

    const QList<School> schools = s.store.schools();
    if (schools.isEmpty())
        return s.fail(QStringLiteral("This device holds no school yet: sync it first."));
    const QString schoolId = schools.first().id;
    const QString who = p.value(QStringLiteral("staff"));
    const auto staff = s.staffNamed(schoolId, who);
    if (!staff)
        return s.fail(QStringLiteral("Nobody called \"%1\" works at this school on this device.").arg(who));
    // As on the app's page: a teacher prints their own class's documents, senior leaders and the
    // office the whole school's; teaching assistants read the plans but do not send them home.
    const bool wholeSchool = staff->hasRole(StaffRole::SeniorLeader) || staff->hasRole(StaffRole::Admin);
    if (!wholeSchool && !staff->hasRole(StaffRole::Teacher))
        return s.fail(QStringLiteral("Only teachers, senior leaders and the office print the ILP documents: "
                                     "they go home to families."));
    if (!s.signIn(*staff, p.value(QStringLiteral("pin"))))
        return Failed;

    const QString termId = s.termNamed(schoolId, p.value(QStringLiteral("term")));
    if (termId.isEmpty())
        return Usage;

    DocumentBatch::Request request;
    request.newTermId = termId;
    request.outputFolder = p.value(QStringLiteral("out"));
    if (p.isSet(QStringLiteral("class"))) {
        const QString wanted = p.value(QStringLiteral("class"));
        if (const auto c = s.store.schoolClass(wanted))
            request.classId = c->id;
        else if (const auto byName = s.store.classByName(schoolId, wanted))
            request.classId = byName->id;
        else
            return s.fail(QStringLiteral("There is no class \"%1\" on this device.").arg(wanted), Usage);
    } else if (p.isSet(QStringLiteral("pupil"))) {
        const QString wanted = p.value(QStringLiteral("pupil"));
        const QList<Pupil> found = findPupils(s.store, schoolId, wanted);
        if (found.isEmpty())
            return s.fail(QStringLiteral("There is no pupil \"%1\" on this device.").arg(wanted), Usage);
        if (found.size() > 1)
            return s.fail(QStringLiteral("%1 pupils are called \"%2\": give one's UPN instead.")
                              .arg(found.size())
                              .arg(wanted),
                          Usage);
        request.pupilId = found.first().id;
    } else if (!wholeSchool) {
        if (staff->classIds.size() != 1)
            return s.fail(QStringLiteral("Say which of your classes with --class."), Usage);
        request.classId = staff->classIds.first();
    }
    if (!wholeSchool) {
        const QString classId =
            !request.pupilId.isEmpty() ? s.store.pupil(request.pupilId)->classId : request.classId;
        if (!staff->classIds.contains(classId))
            return s.fail(QStringLiteral("%1 prints the documents of their own class only; a senior leader "
                                         "prints other classes'.")
                              .arg(staff->displayName()));
    }

    const DocumentBatch::Result result =
        DocumentBatch::run(s.store, s.media.get(), request, [&](const DocumentBatch::Progress &progress) {
            if (!progress.pupilName.isEmpty())
                s.say(QStringLiteral("%1 of %2: %3")
                          .arg(progress.done + 1)
                          .arg(progress.total)
                          .arg(progress.pupilName));
        });
    if (!result.notPrinted.isEmpty()) {
        s.say(QStringLiteral("Not printed (fix these, then print them again):"));
        for (const DocumentBatch::NamedPupil &n : result.notPrinted)
            for (const QString &reason : n.reasons)
                s.say(QStringLiteral("  %1").arg(reason));
    }
    if (!result.notFinal.isEmpty()) {
        s.say(QStringLiteral("Printed, but their new targets are not final yet:"));
        for (const DocumentBatch::NamedPupil &n : result.notFinal)
            for (const QString &reason : n.reasons)
                s.say(QStringLiteral("  %1").arg(reason));
    }
    if (!result.ok)
        return s.fail(result.message);
    s.say(result.message);
    return Ok;
}

} // namespace Stride::Cli
