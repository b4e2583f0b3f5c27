// The end-to-end runner: a QCoreApplication (the event loop drives the sync client), then Catch.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Device keys in key files beside each test's store, in this process and in the app and
    // stride-cli it starts, so that a test never writes into the developer's own keychain.
    qputenv("STRIDE_KEY_STORE", "file");
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
