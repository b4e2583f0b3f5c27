// The platform tests' own main(): a QGuiApplication (QImage, Qt Multimedia and the event loop
// need one), offscreen, because build machines and CI have no display. catch_discover_tests runs
// this binary without the test environment, so the default must be set here, not only in CTest.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("stride-platform-tests"));
    return Catch::Session().run(argc, argv);
}
