#include "changefeed.h"

#include "feedcompaction.h"
#include "sqlconnection.h"
#include "sqltransaction.h"
#include "tabletscope.h"

#include <store/remotechange.h>
#include <sync/jsontext.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <optional>

namespace Stride::Server {

QByteArray ChangePage::toJsonText(const QJsonObject &extra) const
{
    QByteArray out;
    qsizetype fieldsBytes = 0;
    for (const ChangeEntry &c : changes)
        fieldsBytes += c.fieldsText.size();
    out.reserve(fieldsBytes + changes.size() * 320 + 256);
    out += "{\"changes\":[";
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const ChangeEntry &c = changes.at(i);
        out += i == 0 ? "{\"seq\":" : ",{\"seq\":";
        out += QByteArray::number(c.seq);
        out += ",\"mutation_id\":";
        JsonText::appendString(out, c.mutationId);
        out += ",\"entity\":";
        JsonText::appendString(out, c.entity);
        out += ",\"entity_id\":";
        JsonText::appendString(out, c.entityId);
        out += ",\"op\":";
        JsonText::appendString(out, c.op);
        out += ",\"fields\":";
        out += c.fieldsText.isEmpty() ? jsonUtf8(c.fields) : c.fieldsText;
        out += ",\"hlc\":";
        JsonText::appendString(out, c.hlc);
        out += ",\"device_id\":";
        JsonText::appendString(out, c.deviceId);
        out += ",\"author_staff_id\":";
        if (c.authorStaffId.isEmpty())
            out += "null";
        else
            JsonText::appendString(out, c.authorStaffId);
        out += '}';
    }
    out += "],\"cursor\":";
    out += QByteArray::number(cursor);
    out += ",\"more\":";
    out += more ? "true" : "false";
    if (!extra.isEmpty()) {
        const QByteArray members = QJsonDocument(extra).toJson(QJsonDocument::Compact);
        out += ',';
        out += members.mid(1, members.size() - 2); // without its braces
    }
    out += '}';
    return out;
}

namespace {

// Fields no tablet receives. A PIN hash is checked only by the store, at a person's first sign-in
// on a tablet (docs/security.md, "Proven authors"): a tablet's copy would let whoever copied the
// tablet try every four-digit PIN against every member of staff offline.
bool isStoreOnly(const QString &field)
{
    return field == QLatin1String("pin_hash") || field == QLatin1String("pin_salt");
}

// A change read from the feed holds its fields as text only (read()): its values, when needed.
void readValues(ChangeEntry &c)
{
    if (c.fields.isEmpty() && !c.fieldsText.isEmpty())
        c.fields = QJsonDocument::fromJson(c.fieldsText).object();
}

void removeStoreOnly(ChangeEntry &c)
{
    if (c.entity != QLatin1String("staff") && c.entity != QLatin1String("conflict"))
        return;
    readValues(c);
    if (c.entity == QLatin1String("staff")) {
        c.fields.remove(QStringLiteral("pin_hash"));
        c.fields.remove(QStringLiteral("pin_salt"));
        c.fieldsText.clear();
    } else if (c.entity == QLatin1String("conflict") &&
               c.fields.value(QLatin1String("entity")).toString() == QLatin1String("staff") &&
               isStoreOnly(c.fields.value(QLatin1String("field")).toString())) {
        c.fields.insert(QStringLiteral("values"), QJsonArray());
        c.fieldsText.clear();
    }
}

// The school's changes after `since`, at most `limit` and about kPageBytes of fields, with the
// seq of the last one read (0 if none).
QList<ChangeEntry> read(const QString &schoolId, qint64 since, int limit, qint64 *lastRead, bool *more)
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    QList<ChangeEntry> changes;
    // One more than asked for tells whether there is more, without a count(*). Read as UTF-8 text
    // (Sql::textRows): the fields go out as they are stored.
    const QList<QList<QByteArray>> rows =
        Sql::textRows(db,
                      QStringLiteral("SELECT seq, mutation_id, entity, entity_id, op, fields, hlc, device_id,"
                                     " author_staff_id FROM sync_change WHERE school_id = ? AND seq > ?"
                                     " ORDER BY seq LIMIT ?"),
                      {schoolId, since, limit + 1});
    qint64 pageBytes = 0;
    for (const QList<QByteArray> &row : rows) {
        if (changes.size() == limit) {
            *more = true;
            break;
        }
        const QByteArray &fieldsText = row.at(5);
        if (!changes.isEmpty() && pageBytes + fieldsText.size() > ChangeFeed::kPageBytes) {
            *more = true;
            break;
        }
        pageBytes += fieldsText.size();
        ChangeEntry c;
        c.seq = row.at(0).toLongLong();
        c.mutationId = QString::fromUtf8(row.at(1));
        c.entity = QString::fromUtf8(row.at(2));
        c.entityId = QString::fromUtf8(row.at(3));
        c.op = QString::fromUtf8(row.at(4));
        // Read as values only where the page looks at them (removeStoreOnly, a class tablet's
        // page); otherwise the text goes out as it is. Parsing every change's fields was a fifth
        // of the store's work for a pull.
        c.fieldsText = fieldsText;
        c.hlc = QString::fromUtf8(row.at(6));
        c.deviceId = QString::fromUtf8(row.at(7));
        c.authorStaffId = QString::fromUtf8(row.at(8));
        removeStoreOnly(c);
        changes << c;
    }
    *lastRead = changes.isEmpty() ? 0 : changes.constLast().seq;
    return changes;
}

// What the store believes a tablet holds of one pupil, and the page that told it so.
struct Held
{
    QString extent;
    qint64 seq = 0;
};

// A row as it stands now, for a tablet that has never had it: one upsert of the whole row at the
// stamp of its oldest value, then one per later stamp with the fields that carry it, so the
// tablet ends with the store's clock on every field and merges later changes exactly as the store
// did. Each is an ordinary upsert: applying it again, or over a copy the tablet has, is harmless.
QList<ChangeEntry> rowChanges(const QString &entity, const QString &id, const QJsonObject &fields,
                              const QString &createdHlc, const QHash<QString, FieldClock> &clocks, qint64 seq)
{
    QMap<QString, QStringList> byStamp; // hlc -> fields
    QHash<QString, FieldClock> who;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        if (const FieldClock *clock = FieldClock::of(clocks, fields, it.key())) {
            byStamp[clock->hlc] << it.key();
            who.insert(clock->hlc, *clock);
        }
    const QString first = !byStamp.isEmpty()      ? byStamp.firstKey()
                          : !createdHlc.isEmpty() ? createdHlc
                                                  : QStringLiteral("000000000000-0000-stride-store");
    QList<ChangeEntry> changes;
    auto change = [&](const QJsonObject &values, const QString &hlc) {
        ChangeEntry c;
        c.seq = seq;
        c.entity = entity;
        c.entityId = id;
        c.op = QStringLiteral("upsert");
        c.fields = values;
        c.hlc = hlc;
        const FieldClock clock = who.value(hlc);
        c.deviceId = clock.deviceId.isEmpty() ? QStringLiteral("stride-store") : clock.deviceId;
        c.authorStaffId = clock.authorStaffId;
        removeStoreOnly(c);
        changes << c;
    };
    change(fields, first);
    for (auto it = byStamp.cbegin(); it != byStamp.cend(); ++it) {
        if (it.key() == first)
            continue;
        QJsonObject values;
        for (const QString &f : *it)
            values.insert(f, fields.value(f));
        change(values, it.key());
    }
    return changes;
}

QList<ChangeEntry> snapshotOf(RecordStore &records, const TabletScope &scope, const QString &entity,
                              const QString &id, qint64 seq)
{
    QJsonObject fields = scope.fieldsOf(entity, id);
    QString createdHlc;
    if (fields.isEmpty()) {
        const auto stored = records.find(entity, id);
        if (!stored || stored->deleted)
            return {};
        fields = stored->fields;
        createdHlc = stored->createdHlc;
    }
    return rowChanges(entity, id, fields, createdHlc, records.clocks(entity, id), seq);
}

// Whether a tablet that held `before` of a pupil (TabletScope's extents) holds rows it may no
// longer hold with `now`: all of their records before and only some forms now, or forms of which
// one is no longer its to moderate.
bool servesLess(const QString &before, const QString &now)
{
    if (before == TabletScope::evictedExtent() || now == TabletScope::classExtent())
        return false;
    if (before == TabletScope::classExtent())
        return true;
    const QString prefix = QStringLiteral("forms:");
    const QStringList held = before.mid(prefix.size()).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList kept = now.mid(prefix.size()).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return !std::all_of(held.cbegin(), held.cend(), [&](const QString &form) { return kept.contains(form); });
}

ChangeEntry evictionOf(const QString &pupilId, qint64 seq)
{
    ChangeEntry c;
    c.seq = seq;
    c.entity = QStringLiteral("pupil");
    c.entityId = pupilId;
    c.op = QStringLiteral("evict");
    c.deviceId = QStringLiteral("stride-store");
    return c;
}

// The links whose arrival makes an evidence item visible to a tablet that could not see it
// before (a pupil of its class added to another class's photo, evidence attached to a form).
bool linksEvidence(const ChangeEntry &c)
{
    return c.op == QLatin1String("upsert") && c.fields.contains(QLatin1String("evidence_id")) &&
           (c.entity == QLatin1String("evidence_pupil") || c.entity == QLatin1String("evidence_target") ||
            c.entity == QLatin1String("moderation_form_evidence") ||
            c.entity == QLatin1String("profile_highlight"));
}

// --- Snapshots (docs/sync.md, "Snapshots and compaction").
//
// A tablet whose cursor is below the feed's horizon (a new tablet once the feed was compacted,
// one back from a long absence, one restored from an old backup) cannot be sent the changes it
// missed: it is sent the school's rows as they stand, table by table in the order a tablet inserts
// them (parents first), a page at a time, with every tombstone, then the feed from where the
// snapshot began. Its pages need cursors that keep rising and that no change will ever take, so
// the snapshot reserves a block of the school's seqs (device_snapshot): its pages' cursors come
// from that block, and the feed after any of them is the feed after the block's start. Where each
// page starts is kept (snapshot_page), so a page asked for again is sent again.

struct SnapshotStart
{
    QString entity; // empty: the snapshot is complete, the feed follows
    QString afterId;
};

// Where the snapshot page after `cursor` starts, if `cursor` is one of the device's snapshot's.
// Asked from the cursor after its last page, the snapshot is over: its state is dropped, and the
// feed goes on from there (nothing is lost: the block of cursors it reserved holds no change).
std::optional<SnapshotStart> snapshotStart(QSqlDatabase &db, const QString &deviceId, qint64 cursor)
{
    QSqlQuery q = Sql::exec(
        db, QStringLiteral("SELECT entity, after_id FROM snapshot_page WHERE device_id = ? AND cursor = ?"),
        {deviceId, cursor});
    if (!q.next())
        return std::nullopt;
    const SnapshotStart start{q.value(0).toString(), q.value(1).toString()};
    if (!start.entity.isEmpty())
        return start;
    SqlTransaction tx(db);
    Sql::exec(db, QStringLiteral("DELETE FROM snapshot_page WHERE device_id = ?"), {deviceId});
    Sql::exec(db, QStringLiteral("DELETE FROM device_snapshot WHERE device_id = ?"), {deviceId});
    tx.commit();
    return std::nullopt;
}

// Begins a snapshot for a tablet pulling from `since`: reserves its block of cursors after the
// school's newest change, under the school's lock so no push takes them, and starts its pages at
// the first table. A class tablet's record of which pupils it holds starts again from what it may
// see now; those it held and may no longer see (or see less of) are evicted by the first page.
void startSnapshot(const Device &device, qint64 since)
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    SqlTransaction tx(db);
    RecordStore records(db);
    records.ensureSchoolSequence(device.schoolId);
    const qint64 base = records.lockSchool(device.schoolId);
    QSqlQuery count = Sql::exec(db, QStringLiteral("SELECT count(*) FROM sync_record WHERE school_id = ?"),
                                {device.schoolId});
    // A page holds at least one row: twice the rows there are leaves room for rows written while
    // the tablet pulls (if even that runs out, the snapshot starts again with a new block).
    const qint64 reserved = 2 * (count.next() ? count.value(0).toLongLong() : 0) + 1000;
    records.setLastSeq(device.schoolId, base + reserved);
    Sql::exec(db, QStringLiteral("DELETE FROM snapshot_page WHERE device_id = ?"), {device.id});
    Sql::exec(db,
              QStringLiteral("INSERT INTO device_snapshot (device_id, base_seq, last_cursor, started_at)"
                             " VALUES (?, ?, ?, ?) ON CONFLICT (device_id) DO UPDATE SET base_seq ="
                             " excluded.base_seq, last_cursor = excluded.last_cursor, started_at ="
                             " excluded.started_at"),
              {device.id, base, base + reserved, nowText()});
    Sql::exec(db,
              QStringLiteral(
                  "INSERT INTO snapshot_page (device_id, cursor, entity, after_id) VALUES (?, ?, ?, '')"),
              {device.id, since, syncedEntities().first()});

    const DeviceScope scope = DeviceRegistry::scopeOf(device);
    QHash<QString, QString> held;
    {
        QSqlQuery q = Sql::exec(
            db, QStringLiteral("SELECT pupil_id, extent FROM device_pupil WHERE device_id = ?"), {device.id});
        while (q.next())
            held.insert(q.value(0).toString(), q.value(1).toString());
    }
    Sql::exec(db, QStringLiteral("DELETE FROM device_pupil WHERE device_id = ?"), {device.id});
    if (!scope.wholeSchool) {
        const TabletScope visible(records, device, scope);
        auto note = [&](const QString &pupilId, const QString &extent, qint64 seq) {
            Sql::exec(db,
                      QStringLiteral(
                          "INSERT INTO device_pupil (device_id, pupil_id, extent, seq) VALUES (?, ?, ?, ?)"),
                      {device.id, pupilId, extent, seq});
        };
        // Evicted pupils carry the first page's cursor: the first page (and only it) evicts them,
        // as often as it is asked for. One still seen, but less of, is evicted and then sent again.
        const qint64 firstCursor = base + 1;
        for (auto it = held.cbegin(); it != held.cend(); ++it) {
            if (*it == TabletScope::evictedExtent())
                continue;
            const auto now = visible.extents().constFind(it.key());
            if (now == visible.extents().constEnd() || servesLess(*it, *now))
                note(it.key(), TabletScope::evictedExtent(), firstCursor);
        }
        for (auto it = visible.extents().cbegin(); it != visible.extents().cend(); ++it) {
            const auto was = held.constFind(it.key());
            if (was == held.constEnd() || *was == TabletScope::evictedExtent() || !servesLess(*was, *it))
                note(it.key(), *it, 0);
        }
    }
    tx.commit();
}

struct SnapshotRow
{
    QString id;
    QString fieldsText;
    bool deleted = false;
    QString deletedHlc;
    QString createdHlc;
};

// One page of the device's snapshot, from `start`, at most `limit` rows and about kPageBytes of
// fields: at most one page of rows and their clocks is ever in memory. nullopt when the block
// of cursors reserved for the snapshot is used up.
std::optional<ChangePage> snapshotPage(const Device &device, qint64 since, const SnapshotStart &start,
                                       int limit)
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    QSqlQuery block =
        Sql::exec(db, QStringLiteral("SELECT base_seq, last_cursor FROM device_snapshot WHERE device_id = ?"),
                  {device.id});
    if (!block.next())
        return std::nullopt;
    const qint64 base = block.value(0).toLongLong();
    const qint64 cursor = since < base ? base + 1 : since + 1;
    if (cursor > block.value(1).toLongLong())
        return std::nullopt;

    ChangePage page;
    page.cursor = cursor;
    page.more = true; // the feed after the snapshot's start follows its last page
    const DeviceScope scope = DeviceRegistry::scopeOf(device);
    RecordStore records(db);
    std::optional<TabletScope> visible;
    if (!scope.wholeSchool) {
        visible.emplace(records, device, scope);
        QSqlQuery q = Sql::exec(db,
                                QStringLiteral("SELECT pupil_id FROM device_pupil WHERE device_id = ? AND"
                                               " extent = 'evicted' AND seq > ?"),
                                {device.id, since});
        while (q.next())
            page.changes << evictionOf(q.value(0).toString(), cursor);
    }

    const QStringList &entities = syncedEntities();
    qsizetype table = entities.indexOf(start.entity);
    QString afterId = start.afterId;
    int read = 0;
    qint64 bytes = 0;
    while (table >= 0 && table < entities.size() && read < limit && bytes < ChangeFeed::kPageBytes) {
        const QString &entity = entities.at(table);
        QList<SnapshotRow> rows;
        {
            QSqlQuery q =
                Sql::exec(db,
                          QStringLiteral("SELECT entity_id, fields, deleted, deleted_hlc, created_hlc"
                                         " FROM sync_record WHERE school_id = ? AND entity = ? AND"
                                         " entity_id > ? ORDER BY entity_id LIMIT ?"),
                          {device.schoolId, entity, Sql::text(afterId), limit - read});
            while (q.next())
                rows << SnapshotRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() != 0,
                                    q.value(3).toString(), q.value(4).toString()};
        }
        if (rows.isEmpty()) {
            ++table;
            afterId.clear();
            continue;
        }
        // The clocks of the page's rows, in one read of their range.
        QHash<QString, QHash<QString, FieldClock>> clocks;
        {
            QSqlQuery q = Sql::exec(db,
                                    QStringLiteral("SELECT entity_id, field, hlc, device_id, author_staff_id"
                                                   " FROM sync_field_clock WHERE entity = ? AND entity_id > ?"
                                                   " AND entity_id <= ?"),
                                    {entity, Sql::text(afterId), rows.constLast().id});
            while (q.next())
                clocks[q.value(0).toString()].insert(
                    q.value(1).toString(),
                    {q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
        }
        for (const SnapshotRow &row : std::as_const(rows)) {
            ++read;
            afterId = row.id;
            if (row.deleted) {
                // Every tablet receives every tombstone, as every tablet receives every delete: a
                // tablet that comes back from below the horizon may still hold the row.
                if (row.deletedHlc.isEmpty())
                    continue;
                ChangeEntry c;
                c.seq = cursor;
                c.entity = entity;
                c.entityId = row.id;
                c.op = QStringLiteral("delete");
                c.hlc = row.deletedHlc;
                c.deviceId = QStringLiteral("stride-store");
                page.changes << c;
                continue;
            }
            if (visible && !visible->sees(entity, row.id))
                continue;
            bytes += row.fieldsText.size();
            page.changes << rowChanges(entity, row.id, jsonObject(row.fieldsText), row.createdHlc,
                                       clocks.value(row.id), cursor);
            if (bytes >= ChangeFeed::kPageBytes)
                break;
        }
    }
    const bool complete = table < 0 || table >= entities.size();
    Sql::exec(
        db,
        QStringLiteral("INSERT INTO snapshot_page (device_id, cursor, entity, after_id) VALUES (?, ?, ?, ?)"
                       " ON CONFLICT (device_id, cursor) DO UPDATE SET entity = excluded.entity,"
                       " after_id = excluded.after_id"),
        {device.id, cursor, Sql::text(complete ? QString() : entities.at(table)),
         Sql::text(complete ? QString() : afterId)});
    return page;
}

} // namespace

ChangePage ChangeFeed::page(const Device &device, qint64 since, int limit)
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    // The tablet has everything up to `since`: the feed below the lowest such cursor of the live
    // tablets may be compacted (FeedCompaction). It asks for a page while it writes the one before
    // (SyncClient::pullFrom); if that write fails it asks again from the cursor before, and is sent
    // a snapshot should the feed have been compacted past it meanwhile.
    Sql::exec(db, QStringLiteral("UPDATE device SET pulled_seq = ? WHERE id = ?"), {since, device.id});
    // At most: a finished snapshot dropped, a new one begun, and begun again if its block ran out.
    for (int step = 0; step < 3; ++step) {
        if (const auto start = snapshotStart(db, device.id, since)) {
            if (auto page = snapshotPage(device, since, *start, limit))
                return *page;
        } else if (since >= FeedCompaction::horizonOf(db, device.schoolId)) {
            break;
        }
        startSnapshot(device, since);
    }
    ChangePage page;
    qint64 lastRead = 0;
    QList<ChangeEntry> changes = read(device.schoolId, since, limit, &lastRead, &page.more);
    if (lastRead > 0) {
        page.cursor = lastRead;
    } else {
        QSqlQuery last =
            Sql::exec(db, QStringLiteral("SELECT last_seq FROM school_sequence WHERE school_id = ?"),
                      {device.schoolId});
        const qint64 end = last.next() ? last.value(0).toLongLong() : 0;
        page.cursor = std::min(since, end);
    }

    // What the tablet may see is read after the changes, so every change read is in it: a pupil
    // moved into the class in a change of this page is visible, and one moved out is not.
    const DeviceScope scope = DeviceRegistry::scopeOf(device);
    QHash<QString, Held> held;
    {
        QSqlQuery q = Sql::exec(
            db, QStringLiteral("SELECT pupil_id, extent, seq FROM device_pupil WHERE device_id = ?"),
            {device.id});
        while (q.next())
            held.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toLongLong()});
    }
    if (scope.wholeSchool && held.isEmpty()) {
        for (const ChangeEntry &c : changes)
            if (c.entity != scopeChangeEntity())
                page.changes << c;
        return page;
    }
    RecordStore records(db);
    const TabletScope visible(records, device, scope);
    QList<ChangeEntry> kept;
    QSet<QString> insertedHere; // evidence items whose insert is in this page
    QStringList linkedEvidence; // evidence items a link of this page makes visible
    for (ChangeEntry &c : changes) {
        if (c.entity == scopeChangeEntity())
            continue;
        // A delete carries no values, and the store no longer knows whose row it was: every tablet
        // receives it, and one that never had the row keeps only its tombstone.
        if (c.op != QLatin1String("delete") && !visible.sees(c.entity, c.entityId))
            continue;
        readValues(c);
        if (c.entity == QLatin1String("evidence_item") && c.fields.contains(QLatin1String("kind")))
            insertedHere.insert(c.entityId);
        if (linksEvidence(c)) {
            const QString evidenceId = c.fields.value(QLatin1String("evidence_id")).toString();
            if (!insertedHere.contains(evidenceId) && !linkedEvidence.contains(evidenceId))
                linkedEvidence << evidenceId;
        }
        kept << c;
    }

    // Snapshots and evictions ride only on a page whose cursor moves: a tablet that stored this
    // page's cursor has applied them, and one that asks again from before it is sent them again.
    QList<ChangeEntry> evictions;
    QList<QPair<QString, QString>> snapshotRows;
    QHash<QString, Held> record;
    if (page.cursor > since) {
        for (auto it = visible.extents().cbegin(); it != visible.extents().cend(); ++it) {
            const auto was = held.constFind(it.key());
            if (was != held.constEnd() && was->extent == *it && since >= was->seq)
                continue;
            // From the start, the feed itself carries every row of the pupil.
            if (since == 0 && was == held.constEnd()) {
                record.insert(it.key(), {*it, 0});
                continue;
            }
            // Serving less of a pupil than before (only a moderation form now, or other forms):
            // start clean. One more form to moderate only adds.
            if (was != held.constEnd() && servesLess(was->extent, *it))
                evictions << evictionOf(it.key(), page.cursor);
            snapshotRows << visible.rowsOf(it.key());
            record.insert(it.key(), {*it, page.cursor});
        }
        for (auto it = held.cbegin(); it != held.cend(); ++it) {
            if (visible.extents().contains(it.key()))
                continue;
            if (it->extent != TabletScope::evictedExtent()) {
                evictions << evictionOf(it.key(), page.cursor);
                record.insert(it.key(), {TabletScope::evictedExtent(), page.cursor});
            } else if (since < it->seq) {
                evictions << evictionOf(it.key(), page.cursor);
            }
        }
    }
    for (const QString &evidenceId : std::as_const(linkedEvidence))
        snapshotRows << visible.evidenceRows(evidenceId);

    QList<ChangeEntry> snapshot;
    QSet<QString> sent;
    for (const auto &[entity, id] : std::as_const(snapshotRows)) {
        const QString key = entity + QLatin1Char('/') + id;
        if (sent.contains(key))
            continue;
        sent.insert(key);
        snapshot << snapshotOf(records, visible, entity, id, page.cursor);
    }
    if (!record.isEmpty()) {
        SqlTransaction tx(db);
        for (auto it = record.cbegin(); it != record.cend(); ++it)
            Sql::exec(db,
                      QStringLiteral(
                          "INSERT INTO device_pupil (device_id, pupil_id, extent, seq) VALUES (?, ?, ?, ?)"
                          " ON CONFLICT (device_id, pupil_id) DO UPDATE SET extent = excluded.extent,"
                          " seq = excluded.seq"),
                      {device.id, it.key(), it->extent, it->seq});
        tx.commit();
    }
    page.changes = evictions + snapshot + kept;
    return page;
}

} // namespace Stride::Server
