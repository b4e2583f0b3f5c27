#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Stride {

class Store;

// This tablet's own secret: with a person's PIN it unseals their credential (AuthorCredential), so
// a copy of the database alone opens nobody's. It is the credential key derived from the device
// key the store was opened with (DeviceKeys::credential), kept in the platform's keystore where
// there is one (DeviceKey); where there is none, the key file beside the database holds it, and a
// copy of the whole folder holds both halves, which is why the PIN's key derivation is slow and
// why the keystore matters (docs/security.md, "Proven authors").
class DeviceSecret
{
public:
    static constexpr int kBytes = 32;

    // The secret of the store's tablet. nullopt, with `error` in words, for a store opened
    // without a device key (a plain one, or none open).
    static std::optional<QByteArray> of(const Store &store, QString *error = nullptr);
    // A short, non-secret name for a secret (its SHA-256, first 8 bytes, hex): kept in the database
    // so that a database separated from its secret is told from a wrong PIN.
    static QString idOf(const QByteArray &secret);
};

} // namespace Stride
