#include "authorcredentials.h"

#include "sqlconnection.h"

#include <people/changeproof.h>

#include <QDateTime>
#include <QRandomGenerator>

namespace Stride::Server::AuthorCredentials {

QByteArray issue(QSqlDatabase &db, const QString &deviceId, const QString &staffId, const QString &schoolId)
{
    QByteArray secret(ChangeProof::kSecretBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), secret.size() / 4);
    Sql::exec(
        db,
        QStringLiteral("INSERT INTO author_credential (device_id, staff_id, school_id, secret, issued_at)"
                       " VALUES (?, ?, ?, ?, ?) ON CONFLICT (device_id, staff_id) DO UPDATE SET"
                       " school_id = excluded.school_id, secret = excluded.secret,"
                       " issued_at = excluded.issued_at"),
        {deviceId, staffId, schoolId, QString::fromLatin1(secret.toBase64()),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    return secret;
}

std::optional<QByteArray> of(QSqlDatabase &db, const QString &deviceId, const QString &staffId)
{
    QSqlQuery q = Sql::exec(
        db, QStringLiteral("SELECT secret FROM author_credential WHERE device_id = ? AND staff_id = ?"),
        {deviceId, staffId});
    if (!q.next())
        return std::nullopt;
    return QByteArray::fromBase64(q.value(0).toString().toLatin1());
}

void withdrawAll(QSqlDatabase &db, const QString &staffId)
{
    Sql::exec(db, QStringLiteral("DELETE FROM author_credential WHERE staff_id = ?"), {staffId});
}

} // namespace Stride::Server::AuthorCredentials
