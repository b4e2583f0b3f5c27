// The composition root: reads the command line, builds the tablet app's long-lived objects
// (TabletApp) and hands them to QML. Everything else lives in the core, the platform layer, the
// view classes beside this file, and the Stride QML module.

#include "selftest.h"
#include "startupbenchmark.h"
#include "startupoptions.h"
#include "tabletapp.h"
#include "translations.h"
#include "warningcounter.h"

#include "security/keystore.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
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
    QString translationProblem;
    if (!Translations::install(app, options.translationFile, &translationProblem)) {
        std::fprintf(stderr, "%s\n", qPrintable(translationProblem));
        return 2;
    }

    // A self-test without --database never touches the real store: it gets a scratch folder.
    QTemporaryDir scratch;
    TabletApp::Config config;
    config.databasePath = options.databasePath;
    if (config.databasePath.isEmpty())
        config.databasePath = options.selfTest ? scratch.filePath(QStringLiteral("stride.db"))
                                               : StartupOptions::defaultDatabasePath();
    config.today = options.today;
    config.demo = options.demo;
    config.idleLockMinutes = options.idleLockMinutes;
    // The self-test's pictures must not depend on whether the build machine has a webcam.
    config.importFiles = options.selfTest || qEnvironmentVariableIsSet("STRIDE_CAPTURE_FROM_FILES");

    // Where the key to the records lives, before the store is opened: the device's keystore, or
    // the key file the policy allows. The self-test keeps its scratch stores' keys in key files,
    // out of the keychain of whoever runs it.
    const KeyStorePolicy keyPolicy = KeyStorePolicy::fromEnvironment(
        options.allowFileKey,
        options.selfTest && options.keyStore.isEmpty() ? QStringLiteral("file") : options.keyStore);
    if (!keyPolicy.note.isEmpty() && !options.selfTest)
        std::fprintf(stderr, "%s\n", qPrintable(keyPolicy.note));
    KeyStore::install(keyPolicy);

    TabletApp tablet(config);
    tablet.open();

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    tablet.exposeTo(engine);
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Stride/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    tablet.watch(window);
    // A tablet held upright (800x1280), or any other size, for trying and for the self-test's pictures.
    if (window && options.windowSize.isValid())
        window->resize(options.windowSize);

    if (options.startupBenchmark)
        return StartupBenchmark(engine, tablet.session()).run();
    if (options.selfTest) {
        SelfTest selfTest(engine, tablet, options.screenshotsDir);
        selfTest.setCheckTranslated(options.checkTranslated);
        return selfTest.run();
    }
    return app.exec();
}
