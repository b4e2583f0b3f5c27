// The app tests' own main(): a QGuiApplication, offscreen with the software renderer, because
// build machines and CI have no display; and the Material style, as the app uses. Discovery runs
// this binary without the test environment, so the defaults are set here, not only in CTest.
// The app's English translation is installed as the app installs it: it gives the "%n" messages
// their singular and plural forms, which the tests read.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "translations.h"

#include <QGuiApplication>
#include <QQuickStyle>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");
    // Device keys in key files beside each test's store, in this process and in the app and
    // stride-cli it starts, so that a test never writes into the developer's own keychain.
    qputenv("STRIDE_KEY_STORE", "file");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("stride-app-tests"));
    Stride::Translations::install(app);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    return Catch::Session().run(argc, argv);
}
