// The composition root: reads the command line, opens the store, builds the long-lived objects
// and hands them to QML as singletons. Everything else lives in the core, in the view classes
// beside this file, and in the Stride QML module.

#include "databasestatus.h"
#include "models/classlistmodel.h"
#include "models/pupillistmodel.h"
#include "models/stafflistmodel.h"
#include "models/targetlistmodel.h"
#include "pupilprofile.h"
#include "selftest.h"
#include "session.h"
#include "startupoptions.h"
#include "warningcounter.h"

#include "demo/demoschool.h"
#include "store/store.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(StridePlugin)

int main(int argc, char *argv[])
{
    using namespace Stride;

    if (StartupOptions::onlyPrintsText(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (StartupOptions::selfTestRequested(argc, argv)) {
        // The self-test runs on build machines with no screen; pixels are the same everywhere.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
            qputenv("QT_QUICK_BACKEND", "software");
        WarningCounter::install();
    }

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Stride"));
    QGuiApplication::setApplicationVersion(QStringLiteral(STRIDE_VERSION));
    const StartupOptions options = StartupOptions::parse(app);

    // A self-test without --database never touches the real store: it gets a scratch folder.
    QTemporaryDir scratch;
    QString path = options.databasePath;
    if (path.isEmpty())
        path = options.selfTest ? scratch.filePath(QStringLiteral("stride.db")) : StartupOptions::defaultDatabasePath();

    Store store;
    DatabaseStatus database(store, path);
    Session session(store, options.today);
    QObject::connect(&database, &DatabaseStatus::storeReady, &session, [&] {
        if (options.demo && store.schools().isEmpty()) {
            const DemoSchool::Result demo = DemoSchool::load(store);
            if (!demo.ok)
                std::fprintf(stderr, "The demo school could not be loaded: %s\n", qPrintable(demo.message));
        }
        session.reload();
    });
    database.open();

    QQuickStyle::setStyle(QStringLiteral("Material"));
    qmlRegisterSingletonInstance("Stride", 1, 0, "Session", &session);
    qmlRegisterSingletonInstance("Stride", 1, 0, "Database", &database);
    qmlRegisterType<StaffListModel>("Stride", 1, 0, "StaffListModel");
    qmlRegisterType<ClassListModel>("Stride", 1, 0, "ClassListModel");
    qmlRegisterType<PupilListModel>("Stride", 1, 0, "PupilListModel");
    qmlRegisterType<TargetListModel>("Stride", 1, 0, "TargetListModel");
    qmlRegisterType<PupilProfile>("Stride", 1, 0, "PupilProfile");

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Stride/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;

    if (options.selfTest)
        return SelfTest(engine, session, options.screenshotsDir).run();
    return app.exec();
}
