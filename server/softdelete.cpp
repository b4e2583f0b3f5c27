#include "softdelete.h"

#include "sqlconnection.h"

#include <domain/validation.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace Stride::Server {

namespace {

const QString &itemEntity()
{
    static const QString entity = QStringLiteral("evidence_item");
    return entity;
}

const QString &summaryEntity()
{
    static const QString entity = QStringLiteral("deleted_evidence");
    return entity;
}

const QString &restoredByField()
{
    static const QString field = QStringLiteral("restored_by");
    return field;
}

Rejection forbidden(const IncomingMutation &m, const QString &message)
{
    return {m.mutationId, QStringLiteral("forbidden"), message};
}

} // namespace

bool SoftDelete::keepsDeletesOf(const QString &entity)
{
    static const QSet<QString> entities{itemEntity(), QStringLiteral("evidence_pupil"),
                                        QStringLiteral("evidence_target"), QStringLiteral("media_reference"),
                                        QStringLiteral("moderation_form_evidence")};
    return entities.contains(entity);
}

bool SoftDelete::isRestoreRequest(const IncomingMutation &m)
{
    return m.entity == summaryEntity() && !m.isDelete();
}

QList<ChangeEntry> SoftDelete::keep(const IncomingMutation &m, const StoredRecord &live)
{
    const bool isItem = m.entity == itemEntity();
    const QString evidenceId =
        isItem ? m.entityId : live.fields.value(QLatin1String("evidence_id")).toString();
    QSqlDatabase &db = SqlConnection::forThisThread();
    Sql::run(db, QStringLiteral("DELETE FROM deleted_record WHERE entity = ? AND entity_id = ?"),
             {m.entity, m.entityId});
    Sql::run(db,
             QStringLiteral("INSERT INTO deleted_record (entity, entity_id, school_id, evidence_id, fields,"
                            " deleted_hlc, deleted_by, device_id, deleted_at, item_deleted_hlc)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {m.entity, m.entityId, m_schoolId, Sql::text(evidenceId), jsonText(live.fields), m.hlc,
              Sql::optionalText(m.authorStaffId), Sql::text(m_deviceId), nowText(),
              Sql::optionalText(isItem ? m.hlc : QString())});
    if (!isItem) {
        m_linksThisPush[evidenceId] << Link{m.entity, m.entityId, live.fields};
        return {};
    }

    // The links this push deleted before the item go with it; the item's pupils are theirs and
    // those of any pupil link still held.
    QSet<QString> pupils;
    for (const Link &link : m_linksThisPush.take(evidenceId)) {
        Sql::run(db,
                 QStringLiteral(
                     "UPDATE deleted_record SET item_deleted_hlc = ? WHERE entity = ? AND entity_id = ?"),
                 {m.hlc, link.entity, link.entityId});
        if (link.entity == QLatin1String("evidence_pupil"))
            pupils.insert(link.fields.value(QLatin1String("pupil_id")).toString());
    }
    for (const StoredRecord &r : m_records.recordsReferring(m_schoolId, QStringLiteral("evidence_pupil"),
                                                            QStringLiteral("evidence_id"), evidenceId))
        pupils.insert(r.fields.value(QLatin1String("pupil_id")).toString());
    QStringList pupilIds(pupils.cbegin(), pupils.cend());
    std::sort(pupilIds.begin(), pupilIds.end());

    // What a senior leader needs to recognise it in the list, and nothing of what it said: the
    // note stays only in the store's own copy.
    const QJsonObject summary{
        {QStringLiteral("school_id"), m_schoolId},
        {QStringLiteral("kind"), live.fields.value(QLatin1String("kind"))},
        {QStringLiteral("captured_at"), live.fields.value(QLatin1String("captured_at"))},
        {QStringLiteral("captured_by"), live.fields.value(QLatin1String("captured_by"))},
        {QStringLiteral("pupil_ids"),
         QString::fromUtf8(
             QJsonDocument(QJsonArray::fromStringList(pupilIds)).toJson(QJsonDocument::Compact))},
        {QStringLiteral("deleted_by"),
         m.authorStaffId.isEmpty() ? QJsonValue() : QJsonValue(m.authorStaffId)},
        {QStringLiteral("deleted_at"), nowText()},
        {restoredByField(), QJsonValue()},
        {QStringLiteral("restored_at"), QJsonValue()},
    };
    return {write(summaryEntity(), evidenceId, summary, m_clock.now().toString(), {})};
}

std::optional<Rejection> SoftDelete::checkRequest(const IncomingMutation &m,
                                                  const std::optional<StoredRecord> &existing)
{
    if (m.entity != summaryEntity())
        return std::nullopt;
    if (m.isDelete())
        return forbidden(m, QStringLiteral("The list of deleted evidence is kept by the school's store: an "
                                           "entry leaves it only when the evidence is restored."));
    if (!existing || existing->deleted)
        return forbidden(m, QStringLiteral("Only the store lists deleted evidence. This tablet sent an entry "
                                           "the store never made, so it was not accepted."));
    for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it)
        if (it.key() != restoredByField() && it.key() != QLatin1String("restored_at"))
            return forbidden(m, QStringLiteral("A tablet may only ask for deleted evidence to be restored; "
                                               "what the list records (\"%1\") is the store's.")
                                    .arg(it.key()));
    if (m.fields.value(restoredByField()).toString() != m.authorStaffId || m.authorStaffId.isEmpty())
        return forbidden(m, QStringLiteral("Evidence is restored in your own name: sign in as yourself and "
                                           "restore it again."));
    return std::nullopt;
}

QList<ChangeEntry> SoftDelete::restore(const IncomingMutation &request)
{
    const QString &itemId = request.entityId;
    const auto item = m_records.find(itemEntity(), itemId);
    if (item && !item->deleted)
        return {}; // back already: restoring twice changes nothing
    QSqlDatabase &db = SqlConnection::forThisThread();
    QSqlQuery kept =
        Sql::exec(db,
                  QStringLiteral("SELECT fields, deleted_hlc FROM deleted_record WHERE entity = ?"
                                 " AND entity_id = ? AND school_id = ?"),
                  {itemEntity(), itemId, m_schoolId});
    if (!kept.next())
        return {};
    const QJsonObject itemFields = jsonObject(kept.value(0).toString());
    const QString itemDeletedHlc = kept.value(1).toString();
    QList<Link> links;
    QSqlQuery q =
        Sql::exec(db,
                  QStringLiteral("SELECT entity, entity_id, fields FROM deleted_record WHERE evidence_id = ?"
                                 " AND school_id = ? AND entity <> ? AND item_deleted_hlc = ?"
                                 " ORDER BY entity, entity_id"),
                  {itemId, m_schoolId, itemEntity(), itemDeletedHlc});
    while (q.next())
        links << Link{q.value(0).toString(), q.value(1).toString(), jsonObject(q.value(2).toString())};

    // One stamp of the store's own, after every change it has taken in, the delete included: each
    // tablet brings a tombstoned row back for a whole row stamped after its delete (decision 5).
    const QString stamp = m_clock.now().toString();
    const QString &by = request.authorStaffId;
    QList<ChangeEntry> changes{write(itemEntity(), itemId, itemFields, stamp, by)};
    for (const Link &link : links) {
        const auto held = m_records.find(link.entity, link.entityId);
        if (held && !held->deleted)
            continue; // made again since, and kept as it is now
        if (!referencesAreLive(link.fields))
            continue; // its pupil, target or form has gone since
        changes << write(link.entity, link.entityId, link.fields, stamp, by);
    }
    changes << write(summaryEntity(), itemId,
                     {{restoredByField(), by}, {QStringLiteral("restored_at"), nowText()}}, stamp, by);
    return changes;
}

ChangeEntry SoftDelete::write(const QString &entity, const QString &entityId, const QJsonObject &fields,
                              const QString &stamp, const QString &authorStaffId)
{
    const auto existing = m_records.find(entity, entityId);
    StoredRecord r = existing.value_or(StoredRecord{entity, entityId, m_schoolId, {}, false, {}, stamp});
    if (r.deleted) {
        r.deleted = false;
        r.deletedHlc.clear();
        r.fields = QJsonObject();
        r.createdHlc = stamp;
    }
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        r.fields.insert(it.key(), it.value());
        m_records.setClock(entity, entityId, it.key(), {stamp, ServerClock::node(), authorStaffId});
    }
    m_records.save(r, existing.has_value());

    ChangeEntry change;
    change.mutationId = newId();
    change.entity = entity;
    change.entityId = entityId;
    change.op = QStringLiteral("upsert");
    change.fields = fields;
    change.hlc = stamp;
    change.deviceId = ServerClock::node();
    change.authorStaffId = authorStaffId;
    return change;
}

bool SoftDelete::referencesAreLive(const QJsonObject &fields)
{
    static const QList<std::pair<QString, QString>> references{
        {QStringLiteral("pupil_id"), QStringLiteral("pupil")},
        {QStringLiteral("target_id"), QStringLiteral("target")},
        {QStringLiteral("form_id"), QStringLiteral("assessment_moderation_form")}};
    for (const auto &[column, table] : references) {
        if (!fields.contains(column))
            continue;
        const auto held = m_records.find(table, fields.value(column).toString());
        if (!held || held->deleted)
            return false;
    }
    return true;
}

} // namespace Stride::Server
