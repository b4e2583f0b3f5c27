#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Stride {

// Everything of a change that the store applies, and so everything its proof must cover.
struct ProvableChange
{
    QString mutationId;
    QString entity;
    QString entityId;
    QString op;
    QString hlc;
    QString authorStaffId;
    QString recordedAt;
    QJsonObject fields;
    QJsonObject previous;
    // `fields` as QJsonDocument writes them (compact), when the caller has that text already (the
    // store, IncomingMutation::fieldsText): used instead of encoding them again. Empty: encoded here.
    QByteArray fieldsText;
};

// The proof that a change was made by its author on this tablet (docs/security.md, "Proven
// authors"): an HMAC-SHA256 of the change, keyed by the credential the store gave that person on
// this tablet at their first sign-in. The tablet makes it when the change is made, while the person
// is signed in, so sync can send it later without holding anyone's credential; the store, which
// keeps the same credential per person and tablet, checks it. A change cannot be moved to another
// author, tablet or record, or altered, without the proof failing.
namespace ChangeProof {

inline constexpr int kSecretBytes = 32;

// The bytes the HMAC covers: each part length-prefixed, so no two changes share them. The fields
// are in Qt's compact JSON, which both sides write the same way (keys sorted, shortest numbers).
QByteArray canonical(const ProvableChange &change);
// Base64 of the HMAC; empty if `secret` is empty.
QString of(const QByteArray &secret, const ProvableChange &change);
// Compares in constant time.
bool matches(const QByteArray &secret, const ProvableChange &change, const QString &proof);

} // namespace ChangeProof

} // namespace Stride
