// The test runner's own main(): a QGuiApplication (QImage, fonts and the event loop need one),
// offscreen, because build machines and CI have no display. catch_discover_tests runs this binary
// without the test environment, so the default must be set here, not only in CTest.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Device keys in key files beside each test's store, in this process and in the app and
    // stride-cli it starts, so that a test never writes into the developer's own keychain.
    qputenv("STRIDE_KEY_STORE", "file");
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
