#include "mediaquota.h"

#include "recordstore.h"
#include "sqlconnection.h"

#include <cmath>

namespace Stride::Server {

namespace {

constexpr double kBytesPerGb = 1e9;

// "1.20 GB", "350.0 MB", "900 bytes": in the units disks are sold in.
QString amount(qint64 bytes)
{
    if (bytes >= qint64(kBytesPerGb))
        return QStringLiteral("%1 GB").arg(double(bytes) / kBytesPerGb, 0, 'f', 2);
    if (bytes >= 1000 * 1000)
        return QStringLiteral("%1 MB").arg(double(bytes) / 1e6, 0, 'f', 1);
    return QStringLiteral("%1 bytes").arg(bytes);
}

} // namespace

QString MediaUse::describe() const
{
    QString text = quotaBytes ? QStringLiteral("%1 of %2 (%3%)")
                                    .arg(amount(usedBytes()), amount(*quotaBytes))
                                    .arg(qRound64(100.0 * double(usedBytes()) / double(*quotaBytes)))
                              : QStringLiteral("%1, no quota").arg(amount(usedBytes()));
    if (uploadingBytes > 0)
        text += QStringLiteral(", %1 of it still arriving").arg(amount(uploadingBytes));
    return text;
}

std::optional<qint64> MediaQuota::ownQuota(const QString &schoolId)
{
    QSqlQuery q =
        Sql::exec(SqlConnection::forThisThread(),
                  QStringLiteral("SELECT media_bytes FROM school_quota WHERE school_id = ?"), {schoolId});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

void MediaQuota::setQuota(const QString &schoolId, qint64 bytes)
{
    Sql::exec(SqlConnection::forThisThread(),
              QStringLiteral("INSERT INTO school_quota (school_id, media_bytes, set_at) VALUES (?, ?, ?)"
                             " ON CONFLICT (school_id) DO UPDATE SET media_bytes = excluded.media_bytes,"
                             " set_at = excluded.set_at"),
              {schoolId, bytes, nowText()});
}

void MediaQuota::clearQuota(const QString &schoolId)
{
    Sql::exec(SqlConnection::forThisThread(), QStringLiteral("DELETE FROM school_quota WHERE school_id = ?"),
              {schoolId});
}

MediaUse MediaQuota::useOf(const QString &schoolId, qint64 defaultQuotaBytes, const QString &exceptSha256)
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    MediaUse use;
    // media_blob has one row per school and hash: a file sent by every tablet counts once.
    QSqlQuery stored = Sql::exec(
        db, QStringLiteral("SELECT COALESCE(SUM(byte_size), 0) FROM media_blob WHERE school_id = ?"),
        {schoolId});
    use.storedBytes = stored.next() ? stored.value(0).toLongLong() : 0;
    // Several uploads of one file (a tablet that started again) count once, at their largest,
    // and not at all once the school holds the file.
    QSqlQuery uploading = Sql::exec(
        db,
        QStringLiteral(
            "SELECT COALESCE(SUM(u.length), 0) FROM (SELECT sha256, MAX(length) AS length FROM media_upload"
            " WHERE school_id = ? AND expires_at > ? AND sha256 <> ? AND completed_at IS NULL"
            " GROUP BY sha256) u"
            " WHERE NOT EXISTS (SELECT 1 FROM media_blob b WHERE b.school_id = ? AND b.sha256 = u.sha256)"),
        // An empty text, never NULL: "sha256 <> NULL" would leave every upload out.
        {schoolId, nowText(), exceptSha256.isNull() ? QStringLiteral("") : exceptSha256, schoolId});
    use.uploadingBytes = uploading.next() ? uploading.value(0).toLongLong() : 0;
    use.quotaBytes = ownQuota(schoolId);
    if (!use.quotaBytes && defaultQuotaBytes > 0)
        use.quotaBytes = defaultQuotaBytes;
    return use;
}

MediaQuota::Hold::Hold(const QString &schoolId) : m_transaction(SqlConnection::forThisThread())
{
    // Two keys: this lock's own class (media quota), then the school. Ended with the transaction.
    if (SqlConnection::isPostgres())
        Sql::exec(SqlConnection::forThisThread(),
                  QStringLiteral("SELECT pg_advisory_xact_lock(8470, hashtext(?))"), {schoolId});
}

QString MediaQuota::fullMessage()
{
    return QStringLiteral(
        "The school's store is full, so this file has not been sent yet. It is safe on this "
        "tablet. Ask the office to make room on the store.");
}

std::optional<qint64> MediaQuota::bytesFromGb(const QString &text)
{
    bool ok = false;
    const double gb = text.trimmed().toDouble(&ok);
    // Up to a million GB: far beyond any school's disk, and well inside a 64-bit count of bytes.
    if (!ok || !std::isfinite(gb) || gb <= 0 || gb > 1e6)
        return std::nullopt;
    const qint64 bytes = qint64(std::llround(gb * kBytesPerGb));
    if (bytes < 1)
        return std::nullopt;
    return bytes;
}

} // namespace Stride::Server
