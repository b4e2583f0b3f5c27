// Fills a store with the demo school plus 100,000 evidence items, then times the two reads the
// app makes most: one pupil's newest 50 items (the timeline) and the per-target evidence counts
// for a class (the class and pupil pages). Prints median and 95th percentile over many runs.
//
//   stride_store_benchmark [--items N] [--runs N] [--keep PATH]
#include "demo/demoschool.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Stride;

namespace {

struct Figures
{
    double medianMs = 0;
    double p95Ms = 0;
};

template <typename F> Figures time(int runs, F work)
{
    QList<double> samples;
    samples.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work(i);
        samples << t.nsecsElapsed() / 1e6;
    }
    std::sort(samples.begin(), samples.end());
    return {samples.at(samples.size() / 2),
            samples.at(std::min<qsizetype>(samples.size() - 1, samples.size() * 95 / 100))};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("items"), QStringLiteral("Evidence items to add."), QStringLiteral("n"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs per query."), QStringLiteral("n"),
                      QStringLiteral("200")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the filled store at this path."),
                      QStringLiteral("path")});
    parser.process(app);
    const int items = parser.value(QStringLiteral("items")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();

    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep"))
                                                              : dir.filePath(QStringLiteral("bench.db"));
    Store store;
    if (!store.open(path).ok()) {
        std::fprintf(stderr, "Could not open %s\n", qPrintable(path));
        return 1;
    }
    const DemoSchool::Result demo = DemoSchool::load(store);
    if (!demo.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(demo.message));
        return 1;
    }
    const QDate today(2026, 11, 22);
    const Term term = *store.currentTerm(demo.schoolId, today);
    const QList<SchoolClass> classes = store.classesOfSchool(demo.schoolId);
    struct PupilTargets
    {
        Pupil pupil;
        QStringList targetIds;
        QString staffId;
    };
    QList<PupilTargets> everyone;
    for (const SchoolClass &c : classes) {
        const QString staffId = store.staffOfClass(c.id).first().id;
        for (const Pupil &p : store.pupilsInClass(c.id)) {
            QStringList targetIds;
            for (const Target &t : store.targetsOfIlp(store.ilpFor(p.id, term.id)->id))
                targetIds << t.id;
            everyone.append({p, targetIds, staffId});
        }
    }

    // Realistic items: mostly one pupil and one or two of their targets, some groups of three,
    // spread over the term's school days.
    QRandomGenerator random(20261122);
    const qint64 termSeconds = QDateTime(term.startsOn, QTime(9, 0)).secsTo(QDateTime(today, QTime(15, 0)));
    QElapsedTimer fillTimer;
    fillTimer.start();
    constexpr int kBatch = 1000;
    for (int done = 0; done < items;) {
        const bool ok = store.transaction([&] {
            for (int i = 0; i < kBatch && done < items; ++i, ++done) {
                const PupilTargets &who = everyone.at(random.bounded(everyone.size()));
                EvidenceItem e;
                e.id = newId();
                e.schoolId = demo.schoolId;
                e.kind = EvidenceKind::Written;
                e.capturedAt = QDateTime(term.startsOn, QTime(9, 0)).addSecs(random.bounded(termSeconds));
                e.capturedBy = who.staffId;
                e.note =
                    QStringLiteral("Observation %1: requested a drink with a gestural prompt.").arg(done);
                e.promptLevel = static_cast<PromptLevel>(random.bounded(5));
                e.setting = QStringLiteral("classroom");
                EvidencePupil ep{who.pupil.id, {who.targetIds.at(random.bounded(who.targetIds.size()))}};
                if (random.bounded(3) == 0)
                    ep.targetIds << who.targetIds.at(random.bounded(who.targetIds.size()));
                ep.targetIds.removeDuplicates();
                e.pupils << ep;
                if (random.bounded(10) == 0) // group evidence with classmates
                    for (const PupilTargets &other : everyone)
                        if (other.pupil.classId == who.pupil.classId && other.pupil.id != who.pupil.id &&
                            e.pupils.size() < 3)
                            e.pupils.append({other.pupil.id, {other.targetIds.first()}});
                const WriteResult r = store.save(e);
                if (!r.ok) {
                    std::fprintf(stderr, "%s\n", qPrintable(r.message));
                    return false;
                }
            }
            return true;
        });
        if (!ok)
            return 1;
    }
    const double fillSeconds = fillTimer.elapsed() / 1000.0;

    const Pupil &pupil = everyone.first().pupil;
    const SchoolClass &schoolClass = classes.first();
    int loaded = 0;
    int counted = 0;
    const Figures timeline = time(runs, [&](int i) {
        loaded = store.newestEvidenceForPupil(everyone.at(i % everyone.size()).pupil.id, 50).size();
    });
    const Figures counts = time(runs, [&](int i) {
        counted = store.evidenceCountsForClass(classes.at(i % classes.size()).id, term.id).size();
    });
    const Figures pupilCounts = time(runs, [&](int i) {
        store.evidenceCountsForPupil(everyone.at(i % everyone.size()).pupil.id, term.id);
    });

    std::printf("Stride store benchmark: demo school + %d evidence items (%lld change-log entries)\n", items,
                static_cast<long long>(store.unsentMutationCount()));
    std::printf("  fill: %.1f s (%.0f items/s, each validated and change-logged)\n", fillSeconds,
                items / fillSeconds);
    std::printf("  newest 50 items of one pupil:     median %.3f ms, p95 %.3f ms (%d items, %d runs)\n",
                timeline.medianMs, timeline.p95Ms, loaded, runs);
    std::printf("  per-target counts for a class:    median %.3f ms, p95 %.3f ms (%d targets, %d runs)\n",
                counts.medianMs, counts.p95Ms, counted, runs);
    std::printf("  per-target counts for one pupil:  median %.3f ms, p95 %.3f ms\n", pupilCounts.medianMs,
                pupilCounts.p95Ms);
    Q_UNUSED(pupil);
    Q_UNUSED(schoolClass);
    return 0;
}
