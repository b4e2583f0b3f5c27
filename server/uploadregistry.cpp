#include "uploadregistry.h"

#include "recordstore.h"
#include "sqlconnection.h"

namespace Stride::Server {

void UploadRegistry::create(const Upload &u)
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    Sql::exec(
        db,
        QStringLiteral(
            "INSERT INTO media_upload (id, school_id, device_id, sha256, length, upload_offset, created_at,"
            " expires_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)"),
        {u.id, u.schoolId, u.deviceId, u.sha256, u.length, nowText(),
         u.expiresAt.toString(Qt::ISODateWithMs)});
}

namespace {

std::optional<Upload> select(const QString &id, bool forUpdate)
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    QString sql = QStringLiteral("SELECT id, school_id, device_id, sha256, length, upload_offset, expires_at,"
                                 " completed_at FROM media_upload WHERE id = ?");
    if (forUpdate && SqlConnection::isPostgres())
        sql += QStringLiteral(" FOR UPDATE");
    QSqlQuery q = Sql::exec(db, sql, {id});
    if (!q.next())
        return std::nullopt;
    Upload u;
    u.id = q.value(0).toString();
    u.schoolId = q.value(1).toString();
    u.deviceId = q.value(2).toString();
    u.sha256 = q.value(3).toString();
    u.length = q.value(4).toLongLong();
    u.offset = q.value(5).toLongLong();
    u.expiresAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    u.completed = !q.value(7).isNull();
    return u;
}

} // namespace

std::optional<Upload> UploadRegistry::find(const QString &id)
{
    return select(id, false);
}

std::optional<Upload> UploadRegistry::findForUpdate(const QString &id)
{
    return select(id, true);
}

void UploadRegistry::setOffset(const QString &id, qint64 offset)
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    Sql::exec(db, QStringLiteral("UPDATE media_upload SET upload_offset = ? WHERE id = ?"), {offset, id});
}

void UploadRegistry::remove(const QString &id)
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    Sql::exec(db, QStringLiteral("DELETE FROM media_upload WHERE id = ?"), {id});
}

QList<QString> UploadRegistry::expiredIds()
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    QSqlQuery q =
        Sql::exec(db, QStringLiteral("SELECT id FROM media_upload WHERE expires_at <= ?"), {nowText()});
    QList<QString> ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

bool UploadRegistry::schoolHasBlob(const QString &schoolId, const QString &sha256)
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    return Sql::exec(db, QStringLiteral("SELECT 1 FROM media_blob WHERE sha256 = ? AND school_id = ?"),
                     {sha256, schoolId})
        .next();
}

void UploadRegistry::recordBlob(const QString &schoolId, const QString &sha256, qint64 size)
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    Sql::exec(
        db,
        QStringLiteral("INSERT INTO media_blob (sha256, school_id, byte_size, stored_at) VALUES (?, ?, ?, ?)"
                       " ON CONFLICT (sha256, school_id) DO NOTHING"),
        {sha256, schoolId, size, nowText()});
}

void UploadRegistry::completeUpload(const QString &uploadId, const QString &schoolId, const QString &sha256,
                                    qint64 size)
{
    recordBlob(schoolId, sha256, size);
    Sql::exec(SqlConnection::forThisThread(),
              QStringLiteral("UPDATE media_upload SET upload_offset = length, completed_at = ? WHERE id = ?"),
              {nowText(), uploadId});
}

} // namespace Stride::Server
