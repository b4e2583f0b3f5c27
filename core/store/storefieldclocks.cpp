// The field clocks of Store: the HLC of the value each field holds, which local writes stamp and
// RemoteApplier compares pulled changes with (docs/sync.md, "Per-field merge").
#include "store.h"

namespace Stride {

bool Store::stampFields(const QString &entity, const QString &entityId, const QStringList &fields,
                        const QString &hlc)
{
    QSqlQuery &q =
        prepared(QStringLiteral("INSERT INTO field_clock (entity, entity_id, field, hlc) VALUES (?, ?, ?, ?)"
                                " ON CONFLICT (entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc"));
    for (const QString &field : fields) {
        q.addBindValue(entity);
        q.addBindValue(entityId);
        q.addBindValue(field);
        q.addBindValue(hlc);
        if (!exec(q))
            return false;
    }
    q.finish();
    return true;
}

bool Store::clearFieldClocks(const QString &entity, const QString &entityId)
{
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM field_clock WHERE entity = ? AND entity_id = ?"));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    if (!exec(q))
        return false;
    q.finish();
    return true;
}

QString Store::fieldClock(const QString &entity, const QString &entityId, const QString &field) const
{
    const auto rows =
        selectRows(QStringLiteral("SELECT field, hlc FROM field_clock WHERE entity = ? AND entity_id = ?"
                                  " AND field IN (?, '*')"),
                   {entity, entityId, field});
    QString rowClock;
    for (const QVariantMap &r : rows) {
        if (r.value(QStringLiteral("field")).toString() == field)
            return r.value(QStringLiteral("hlc")).toString();
        rowClock = r.value(QStringLiteral("hlc")).toString();
    }
    return rowClock;
}

} // namespace Stride
