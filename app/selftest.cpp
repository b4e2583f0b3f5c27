#include "selftest.h"

#include "databasestatus.h"
#include "session.h"
#include "warningcounter.h"

#include "demo/demoschool.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>

namespace Stride {

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

void settle(int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(5);
    }
}

} // namespace

SelfTest::SelfTest(QQmlApplicationEngine &engine, Session &session, const QString &screenshotsDir)
    : m_engine(engine), m_session(session), m_screenshotsDir(screenshotsDir)
{
}

int SelfTest::run()
{
    const QList<QObject *> roots = m_engine.rootObjects();
    m_window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.first());
    if (!m_window) {
        say(QStringLiteral("FAIL  the main window did not load"));
        return 1;
    }
    if (!m_screenshotsDir.isEmpty() && !QDir().mkpath(m_screenshotsDir)) {
        say(QStringLiteral("FAIL  cannot create the screenshots folder %1").arg(m_screenshotsDir));
        return 1;
    }
    const int warningsAtStart = WarningCounter::qmlWarnings();
    if (warningsAtStart > 0) {
        say(QStringLiteral("FAIL  %1 QML warning(s) while loading the main window").arg(warningsAtStart));
        ++m_failures;
    }
    Store &store = m_session.store();
    if (!store.isOpen()) {
        // What a person would see: the problem page instead of signing in. Nothing else can load.
        step(QStringLiteral("database-problem"), QStringLiteral("database-problem"), [] { return true; });
        say(QStringLiteral("FAIL  the store could not be opened, so no other page can load"));
        return 1;
    }
    if (!m_session.hasSchool()) {
        step(QStringLiteral("sign-in"), QStringLiteral("sign-in"), [&] { return call(m_window, "showSignIn"); });
        say(QStringLiteral("FAIL  the store holds no school, so no other page can load: add --demo"));
        return 1;
    }
    QList<Staff> staff;
    for (const Staff &member : store.staffOfSchool(m_session.schoolId()))
        if (member.active)
            staff << member;
    if (staff.isEmpty()) {
        say(QStringLiteral("FAIL  the school has no staff to sign in as"));
        return 1;
    }
    const Staff first = staff.first();
    const QString pin = demoPinFor(first.id);

    step(QStringLiteral("sign-in"), QStringLiteral("sign-in"), [&] { return call(m_window, "showSignIn"); });

    step(QStringLiteral("sign-in-pin"), QStringLiteral("sign-in"), [&] {
        if (!call(currentPage(), "chooseStaff", {first.id}))
            return false;
        // One wrong PIN, so the page shows what a mistyped PIN looks like; the right one clears it.
        QString wrong = pin.isEmpty() ? QStringLiteral("0000") : pin;
        wrong.back() = QChar(char16_t(u'0' + (wrong.back().digitValue() + 1) % 10));
        m_session.signIn(first.id, wrong);
        return true;
    });

    step(QStringLiteral("class-list"), QStringLiteral("class-list"), [&] {
        if (pin.isEmpty()) {
            say(QStringLiteral("      %1 is not in the demo school, so the self-test does not know their PIN")
                    .arg(first.displayName()));
            return false;
        }
        // Signing in takes the app to the class list by itself, as it does for a person.
        return m_session.signIn(first.id, pin);
    });

    QString classId = m_session.staffClassIds().value(0);
    if (classId.isEmpty()) {
        const QList<SchoolClass> classes = store.classesOfSchool(m_session.schoolId());
        if (!classes.isEmpty())
            classId = classes.first().id;
    }
    step(QStringLiteral("class"), QStringLiteral("class"), [&] { return call(m_window, "showClass", {classId}); });

    const QList<Pupil> pupils = store.pupilsInClass(classId);
    const QString pupilId = pupils.isEmpty() ? QString() : pupils.first().id;
    step(QStringLiteral("pupil"), QStringLiteral("pupil"), [&] { return call(m_window, "showPupil", {pupilId}); });

    if (!pupils.isEmpty() && pupils.first().isPreparingForAdulthood()) {
        step(QStringLiteral("pupil-pathways"), QStringLiteral("pupil"),
             [&] { return call(currentPage(), "showSection", {QStringLiteral("Preparing for Adulthood")}); });
    }

    // A senior leader sees every class, their own first, and pupils of every key stage.
    m_session.signOut();
    const auto leader = std::find_if(staff.cbegin(), staff.cend(),
                                     [](const Staff &s) { return s.hasRole(StaffRole::SeniorLeader); });
    if (leader != staff.cend()) {
        const QString leaderPin = demoPinFor(leader->id);
        step(QStringLiteral("class-list-senior-leader"), QStringLiteral("class-list"),
             [&] { return !leaderPin.isEmpty() && m_session.signIn(leader->id, leaderPin); });
        QString otherPupilId;
        for (const SchoolClass &c : store.classesOfSchool(m_session.schoolId())) {
            const QList<Pupil> inClass = store.pupilsInClass(c.id);
            if (c.id != classId && !inClass.isEmpty()) {
                otherPupilId = inClass.first().id;
                break;
            }
        }
        if (!otherPupilId.isEmpty())
            step(QStringLiteral("pupil-another-class"), QStringLiteral("pupil"),
                 [&] { return call(m_window, "showPupil", {otherPupilId}); });
        m_session.signOut();
    }

    // A real damaged file, opened by a second store, so the page shows the core's own words.
    QTemporaryDir scratch;
    Store damagedStore;
    const QString damagedPath = scratch.filePath(QStringLiteral("stride.db"));
    QFile garbage(damagedPath);
    if (garbage.open(QIODevice::WriteOnly))
        garbage.write(QByteArray("This is not a database, it is a shopping list: milk, bread, glue sticks.\n")
                          .repeated(64));
    garbage.close();
    DatabaseStatus problem(damagedStore, damagedPath);
    problem.open();
    step(QStringLiteral("database-problem"), QStringLiteral("database-problem"), [&] {
        if (problem.status() != QLatin1String("damaged")) {
            say(QStringLiteral("      expected a damaged store, got \"%1\"").arg(problem.status()));
            return false;
        }
        return call(m_window, "showDatabaseProblem", {QVariant::fromValue<QObject *>(&problem)});
    });
    // Leave the page before the status object it shows goes away.
    call(m_window, "showSignIn");
    settle(50);

    const int warnings = WarningCounter::qmlWarnings();
    if (m_failures == 0 && warnings == 0) {
        say(QStringLiteral("self-test passed: %1 pages, no QML warnings").arg(m_number));
        return 0;
    }
    say(QStringLiteral("self-test FAILED: %1 page(s) failed, %2 QML warning(s)").arg(m_failures).arg(warnings));
    return 1;
}

bool SelfTest::step(const QString &name, const QString &expectedPage, const std::function<bool()> &action)
{
    const QString label = QStringLiteral("%1 %2").arg(++m_number, 2, 10, QLatin1Char('0')).arg(name);
    const int warningsBefore = WarningCounter::qmlWarnings();
    bool ok = action() && waitForPage(expectedPage, 5000);
    const int warnings = WarningCounter::qmlWarnings() - warningsBefore;
    QString note;
    if (!ok)
        note = QStringLiteral("the page \"%1\" did not load or did not become ready").arg(expectedPage);
    else if (warnings > 0)
        note = QStringLiteral("%1 QML warning(s)").arg(warnings);
    else
        note = m_window->property("pageSummary").toString();
    ok = ok && warnings == 0;

    if (!m_screenshotsDir.isEmpty()) {
        const QString file = QDir(m_screenshotsDir)
                                 .filePath(QStringLiteral("%1-%2.png").arg(m_number, 2, 10, QLatin1Char('0')).arg(name));
        if (!m_window->grabWindow().save(file)) {
            ok = false;
            note += QStringLiteral(" (could not save %1)").arg(file);
        }
    }
    say(QStringLiteral("%1  %2  %3").arg(ok ? QStringLiteral("ok  ") : QStringLiteral("FAIL"), label.leftJustified(28), note));
    if (!ok)
        ++m_failures;
    return ok;
}

bool SelfTest::waitForPage(const QString &expectedPage, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        if (m_window->property("pageName").toString() == expectedPage && m_window->property("pageReady").toBool()) {
            settle(150); // let layouts settle and a frame render before anyone looks
            return true;
        }
        QThread::msleep(5);
    }
    return false;
}

bool SelfTest::call(QObject *target, const char *function, const QVariantList &args)
{
    if (!target)
        return false;
    QVariant result;
    bool invoked = false;
    switch (args.size()) {
    case 0:
        invoked = QMetaObject::invokeMethod(target, function, Q_RETURN_ARG(QVariant, result));
        break;
    case 1:
        invoked = QMetaObject::invokeMethod(target, function, Q_RETURN_ARG(QVariant, result), Q_ARG(QVariant, args[0]));
        break;
    default:
        return false;
    }
    if (!invoked)
        say(QStringLiteral("      could not call %1()").arg(QLatin1String(function)));
    return invoked;
}

QObject *SelfTest::currentPage() const
{
    return m_window->property("currentPage").value<QObject *>();
}

QString SelfTest::demoPinFor(const QString &staffId) const
{
    const auto member = m_session.store().staff(staffId);
    if (!member)
        return {};
    const QJsonObject root = QJsonDocument::fromJson(DemoSchool::bundledJson()).object();
    for (const QJsonValue &v : root.value(QLatin1String("staff")).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(QLatin1String("email")).toString() == member->email
            && s.value(QLatin1String("first_name")).toString() == member->firstName)
            return s.value(QLatin1String("pin")).toString();
    }
    return {};
}

} // namespace Stride
