#include "uitablet.h"

#include "demo/demoschool.h"

#include "appfixture.h"
#include "capturecontroller.h"

#include <QDir>
#include <QQuickItem>
#include <QTest>

namespace Stride::E2e {

using Stride::Testing::waitUntil;

UiTablet::UiTablet(const QString &prefix, const QDate &today) : shotPrefix(prefix)
{
    TabletApp::Config config;
    config.databasePath = dir.filePath(QStringLiteral("stride.db"));
    config.today = today.isValid() ? today : QDate::currentDate();
    config.idleLockMinutes = 0;
    config.importFiles = true;
    app = std::make_unique<TabletApp>(config);
    // Quick enough for a test: a change goes up 0.2 s after it is made, retries within seconds.
    SyncEngine::Timing timing;
    timing.intervalMs = 10 * 60 * 1000; // no quiet re-check during the test: it would pull early
    timing.afterLocalChangeMs = 200;
    timing.backoffBaseMs = 300;
    timing.backoffMaxMs = 2000;
    app->syncEngine().setTiming(timing);
    app->open();
    app->exposeTo(engine);
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Stride/Main.qml")));
    window =
        engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (window && !QTest::qWaitForWindowExposed(window))
        qWarning("The test window was not exposed");
}

UiTablet::~UiTablet()
{
    // The window goes before the objects it shows.
    qDeleteAll(engine.rootObjects());
}

bool UiTablet::signIn(const QString &staffId)
{
    Session &session = app->session();
    if (session.signIn(staffId, DemoSchool::pinOf(app->store(), staffId)))
        return true;
    const bool done = QTest::qWaitFor([&] { return !session.checkingWithStore(); }, 30000) &&
                      session.signedIn() && session.staffId() == staffId;
    if (!done)
        qWarning("Sign-in refused: %s", qPrintable(session.message()));
    return done;
}

QString UiTablet::page() const
{
    return window->property("pageName").toString();
}

bool UiTablet::onPage(const QString &name, int timeoutMs) const
{
    return waitUntil([&] { return page() == name && window->property("pageReady").toBool(); }, timeoutMs);
}

QQuickItem *UiTablet::find(const QString &name, QQuickItem *from) const
{
    QQuickItem *root = from ? from : window->contentItem();
    if (root->objectName() == name && root->isVisible())
        return root;
    for (QQuickItem *child : root->childItems())
        if (child->isVisible())
            if (QQuickItem *found = find(name, child))
                return found;
    return nullptr;
}

namespace {

// Scrolls every Flickable the item is inside (innermost first) so that its centre is in that
// view, the way a person scrolls to a button before tapping it.
void scrollIntoView(QQuickItem *item)
{
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable"))
            continue;
        const QPointF centre = item->mapToItem(p, QPointF(item->width() / 2, item->height() / 2));
        const qreal contentX = p->property("contentX").toReal();
        const qreal contentY = p->property("contentY").toReal();
        const qreal maxX = std::max(0.0, p->property("contentWidth").toReal() - p->width());
        const qreal maxY = std::max(0.0, p->property("contentHeight").toReal() - p->height());
        if (centre.y() < 0 || centre.y() > p->height())
            p->setProperty("contentY", std::clamp(contentY + centre.y() - p->height() / 2, 0.0, maxY));
        if (centre.x() < 0 || centre.x() > p->width())
            p->setProperty("contentX", std::clamp(contentX + centre.x() - p->width() / 2, 0.0, maxX));
    }
}

} // namespace

bool UiTablet::tap(const QString &name)
{
    QQuickItem *item = nullptr;
    if (!waitUntil([&] { return (item = find(name)) && item->isEnabled(); }))
        return false;
    scrollIntoView(item);
    waitUntil([] { return false; }, 50); // let the views settle where they were put
    QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier,
                      item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint());
    QCoreApplication::processEvents();
    return true;
}

bool UiTablet::type(const QString &name, const QString &text)
{
    if (!tap(name))
        return false;
    QQuickItem *field = find(name);
    if (!field || !waitUntil([&] { return field->hasActiveFocus(); }, 2000))
        return false;
    QTest::keySequence(window, QKeySequence::SelectAll);
    QTest::keyClick(window, Qt::Key_Delete);
    // QTest::keyClicks is for widgets; a window takes them one key at a time (the tests type
    // plain ASCII, as a person on the on-screen keyboard would).
    for (const QChar c : text)
        QTest::keyClick(window, c.toLatin1());
    QCoreApplication::processEvents();
    return field->property("text").toString() == text;
}

QVariant UiTablet::callPage(const char *function, const QVariantList &args)
{
    QObject *current = window->property("currentPage").value<QObject *>();
    QVariant result;
    const QVariant a0 = args.value(0), a1 = args.value(1), a2 = args.value(2);
    if (args.isEmpty())
        QMetaObject::invokeMethod(current, function, Q_RETURN_ARG(QVariant, result));
    else
        QMetaObject::invokeMethod(current, function, Q_RETURN_ARG(QVariant, result), Q_ARG(QVariant, a0),
                                  Q_ARG(QVariant, a1), Q_ARG(QVariant, a2));
    return result;
}

bool UiTablet::showSync()
{
    QVariant result;
    QMetaObject::invokeMethod(window, "showSync", Q_RETURN_ARG(QVariant, result));
    return onPage(QStringLiteral("sync"));
}

void UiTablet::shot(const QString &name)
{
    waitUntil([] { return false; }, 300); // a frame with the latest state
    const QString folder = qEnvironmentVariable("STRIDE_SCREENSHOTS");
    if (!folder.isEmpty() && QDir().mkpath(folder))
        window->grabWindow().save(QDir(folder).filePath(
            QStringLiteral("%1-%2-%3.png").arg(shotPrefix).arg(++shots, 2, 10, QLatin1Char('0')).arg(name)));
}

QString UiTablet::headerText() const
{
    QQuickItem *text = find(QStringLiteral("syncIndicatorText"));
    return text ? text->property("text").toString() : QString();
}

bool UiTablet::allSent(int timeoutMs)
{
    // Read from the store, not the engine's figures, which a queued refresh may not have caught
    // up with straight after a Save.
    return waitUntil(
        [&] {
            return sync().state() != SyncEngine::State::Syncing && app->syncClient().pendingItems() == 0 &&
                   sync().lastError().isEmpty();
        },
        timeoutMs);
}

QString UiTablet::capture(const DemoPicks &picks, const QString &note)
{
    CaptureController &c = app->capture();
    QString saved;
    QObject::connect(
        &c, &CaptureController::saved, &c, [&](const QString &id) { saved = id; }, Qt::SingleShotConnection);
    if (!c.begin({picks.pupil.id}, picks.targetId, QStringLiteral("written")))
        return {};
    c.setNote(note);
    c.setPromptLevel(QStringLiteral("gestural"));
    c.save();
    waitUntil([&] { return !saved.isEmpty(); });
    return saved;
}

bool UiTablet::enrol(StoreServer &server, const QString &schoolId, const QString &name)
{
    app->connection().enrol(server.url().toString(), server.enrolmentCode(schoolId, name), name);
    return onPage(QStringLiteral("sign-in"), 60000) && app->session().hasSchool();
}

} // namespace Stride::E2e
