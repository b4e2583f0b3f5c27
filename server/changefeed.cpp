#include "changefeed.h"

#include "sqlconnection.h"

#include <QJsonArray>

namespace Stride::Server {

QJsonObject ChangePage::toJson() const
{
    QJsonArray list;
    for (const ChangeEntry &c : changes)
        list.append(QJsonObject{
            {QStringLiteral("seq"), double(c.seq)},
            {QStringLiteral("mutation_id"), c.mutationId},
            {QStringLiteral("entity"), c.entity},
            {QStringLiteral("entity_id"), c.entityId},
            {QStringLiteral("op"), c.op},
            {QStringLiteral("fields"), c.fields},
            {QStringLiteral("hlc"), c.hlc},
            {QStringLiteral("device_id"), c.deviceId},
            {QStringLiteral("author_staff_id"),
             c.authorStaffId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.authorStaffId)},
        });
    return {{QStringLiteral("changes"), list},
            {QStringLiteral("cursor"), double(cursor)},
            {QStringLiteral("more"), more}};
}

namespace {

// Fields no tablet receives. A PIN hash is checked only by the store, at a person's first sign-in
// on a tablet (docs/security.md, "Proven authors"): a tablet's copy would let whoever copied the
// tablet try every four-digit PIN against every member of staff offline.
bool isStoreOnly(const QString &field)
{
    return field == QLatin1String("pin_hash") || field == QLatin1String("pin_salt");
}

void removeStoreOnly(ChangeEntry &c)
{
    if (c.entity == QLatin1String("staff")) {
        c.fields.remove(QStringLiteral("pin_hash"));
        c.fields.remove(QStringLiteral("pin_salt"));
    } else if (c.entity == QLatin1String("conflict") &&
               c.fields.value(QLatin1String("entity")).toString() == QLatin1String("staff") &&
               isStoreOnly(c.fields.value(QLatin1String("field")).toString())) {
        c.fields.insert(QStringLiteral("values"), QJsonArray());
    }
}

} // namespace

ChangePage ChangeFeed::page(const QString &schoolId, qint64 since, int limit)
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    ChangePage page;
    // One more than asked for tells whether there is more, without a count(*).
    QSqlQuery q =
        Sql::exec(db,
                  QStringLiteral("SELECT seq, mutation_id, entity, entity_id, op, fields, hlc, device_id,"
                                 " author_staff_id FROM sync_change WHERE school_id = ? AND seq > ?"
                                 " ORDER BY seq LIMIT ?"),
                  {schoolId, since, limit + 1});
    qint64 pageBytes = 0;
    while (q.next()) {
        if (page.changes.size() == limit) {
            page.more = true;
            break;
        }
        const QString fieldsText = q.value(5).toString();
        const qint64 bytes = fieldsText.toUtf8().size();
        if (!page.changes.isEmpty() && pageBytes + bytes > kPageBytes) {
            page.more = true;
            break;
        }
        pageBytes += bytes;
        ChangeEntry c;
        c.seq = q.value(0).toLongLong();
        c.mutationId = q.value(1).toString();
        c.entity = q.value(2).toString();
        c.entityId = q.value(3).toString();
        c.op = q.value(4).toString();
        c.fields = jsonObject(fieldsText);
        c.hlc = q.value(6).toString();
        c.deviceId = q.value(7).toString();
        c.authorStaffId = q.value(8).toString();
        removeStoreOnly(c);
        page.changes << c;
    }
    if (!page.changes.isEmpty()) {
        page.cursor = page.changes.constLast().seq;
    } else {
        QSqlQuery last = Sql::exec(
            db, QStringLiteral("SELECT last_seq FROM school_sequence WHERE school_id = ?"), {schoolId});
        const qint64 end = last.next() ? last.value(0).toLongLong() : 0;
        page.cursor = std::min(since, end);
    }
    return page;
}

} // namespace Stride::Server
