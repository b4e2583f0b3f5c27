#include "recordstore.h"

#include "sqlconnection.h"

#include <QDateTime>

namespace Stride::Server {

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

namespace {

const QString kRecordColumns =
    QStringLiteral("entity, entity_id, school_id, fields, deleted, deleted_hlc, created_hlc");
const QString kClockColumns = QStringLiteral("entity, entity_id, field, hlc, device_id, author_staff_id");

StoredRecord recordFrom(const QVariantList &row)
{
    return StoredRecord{
        row.at(0).toString(),   row.at(1).toString(), row.at(2).toString(), jsonObject(row.at(3).toString()),
        row.at(4).toInt() != 0, row.at(5).toString(), row.at(6).toString()};
}

QVariantList valuesOf(const QString &entity, const QString &entityId, const QString &field,
                      const FieldClock &clock)
{
    return {entity,
            entityId,
            field,
            clock.hlc,
            Sql::text(clock.deviceId),
            Sql::optionalText(clock.authorStaffId)};
}

} // namespace

void RecordStore::prefetch(const QStringList &entityIds, const QStringList &mutationIds)
{
    QStringList ids;
    for (const QString &id : entityIds)
        if (!id.isEmpty() && !m_allOfId.contains(id)) {
            m_allOfId.insert(id);
            m_schoolsOfId.insert(id, {});
            ids << id;
        }
    // Records by id alone (the sync_record_entity_id index): the ids a batch names are its own
    // records' and the ones its fields refer to, whatever their tables.
    QHash<QString, QStringList> existingByEntity;
    for (const QVariantList &row : Sql::rowsIn(
             m_db, QStringLiteral("SELECT %1 FROM sync_record WHERE entity_id IN (%2)").arg(kRecordColumns),
             {}, ids)) {
        const StoredRecord r = recordFrom(row);
        const Key key{r.entity, r.entityId};
        if (m_records.contains(key))
            continue; // held already, perhaps changed by this batch
        m_schoolsOfId[r.entityId] << r.schoolId;
        existingByEntity[r.entity] << r.entityId;
        m_records.insert(key, r);
    }
    // Their clocks by the primary key's first columns, table by table; a record's clocks are all
    // read or none.
    for (auto it = existingByEntity.constBegin(); it != existingByEntity.constEnd(); ++it) {
        for (const QString &id : it.value())
            m_clocks.insert({it.key(), id}, {});
        for (const QVariantList &row : Sql::rowsIn(
                 m_db,
                 QStringLiteral("SELECT %1 FROM sync_field_clock WHERE entity = ? AND entity_id IN (%2)")
                     .arg(kClockColumns),
                 {it.key()}, it.value()))
            m_clocks[{row.at(0).toString(), row.at(1).toString()}].insert(
                row.at(2).toString(), {row.at(3).toString(), row.at(4).toString(), row.at(5).toString()});
    }
    QStringList unknown;
    for (const QString &id : mutationIds)
        if (!m_appliedChecked.contains(id)) {
            m_appliedChecked.insert(id);
            unknown << id;
        }
    for (const QVariantList &row : Sql::rowsIn(
             m_db, QStringLiteral("SELECT mutation_id FROM applied_mutation WHERE mutation_id IN (%1)"), {},
             unknown))
        m_appliedBefore.insert(row.at(0).toString());
}

void RecordStore::flush()
{
    if (!m_savedOrder.isEmpty()) {
        // Rows the batch found missing from the table are inserted as they are; only the others
        // can meet a row of the same key. On PostgreSQL the new ones then go by COPY: an upsert
        // (ON CONFLICT) of 1,000 new records took the database longer than the same insert, and
        // COPY cannot say one. A new row that meets one after all (the same id made at once by
        // another school's push) fails the batch, which the tablet sends again.
        Sql::Rows fresh;
        Sql::Rows rows;
        for (const Key &key : std::as_const(m_savedOrder)) {
            Sql::Rows &into = m_notInTable.remove(key) ? fresh : rows;
            // Held by reference into the table: value() returns a copy, and a reference into that
            // temporary dangled (GCC's -Wdangling-pointer said so).
            const auto held = m_records.constFind(key);
            Q_ASSERT(held != m_records.constEnd() && held->has_value());
            const StoredRecord &r = **held;
            into.startRow();
            into.add(r.entity);
            into.add(r.entityId);
            into.add(r.schoolId);
            const QByteArray text = m_savedFieldsText.value(key);
            into.addUtf8(text.isEmpty() ? jsonUtf8(r.fields) : text);
            into.add(r.deleted ? 1 : 0);
            into.addOptional(r.deletedHlc);
            into.addOptional(r.createdHlc);
        }
        static const QList<Sql::Column> kWrittenColumns{
            {QStringLiteral("entity"), {}},
            {QStringLiteral("entity_id"), {}},
            {QStringLiteral("school_id"), {}},
            {QStringLiteral("fields"), {}},
            {QStringLiteral("deleted"), QStringLiteral("INTEGER")},
            {QStringLiteral("deleted_hlc"), {}},
            {QStringLiteral("created_hlc"), {}}};
        static const Sql::InsertStatement kNewRecordRows(QStringLiteral("sync_record"), kWrittenColumns);
        // The school a row was made in never changes (PushApplier refuses changes from another).
        static const Sql::InsertStatement kRecordRows(
            QStringLiteral("sync_record"), kWrittenColumns,
            QStringLiteral("ON CONFLICT (entity, entity_id) DO UPDATE SET fields = excluded.fields,"
                           " deleted = excluded.deleted, deleted_hlc = excluded.deleted_hlc,"
                           " created_hlc = excluded.created_hlc"));
        Sql::insertRows(m_db, kNewRecordRows, std::move(fresh));
        Sql::insertRows(m_db, kRecordRows, std::move(rows));
        m_savedOrder.clear();
        m_saved.clear();
        m_savedFieldsText.clear();
    }
    // A record's clocks cleared and then set again are written as cleared, then set.
    for (const Key &key : std::as_const(m_clocksCleared))
        Sql::run(m_db, QStringLiteral("DELETE FROM sync_field_clock WHERE entity = ? AND entity_id = ?"),
                 {key.first, key.second});
    m_clocksCleared.clear();
    if (!m_clocksSet.isEmpty()) {
        Sql::Rows rows;
        for (auto it = m_clocksSet.constBegin(); it != m_clocksSet.constEnd(); ++it) {
            const QHash<QString, FieldClock> &held = m_clocks[it.key()];
            for (const QString &field : it.value()) {
                const FieldClock clock = held.value(field);
                rows.startRow();
                rows.add(it.key().first);
                rows.add(it.key().second);
                rows.add(field);
                rows.add(clock.hlc);
                rows.add(clock.deviceId);
                rows.addOptional(clock.authorStaffId);
            }
        }
        static const Sql::InsertStatement kClockRows(
            QStringLiteral("sync_field_clock"),
            {{QStringLiteral("entity"), {}},
             {QStringLiteral("entity_id"), {}},
             {QStringLiteral("field"), {}},
             {QStringLiteral("hlc"), {}},
             {QStringLiteral("device_id"), {}},
             {QStringLiteral("author_staff_id"), {}}},
            QStringLiteral("ON CONFLICT (entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc,"
                           " device_id = excluded.device_id, author_staff_id = "
                           "excluded.author_staff_id"));
        Sql::insertRows(m_db, kClockRows, std::move(rows));
        m_clocksSet.clear();
    }
    if (!m_changes.isEmpty()) {
        static const Sql::InsertStatement kChangeRows(QStringLiteral("sync_change"),
                                                      {{QStringLiteral("school_id"), {}},
                                                       {QStringLiteral("seq"), QStringLiteral("BIGINT")},
                                                       {QStringLiteral("mutation_id"), {}},
                                                       {QStringLiteral("entity"), {}},
                                                       {QStringLiteral("entity_id"), {}},
                                                       {QStringLiteral("op"), {}},
                                                       {QStringLiteral("fields"), {}},
                                                       {QStringLiteral("hlc"), {}},
                                                       {QStringLiteral("device_id"), {}},
                                                       {QStringLiteral("author_staff_id"), {}},
                                                       {QStringLiteral("committed_at"), {}}});
        Sql::insertRows(m_db, kChangeRows, std::exchange(m_changes, {}));
    }
    if (!m_appliedRows.isEmpty()) {
        static const Sql::InsertStatement kAppliedRows(QStringLiteral("applied_mutation"),
                                                       {{QStringLiteral("mutation_id"), {}},
                                                        {QStringLiteral("school_id"), {}},
                                                        {QStringLiteral("device_id"), {}},
                                                        {QStringLiteral("applied_at"), {}}});
        Sql::insertRows(m_db, kAppliedRows, std::exchange(m_appliedRows, {}));
    }
}

bool RecordStore::isApplied(const QString &mutationId)
{
    if (m_batch && m_appliedChecked.contains(mutationId))
        return m_appliedBefore.contains(mutationId);
    const bool applied =
        !Sql::rows(m_db, QStringLiteral("SELECT 1 FROM applied_mutation WHERE mutation_id = ?"), {mutationId})
             .isEmpty();
    if (m_batch) {
        m_appliedChecked.insert(mutationId);
        if (applied)
            m_appliedBefore.insert(mutationId);
    }
    return applied;
}

void RecordStore::markApplied(const QString &mutationId, const QString &schoolId, const QString &deviceId)
{
    if (m_batch) {
        m_appliedChecked.insert(mutationId);
        m_appliedBefore.insert(mutationId);
        m_appliedRows.startRow();
        m_appliedRows.add(mutationId);
        m_appliedRows.add(schoolId);
        m_appliedRows.add(deviceId);
        m_appliedRows.add(m_batchTime);
        return;
    }
    Sql::run(m_db,
             QStringLiteral("INSERT INTO applied_mutation (mutation_id, school_id, device_id, applied_at) "
                            "VALUES (?, ?, ?, ?)"),
             {mutationId, schoolId, deviceId, nowText()});
}

std::optional<StoredRecord> RecordStore::find(const QString &entity, const QString &entityId)
{
    if (!m_batch)
        return findInDatabase(entity, entityId);
    const Key key{entity, entityId};
    if (const auto held = m_records.constFind(key); held != m_records.constEnd())
        return *held;
    if (m_allOfId.contains(entityId)) {
        m_notInTable.insert(key);
        return std::nullopt;
    }
    const std::optional<StoredRecord> found = findInDatabase(entity, entityId);
    m_records.insert(key, found);
    if (!found)
        m_notInTable.insert(key);
    return found;
}

std::optional<StoredRecord> RecordStore::findInDatabase(const QString &entity, const QString &entityId)
{
    const auto found = Sql::rows(
        m_db,
        QStringLiteral("SELECT %1 FROM sync_record WHERE entity = ? AND entity_id = ?").arg(kRecordColumns),
        {entity, entityId});
    if (found.isEmpty())
        return std::nullopt;
    return recordFrom(found.first());
}

void RecordStore::remember(const StoredRecord &record)
{
    const Key key{record.entity, record.entityId};
    m_records.insert(key, record);
    if (const auto schools = m_schoolsOfId.find(record.entityId);
        schools != m_schoolsOfId.end() && !schools->contains(record.schoolId))
        schools->append(record.schoolId);
    if (!m_saved.contains(key)) {
        m_saved.insert(key);
        m_savedOrder << key;
    }
}

void RecordStore::save(const StoredRecord &record, bool exists, const QByteArray &fieldsText)
{
    if (m_batch) {
        remember(record);
        if (fieldsText.isEmpty())
            m_savedFieldsText.remove({record.entity, record.entityId});
        else
            m_savedFieldsText.insert({record.entity, record.entityId}, fieldsText);
        return;
    }
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
    if (m_batch && m_allOfId.contains(entityId)) {
        for (const QString &school : m_schoolsOfId.value(entityId))
            if (school != schoolId)
                return school;
        return std::nullopt;
    }
    const auto found = Sql::rows(
        m_db,
        QStringLiteral("SELECT school_id FROM sync_record WHERE entity_id = ? AND school_id <> ? LIMIT 1"),
        {entityId, schoolId});
    if (!found.isEmpty())
        return found.first().at(0).toString();
    return std::nullopt;
}

const FieldClock *FieldClock::of(const QHash<QString, FieldClock> &clocks, const QJsonObject &fields,
                                 const QString &field)
{
    if (const auto own = clocks.constFind(field); own != clocks.constEnd())
        return &*own;
    if (!fields.contains(field))
        return nullptr;
    const auto row = clocks.constFind(rowClock());
    return row != clocks.constEnd() ? &*row : nullptr;
}

QHash<QString, FieldClock> RecordStore::clocks(const QString &entity, const QString &entityId)
{
    if (!m_batch)
        return clocksInDatabase(entity, entityId);
    const Key key{entity, entityId};
    if (const auto held = m_clocks.constFind(key); held != m_clocks.constEnd())
        return *held;
    // prefetch read the clocks of every record of a prefetched id that existed; any other record
    // of that id is new, with none.
    return *m_clocks.insert(key, m_allOfId.contains(entityId) ? QHash<QString, FieldClock>()
                                                              : clocksInDatabase(entity, entityId));
}

QHash<QString, FieldClock> RecordStore::clocksInDatabase(const QString &entity, const QString &entityId)
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
    if (m_batch) {
        const Key key{entity, entityId};
        if (!m_clocks.contains(key))
            clocks(entity, entityId); // the others of the record, as held
        m_clocks[key].insert(field, clock);
        m_clocksSet[key].insert(field);
        return;
    }
    Sql::run(m_db,
             QStringLiteral(
                 "INSERT INTO sync_field_clock (entity, entity_id, field, hlc, device_id, author_staff_id)"
                 " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (entity, entity_id, field) DO UPDATE SET"
                 " hlc = excluded.hlc, device_id = excluded.device_id, author_staff_id = "
                 "excluded.author_staff_id"),
             valuesOf(entity, entityId, field, clock));
}

void RecordStore::clearClocks(const QString &entity, const QString &entityId)
{
    if (m_batch) {
        const Key key{entity, entityId};
        m_clocks.insert(key, {});
        m_clocksSet.remove(key);
        m_clocksCleared.insert(key);
        return;
    }
    Sql::run(m_db, QStringLiteral("DELETE FROM sync_field_clock WHERE entity = ? AND entity_id = ?"),
             {entity, entityId});
}

QString RecordStore::latestHlc()
{
    flush();
    QSqlQuery q = Sql::exec(m_db, QStringLiteral("SELECT max(hlc) FROM sync_change"));
    return q.next() ? q.value(0).toString() : QString();
}

void RecordStore::appendChange(const QString &schoolId, const ChangeEntry &change)
{
    if (m_batch) {
        m_changes.startRow();
        m_changes.add(schoolId);
        m_changes.add(change.seq);
        m_changes.add(change.mutationId);
        m_changes.add(change.entity);
        m_changes.add(change.entityId);
        m_changes.add(change.op);
        m_changes.addUtf8(change.fieldsText.isEmpty() ? jsonUtf8(change.fields) : change.fieldsText);
        m_changes.add(change.hlc);
        m_changes.add(change.deviceId);
        m_changes.addOptional(change.authorStaffId);
        m_changes.add(m_batchTime);
        return;
    }
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
    flush();
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
    flush();
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
