#include "recordstore.h"

#include "sqlconnection.h"

#include <QDateTime>
#include <QJsonDocument>

namespace Stride::Server {

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void RecordStore::ensureSchoolSequence(const QString &schoolId)
{
    Sql::run(m_db,
             QStringLiteral("INSERT INTO school_sequence (school_id, last_seq) VALUES (?, 0) ON CONFLICT "
                            "(school_id) DO NOTHING"),
             {schoolId});
}

qint64 RecordStore::lockSchool(const QString &schoolId)
{
    // Portable: an UPDATE takes the row lock in PostgreSQL (held until commit, so pushes to one
    // school queue here and their seq numbers follow commit order); in SQLite the transaction
    // already holds the database's single write lock.
    Sql::run(m_db, QStringLiteral("UPDATE school_sequence SET last_seq = last_seq WHERE school_id = ?"),
             {schoolId});
    const auto found = Sql::rows(
        m_db, QStringLiteral("SELECT last_seq FROM school_sequence WHERE school_id = ?"), {schoolId});
    if (found.isEmpty())
        throw StoreError(QStringLiteral("The school %1 has no change sequence.").arg(schoolId));
    return found.first().at(0).toLongLong();
}

void RecordStore::setLastSeq(const QString &schoolId, qint64 seq)
{
    Sql::run(m_db, QStringLiteral("UPDATE school_sequence SET last_seq = ? WHERE school_id = ?"),
             {seq, schoolId});
}

bool RecordStore::isApplied(const QString &mutationId)
{
    return !Sql::rows(m_db, QStringLiteral("SELECT 1 FROM applied_mutation WHERE mutation_id = ?"),
                      {mutationId})
                .isEmpty();
}

void RecordStore::markApplied(const QString &mutationId, const QString &schoolId, const QString &deviceId)
{
    Sql::run(m_db,
             QStringLiteral("INSERT INTO applied_mutation (mutation_id, school_id, device_id, applied_at) "
                            "VALUES (?, ?, ?, ?)"),
             {mutationId, schoolId, deviceId, nowText()});
}

std::optional<StoredRecord> RecordStore::find(const QString &entity, const QString &entityId)
{
    const auto found =
        Sql::rows(m_db,
                  QStringLiteral("SELECT school_id, fields, deleted, deleted_hlc, created_hlc FROM "
                                 "sync_record WHERE entity = ? AND entity_id = ?"),
                  {entity, entityId});
    if (found.isEmpty())
        return std::nullopt;
    const QVariantList &row = found.first();
    StoredRecord r;
    r.entity = entity;
    r.entityId = entityId;
    r.schoolId = row.at(0).toString();
    r.fields = jsonObject(row.at(1).toString());
    r.deleted = row.at(2).toInt() != 0;
    r.deletedHlc = row.at(3).toString();
    r.createdHlc = row.at(4).toString();
    return r;
}

void RecordStore::save(const StoredRecord &record, bool exists)
{
    const QVariant deletedHlc = Sql::optionalText(record.deletedHlc);
    const QVariant createdHlc = Sql::optionalText(record.createdHlc);
    if (exists)
        Sql::run(
            m_db,
            QStringLiteral("UPDATE sync_record SET fields = ?, deleted = ?, deleted_hlc = ?, created_hlc = ?"
                           " WHERE entity = ? AND entity_id = ?"),
            {jsonText(record.fields), record.deleted ? 1 : 0, deletedHlc, createdHlc, record.entity,
             record.entityId});
    else
        Sql::run(m_db,
                 QStringLiteral(
                     "INSERT INTO sync_record (entity, entity_id, school_id, fields, deleted, deleted_hlc,"
                     " created_hlc) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {record.entity, record.entityId, record.schoolId, jsonText(record.fields),
                  record.deleted ? 1 : 0, deletedHlc, createdHlc});
}

std::optional<QString> RecordStore::otherSchoolHolding(const QString &entityId, const QString &schoolId)
{
    const auto found = Sql::rows(
        m_db,
        QStringLiteral("SELECT school_id FROM sync_record WHERE entity_id = ? AND school_id <> ? LIMIT 1"),
        {entityId, schoolId});
    if (!found.isEmpty())
        return found.first().at(0).toString();
    return std::nullopt;
}

QHash<QString, FieldClock> RecordStore::clocks(const QString &entity, const QString &entityId)
{
    QHash<QString, FieldClock> result;
    const auto found = Sql::rows(m_db,
                                 QStringLiteral("SELECT field, hlc, device_id, author_staff_id FROM "
                                                "sync_field_clock WHERE entity = ? AND entity_id = ?"),
                                 {entity, entityId});
    for (const QVariantList &row : found)
        result.insert(row.at(0).toString(),
                      {row.at(1).toString(), row.at(2).toString(), row.at(3).toString()});
    return result;
}

void RecordStore::setClock(const QString &entity, const QString &entityId, const QString &field,
                           const FieldClock &clock)
{
    Sql::run(m_db,
             QStringLiteral(
                 "INSERT INTO sync_field_clock (entity, entity_id, field, hlc, device_id, author_staff_id)"
                 " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (entity, entity_id, field) DO UPDATE SET"
                 " hlc = excluded.hlc, device_id = excluded.device_id, author_staff_id = "
                 "excluded.author_staff_id"),
             {entity, entityId, field, clock.hlc, Sql::text(clock.deviceId),
              Sql::optionalText(clock.authorStaffId)});
}

void RecordStore::clearClocks(const QString &entity, const QString &entityId)
{
    Sql::run(m_db, QStringLiteral("DELETE FROM sync_field_clock WHERE entity = ? AND entity_id = ?"),
             {entity, entityId});
}

QString RecordStore::latestHlc()
{
    QSqlQuery q = Sql::exec(m_db, QStringLiteral("SELECT max(hlc) FROM sync_change"));
    return q.next() ? q.value(0).toString() : QString();
}

void RecordStore::appendChange(const QString &schoolId, const ChangeEntry &change)
{
    Sql::run(m_db,
             QStringLiteral(
                 "INSERT INTO sync_change (school_id, seq, mutation_id, entity, entity_id, op, fields, hlc,"
                 " device_id, author_staff_id, committed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {schoolId, change.seq, change.mutationId, change.entity, change.entityId, change.op,
              jsonText(change.fields), change.hlc, Sql::text(change.deviceId),
              Sql::optionalText(change.authorStaffId), nowText()});
}

QList<StoredRecord> RecordStore::recordsOfSchool(const QString &schoolId, const QStringList &entities)
{
    QList<StoredRecord> records;
    for (const QString &entity : entities) {
        QSqlQuery q = Sql::exec(m_db,
                                QStringLiteral("SELECT entity_id, fields FROM sync_record WHERE school_id = "
                                               "? AND entity = ? AND deleted = 0"),
                                {schoolId, entity});
        while (q.next()) {
            StoredRecord r;
            r.entity = entity;
            r.entityId = q.value(0).toString();
            r.schoolId = schoolId;
            r.fields = jsonObject(q.value(1).toString());
            records << r;
        }
    }
    return records;
}

QList<StoredRecord> RecordStore::recordsReferring(const QString &schoolId, const QString &entity,
                                                  const QString &field, const QString &id)
{
    // The fields are JSON text: look for `"field":"id"` exactly as jsonText writes it (so an id
    // with quotes or backslashes is escaped the same way), with LIKE's own wildcards escaped.
    QString pair = jsonText(QJsonObject{{field, id}});
    pair = pair.mid(1, pair.size() - 2);
    pair.replace(QLatin1Char('!'), QStringLiteral("!!"))
        .replace(QLatin1Char('%'), QStringLiteral("!%"))
        .replace(QLatin1Char('_'), QStringLiteral("!_"));
    QSqlQuery q =
        Sql::exec(m_db,
                  QStringLiteral("SELECT entity_id, fields FROM sync_record WHERE school_id = ? AND "
                                 "entity = ? AND deleted = 0 AND fields LIKE ? ESCAPE '!'"),
                  {schoolId, entity, QStringLiteral("%") + pair + QStringLiteral("%")});
    QList<StoredRecord> records;
    while (q.next()) {
        StoredRecord r{entity, q.value(0).toString(), schoolId, jsonObject(q.value(1).toString()), false, {},
                       {}};
        if (r.fields.value(field).toString() == id && r.fields.value(field).isString())
            records << r;
    }
    return records;
}

} // namespace Stride::Server
