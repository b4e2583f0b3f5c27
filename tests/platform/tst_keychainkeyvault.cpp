// The device key in the platform's keystore through QtKeychain (platform/security/keychainkeyvault.h).
// Without a keystore (no D-Bus session: a build machine) it must say "unavailable" quickly, never
// hang start-up. With one (a throwaway D-Bus session and unlocked gnome-keyring, as the CTest
// entry "platform_keychain_round_trip" starts), a key goes in, comes back and is removed.
#include "security/keychainkeyvault.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QUuid>

#include <cstdio>
#include <iterator>

using namespace Stride;

namespace {

// Takes away every way to a D-Bus session bus for the life of the object (so that nothing can
// reach the keychain of whoever runs the test), and gives them back after.
class NoSessionBus
{
public:
    NoSessionBus()
    {
        for (const char *name : kNames) {
            m_saved.append(qgetenv(name));
            m_was.append(qEnvironmentVariableIsSet(name));
            qunsetenv(name);
        }
    }
    ~NoSessionBus()
    {
        for (int i = 0; i < int(std::size(kNames)); ++i)
            if (m_was.at(i))
                qputenv(kNames[i], m_saved.at(i));
    }

private:
    static constexpr const char *kNames[] = {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY",
                                             "XDG_RUNTIME_DIR"};
    QList<QByteArray> m_saved;
    QList<bool> m_was;
};

} // namespace

TEST_CASE("Without a keystore, the keychain vault says unavailable within seconds", "[keychain]")
{
    NoSessionBus noBus;
    KeychainKeyVault vault;
    const QString account = QStringLiteral("/nowhere/stride-test-%1.db").arg(QUuid::createUuid().toString());
    for (int i = 0; i < 2; ++i) {
        QElapsedTimer timer;
        timer.start();
        const KeyVault::Result read = vault.read(account);
        const qint64 readMs = timer.restart();
        const KeyVault::Result written = vault.write(account, QByteArray(32, '\x01'));
        const qint64 writeMs = timer.elapsed();
        std::printf("keychain without a session bus: read %lld ms, write %lld ms (%s)\n", qint64(readMs),
                    qint64(writeMs), qPrintable(read.detail));
        CHECK(read.outcome == KeyVault::Outcome::Unavailable);
        CHECK(written.outcome == KeyVault::Outcome::Unavailable);
        CHECK_FALSE(read.detail.isEmpty());
        CHECK(readMs < 3000);
        CHECK(writeMs < 3000);
    }
}

TEST_CASE("With a keystore, a key goes in, comes back and is removed", "[keyring]")
{
    if (!qEnvironmentVariableIsSet("STRIDE_TEST_KEYRING")) {
        SUCCEED("no throwaway keyring for this process; the developer's own is never written");
        return;
    }
    KeychainKeyVault vault;
    const QString account = QStringLiteral("/tmp/stride-test-%1.db").arg(QUuid::createUuid().toString());
    const QByteArray key(32, '\x5c');
    CHECK(vault.read(account).outcome == KeyVault::Outcome::NoKey);
    REQUIRE(vault.write(account, key).outcome == KeyVault::Outcome::Done);
    const KeyVault::Result read = vault.read(account);
    REQUIRE(read.outcome == KeyVault::Outcome::Done);
    CHECK(read.key == key);
    CHECK(vault.remove(account).outcome == KeyVault::Outcome::Done);
    CHECK(vault.read(account).outcome == KeyVault::Outcome::NoKey);
}
