#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Stride {

// This tablet's own secret: with a person's PIN it unseals their credential (AuthorCredential), so
// a copy of the database alone opens nobody's. Where a platform keystore is used (the lost-tablet
// work), the secret lives there; this is the fallback for machines without one: a file beside the
// database, "<database>-device.key", readable by this account only, and erased with the database
// (DeviceFiles). A copy of the whole folder holds both halves, which is why the PIN's key
// derivation is slow and why the keystore matters (docs/security.md, "Proven authors").
class DeviceSecret
{
public:
    static constexpr int kBytes = 32;

    static QString fileFor(const QString &databasePath);
    // The secret for this database, made (with fresh random bytes) if there is none yet. nullopt,
    // with `error` in words, if the file cannot be read or written or is not a secret.
    static std::optional<QByteArray> forDatabase(const QString &databasePath, QString *error = nullptr);
    // A short, non-secret name for a secret (its SHA-256, first 8 bytes, hex): kept in the database
    // so that a database separated from its secret is told from a wrong PIN.
    static QString idOf(const QByteArray &secret);
};

} // namespace Stride
