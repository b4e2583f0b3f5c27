#pragma once

#include <QtGlobal>

class QQmlApplicationEngine;

namespace Stride {

class Session;

// `stride --startup-benchmark`: how long a cold start takes to show a pupil's page. It signs in
// as the first member of staff with a class (the demo PIN, through the core), opens their class
// and its first pupil without page animations, and prints the milliseconds from the process
// starting to the first frame swapped with the pupil page current. scripts/bench-startup runs
// it repeatedly and reports the median and 95th percentile.
class StartupBenchmark
{
public:
    StartupBenchmark(QQmlApplicationEngine &engine, Session &session);
    // Returns the exit code: 0 with the figure printed, 1 if the page never showed.
    int run();

    // Milliseconds since this process started: from STRIDE_BENCH_T0_NS (the launcher's wall
    // clock, in ns, just before it started us) when set, so exec and dynamic linking count too;
    // else from the kernel's record of the process's start (10 ms steps); else since the
    // program's statics were initialised.
    static double msSinceProcessStart();

private:
    QQmlApplicationEngine &m_engine;
    Session &m_session;
};

} // namespace Stride
