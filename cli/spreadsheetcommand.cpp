#include "spreadsheetcommand.h"

#include "clisession.h"

#include "documents/ilpcsv.h"
#include "documents/ilpspreadsheet.h"
#include "termend/ilprows.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

namespace Stride::Cli {

int spreadsheetCommand(const QStringList &arguments)
{
    Session s;
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("database"), QStringLiteral("This device's database."), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("out"),
                 QStringLiteral("The spreadsheet to write: a .xlsx file (with the analysis sheets and "
                                "charts) or a .csv file (the ILPs sheet only)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("term"),
                 QStringLiteral("Only this term (its name or id); give it again for more terms. Every term "
                                "when left out."),
                 QStringLiteral("NAME|ID")});
    p.addOption({QStringLiteral("staff"),
                 QStringLiteral("Who makes the spreadsheet (SLT or an administrator): email, id or name."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("pin"), QStringLiteral("Their PIN, as on a tablet."), QStringLiteral("PIN")});
    if (!p.parse(QStringList{QStringLiteral("stride-cli spreadsheet")} + arguments))
        return s.fail(p.errorText(), Usage);
    for (const char *needed : {"database", "out", "staff", "pin"})
        if (!p.isSet(QString::fromLatin1(needed)))
            return s.fail(QStringLiteral("spreadsheet needs --database, --out, --staff and --pin."), Usage);
    const QString out = p.value(QStringLiteral("out"));
    const bool csv = out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (!csv && !out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return s.fail(
            QStringLiteral("--out names the file to write: end it in .xlsx (Excel, with the analysis "
                           "sheets) or .csv (the ILPs sheet only)."),
            Usage);
    if (!s.open(p.value(QStringLiteral("database")), true))
        return Failed;

    const QList<School> schools = s.store.schools();
    if (schools.isEmpty())
        return s.fail(QStringLiteral("This device holds no school yet: sync it first."));
    const QString schoolId = schools.first().id;
    // The spreadsheet holds every pupil's targets, needs and judgements across the school: senior
    // leaders and administrators make it, signed in as on a tablet.
    const QString who = p.value(QStringLiteral("staff"));
    const auto staff = s.staffNamed(schoolId, who);
    if (!staff)
        return s.fail(QStringLiteral("Nobody called \"%1\" works at this school on this device.").arg(who));
    if (!staff->hasRole(StaffRole::SeniorLeader) && !staff->hasRole(StaffRole::Admin))
        return s.fail(
            QStringLiteral("Only senior leaders and administrators make the ILP spreadsheet: it holds "
                           "every pupil's targets and needs across the school."));
    if (!s.signIn(*staff, p.value(QStringLiteral("pin"))))
        return Failed;

    QStringList termIds;
    const QList<Term> terms = s.store.termsOfSchool(schoolId);
    for (const QString &wanted : p.values(QStringLiteral("term"))) {
        QString found;
        QStringList names;
        for (const Term &t : terms) {
            names << t.name;
            if (t.id == wanted || t.name.compare(wanted.simplified(), Qt::CaseInsensitive) == 0)
                found = t.id;
        }
        if (found.isEmpty())
            return s.fail(QStringLiteral("There is no term \"%1\" on this device. Its terms: %2.")
                              .arg(wanted, names.join(QStringLiteral(", "))),
                          Usage);
        if (!termIds.contains(found))
            termIds << found;
    }

    QElapsedTimer timer;
    timer.start();
    const QList<IlpRow> rows = IlpRows::read(s.store, schoolId, termIds);
    bool ok = false;
    QString message;
    if (csv) {
        const IlpCsv::Result r = IlpCsv::write(rows, out);
        ok = r.ok;
        message = r.message;
    } else {
        const IlpSpreadsheet::Result r = IlpSpreadsheet::write(rows, out);
        ok = r.ok;
        message = r.message;
    }
    if (!ok)
        return s.fail(message);
    s.say(QStringLiteral("%1 (%2 ms)").arg(message).arg(timer.elapsed()));
    return Ok;
}

} // namespace Stride::Cli
