#pragma once

#include "authorcredential.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Stride {

class Store;

// The credentials of the people who have signed in on this tablet, each sealed with their PIN and
// this tablet's secret (AuthorCredential, DeviceSecret), in the tablet's database. They never sync:
// the store holds its own copy of each, for this tablet only.
class CredentialVault
{
public:
    explicit CredentialVault(Store &store) : m_store(store) {}

    enum class Unseal {
        Unsealed,
        WrongPin,
        NoCredential,  // this person has not signed in here yet: the store must check their PIN
        NoDeviceSecret // the tablet's secret cannot be read: nobody's credential opens
    };
    struct Result
    {
        Unseal outcome = Unseal::NoCredential;
        QByteArray secret;
        QString problem; // for NoDeviceSecret, in words
    };

    bool has(const QString &staffId) const;
    Result unseal(const QString &staffId, const QString &pin) const;
    // Seals and keeps `secret` for this person, replacing any earlier one.
    bool keep(const QString &staffId, const QByteArray &secret, const QString &pin);
    bool remove(const QString &staffId);

private:
    // The tablet's secret, after checking it is the one the credentials were sealed with: one
    // that changed (the device key lost or replaced, or issue 11's key file adopted as the device
    // key, from which a new secret is derived) can open none of them, so they are dropped and
    // everyone signs in with the store again, rather than being told their PIN is wrong.
    std::optional<QByteArray> deviceSecret(QString *problem) const;

    Store &m_store;
};

} // namespace Stride
