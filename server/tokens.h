#pragma once

#include <QByteArray>
#include <QString>

namespace Stride::Server {

// Secrets handed to people and tablets. The store keeps only their SHA-256, so a copy of its
// database (a backup, a stolen disk) cannot be used to sign in as a tablet.
namespace Tokens {

QString sha256Hex(const QByteArray &bytes);
// 32 random bytes, base64url without padding: the device token.
QString newDeviceToken();
// 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L), as XXXXX-XXXXX.
QString newEnrolmentCode();
// What a person typed, as the code is hashed: dashes and spaces dropped, upper case.
QString normaliseEnrolmentCode(const QString &typed);
// 16 random bytes as hex: upload ids and other unguessable names.
QString newOpaqueId();

} // namespace Tokens

} // namespace Stride::Server
