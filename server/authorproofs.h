#pragma once

#include "incomingmutation.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Stride::Server {

// Checks that each change of one push was made by its author on the tablet sending it: its proof
// must be the HMAC of the change by that person's credential on that tablet (ChangeProof). A
// change in the name of someone who has not signed in on this tablet with the store, or whose
// credential was withdrawn, or with any byte altered, is refused as `unproven_author`, whatever
// the device token. Credentials are read once per author per push.
class AuthorProofs
{
public:
    AuthorProofs(QSqlDatabase &db, QString deviceId) : m_db(db), m_deviceId(std::move(deviceId)) {}

    // `authorName` names the person in the refusal ("Hannah Kaur").
    std::optional<Rejection> check(const IncomingMutation &m, const QString &authorName);

private:
    QSqlDatabase &m_db;
    QString m_deviceId;
    QHash<QString, std::optional<QByteArray>> m_credentials;
};

} // namespace Stride::Server
