#include "credentialvault.h"

#include "devicesecret.h"

#include "../store/store.h"
#include "../store/tablerow.h"

#include <QDateTime>
#include <QSqlQuery>

namespace Stride {

namespace {

QString metaValue(QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

const QString kSecretIdKey = QStringLiteral("device_secret_id");

} // namespace

std::optional<QByteArray> CredentialVault::deviceSecret(QString *problem) const
{
    const auto secret = DeviceSecret::of(m_store, problem);
    if (!secret)
        return std::nullopt;
    QSqlDatabase db = m_store.database();
    const QString id = DeviceSecret::idOf(*secret);
    if (metaValue(db, kSecretIdKey) != id) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("DELETE FROM author_credential"));
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
        q.addBindValue(kSecretIdKey);
        q.addBindValue(id);
        q.exec();
    }
    return secret;
}

bool CredentialVault::has(const QString &staffId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT 1 FROM author_credential WHERE staff_id = ?"));
    q.addBindValue(staffId);
    return q.exec() && q.next();
}

CredentialVault::Result CredentialVault::unseal(const QString &staffId, const QString &pin) const
{
    Result result;
    const auto secret = deviceSecret(&result.problem);
    if (!secret) {
        result.outcome = Unseal::NoDeviceSecret;
        return result;
    }
    QSqlQuery q(m_store.database());
    q.prepare(
        QStringLiteral("SELECT salt, nonce, sealed, iterations FROM author_credential WHERE staff_id = ?"));
    q.addBindValue(staffId);
    if (!q.exec() || !q.next())
        return result;
    const WrappedCredential wrapped{q.value(0).toByteArray(), q.value(1).toByteArray(),
                                    q.value(2).toByteArray(), q.value(3).toInt()};
    q.finish();
    if (const auto opened = AuthorCredential::unwrap(wrapped, pin, *secret, staffId)) {
        result.outcome = Unseal::Unsealed;
        result.secret = *opened;
    } else {
        result.outcome = Unseal::WrongPin;
    }
    return result;
}

bool CredentialVault::keep(const QString &staffId, const QByteArray &secret, const QString &pin)
{
    const auto deviceKey = deviceSecret(nullptr);
    if (!deviceKey)
        return false;
    const WrappedCredential w = AuthorCredential::wrap(secret, pin, *deviceKey, staffId);
    if (w.sealed.isEmpty())
        return false;
    QSqlQuery q(m_store.database());
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO author_credential (staff_id, salt, nonce, sealed, iterations,"
                       " sealed_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(staffId);
    q.addBindValue(w.salt);
    q.addBindValue(w.nonce);
    q.addBindValue(w.sealed);
    q.addBindValue(w.iterations);
    q.addBindValue(Column::instant(QDateTime::currentDateTimeUtc()));
    return q.exec();
}

bool CredentialVault::remove(const QString &staffId)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("DELETE FROM author_credential WHERE staff_id = ?"));
    q.addBindValue(staffId);
    return q.exec();
}

} // namespace Stride
