#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Stride {

// A person's credential as this tablet keeps it: sealed, never in the clear on disk.
struct WrappedCredential
{
    QByteArray salt;   // for the PIN's key derivation
    QByteArray nonce;  // AES-GCM's, new for each sealing
    QByteArray sealed; // the ciphertext followed by the 16-byte tag
    int iterations = 0;
};

// Sealing a person's credential (ChangeProof's key) on this tablet: AES-256-GCM under a key made
// from their PIN (PBKDF2-HMAC-SHA256) together with this tablet's own secret (DeviceSecret). The
// PIN alone, or a copy of the database alone, opens nothing; the tag tells a wrong PIN (or a
// changed record) from the right one, which is how signing in offline checks the PIN.
namespace AuthorCredential {

// About 50 ms on a laptop core, a few times that on a tablet: felt by nobody signing in, and
// a cost on each of the 10,000 guesses at a four-digit PIN for whoever has copied the tablet's
// files and its secret. Kept with each sealing, so it can be raised later.
inline constexpr int kIterations = 100000;

WrappedCredential wrap(const QByteArray &secret, const QString &pin, const QByteArray &deviceSecret,
                       const QString &staffId, int iterations = kIterations);
// The secret, or nullopt for a wrong PIN, another tablet's secret, another person's record, or
// any changed byte.
std::optional<QByteArray> unwrap(const WrappedCredential &wrapped, const QString &pin,
                                 const QByteArray &deviceSecret, const QString &staffId);

} // namespace AuthorCredential

} // namespace Stride
