#include "store.h"

#include "fieldmerge.h"

#include "../domain/validation.h"
#include "../people/changeproof.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>
#include <atomic>

namespace Stride {

namespace {

// Gives this file's sentences one context ("Store") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

} // namespace

namespace {

std::atomic<int> s_connectionCounter{0};

QJsonObject toJson(const QVariantMap &values)
{
    QJsonObject o;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QVariant &v = it.value();
        if (v.isNull())
            o.insert(it.key(), QJsonValue::Null);
        else if (v.typeId() == QMetaType::QByteArray)
            o.insert(it.key(), QString::fromLatin1(v.toByteArray().toBase64()));
        else
            o.insert(it.key(), QJsonValue::fromVariant(v));
    }
    return o;
}

QVariantMap recordToMap(const QSqlRecord &record)
{
    QVariantMap map;
    for (int i = 0; i < record.count(); ++i)
        map.insert(record.fieldName(i), record.value(i));
    return map;
}

} // namespace

Store::Store(HybridLogicalClock::WallClock wallClock)
    : m_connectionName(QStringLiteral("stride-store-%1").arg(++s_connectionCounter)),
      m_wallClock(std::move(wallClock))
{}

Store::~Store()
{
    close();
}

namespace {

// A key is made only for a store that has never held anything encrypted: a new or empty file, or
// a plain SQLite file (one from before encryption, which the open then encrypts). Any other file
// without a key on this tablet was encrypted with a key that is gone.
bool mayMakeKeyFor(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

OpenResult Store::open(const QString &path, AtRest atRest)
{
    close();
    m_keyLookup = {};
    if (atRest == AtRest::Encrypted) {
        m_keyLookup = DeviceKey::forDatabase(path, mayMakeKeyFor(path));
        if (m_keyLookup.ok()) {
            m_deviceKeys = m_keyLookup.keys;
        } else if (m_keyLookup.status != DeviceKey::Status::Missing) {
            // The keystore could not be asked: the file is left exactly as it is for next time.
            OpenResult refused;
            refused.status = OpenResult::Status::Failed;
            refused.message = m_keyLookup.message;
            refused.detail = m_keyLookup.detail;
            return refused;
        }
        // Missing: a file that is not plain SQLite, for which this tablet has no key. What it is
        // (damaged, or encrypted with a key that is gone) is Database::open's to tell.
    }
    OpenResult result = Database::open(path, m_connectionName, m_deviceKeys.database);
    if (!result.ok()) {
        if (QSqlDatabase::contains(m_connectionName))
            QSqlDatabase::removeDatabase(m_connectionName);
        m_deviceKeys = {};
        return result;
    }
    m_path = path;
    m_db = QSqlDatabase::database(m_connectionName, false);

    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'device_id'"));
    if (q.next()) {
        m_deviceId = q.value(0).toString();
    } else {
        // The device id names this installation in every mutation and HLC timestamp it makes.
        m_deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('device_id', ?)"));
        q.addBindValue(m_deviceId);
        q.exec();
    }
    m_clock = std::make_unique<HybridLogicalClock>(m_deviceId, m_wallClock);
    // Carry on from the latest timestamp this device has issued or received, so a restart with
    // the wall clock set back still never goes backwards.
    for (const char *sql :
         {"SELECT max(hlc) FROM change_log", "SELECT value FROM meta WHERE key = 'hlc_received'"}) {
        q.exec(QString::fromLatin1(sql));
        if (q.next())
            if (auto t = HlcTimestamp::parse(q.value(0).toString()))
                m_clock->restore(*t);
    }
    return result;
}

void Store::close()
{
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
    m_transactionDepth = 0;
    m_deviceKeys = {};
}

QSqlQuery &Store::prepared(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        q.prepare(sql);
        it = m_statements.insert(sql, q);
    }
    return it.value();
}

bool Store::exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    return false;
}

void Store::rollbackTo(bool outermost, const QString &savepoint)
{
    // Every prepared statement must be reset before a rollback can proceed cleanly.
    for (QSqlQuery &statement : m_statements)
        statement.finish();
    QSqlQuery q(m_db);
    if (outermost) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO ") + savepoint);
        q.exec(QStringLiteral("RELEASE ") + savepoint);
    }
}

bool Store::transaction(const std::function<bool()> &work)
{
    QSqlQuery q(m_db);
    const QString savepoint = QStringLiteral("sp%1").arg(m_transactionDepth);
    // IMMEDIATE takes the write lock up front, so a transaction never fails half-way for a lock.
    const bool outermost = m_transactionDepth == 0;
    if (!q.exec(outermost ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint)) {
        m_lastError = q.lastError().text();
        return false;
    }
    ++m_transactionDepth;
    // Work that throws is a failed transaction too: roll back, then let the exception go on.
    bool ok = false;
    try {
        ok = work();
    } catch (...) {
        --m_transactionDepth;
        rollbackTo(outermost, savepoint);
        throw;
    }
    --m_transactionDepth;
    if (ok) {
        if (q.exec(outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint)) {
            if (outermost)
                notifyLocalChange();
            return true;
        }
        m_lastError = q.lastError().text();
    }
    rollbackTo(outermost, savepoint);
    if (outermost)
        m_localChangePending = false;
    return false;
}

WriteResult Store::saveInTransaction(const std::function<bool()> &work)
{
    m_lastError.clear();
    if (transaction(work))
        return WriteResult::success();
    return WriteResult::failure(
        Words::tr("This could not be saved, so nothing was changed. (%1)").arg(m_lastError));
}

std::optional<QVariantMap> Store::selectRow(const QString &table, const QString &id) const
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        q.finish();
        return std::nullopt;
    }
    QVariantMap row = recordToMap(q.record());
    q.finish();
    return row;
}

QList<QVariantMap> Store::selectRows(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery &q = prepared(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<QVariantMap> rows;
    if (!q.exec()) {
        qWarning("Stride store query failed: %s", qPrintable(q.lastError().text()));
        return rows;
    }
    const QSqlRecord record = q.record();
    while (q.next()) {
        QVariantMap map;
        for (int i = 0; i < record.count(); ++i)
            map.insert(record.fieldName(i), q.value(i));
        rows.append(std::move(map));
    }
    q.finish();
    return rows;
}

bool Store::writeRow(const TableRow &row)
{
    const std::optional<QVariantMap> existing = selectRow(row.table, row.id);
    QVariantMap changed;
    QVariantMap previous;
    for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
        // A null QString would bind as SQL NULL; text columns hold "" for "nothing written".
        const QVariant value = (it.value().typeId() == QMetaType::QString && it.value().toString().isNull())
                                   ? QVariant(QStringLiteral(""))
                                   : it.value();
        if (!existing) {
            changed.insert(it.key(), value);
            continue;
        }
        const QVariant old = existing->value(it.key());
        if (!FieldMerge::sameValue(old, value)) {
            changed.insert(it.key(), value);
            previous.insert(it.key(), old);
        }
    }
    if (existing && changed.isEmpty())
        return true; // nothing changed: nothing to write, nothing to sync

    const QStringList columns = changed.keys();
    QString sql;
    if (existing) {
        QStringList assignments;
        for (const QString &c : columns)
            assignments << c + QStringLiteral(" = ?");
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                  .arg(row.table, assignments.join(QStringLiteral(", ")));
    } else {
        sql = QStringLiteral("INSERT INTO %1 (id, %2) VALUES (?%3)")
                  .arg(row.table, columns.join(QStringLiteral(", ")),
                       QStringLiteral(", ?").repeated(columns.size()));
    }
    QSqlQuery &q = prepared(sql);
    if (!existing)
        q.addBindValue(row.id);
    for (const QString &c : columns)
        q.addBindValue(changed.value(c));
    if (existing)
        q.addBindValue(row.id);
    if (!exec(q))
        return false;
    q.finish();
    // One timestamp for the log entry and the field clocks, so a pulled value is compared with
    // exactly the HLC this change is pushed with. A new row gets one row clock ('*').
    const QString hlc = m_clock->now().toString();
    if (!stampFields(row.table, row.id, existing ? columns : QStringList{QStringLiteral("*")}, hlc))
        return false;
    return appendMutation(row.table, row.id, QStringLiteral("upsert"), changed, previous, hlc);
}

bool Store::deleteRow(const QString &table, const QString &id)
{
    const std::optional<QVariantMap> existing = selectRow(table, id);
    if (!existing)
        return true;
    QSqlQuery &del = prepared(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    del.addBindValue(id);
    if (!exec(del))
        return false;
    QVariantMap previous = *existing;
    previous.remove(QStringLiteral("id"));
    const HlcTimestamp stamp = m_clock->now();
    // The tombstone tells sync (and any device that still has the row) that it is gone on
    // purpose, so an old copy never brings it back.
    QSqlQuery &tomb = prepared(QStringLiteral(
        "INSERT OR REPLACE INTO tombstone (entity, entity_id, hlc, deleted_by) VALUES (?, ?, ?, ?)"));
    tomb.addBindValue(table);
    tomb.addBindValue(id);
    tomb.addBindValue(stamp.toString());
    tomb.addBindValue(Column::optionalText(m_actingStaffId));
    if (!exec(tomb))
        return false;
    if (!clearFieldClocks(table, id))
        return false;
    return appendMutation(table, id, QStringLiteral("delete"), {}, previous, stamp.toString());
}

bool Store::replaceChildren(const QString &table, const QString &parentColumn, const QString &parentId,
                            const QList<TableRow> &rows)
{
    QSet<QString> keep;
    for (const TableRow &row : rows)
        keep.insert(row.id);
    const auto existing =
        selectRows(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, parentColumn), {parentId});
    for (const QVariantMap &r : existing) {
        const QString id = r.value(QStringLiteral("id")).toString();
        if (!keep.contains(id) && !deleteRow(table, id))
            return false;
    }
    for (const TableRow &row : rows)
        if (!writeRow(row))
            return false;
    return true;
}

void Store::notifyLocalChange()
{
    const bool changed = m_localChangePending;
    m_localChangePending = false;
    if (changed && m_localChangeListener)
        m_localChangeListener();
}

bool Store::appendMutation(const QString &entity, const QString &entityId, const QString &op,
                           const QVariantMap &fields, const QVariantMap &previous, const QString &hlc)
{
    m_localChangePending = true;
    ProvableChange change{newId(),
                          entity,
                          entityId,
                          op,
                          hlc,
                          m_actingStaffId,
                          Column::instant(QDateTime::currentDateTimeUtc()).toString(),
                          toJson(fields),
                          toJson(previous),
                          {}};
    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT INTO change_log (mutation_id, entity, entity_id, op, fields, previous, hlc, author_staff_id,"
        " device_id, recorded_at, proof) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(change.mutationId);
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(op);
    q.addBindValue(QString::fromUtf8(QJsonDocument(change.fields).toJson(QJsonDocument::Compact)));
    q.addBindValue(previous.isEmpty() ? QVariant()
                                      : QVariant(QString::fromUtf8(
                                            QJsonDocument(change.previous).toJson(QJsonDocument::Compact))));
    q.addBindValue(hlc);
    q.addBindValue(Column::optionalText(m_actingStaffId));
    q.addBindValue(m_deviceId);
    q.addBindValue(change.recordedAt);
    q.addBindValue(Column::optionalText(
        m_actingStaffId.isEmpty() ? QString() : ChangeProof::of(m_actingCredential, change)));
    if (!exec(q))
        return false;
    q.finish();
    return true;
}

int Store::proveActingStaffChanges()
{
    if (m_actingStaffId.isEmpty() || m_actingCredential.isEmpty())
        return 0;
    // Only this person's own changes, unsent for want of a proof or refused for one: never
    // another's, and never one the store refused for any other reason.
    const QList<QVariantMap> rows = selectRows(
        QStringLiteral(
            "SELECT c.mutation_id, c.entity, c.entity_id, c.op, c.fields, c.previous, c.hlc,"
            " c.recorded_at FROM change_log c LEFT JOIN mutation_sync s ON s.mutation_id = c.mutation_id"
            " WHERE c.author_staff_id = ? AND ((c.sent_at IS NULL AND c.proof IS NULL) OR"
            " (s.state = 'rejected' AND s.error = 'unproven_author' AND s.dismissed_at IS NULL))"
            " ORDER BY c.seq"),
        {m_actingStaffId});
    if (rows.isEmpty())
        return 0;
    const auto text = [](const QVariantMap &r, const char *column) {
        return r.value(QString::fromLatin1(column)).toString();
    };
    const WriteResult result = saveInTransaction([&] {
        for (const QVariantMap &r : rows) {
            const ProvableChange change{text(r, "mutation_id"),
                                        text(r, "entity"),
                                        text(r, "entity_id"),
                                        text(r, "op"),
                                        text(r, "hlc"),
                                        m_actingStaffId,
                                        text(r, "recorded_at"),
                                        QJsonDocument::fromJson(text(r, "fields").toUtf8()).object(),
                                        QJsonDocument::fromJson(text(r, "previous").toUtf8()).object(),
                                        {}};
            QSqlQuery &prove = prepared(
                QStringLiteral("UPDATE change_log SET proof = ?, sent_at = NULL WHERE mutation_id = ?"));
            prove.addBindValue(ChangeProof::of(m_actingCredential, change));
            prove.addBindValue(change.mutationId);
            if (!exec(prove))
                return false;
            QSqlQuery &forget = prepared(
                QStringLiteral("DELETE FROM mutation_sync WHERE mutation_id = ? AND state = 'rejected'"));
            forget.addBindValue(change.mutationId);
            if (!exec(forget))
                return false;
        }
        // Sync sends them soon, as it does a new change.
        m_localChangePending = true;
        return true;
    });
    return result.ok ? int(rows.size()) : -1;
}

namespace {
Mutation toMutation(const QVariantMap &r)
{
    Mutation m;
    m.seq = r.value(QStringLiteral("seq")).toLongLong();
    m.mutationId = r.value(QStringLiteral("mutation_id")).toString();
    m.entity = r.value(QStringLiteral("entity")).toString();
    m.entityId = r.value(QStringLiteral("entity_id")).toString();
    m.op = r.value(QStringLiteral("op")).toString();
    m.fields = QJsonDocument::fromJson(r.value(QStringLiteral("fields")).toString().toUtf8()).object();
    m.previous = QJsonDocument::fromJson(r.value(QStringLiteral("previous")).toString().toUtf8()).object();
    m.hlc = r.value(QStringLiteral("hlc")).toString();
    m.authorStaffId = r.value(QStringLiteral("author_staff_id")).toString();
    m.deviceId = r.value(QStringLiteral("device_id")).toString();
    m.recordedAt = Column::toInstant(r.value(QStringLiteral("recorded_at")));
    m.sentAt = Column::toInstant(r.value(QStringLiteral("sent_at")));
    return m;
}
} // namespace

QList<Mutation> Store::mutations(qint64 afterSeq, int limit) const
{
    QList<Mutation> list;
    for (const QVariantMap &r :
         selectRows(QStringLiteral("SELECT * FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?"),
                    {afterSeq, limit}))
        list << toMutation(r);
    return list;
}

QList<Mutation> Store::mutationsOf(const QString &entity, const QString &entityId) const
{
    QList<Mutation> list;
    for (const QVariantMap &r : selectRows(
             QStringLiteral("SELECT * FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY seq"),
             {entity, entityId}))
        list << toMutation(r);
    return list;
}

qint64 Store::unsentMutationCount() const
{
    const auto rows =
        selectRows(QStringLiteral("SELECT count(*) AS n FROM change_log WHERE sent_at IS NULL"));
    return rows.isEmpty() ? 0 : rows.first().value(QStringLiteral("n")).toLongLong();
}

bool Store::hasTombstone(const QString &entity, const QString &entityId) const
{
    return !selectRows(QStringLiteral("SELECT 1 FROM tombstone WHERE entity = ? AND entity_id = ?"),
                       {entity, entityId})
                .isEmpty();
}

} // namespace Stride
