#pragma once

#include <QByteArray>
#include <QString>

namespace Stride {

// Somewhere a tablet's device key is kept, by account (one per database): the platform's keystore
// (platform/security/keychainkeyvault.h) or, where there is none, a file (FileKeyVault). A vault
// tells "there is no key for this account" apart from "the keystore cannot be asked", because
// only the first may ever lead to a database being treated as unreadable (DeviceKey).
class KeyVault
{
public:
    enum class Outcome {
        Done,       // read: the key is in `key`; write and remove: done
        NoKey,      // read and remove: the vault holds no key for this account
        Unavailable // the vault could not be asked or refused the request; `detail` says why
    };
    struct Result
    {
        Outcome outcome = Outcome::Unavailable;
        QByteArray key;
        QString detail; // the technical reason, for support
    };

    virtual ~KeyVault() = default;
    // What the vault is, for messages and support ("the desktop's keyring", "a key file").
    virtual QString name() const = 0;
    // True for the file beside the database: a fallback, never the platform's keystore.
    virtual bool isFile() const { return false; }
    virtual Result read(const QString &account) = 0;
    virtual Result write(const QString &account, const QByteArray &key) = 0;
    virtual Result remove(const QString &account) = 0;
};

} // namespace Stride
