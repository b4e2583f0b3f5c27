// The server tests' own main(): a QCoreApplication (QProcess and Qt SQL need one). The tests start
// the real stride-store executable and talk HTTP to it, so no GUI is involved.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

#include <csignal>

int main(int argc, char *argv[])
{
    // A server that refuses a large body and closes the connection must fail that request, not
    // kill the test run: httplib's client writes without MSG_NOSIGNAL.
    std::signal(SIGPIPE, SIG_IGN);
    // Device keys in key files beside each test's store, in this process and in the app and
    // stride-cli it starts, so that a test never writes into the developer's own keychain.
    qputenv("STRIDE_KEY_STORE", "file");
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
