#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Stride {

// This tablet's membership of a school's store: where the store is, and the secret it proves
// itself with (docs/sync.md, "Devices and staff"). Kept in the local database's `enrolment` row.
struct Enrolment
{
    QUrl serverUrl;
    QString deviceId; // the server's name for this tablet (revoke-device takes it)
    QString deviceToken;
    QString deviceName;
    QString schoolId;
    QString schoolName;
    QDateTime enrolledAt;
    // The store's own certificate (PEM), confirmed by its fingerprint at enrolment: the only one
    // trusted for this store from then on. Empty: the system's certificate authorities.
    QByteArray pinnedCertificate;

    bool isValid() const { return serverUrl.isValid() && !deviceToken.isEmpty(); }
};

} // namespace Stride
