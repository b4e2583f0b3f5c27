#include "conflictwriter.h"

#include "sqlconnection.h"

#include <domain/validation.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace Stride::Server {

namespace {

QJsonObject toJson(const ConflictValue &v)
{
    return {{QStringLiteral("value"), v.value},
            {QStringLiteral("hlc"), v.clock.hlc},
            {QStringLiteral("device_id"), v.clock.deviceId},
            {QStringLiteral("author_staff_id"), v.clock.authorStaffId.isEmpty()
                                                    ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(v.clock.authorStaffId)}};
}

// However many times a field is changed while its conflict is open, the record stays this size:
// `values` keeps the first two values (the clash as it began) and then only as many later ones as
// fit in these, the newest last. Every value came through a push, so each is bounded already; what
// must not grow is their number (a tablet pushing a thousand different values for one field).
constexpr qsizetype kMaxValues = 16;
constexpr qsizetype kMaxValuesBytes = 256 * 1024;

qsizetype jsonBytes(const QJsonArray &values)
{
    return QJsonDocument(values).toJson(QJsonDocument::Compact).size();
}

bool containsHlc(const QJsonArray &values, const QString &hlc)
{
    for (const QJsonValue &v : values)
        if (v.toObject().value(QLatin1String("hlc")).toString() == hlc)
            return true;
    return false;
}

} // namespace

ChangeEntry ConflictWriter::record(const QString &schoolId, const QString &entity, const QString &entityId,
                                   const QString &field, const ConflictValue &held,
                                   const ConflictValue &incoming)
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    QString conflictId;
    const auto open =
        Sql::rows(db,
                  QStringLiteral("SELECT conflict_id FROM conflict_index WHERE entity = ? AND entity_id = ?"
                                 " AND field = ? AND resolved = 0"),
                  {entity, entityId, field});
    if (!open.isEmpty())
        conflictId = open.first().at(0).toString();

    QJsonArray values;
    std::optional<StoredRecord> existing;
    if (!conflictId.isEmpty()) {
        existing = m_records.find(QStringLiteral("conflict"), conflictId);
        if (existing)
            values =
                QJsonDocument::fromJson(existing->fields.value(QLatin1String("values")).toString().toUtf8())
                    .array();
    }
    QJsonArray fresh;
    for (const ConflictValue *v : {&held, &incoming})
        if (!containsHlc(values, v->clock.hlc) && !containsHlc(fresh, v->clock.hlc))
            fresh.append(toJson(*v));
    // Later values make way for newer ones; the first two always stay.
    while (values.size() > 2 && (values.size() + fresh.size() > kMaxValues ||
                                 jsonBytes(values) + jsonBytes(fresh) > kMaxValuesBytes))
        values.removeAt(values.size() - 1);
    for (const QJsonValue &v : fresh)
        values.append(v);

    const QString stamp = m_clock.now().toString();
    // `values` travels as JSON text: the tablets keep it in a TEXT column (core migration 4), and
    // every other field of every record is a plain value too.
    QJsonObject fields{
        {QStringLiteral("values"), QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact))}};
    if (!existing) {
        conflictId = newId();
        fields.insert(QStringLiteral("school_id"), schoolId);
        fields.insert(QStringLiteral("entity"), entity);
        fields.insert(QStringLiteral("entity_id"), entityId);
        fields.insert(QStringLiteral("field"), field);
        fields.insert(QStringLiteral("resolved"), 0);
        fields.insert(QStringLiteral("created_at"), nowText());
        Sql::run(db,
                 QStringLiteral(
                     "INSERT INTO conflict_index (conflict_id, school_id, entity, entity_id, field, resolved)"
                     " VALUES (?, ?, ?, ?, ?, 0)"),
                 {conflictId, schoolId, entity, entityId, field});
    }

    StoredRecord stored = existing.value_or(
        StoredRecord{QStringLiteral("conflict"), conflictId, schoolId, {}, false, {}, stamp});
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        stored.fields.insert(it.key(), it.value());
        m_records.setClock(QStringLiteral("conflict"), conflictId, it.key(),
                           {stamp, ServerClock::node(), {}});
    }
    m_records.save(stored, existing.has_value());

    ChangeEntry change;
    change.mutationId = newId();
    change.entity = QStringLiteral("conflict");
    change.entityId = conflictId;
    change.op = QStringLiteral("upsert");
    change.fields = fields;
    change.hlc = stamp;
    change.deviceId = ServerClock::node();
    return change;
}

void ConflictWriter::noteResolution(const QString &conflictId, const QJsonObject &fields)
{
    const QJsonValue resolved = fields.value(QLatin1String("resolved"));
    const bool isResolved = resolved.toBool(false) || resolved.toInt(0) != 0;
    QSqlDatabase &db = SqlConnection::forThisThread();
    Sql::run(db, QStringLiteral("UPDATE conflict_index SET resolved = ? WHERE conflict_id = ?"),
             {isResolved ? 1 : 0, conflictId});
}

} // namespace Stride::Server
