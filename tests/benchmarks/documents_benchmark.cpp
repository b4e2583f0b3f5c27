// The term's documents for a whole school (issue 13): 200 pupils in 8 classes, each with last
// term's targets judged and next term's targets with their provision, and every ILP with its
// Provision Map printed by DocumentBatch, one PDF per pupil plus the combined PDF. Also timed: the
// ILPs without the combined PDF (what drawing each pupil a second time costs), and the whole run
// with the parents' progress reports.
//   stride_documents_benchmark [--runs N] [--pupils N] [--keep DIR]
// --keep leaves the last run's files in DIR, to look at.
#include "documents/documentbatch.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <optional>

using namespace Stride;

namespace {

struct Figures
{
    double medianS = 0;
    double minS = 0;
    double maxS = 0;
    int printed = 0;
    qint64 bytes = 0;
};

qint64 folderBytes(const QString &dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

// A school of `pupils` pupils, Years 3 to 10 in 8 classes, judged last term and set for the next.
bool fillSchool(Store &store, int pupils, QString *termId, QString *error)
{
    auto save = [&](const auto &value) {
        const WriteResult r = store.save(value);
        if (!r.ok)
            *error = r.message;
        return r.ok;
    };
    return store.transaction([&] {
        School school;
        school.id = newId();
        school.name = QStringLiteral("Millbrook Park School");
        school.urn = QStringLiteral("123456");
        if (!save(school))
            return false;
        const QList<AreaOfLearning> areas = AreaOfLearning::defaultSet(school.id);
        for (const AreaOfLearning &a : areas)
            if (!save(a))
                return false;
        Term autumn;
        autumn.id = newId();
        autumn.schoolId = school.id;
        autumn.name = QStringLiteral("Autumn 2026");
        autumn.startsOn = QDate(2026, 9, 2);
        autumn.halfTermStartsOn = QDate(2026, 10, 26);
        autumn.halfTermEndsOn = QDate(2026, 10, 30);
        autumn.endsOn = QDate(2026, 12, 18);
        autumn.applyStandardCycle();
        Term spring = autumn;
        spring.id = newId();
        spring.name = QStringLiteral("Spring 2027");
        spring.startsOn = QDate(2027, 1, 5);
        spring.halfTermStartsOn = QDate(2027, 2, 15);
        spring.halfTermEndsOn = QDate(2027, 2, 19);
        spring.endsOn = QDate(2027, 3, 26);
        spring.applyStandardCycle();
        if (!save(autumn) || !save(spring))
            return false;
        *termId = spring.id;
        Staff teacher;
        teacher.id = newId();
        teacher.schoolId = school.id;
        teacher.firstName = QStringLiteral("Hannah");
        teacher.surname = QStringLiteral("Whitfield");
        teacher.email = QStringLiteral("hannah@school.example");
        teacher.roles = {StaffRole::Teacher, StaffRole::SeniorLeader};
        const QStringList classNames{QStringLiteral("Acorn"), QStringLiteral("Beech"),
                                     QStringLiteral("Cedar"), QStringLiteral("Elm"),
                                     QStringLiteral("Hazel"), QStringLiteral("Oak"),
                                     QStringLiteral("Rowan"), QStringLiteral("Willow")};
        QList<SchoolClass> classes;
        for (const QString &name : classNames) {
            classes << SchoolClass{newId(), school.id, name, QString()};
            if (!save(classes.last()))
                return false;
            teacher.classIds << classes.last().id;
        }
        if (!save(teacher))
            return false;
        const QStringList firsts{QStringLiteral("Ava"),   QStringLiteral("Ben"),  QStringLiteral("Cara"),
                                 QStringLiteral("Dev"),   QStringLiteral("Ella"), QStringLiteral("Finn"),
                                 QStringLiteral("Grace"), QStringLiteral("Hari"), QStringLiteral("Isla"),
                                 QStringLiteral("Jack")};
        const QStringList surnames{QStringLiteral("Smith"), QStringLiteral("Okafor"),
                                   QStringLiteral("Brown"), QStringLiteral("Shah"),
                                   QStringLiteral("Evans"), QStringLiteral("Taylor"),
                                   QStringLiteral("Nowak"), QStringLiteral("Hughes"),
                                   QStringLiteral("Khan"),  QStringLiteral("Lloyd")};
        for (int i = 0; i < pupils; ++i) {
            const int c = i % classes.size();
            Pupil p;
            p.id = newId();
            p.schoolId = school.id;
            p.classId = classes.at(c).id;
            p.upn = QStringLiteral("B%1").arg(100000000000LL + i);
            p.firstName = firsts.at(i % firsts.size());
            p.surname = surnames.at((i / firsts.size()) % surnames.size()) + QString::number(i);
            p.yearGroup = 3 + c;
            p.keyStage = Pupil::keyStageForYear(p.yearGroup);
            p.specificNeeds = QStringLiteral("ASD, SLD");
            p.pronouns = i % 3 == 0 ? Pronouns::He : i % 3 == 1 ? Pronouns::She : Pronouns::They;
            EhcpOutcome o;
            o.id = newId();
            o.pupilId = p.id;
            o.reference = QStringLiteral("EO1");
            o.text = QStringLiteral("%1 will communicate needs and wants using symbols.").arg(p.firstName);
            p.ehcpOutcomes << o;
            if (!save(p))
                return false;
            const Ilp old{newId(), p.id, autumn.id,
                          QStringLiteral("Now-and-next board at every transition.")};
            const Ilp next{newId(), p.id, spring.id,
                           QStringLiteral("A quiet space at lunchtime; sensory breaks every hour; a visual "
                                          "timetable checked at the start of each session.")};
            if (!save(old) || !save(next))
                return false;
            int order = 0;
            for (const AreaOfLearning &area : areas) {
                if (!area.appliesTo(p.keyStage))
                    continue;
                ++order;
                Target t;
                t.id = newId();
                t.ilpId = old.id;
                t.areaId = area.id;
                t.text =
                    QStringLiteral("%1 will request a drink using a symbol at snack time, 4 times out of 5, "
                                   "with no more than a gestural prompt (%2)")
                        .arg(p.firstName, area.name);
                t.ehcpOutcomeIds << o.id;
                t.provision = QStringLiteral("PECS sessions daily; symbols at the snack table");
                t.sortOrder = order;
                Judgement j;
                j.id = newId();
                j.targetId = t.id;
                j.role = JudgementRole::Assessor;
                j.status = TargetStatus(1 + (i + order) % 4);
                j.nextStep = NextStep((i + order) % 3);
                j.judgedBy = teacher.id;
                j.judgedAt = QDateTime(QDate(2026, 11, 20), QTime(15, 0));
                Target n = t;
                n.id = newId();
                n.ilpId = next.id;
                n.text = QStringLiteral("%1 will choose between two activities using symbols, then tell an "
                                        "adult what they chose, in 3 sessions out of 4 (%2)")
                             .arg(p.firstName, area.name);
                n.provision = QStringLiteral("Choice boards at every session; Attention Autism group three "
                                             "times a week; speech and language therapy programme with the "
                                             "class team; Makaton signs modelled by every adult.");
                n.lineage = TargetLineage::Replaces;
                n.lineageTargetId = t.id;
                if (!save(t) || !save(j) || !save(n))
                    return false;
            }
        }
        return true;
    });
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each (default 1)."),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("pupils"), QStringLiteral("Pupils in the school (default 200)."),
                      QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption(
        {QStringLiteral("keep"), QStringLiteral("Leave the last run's files here."), QStringLiteral("DIR")});
    parser.process(app);
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    const int pupils = qMax(1, parser.value(QStringLiteral("pupils")).toInt());
    QTextStream out(stdout);

    QTemporaryDir dir;
    Store store;
    if (!store.open(dir.filePath(QStringLiteral("stride.db"))).ok())
        return 1;
    QString termId;
    QString error;
    QElapsedTimer setUp;
    setUp.start();
    if (!fillSchool(store, pupils, &termId, &error)) {
        out << "setting up failed: " << error << Qt::endl;
        return 1;
    }
    out << QStringLiteral("A school of %1 pupils in 8 classes, last term judged and next term set (%2 s to "
                          "set up)")
               .arg(pupils)
               .arg(setUp.elapsed() / 1000.0, 0, 'f', 1)
        << Qt::endl;

    auto measure = [&](bool combined, bool reports) {
        QList<double> samples;
        Figures f;
        for (int i = 0; i < runs; ++i) {
            QTemporaryDir target;
            DocumentBatch::Request request;
            request.newTermId = termId;
            request.outputFolder = target.path();
            request.combinedPdfs = combined;
            request.progressReports = reports;
            QElapsedTimer t;
            t.start();
            const DocumentBatch::Result r = DocumentBatch::run(store, nullptr, request);
            samples << t.nsecsElapsed() / 1e9;
            if (!r.ok) {
                out << "the batch failed: " << r.message << Qt::endl;
                return std::optional<Figures>();
            }
            f.printed = r.printed;
            f.bytes = folderBytes(target.path());
            if (i == runs - 1 && parser.isSet(QStringLiteral("keep")) && combined && reports) {
                const QString keep = parser.value(QStringLiteral("keep"));
                QDir().mkpath(keep);
                for (const QString &file : r.files) {
                    QDir().mkpath(QFileInfo(QDir(keep).filePath(file)).absolutePath());
                    QFile::remove(QDir(keep).filePath(file));
                    QFile::copy(QDir(target.path()).filePath(file), QDir(keep).filePath(file));
                }
            }
        }
        std::sort(samples.begin(), samples.end());
        f.medianS = samples.at(samples.size() / 2);
        f.minS = samples.first();
        f.maxS = samples.last();
        return std::optional<Figures>(f);
    };
    auto report = [&](const QString &what, const Figures &f) {
        out << QStringLiteral("%1: %2 s (%3-%4 over %5 run(s)), %6 ms a pupil, %7 pupils, %8")
                   .arg(what)
                   .arg(f.medianS, 0, 'f', 2)
                   .arg(f.minS, 0, 'f', 2)
                   .arg(f.maxS, 0, 'f', 2)
                   .arg(runs)
                   .arg(f.medianS * 1000 / qMax(1, f.printed), 0, 'f', 1)
                   .arg(f.printed)
                   .arg(QLocale::c().formattedDataSize(f.bytes))
            << Qt::endl;
    };

    const auto ilps = measure(true, false);
    if (!ilps)
        return 1;
    report(QStringLiteral("ILPs and Provision Maps, a PDF each and the combined PDF"), *ilps);
    const auto alone = measure(false, false);
    if (!alone)
        return 1;
    report(QStringLiteral("ILPs and Provision Maps, a PDF each, no combined PDF"), *alone);
    const auto all = measure(true, true);
    if (!all)
        return 1;
    report(QStringLiteral("ILPs and progress reports, a PDF each and both combined PDFs"), *all);
    return ilps->medianS <= 10 ? 0 : 1;
}
