// Fills a store with the demo school plus 100,000 evidence items, then times the two reads the
// app makes most: one pupil's newest 50 items (the timeline) and the per-target evidence counts
// for a class (the class and pupil pages). Prints median and 95th percentile over many runs.
//
//   stride_store_benchmark [--items N] [--runs N] [--keep PATH]
#include "benchevidence.h"
#include "benchstore.h"
#include "benchtiming.h"

#include "demo/demoschool.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>

using namespace Stride;

using BenchTiming::Figures;
using BenchTiming::time;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const BenchStore::Options options = BenchStore::parse(app, QStringLiteral("query"));
    QTemporaryDir dir;
    Store store;
    BenchStore::open(store, options, dir);
    const int items = options.items;
    const int runs = options.runs;
    const DemoSchool::Result demo = DemoSchool::load(store);
    if (!demo.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(demo.message));
        return 1;
    }
    const QDate today(2026, 11, 22);
    const Term term = *store.currentTerm(demo.schoolId, today);
    const QList<SchoolClass> classes = store.classesOfSchool(demo.schoolId);
    QList<BenchEvidence::Pupil> everyone;
    for (const SchoolClass &c : classes) {
        QStringList staffIds;
        for (const Staff &s : store.staffOfClass(c.id))
            staffIds << s.id;
        for (const Pupil &p : store.pupilsInClass(c.id)) {
            QStringList targetIds;
            for (const Target &t : store.targetsOfIlp(store.ilpFor(p.id, term.id)->id))
                targetIds << t.id;
            everyone.append({p.id, c.id, targetIds, staffIds});
        }
    }

    QRandomGenerator random(20261122);
    QElapsedTimer fillTimer;
    fillTimer.start();
    if (const QString refused =
            BenchEvidence::add(store, demo.schoolId, everyone, term, today, items, random);
        !refused.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(refused));
        return 1;
    }
    const double fillSeconds = fillTimer.elapsed() / 1000.0;

    int loaded = 0;
    int counted = 0;
    const Figures timeline = time(runs, [&](int i) {
        loaded = store.newestEvidenceForPupil(everyone.at(i % everyone.size()).pupilId, 50).size();
    });
    const Figures counts = time(runs, [&](int i) {
        counted = store.evidenceCountsForClass(classes.at(i % classes.size()).id, term.id).size();
    });
    const Figures pupilCounts = time(runs, [&](int i) {
        store.evidenceCountsForPupil(everyone.at(i % everyone.size()).pupilId, term.id);
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
    return 0;
}
