#pragma once

#include "keyvault.h"

namespace Stride {

// The fallback for machines with no platform keystore (a headless build machine, the tests, the
// command-line client): the key in a file beside the database, "<database>-device.key", readable
// by this account only, written whole or not at all. The account is the database's path. A copy
// of the whole folder carries the key with it, which is why the app uses the platform's keystore
// where there is one (docs/security.md).
class FileKeyVault : public KeyVault
{
public:
    // The key file of a database (the name issue 11's DeviceSecret used, so its files are found).
    static QString fileFor(const QString &databasePath);

    QString name() const override;
    bool isFile() const override { return true; }
    Result read(const QString &account) override;
    Result write(const QString &account, const QByteArray &key) override;
    Result remove(const QString &account) override;
};

} // namespace Stride
