#include "startupbenchmark.h"

#include "demopins.h"
#include "session.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace Stride {

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

double nowNs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1e9 + double(ts.tv_nsec);
}

// Taken while the program's statics are initialised, just before main(): the last fallback.
const double g_loadedAtNs = nowNs(CLOCK_MONOTONIC);

} // namespace

StartupBenchmark::StartupBenchmark(QQmlApplicationEngine &engine, Session &session)
    : m_engine(engine), m_session(session)
{}

double StartupBenchmark::msSinceProcessStart()
{
    bool ok = false;
    const qint64 launched = qEnvironmentVariable("STRIDE_BENCH_T0_NS").toLongLong(&ok);
    if (ok && launched > 0)
        return (nowNs(CLOCK_REALTIME) - double(launched)) / 1e6;
#ifdef __linux__
    // Field 22 of /proc/self/stat: start time in clock ticks after boot (CLOCK_BOOTTIME).
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        const qint64 ticks = fields.value(19).toLongLong(&ok); // field 22, counted after "(comm) "
        const long hz = sysconf(_SC_CLK_TCK);
        if (ok && hz > 0)
            return nowNs(CLOCK_BOOTTIME) / 1e6 - double(ticks) * 1000.0 / double(hz);
    }
#endif
    return (nowNs(CLOCK_MONOTONIC) - g_loadedAtNs) / 1e6;
}

int StartupBenchmark::run()
{
    const QList<QObject *> roots = m_engine.rootObjects();
    auto *window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.first());
    Store &store = m_session.store();
    if (!window || !store.isOpen() || !m_session.hasSchool()) {
        std::fprintf(stderr, "startup benchmark: no window or no school (run with --demo)\n");
        return 1;
    }
    window->setProperty("animate", false); // page transitions are not start-up time
    QString staffId;
    QString classId;
    for (const Staff &s : store.staffOfSchool(m_session.schoolId())) {
        if (s.active && !s.classIds.isEmpty() && !DemoPins::of(store, s.id).isEmpty()) {
            staffId = s.id;
            classId = s.classIds.first();
            break;
        }
    }
    const QList<Pupil> pupils = classId.isEmpty() ? QList<Pupil>() : store.pupilsInClass(classId);
    if (pupils.isEmpty() || !m_session.signIn(staffId, DemoPins::of(store, staffId))) {
        std::fprintf(stderr, "startup benchmark: could not sign in as a demo member of staff with a class\n");
        return 1;
    }
    QMetaObject::invokeMethod(window, "showClass", Q_ARG(QVariant, classId));
    QMetaObject::invokeMethod(window, "showPupil", Q_ARG(QVariant, pupils.first().id));
    if (!waitFor(
            [&] {
                return window->property("pageName").toString() == QLatin1String("pupil") &&
                       window->property("pageReady").toBool();
            },
            20000)) {
        std::fprintf(stderr, "startup benchmark: the pupil page did not become ready\n");
        return 1;
    }
    // The page is current and ready: the next frame swapped is the first that shows it.
    bool swapped = false;
    double ms = 0;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [&] {
            if (!swapped) {
                swapped = true;
                ms = msSinceProcessStart();
            }
        },
        Qt::DirectConnection);
    window->update();
    if (!waitFor([&] { return swapped; }, 10000)) {
        std::fprintf(stderr, "startup benchmark: no frame was swapped\n");
        return 1;
    }
    std::printf("startup: %.1f ms from process start to the pupil page's first frame\n", ms);
    std::fflush(stdout);
    return 0;
}

} // namespace Stride
