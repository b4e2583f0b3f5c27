#include "qmlregistration.h"

#include "tabletapp.h"

#include <QJSEngine>
#include <QQmlEngine>

namespace Stride::Qml {

TabletApp *appFor(QQmlEngine *engine, const char *singletonName)
{
    TabletApp *app = TabletApp::exposedTo(engine);
    if (!app)
        qWarning("The QML singleton %s has nothing to show: no TabletApp was exposed to this QML "
                 "engine (TabletApp::exposeTo).",
                 singletonName);
    return app;
}

namespace {

// The instance `get` picks out of the engine's app. QML reads it, the app owns it: without
// C++ ownership the engine would delete it with itself, and the app would delete it again.
template <typename T> T *instance(QQmlEngine *engine, const char *name, T &(TabletApp::*get)())
{
    TabletApp *app = appFor(engine, name);
    if (!app)
        return nullptr;
    T *object = &(app->*get)();
    QJSEngine::setObjectOwnership(object, QJSEngine::CppOwnership);
    return object;
}

} // namespace

Session *SessionSingleton::create(QQmlEngine *engine, QJSEngine *)
{
    return instance(engine, "Session", &TabletApp::session);
}

DatabaseStatus *DatabaseSingleton::create(QQmlEngine *engine, QJSEngine *)
{
    return instance(engine, "Database", &TabletApp::database);
}

CaptureController *CaptureSingleton::create(QQmlEngine *engine, QJSEngine *)
{
    return instance(engine, "Capture", &TabletApp::capture);
}

MediaFiles *MediaFilesSingleton::create(QQmlEngine *engine, QJSEngine *)
{
    return instance(engine, "MediaFiles", &TabletApp::mediaFiles);
}

IdleMonitor *IdleLockSingleton::create(QQmlEngine *engine, QJSEngine *)
{
    return instance(engine, "IdleLock", &TabletApp::idleMonitor);
}

SyncEngine *SyncSingleton::create(QQmlEngine *engine, QJSEngine *)
{
    return instance(engine, "Sync", &TabletApp::syncEngine);
}

SchoolConnection *ConnectionSingleton::create(QQmlEngine *engine, QJSEngine *)
{
    return instance(engine, "Connection", &TabletApp::connection);
}

SyncProblems *SyncProblemsSingleton::create(QQmlEngine *engine, QJSEngine *)
{
    return instance(engine, "SyncProblems", &TabletApp::syncProblems);
}

MediaDownloads *MediaDownloadsSingleton::create(QQmlEngine *engine, QJSEngine *)
{
    return instance(engine, "MediaDownloads", &TabletApp::mediaDownloads);
}

Navigator *NavigatorSingleton::create(QQmlEngine *engine, QJSEngine *)
{
    return instance(engine, "Navigator", &TabletApp::navigator);
}

} // namespace Stride::Qml
