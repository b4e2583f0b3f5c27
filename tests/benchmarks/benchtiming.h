#pragma once

#include <QElapsedTimer>
#include <QList>
#include <algorithm>

// Timing for the read benchmarks: the same work many times over, summarised as the figures an
// issue names (median and 95th percentile), with the slowest run so an outlier is not hidden.
namespace BenchTiming {

struct Figures
{
    double medianMs = 0;
    double p95Ms = 0;
    double maxMs = 0;
};

// Runs `work(i)` for i in [0, runs) and times each run; the caller warms up first if it wants the
// figures without the first run's cold caches.
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
            samples.at(std::min<qsizetype>(samples.size() - 1, samples.size() * 95 / 100)), samples.last()};
}

} // namespace BenchTiming
