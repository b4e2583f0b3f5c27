// The central ILP spreadsheet of a 200-pupil school over six terms (issue 13: "the spreadsheet for
// 200 pupils x 6 terms <= 1 s"): IlpRows::read of every target with its judgements, moderation
// forms, evidence counts and parents' replies; the XLSX with its five analysis sheets and charts;
// the CSV. Each is timed over several runs, with the median, fastest and slowest.
//   stride_spreadsheet_benchmark [--runs N] [--pupils N] [--terms N] [--keep DIR]
// --keep copies the last XLSX and CSV into DIR, to look at.
#include "documents/ilpcsv.h"
#include "documents/ilpspreadsheet.h"
#include "store/store.h"
#include "termend/ilprows.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Stride;

namespace {

struct Figures
{
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
};

Figures figuresOf(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return {samples.at(samples.size() / 2), samples.first(), samples.last()};
}

template <typename T> bool saved(Store &store, const T &value)
{
    const WriteResult r = store.save(value);
    if (!r.ok)
        qWarning("Could not save: %s", qPrintable(r.message));
    return r.ok;
}

// A school of `pupils` pupils in classes of ten across Reception to Year 14, each with an ILP in
// every one of `terms` terms: a target in each SEND Code of Practice area, and one Preparing for
// Adulthood target from Key Stage 4. Each target judged by its class teacher; one in ten moderated
// (a moderator's judgement), one in twenty on an assessment moderation form with SLT's final
// status; one evidence item per pupil per term on all their targets; two families in three replied.
QString buildSchool(Store &store, int pupils, int terms)
{
    const QString schoolId = newId();
    bool ok = store.transaction([&] {
        if (!saved(store,
                   School{schoolId, QStringLiteral("Benchmark Park School"), QStringLiteral("100001"), {}}))
            return false;
        Staff teacher;
        teacher.id = newId();
        teacher.schoolId = schoolId;
        teacher.firstName = QStringLiteral("Sarah");
        teacher.surname = QStringLiteral("Jones");
        teacher.email = QStringLiteral("sarah@bench.example");
        teacher.roles = {StaffRole::Teacher};
        Staff slt = teacher;
        slt.id = newId();
        slt.firstName = QStringLiteral("Helen");
        slt.email = QStringLiteral("helen@bench.example");
        slt.roles = {StaffRole::SeniorLeader, StaffRole::Teacher};
        QList<AreaOfLearning> areas = AreaOfLearning::defaultSet(schoolId);
        for (const AreaOfLearning &a : areas)
            if (!saved(store, a))
                return false;
        QList<SchoolClass> classes;
        for (int c = 0; c < (pupils + 9) / 10; ++c) {
            SchoolClass k;
            k.id = newId();
            k.schoolId = schoolId;
            k.name = QStringLiteral("Class %1").arg(c + 1, 2, 10, QLatin1Char('0'));
            if (!saved(store, k))
                return false;
            classes << k;
            teacher.classIds << k.id;
        }
        if (!saved(store, teacher) || !saved(store, slt))
            return false;

        QList<Term> termList;
        for (int t = 0; t < terms; ++t) {
            Term term;
            term.id = newId();
            term.schoolId = schoolId;
            const int year = 2024 + (t + 0) / 3;
            const int season = t % 3; // autumn, spring, summer
            const QStringList seasons = {QStringLiteral("Autumn"), QStringLiteral("Spring"),
                                         QStringLiteral("Summer")};
            term.name = QStringLiteral("%1 %2").arg(seasons.at(season)).arg(season == 0 ? year : year + 1);
            term.startsOn = season == 0   ? QDate(year, 9, 2)
                            : season == 1 ? QDate(year + 1, 1, 6)
                                          : QDate(year + 1, 4, 20);
            term.halfTermStartsOn = term.startsOn.addDays(49);
            term.halfTermEndsOn = term.halfTermStartsOn.addDays(4);
            term.endsOn = term.startsOn.addDays(105);
            term.applyStandardCycle();
            if (!saved(store, term))
                return false;
            termList << term;
        }

        const QStringList needs = {QStringLiteral("ASD, SLD"),
                                   QStringLiteral("PMLD"),
                                   QStringLiteral("SEMH (attachment difficulties)"),
                                   QStringLiteral("MLD and ADHD"),
                                   QStringLiteral("Down syndrome, HI"),
                                   QString()};
        quint32 seed = 12345;
        const auto next = [&seed](int n) {
            seed = seed * 1103515245u + 12345u;
            return int((seed >> 16) % quint32(n));
        };
        for (int p = 0; p < pupils; ++p) {
            Pupil pupil;
            pupil.id = newId();
            pupil.schoolId = schoolId;
            pupil.classId = classes.at(p / 10).id;
            pupil.upn = QStringLiteral("B%1").arg(p, 12, 10, QLatin1Char('0'));
            pupil.firstName = QStringLiteral("Pupil%1").arg(p);
            pupil.surname = QStringLiteral("Surname");
            pupil.yearGroup = (p / 10) % 15;
            pupil.keyStage = Pupil::keyStageForYear(pupil.yearGroup);
            pupil.specificNeeds = needs.at(p % needs.size());
            pupil.pronouns = Pronouns::They;
            EhcpOutcome o;
            o.id = newId();
            o.pupilId = pupil.id;
            o.reference = QStringLiteral("EO1");
            o.text = QStringLiteral("To communicate needs and wants with symbols, words or signs.");
            pupil.ehcpOutcomes << o;
            if (!saved(store, pupil))
                return false;
            for (const Term &term : termList) {
                const Ilp ilp{newId(), pupil.id, term.id, QString()};
                if (!saved(store, ilp))
                    return false;
                QStringList targetIds;
                bool pfaDone = false;
                for (const AreaOfLearning &area : areas) {
                    if (!area.appliesTo(pupil.keyStage))
                        continue;
                    if (area.kind == AreaKind::PreparingForAdulthood) {
                        if (pfaDone)
                            continue;
                        pfaDone = true;
                    }
                    Target target;
                    target.id = newId();
                    target.ilpId = ilp.id;
                    target.areaId = area.id;
                    target.text =
                        QStringLiteral("To request a drink, using symbols, at snack time (%1), at least "
                                       "three times a week with one adult prompt.")
                            .arg(area.name);
                    target.ehcpOutcomeIds = {o.id};
                    target.sortOrder = area.sortOrder;
                    if (!saved(store, target))
                        return false;
                    targetIds << target.id;
                    Judgement j;
                    j.id = newId();
                    j.targetId = target.id;
                    j.status = TargetStatus(1 + next(4));
                    j.nextStep = NextStep(next(3));
                    j.judgedBy = teacher.id;
                    j.judgedAt = term.startsOn.addDays(70).startOfDay(Qt::UTC);
                    if (!saved(store, j))
                        return false;
                    if (next(10) == 0) {
                        Judgement m = j;
                        m.id = newId();
                        m.role = JudgementRole::Moderator;
                        m.judgedBy = slt.id;
                        m.nextStep.reset();
                        m.status = TargetStatus(1 + next(4));
                        m.judgedAt = j.judgedAt.addDays(7);
                        if (!saved(store, m))
                            return false;
                        if (next(2) == 0) {
                            AssessmentModerationForm f;
                            f.id = newId();
                            f.targetId = target.id;
                            f.assessorId = teacher.id;
                            f.moderatorId = slt.id;
                            f.seniorLeaderId = slt.id;
                            f.finalStatus = TargetStatus(1 + next(4));
                            f.createdAt = m.judgedAt;
                            if (!saved(store, f))
                                return false;
                        }
                    }
                }
                EvidenceItem item;
                item.id = newId();
                item.schoolId = schoolId;
                item.kind = EvidenceKind::Written;
                item.capturedAt = term.startsOn.addDays(30).startOfDay(Qt::UTC);
                item.capturedBy = teacher.id;
                item.note = QStringLiteral("Asked for a drink with the symbol.");
                item.pupils = {{pupil.id, targetIds}};
                if (!saved(store, item))
                    return false;
                if (next(3) != 0) {
                    ParentResponse reply;
                    reply.id = newId();
                    reply.ilpId = ilp.id;
                    reply.receivedOn = term.endsOn.addDays(-10);
                    reply.respondentName = QStringLiteral("Parent");
                    reply.approved = next(5) != 0;
                    reply.comments = reply.approved ? QString() : QStringLiteral("Could we talk about it?");
                    reply.recordedBy = teacher.id;
                    if (!saved(store, reply))
                        return false;
                }
            }
        }
        return true;
    });
    return ok ? schoolId : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each (default 3)."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("pupils"), QStringLiteral("Pupils in the school (default 200)."),
                      QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("terms"), QStringLiteral("Terms of ILPs (default 6)."),
                      QStringLiteral("N"), QStringLiteral("6")});
    parser.addOption(
        {QStringLiteral("keep"), QStringLiteral("Copy the last XLSX and CSV here."), QStringLiteral("DIR")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int pupils = std::max(1, parser.value(QStringLiteral("pupils")).toInt());
    const int terms = std::max(1, parser.value(QStringLiteral("terms")).toInt());
    QTextStream out(stdout);

    QTemporaryDir dir;
    Store store;
    if (!dir.isValid() || !store.open(dir.filePath(QStringLiteral("bench.db"))).ok()) {
        out << "Could not open a store in a temporary folder.\n";
        return 1;
    }
    QElapsedTimer setup;
    setup.start();
    const QString schoolId = buildSchool(store, pupils, terms);
    if (schoolId.isEmpty()) {
        out << "Could not build the benchmark school: " << store.lastError() << "\n";
        return 1;
    }
    out << "School built in " << setup.elapsed() << " ms: " << pupils << " pupils, " << terms << " terms.\n";

    const QString xlsx = dir.filePath(QStringLiteral("ilps.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("ilps.csv"));
    QList<double> readMs, xlsxMs, csvMs, totalMs;
    qsizetype rowCount = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        const QList<IlpRow> rows = IlpRows::read(store, schoolId);
        const qint64 afterRead = t.nsecsElapsed();
        const IlpSpreadsheet::Result x = IlpSpreadsheet::write(rows, xlsx);
        const qint64 afterXlsx = t.nsecsElapsed();
        const IlpCsv::Result c = IlpCsv::write(rows, csv);
        const qint64 afterCsv = t.nsecsElapsed();
        if (!x.ok || !c.ok) {
            out << (x.ok ? c.message : x.message) << "\n";
            return 1;
        }
        rowCount = rows.size();
        readMs << afterRead / 1e6;
        xlsxMs << (afterXlsx - afterRead) / 1e6;
        csvMs << (afterCsv - afterXlsx) / 1e6;
        totalMs << afterCsv / 1e6;
        out << QStringLiteral("run %1: read %2 ms, XLSX %3 ms, CSV %4 ms, total %5 ms\n")
                   .arg(run + 1)
                   .arg(readMs.last(), 0, 'f', 1)
                   .arg(xlsxMs.last(), 0, 'f', 1)
                   .arg(csvMs.last(), 0, 'f', 1)
                   .arg(totalMs.last(), 0, 'f', 1);
        out.flush();
    }
    const auto line = [&](const char *what, const QList<double> &samples) {
        const Figures f = figuresOf(samples);
        out << QStringLiteral("%1: median %2 ms (fastest %3, slowest %4)\n")
                   .arg(QString::fromLatin1(what))
                   .arg(f.medianMs, 0, 'f', 1)
                   .arg(f.minMs, 0, 'f', 1)
                   .arg(f.maxMs, 0, 'f', 1);
    };
    out << rowCount << " rows (a pupil's target in one area in one term); XLSX "
        << QFileInfo(xlsx).size() / 1024 << " KB, CSV " << QFileInfo(csv).size() / 1024 << " KB; " << runs
        << " runs\n";
    line("IlpRows::read", readMs);
    line("XLSX with analysis sheets and charts", xlsxMs);
    line("CSV", csvMs);
    line("Total", totalMs);
    const double median = figuresOf(totalMs).medianMs;
    out << (median <= 1000 ? "Within" : "Over") << " the 1 s the issue asks for.\n";

    if (parser.isSet(QStringLiteral("keep"))) {
        const QDir keep(parser.value(QStringLiteral("keep")));
        QDir().mkpath(keep.path());
        for (const QString &file : {xlsx, csv}) {
            const QString to = keep.filePath(QFileInfo(file).fileName());
            QFile::remove(to);
            QFile::copy(file, to);
        }
        out << "Kept in " << keep.path() << "\n";
    }
    return 0;
}
