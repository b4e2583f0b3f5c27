#pragma once

#include "security/keyvault.h"

#include <chrono>

namespace Stride {

// The platform's keystore through QtKeychain: the Android Keystore, the iOS and macOS Keychain,
// Windows' credential store, the desktop's Secret Service (gnome-keyring, KWallet) on Linux. One
// entry per database: service "Stride", key "device-key:" and the database's path.
//
// QtKeychain answers asynchronously; each request here waits for its answer in a local event
// loop, for at most `timeout`. A machine with no keystore (no D-Bus session, no Secret Service:
// a build machine) must be told "unavailable" within that time, never hang start-up.
class KeychainKeyVault : public KeyVault
{
public:
    explicit KeychainKeyVault(std::chrono::milliseconds timeout = std::chrono::seconds(10));

    QString name() const override;
    Result read(const QString &account) override;
    Result write(const QString &account, const QByteArray &key) override;
    Result remove(const QString &account) override;

private:
    std::chrono::milliseconds m_timeout;
};

} // namespace Stride
