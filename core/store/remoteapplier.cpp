// Applying changes pulled from the school's store (docs/sync.md, "Per-field merge" and the
// decisions at its end).
#include "remoteapplier.h"

#include "database.h"
#include "fieldmerge.h"
#include "sqltext.h"
#include "store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <unordered_map>

namespace Stride {

namespace {

// Gives this file's sentences one context ("RemoteApplier") in the translation files: the sync
// page shows them when a change from the school's store cannot be applied here.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(RemoteApplier)
};

const QString kRowClock = QStringLiteral("*");

// SQL identifiers are quoted: a synced column may be a keyword (`conflict."values"`).
QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

// A JSON value as the column wants it: the inverse of what the change log writes (see
// store.cpp's toJson), so a value survives the trip device -> server -> device unchanged.
// `type` is the column's declared type in capitals (columnTypes keeps them so).
QVariant columnValue(const QJsonValue &v, const QString &type)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return v.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (type.contains(QLatin1String("INT")) || (d == static_cast<double>(static_cast<qint64>(d))))
            return static_cast<qint64>(d);
        return d;
    }
    case QJsonValue::String:
        if (type.contains(QLatin1String("BLOB")))
            return QByteArray::fromBase64(v.toString().toLatin1());
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

QHash<QString, QString> RemoteApplier::columnTypes(const QString &table)
{
    auto it = m_columnTypes.find(table);
    if (it != m_columnTypes.end())
        return it.value();
    QHash<QString, QString> columns;
    QSqlQuery q(m_store.database());
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table))))
        while (q.next())
            columns.insert(q.value(1).toString(), q.value(2).toString().toUpper());
    if (!columns.isEmpty())
        m_columnTypes.insert(table, columns);
    return columns;
}

bool RemoteApplier::receiveClock(const QString &hlc)
{
    const auto stamp = HlcTimestamp::parse(hlc);
    if (!m_store.m_clock || !stamp || !m_store.m_clock->receive(*stamp))
        return false;
    // open() restores the clock from here, so a restart never issues a timestamp below one seen.
    QSqlQuery &q =
        m_store.prepared(QStringLiteral("INSERT INTO meta (key, value) VALUES ('hlc_received', ?) ON "
                                        "CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(m_store.m_clock->last().toString());
    if (!m_store.exec(q))
        return false;
    q.finish();
    return true;
}

RemoteApplyResult RemoteApplier::apply(const RemoteChange &change)
{
    RemoteApplyResult result;
    auto fail = [&](const QString &why) {
        result.outcome = RemoteApplyResult::Outcome::Failed;
        result.message = why;
        return result;
    };
    if (!isSyncedEntity(change.entity))
        return fail(Words::tr("%1 is not a table that syncs.").arg(change.entity));
    if (change.entityId.isEmpty())
        return fail(Words::tr("The change names no row."));
    if (change.op == QLatin1String("evict")) {
        if (change.entity != QLatin1String("pupil"))
            return fail(Words::tr("Only a pupil can be removed from this tablet by the store."));
        return evict(change.entityId);
    }
    const auto stamp = HlcTimestamp::parse(change.hlc);
    if (!stamp)
        return fail(Words::tr("The change's timestamp \"%1\" cannot be read.").arg(change.hlc));
    if (change.op != QLatin1String("upsert") && change.op != QLatin1String("delete"))
        return fail(Words::tr("The change's operation \"%1\" is unknown.").arg(change.op));

    // Seeing a change means later local edits must sort after it, whatever the wall clock says.
    // (A timestamp more than a day ahead is not merged; the server refuses those anyway.)
    m_store.m_clock->receive(*stamp);
    m_store.m_lastError.clear();
    const bool ok = m_store.transaction([&] {
        return change.op == QLatin1String("delete") ? applyDelete(change, *stamp, result)
                                                    : applyUpsert(change, *stamp, result);
    });
    if (!ok) {
        result.appliedFields.clear();
        return fail(m_store.m_lastError.isEmpty() ? Words::tr("The change could not be written.")
                                                  : m_store.m_lastError);
    }
    return result;
}

QVariantMap RemoteApplier::columnValues(const RemoteChange &change)
{
    const QHash<QString, QString> types = columnTypes(change.entity);
    QVariantMap values;
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
        // Unknown columns are skipped, so the server may grow a column before the devices do.
        if (it.key() == QLatin1String("id"))
            continue;
        const auto type = types.constFind(it.key());
        if (type != types.constEnd())
            values.insert(it.key(), columnValue(it.value(), type.value()));
    }
    return values;
}

namespace {

// A statement on SQLite's own interface, prepared once for a page: Qt's driver describes every
// column again at each execution and binds text as UTF-16, which cost as much as SQLite's own work
// on a page. Reset after every execution, so none is left running at a savepoint's release or
// rollback, or at the page's commit.
class PageStatement
{
public:
    PageStatement(sqlite3 *db, const QString &sql)
    {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &m_statement, nullptr) != SQLITE_OK) {
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
    }
    ~PageStatement() { sqlite3_finalize(m_statement); }
    PageStatement(const PageStatement &) = delete;
    PageStatement &operator=(const PageStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    sqlite3_stmt *handle() const { return m_statement; }

    // Bound as Qt's driver binds it, so a value is stored the same whichever way it came: a null
    // string or byte array as NULL, text as text, bytes as a blob.
    void bind(int index, const QVariant &value)
    {
        switch (value.typeId()) {
        case QMetaType::UnknownType:
            sqlite3_bind_null(m_statement, index);
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            if (bytes.isNull())
                sqlite3_bind_null(m_statement, index);
            else
                sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::Int:
        case QMetaType::Bool:
        case QMetaType::LongLong:
        case QMetaType::UInt:
            sqlite3_bind_int64(m_statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(m_statement, index, value.toDouble());
            break;
        default: {
            const QString text = value.toString();
            if (value.typeId() == QMetaType::QString && text.isNull()) {
                sqlite3_bind_null(m_statement, index);
                break;
            }
            const QByteArray utf8 = text.toUtf8();
            sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        }
        }
    }
    // Runs a statement that returns no rows; true if it did all its work.
    bool run()
    {
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }

private:
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace

QList<RemoteApplyResult> RemoteApplier::applyPage(const QList<RemoteChange> &page)
{
    QList<RemoteApplyResult> results;
    results.reserve(page.size());
    sqlite3 *db = Database::handleOf(m_store.database());
    // Statements by their SQL, for this page only (a schema change between pages cannot leave one
    // stale).
    std::unordered_map<QString, std::unique_ptr<PageStatement>> statements;
    const auto statement = [&](const QString &sql) -> PageStatement * {
        auto it = statements.find(sql);
        if (it == statements.end())
            it = statements.emplace(sql, std::make_unique<PageStatement>(db, sql)).first;
        return it->second->isValid() ? it->second.get() : nullptr;
    };

    const bool ok = m_store.transaction([&] {
        // The rows the page's upserts name that this device has never held: no row, no tombstone
        // (which a late upsert is compared with) and no field clock (which a new row would have to
        // clear). Nothing but a change of that very row can make one held during the page, so each
        // is taken out of the set at its first change, whatever its operation.
        QHash<QString, QSet<QString>> unheld;
        if (db) {
            QHash<QString, QStringList> named;
            for (const RemoteChange &c : page)
                if (c.op == QLatin1String("upsert") && isSyncedEntity(c.entity) && !c.entityId.isEmpty())
                    named[c.entity] << c.entityId;
            // The ids go as one JSON array, so the statement is the same for any number of them
            // (preparing a statement with hundreds of placeholders, once per table and page, was
            // a twentieth of a first sync's time).
            const QString heldSql = QStringLiteral(
                "WITH named(id) AS (SELECT value FROM json_each(?1)) SELECT id FROM %1 WHERE id IN named"
                " UNION ALL SELECT entity_id FROM tombstone WHERE entity = ?2 AND entity_id IN named"
                " UNION ALL SELECT entity_id FROM field_clock WHERE entity = ?2 AND entity_id IN named");
            for (auto it = named.begin(); it != named.end(); ++it) {
                QStringList ids = it.value();
                ids.removeDuplicates();
                PageStatement *held = statement(heldSql.arg(quoted(it.key())));
                if (!held)
                    continue; // each of these goes through apply()
                const QByteArray idList =
                    QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact);
                sqlite3_bind_text(held->handle(), 1, idList.constData(), int(idList.size()), SQLITE_STATIC);
                held->bind(2, it.key());
                QSet<QString> found;
                int rc = SQLITE_ROW;
                while ((rc = sqlite3_step(held->handle())) == SQLITE_ROW)
                    found.insert(QString::fromUtf8(
                        reinterpret_cast<const char *>(sqlite3_column_text(held->handle(), 0)),
                        sqlite3_column_bytes(held->handle(), 0)));
                sqlite3_reset(held->handle());
                sqlite3_clear_bindings(held->handle());
                if (rc != SQLITE_DONE)
                    continue;
                QSet<QString> &fresh = unheld[it.key()];
                for (const QString &id : std::as_const(ids))
                    if (!found.contains(id))
                        fresh.insert(id);
            }
        }

        PageStatement *stamp = statement(
            QStringLiteral("INSERT INTO field_clock (entity, entity_id, field, hlc) VALUES (?, ?, ?, ?)"
                           " ON CONFLICT (entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc"));
        QHash<QString, std::vector<std::pair<QStringList, PageStatement *>>> inserts;
        for (const RemoteChange &change : page) {
            auto fresh = unheld.find(change.entity);
            const bool isFresh = fresh != unheld.end() && fresh->remove(change.entityId);
            const auto hlc = HlcTimestamp::parse(change.hlc);
            if (!isFresh || !hlc || change.op != QLatin1String("upsert") || !stamp) {
                results << apply(change);
                continue;
            }
            // As apply() writes a row not held here: the row with the values of its known
            // columns, and one row clock ('*'). No savepoint of its own: a failed insert is undone
            // by SQLite as a statement, and a savepoint's release inside the page's transaction
            // walked the whole in-memory sub-journal each time (a tenth of a benchmark run's
            // samples in perf, growing with the page).
            m_store.m_clock->receive(*hlc);
            // The fields this device has columns for and their values, as columnValues() makes
            // them and in its order (both sorted by name), without a QVariantMap for each row:
            // building one for every new row was a tenth of a first sync's time.
            const QHash<QString, QString> types = columnTypes(change.entity);
            QStringList names;
            QVariantList values;
            for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
                if (it.key() == QLatin1String("id"))
                    continue;
                if (const auto type = types.constFind(it.key()); type != types.constEnd()) {
                    names << it.key();
                    values << columnValue(it.value(), type.value());
                }
            }
            // One insert per table and set of columns, found without writing its SQL again.
            std::vector<std::pair<QStringList, PageStatement *>> &known = inserts[change.entity];
            auto found =
                std::find_if(known.begin(), known.end(), [&](const auto &k) { return k.first == names; });
            PageStatement *insert = found == known.end() ? nullptr : found->second;
            if (found == known.end()) {
                QString columns = QStringLiteral("\"id\"");
                for (const QString &name : names)
                    columns += QLatin1Char(',') + quoted(name);
                insert = statement(
                    QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(quoted(change.entity), columns, SqlText::placeholders(names.size() + 1)));
                known.emplace_back(names, insert);
            }
            if (!insert) {
                results << apply(change);
                continue;
            }
            RemoteApplyResult result;
            int index = 0;
            insert->bind(++index, change.entityId);
            for (const QVariant &value : std::as_const(values))
                insert->bind(++index, value);
            if (!insert->run()) {
                // A parent row not here yet, most often: this change writes nothing, and says why.
                result.outcome = RemoteApplyResult::Outcome::Failed;
                result.message = QString::fromUtf8(sqlite3_errmsg(db));
                results << result;
                continue;
            }
            stamp->bind(1, change.entity);
            stamp->bind(2, change.entityId);
            stamp->bind(3, kRowClock);
            stamp->bind(4, change.hlc);
            if (!stamp->run()) {
                // The row without its clock must not stay (a full disk, most likely): the whole
                // page is undone, its cursor kept, and it comes again at the next sync.
                m_store.m_lastError = QString::fromUtf8(sqlite3_errmsg(db));
                return false;
            }
            result.outcome = RemoteApplyResult::Outcome::Applied;
            result.appliedFields = names;
            results << result;
        }
        return true;
    });
    if (!ok) {
        // The page's own savepoint failed, or a new row could not take its clock: nothing of the
        // page was written.
        for (RemoteApplyResult &r : results) {
            r.outcome = RemoteApplyResult::Outcome::Failed;
            r.appliedFields.clear();
            r.message = m_store.m_lastError;
        }
        while (results.size() < page.size()) {
            RemoteApplyResult failed;
            failed.outcome = RemoteApplyResult::Outcome::Failed;
            failed.message = m_store.m_lastError;
            results << failed;
        }
    }
    return results;
}

bool RemoteApplier::applyUpsert(const RemoteChange &change, const HlcTimestamp &stamp,
                                RemoteApplyResult &result)
{
    const QVariantMap values = columnValues(change);
    const std::optional<QVariantMap> existing = m_store.selectRow(change.entity, change.entityId);
    if (!existing) {
        const auto tomb =
            m_store.selectRows(QStringLiteral("SELECT hlc FROM tombstone WHERE entity = ? AND entity_id = ?"),
                               {change.entity, change.entityId});
        const bool tombstoned = !tomb.isEmpty();
        if (tombstoned &&
            !FieldMerge::incomingWins(stamp, tomb.first().value(QStringLiteral("hlc")).toString())) {
            result.outcome = RemoteApplyResult::Outcome::Ignored;
            return true;
        }
        QStringList columns{QStringLiteral("id")};
        QStringList marks{QStringLiteral("?")};
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            columns << quoted(it.key());
            marks << QStringLiteral("?");
        }
        QSqlQuery &q = m_store.prepared(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(quoted(change.entity), columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
        q.addBindValue(change.entityId);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            q.addBindValue(it.value());
        if (!m_store.exec(q)) {
            q.finish();
            if (tombstoned) {
                // Only part of a row that was deleted on purpose (an edit made before the
                // delete reached that tablet): the row stays deleted.
                m_store.m_lastError.clear();
                result.outcome = RemoteApplyResult::Outcome::Ignored;
                return true;
            }
            return false;
        }
        q.finish();
        if (tombstoned) {
            QSqlQuery &untomb =
                m_store.prepared(QStringLiteral("DELETE FROM tombstone WHERE entity = ? AND entity_id = ?"));
            untomb.addBindValue(change.entity);
            untomb.addBindValue(change.entityId);
            if (!m_store.exec(untomb))
                return false;
            untomb.finish();
        }
        result.outcome = RemoteApplyResult::Outcome::Applied;
        result.appliedFields = values.keys();
        return m_store.clearFieldClocks(change.entity, change.entityId) &&
               m_store.stampFields(change.entity, change.entityId, {kRowClock}, change.hlc);
    }

    // An existing row: field by field, only what is newer than the value held here.
    QHash<QString, QString> clocks;
    for (const QVariantMap &r : m_store.selectRows(QStringLiteral("SELECT field, hlc FROM field_clock"
                                                                  " WHERE entity = ? AND entity_id = ?"),
                                                   {change.entity, change.entityId}))
        clocks.insert(r.value(QStringLiteral("field")).toString(), r.value(QStringLiteral("hlc")).toString());
    const QString rowClock = clocks.value(kRowClock);
    QStringList toWrite; // values that differ
    QStringList toStamp; // values that are newer (same or different)
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString held = clocks.value(it.key(), rowClock);
        if (!FieldMerge::incomingWins(stamp, held))
            continue;
        toStamp << it.key();
        if (!FieldMerge::sameValue(existing->value(it.key()), it.value()))
            toWrite << it.key();
    }
    if (!toWrite.isEmpty()) {
        QStringList assignments;
        for (const QString &c : toWrite)
            assignments << quoted(c) + QStringLiteral(" = ?");
        QSqlQuery &q =
            m_store.prepared(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                 .arg(quoted(change.entity), assignments.join(QStringLiteral(", "))));
        for (const QString &c : toWrite)
            q.addBindValue(values.value(c));
        q.addBindValue(change.entityId);
        if (!m_store.exec(q))
            return false;
        q.finish();
        result.outcome = RemoteApplyResult::Outcome::Applied;
        result.appliedFields = toWrite;
    }
    return m_store.stampFields(change.entity, change.entityId, toStamp, change.hlc);
}

bool RemoteApplier::applyDelete(const RemoteChange &change, const HlcTimestamp &stamp,
                                RemoteApplyResult &result)
{
    const std::optional<QVariantMap> existing = m_store.selectRow(change.entity, change.entityId);
    if (existing) {
        // A row made again after this delete (a link made, removed and made again) stays.
        if (!FieldMerge::incomingWins(stamp, m_store.fieldClock(change.entity, change.entityId, kRowClock))) {
            result.outcome = RemoteApplyResult::Outcome::Ignored;
            return true;
        }
        QSqlQuery &del =
            m_store.prepared(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(quoted(change.entity)));
        del.addBindValue(change.entityId);
        if (!m_store.exec(del))
            return false;
        del.finish();
        result.outcome = RemoteApplyResult::Outcome::Applied;
    } else {
        result.outcome = RemoteApplyResult::Outcome::Unchanged;
    }
    // Keep the newest tombstone: it is what a late upsert of this id is compared with.
    const auto held =
        m_store.selectRows(QStringLiteral("SELECT hlc FROM tombstone WHERE entity = ? AND entity_id = ?"),
                           {change.entity, change.entityId});
    if (!held.isEmpty() &&
        !FieldMerge::incomingWins(stamp, held.first().value(QStringLiteral("hlc")).toString()))
        return m_store.clearFieldClocks(change.entity, change.entityId);
    QSqlQuery &tomb = m_store.prepared(
        QStringLiteral("INSERT INTO tombstone (entity, entity_id, hlc, deleted_by) VALUES (?, ?, ?, ?)"
                       " ON CONFLICT (entity, entity_id) DO UPDATE SET hlc = excluded.hlc, deleted_by = "
                       "excluded.deleted_by"));
    tomb.addBindValue(change.entity);
    tomb.addBindValue(change.entityId);
    tomb.addBindValue(change.hlc);
    tomb.addBindValue(Column::optionalText(change.authorStaffId));
    if (!m_store.exec(tomb))
        return false;
    tomb.finish();
    return m_store.clearFieldClocks(change.entity, change.entityId);
}

namespace {

QString marks(int n)
{
    QStringList list;
    for (int i = 0; i < n; ++i)
        list << QStringLiteral("?");
    return list.join(QLatin1Char(','));
}

// A removal that did not happen: nothing freed, and why, in the database's words or ours.
void markRemovalFailed(RemoteApplyResult &result, const QString &databaseError)
{
    result.outcome = RemoteApplyResult::Outcome::Failed;
    result.freedMedia.clear();
    result.message = databaseError.isEmpty() ? Words::tr("The pupil could not be removed from this tablet.")
                                             : databaseError;
}

// Runs one statement; false, with the database's words in `error`, if it fails.
bool runStatement(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, QString &error)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (q.exec())
        return true;
    error = q.lastError().text();
    return false;
}

QVariantList variants(const QStringList &ids)
{
    QVariantList list;
    for (const QString &id : ids)
        list << id;
    return list;
}

} // namespace

bool RemoteApplier::storeLacks(const QString &evidenceId)
{
    const QList<QVariantMap> unconfirmed = m_store.selectRows(
        QStringLiteral("SELECT r.sha256 FROM media_reference r JOIN evidence_item i ON i.id = r.evidence_id"
                       " LEFT JOIN media_file f ON f.sha256 = r.sha256 WHERE r.evidence_id = ?"
                       " AND i.device_id = ? AND (f.state IS NULL OR f.state IN ('pending', 'uploading',"
                       " 'uploaded')) LIMIT 1"),
        {evidenceId, m_store.deviceId()});
    if (!unconfirmed.isEmpty())
        return true;
    // The item's own changes and those of every row naming it (its pupil, target and recording
    // links, whose rows an eviction has just removed, so they are found by what they name).
    return !m_store
                .selectRows(
                    QStringLiteral("SELECT 1 FROM change_log c LEFT JOIN mutation_sync s ON s.mutation_id ="
                                   " c.mutation_id WHERE (c.entity_id = ? OR json_extract(c.fields,"
                                   " '$.evidence_id') = ?) AND (c.sent_at IS NULL OR (s.state = 'rejected'"
                                   " AND s.dismissed_at IS NULL)) LIMIT 1"),
                    {evidenceId, evidenceId})
                .isEmpty();
}

RemoteApplyResult RemoteApplier::releaseKeptEvidence()
{
    RemoteApplyResult result;
    result.outcome = RemoteApplyResult::Outcome::Unchanged;
    m_store.m_lastError.clear();
    // Only what an eviction kept (kept_evidence), and only while it is still without a pupil, form
    // or profile here. An item may be here alone for other reasons, and must stay: another tablet
    // sent it in one push and its links in the next, and this tablet pulled in between.
    QStringList release;
    QStringList servedAgain;
    for (const QVariantMap &r : m_store.selectRows(QStringLiteral(
             "SELECT k.evidence_id, EXISTS (SELECT 1 FROM evidence_pupil p WHERE p.evidence_id = "
             "k.evidence_id)"
             " OR EXISTS (SELECT 1 FROM moderation_form_evidence m WHERE m.evidence_id = k.evidence_id) OR"
             " EXISTS (SELECT 1 FROM profile_highlight h WHERE h.evidence_id = k.evidence_id) AS served"
             " FROM kept_evidence k"))) {
        const QString id = r.value(QStringLiteral("evidence_id")).toString();
        if (r.value(QStringLiteral("served")).toBool())
            servedAgain << id; // its pupil came back to this tablet: an ordinary item again
        else if (!storeLacks(id))
            release << id; // the store has all of it now
    }
    if (release.isEmpty() && servedAgain.isEmpty())
        return result;
    const bool ok = m_store.transaction([&] {
        auto run = [&](const QString &sql, const QVariantList &binds) {
            return runStatement(m_store.database(), sql, binds, m_store.m_lastError);
        };
        for (const QString &e : std::as_const(servedAgain) + release)
            if (!run(QStringLiteral("DELETE FROM kept_evidence WHERE evidence_id = ?"), {e}))
                return false;
        if (release.isEmpty())
            return true;
        QStringList files;
        for (const QVariantMap &r :
             m_store.selectRows(QStringLiteral("SELECT DISTINCT sha256 FROM media_reference WHERE evidence_id"
                                               " IN (%1)")
                                    .arg(marks(int(release.size()))),
                                variants(release)))
            files << r.value(QStringLiteral("sha256")).toString();
        for (const QString &table : {QStringLiteral("evidence_target"), QStringLiteral("media_reference")}) {
            for (const QVariantMap &r :
                 m_store.selectRows(QStringLiteral("SELECT id FROM %1 WHERE evidence_id IN (%2)")
                                        .arg(quoted(table), marks(int(release.size()))),
                                    variants(release)))
                if (!run(QStringLiteral("DELETE FROM field_clock WHERE entity_id = ?"),
                         {r.value(QStringLiteral("id"))}))
                    return false;
            if (!run(QStringLiteral("DELETE FROM %1 WHERE evidence_id IN (%2)")
                         .arg(quoted(table), marks(int(release.size()))),
                     variants(release)))
                return false;
        }
        for (const QString &e : std::as_const(release))
            if (!run(QStringLiteral("DELETE FROM field_clock WHERE entity_id = ?"), {e}) ||
                !run(QStringLiteral("DELETE FROM conflict WHERE entity_id = ?"), {e}))
                return false;
        if (!run(QStringLiteral("DELETE FROM evidence_item WHERE id IN (%1)").arg(marks(int(release.size()))),
                 variants(release)))
            return false;
        // Files nothing here names any more.
        for (const QString &sha : std::as_const(files)) {
            if (!m_store.selectRows(QStringLiteral("SELECT 1 FROM media_reference WHERE sha256 = ?"), {sha})
                     .isEmpty())
                continue;
            if (!run(QStringLiteral("DELETE FROM media_file WHERE sha256 = ?"), {sha}))
                return false;
            result.freedMedia << sha;
        }
        return true;
    });
    if (!ok) {
        markRemovalFailed(result, m_store.m_lastError);
        return result;
    }
    if (!release.isEmpty())
        result.outcome = RemoteApplyResult::Outcome::Applied;
    return result;
}

RemoteApplyResult RemoteApplier::evict(const QString &pupilId)
{
    RemoteApplyResult result;
    m_store.m_lastError.clear();
    if (!m_store.transaction([&] { return evictRows(pupilId, result); }))
        markRemovalFailed(result, m_store.m_lastError);
    return result;
}

bool RemoteApplier::evictRows(const QString &pupilId, RemoteApplyResult &result)
{
    if (!m_store.selectRow(QStringLiteral("pupil"), pupilId)) {
        result.outcome = RemoteApplyResult::Outcome::Unchanged;
        return true;
    }
    QSqlDatabase db = m_store.database();
    bool ok = true;
    // The first column of `sql`, whose %1 (if any) takes one placeholder per id of `ids`, after
    // `binds`. A list of no ids matches nothing.
    auto idsOf = [&](const QString &sql, const QStringList &ids = {}, const QVariantList &binds = {}) {
        QStringList found;
        const bool listed = sql.contains(QLatin1String("%1"));
        if (!ok || (listed && ids.isEmpty()))
            return found;
        QSqlQuery q(db);
        q.prepare(listed ? sql.arg(marks(int(ids.size()))) : sql);
        for (const QVariant &b : binds + variants(ids))
            q.addBindValue(b);
        if (!q.exec()) {
            ok = false;
            m_store.m_lastError = q.lastError().text();
            return found;
        }
        while (q.next())
            found << q.value(0).toString();
        return found;
    };
    QStringList removed; // every row id removed, for clocks, conflicts and parked changes
    auto remove = [&](const QString &table, const QString &where, const QStringList &ids,
                      const QVariantList &binds = {}) {
        const QString from = QStringLiteral(" FROM %1 WHERE %2").arg(quoted(table), where);
        const QStringList rows = idsOf(QStringLiteral("SELECT id") + from, ids, binds);
        if (!ok || rows.isEmpty())
            return;
        QSqlQuery del(db);
        del.prepare(
            QStringLiteral("DELETE FROM %1 WHERE id IN (%2)").arg(quoted(table), marks(int(rows.size()))));
        for (const QString &id : rows)
            del.addBindValue(id);
        if (!del.exec()) {
            ok = false;
            m_store.m_lastError = del.lastError().text();
            return;
        }
        removed << rows;
    };

    const QStringList outcomes =
        idsOf(QStringLiteral("SELECT id FROM ehcp_outcome WHERE pupil_id = ?"), {}, {pupilId});
    const QStringList ilps = idsOf(QStringLiteral("SELECT id FROM ilp WHERE pupil_id = ?"), {}, {pupilId});
    const QStringList targets = idsOf(QStringLiteral("SELECT id FROM target WHERE ilp_id IN (%1)"), ilps);
    const QStringList forms =
        idsOf(QStringLiteral("SELECT id FROM assessment_moderation_form WHERE target_id IN (%1)"), targets);
    const QStringList settingForms = idsOf(
        QStringLiteral("SELECT id FROM target_setting_moderation_form WHERE pupil_id = ?"), {}, {pupilId});
    QStringList evidence =
        idsOf(QStringLiteral("SELECT evidence_id FROM evidence_pupil WHERE pupil_id = ?"), {}, {pupilId});
    evidence << idsOf(
        QStringLiteral("SELECT evidence_id FROM moderation_form_evidence WHERE form_id IN (%1)"), forms);
    evidence << idsOf(QStringLiteral("SELECT evidence_id FROM profile_highlight WHERE pupil_id = ?"), {},
                      {pupilId});
    evidence.removeDuplicates();
    if (!ok)
        return false;

    // Children before parents: the tablet's foreign keys hold at every statement.
    remove(QStringLiteral("moderation_form_evidence"), QStringLiteral("form_id IN (%1)"), forms);
    remove(QStringLiteral("assessment_moderation_form"), QStringLiteral("id IN (%1)"), forms);
    remove(QStringLiteral("target_setting_form_ehcp_link"), QStringLiteral("form_id IN (%1)"), settingForms);
    remove(QStringLiteral("target_setting_form_ehcp_link"), QStringLiteral("ehcp_outcome_id IN (%1)"),
           outcomes);
    remove(QStringLiteral("target_setting_moderation_form"), QStringLiteral("id IN (%1)"), settingForms);
    remove(QStringLiteral("judgement"), QStringLiteral("target_id IN (%1)"), targets);
    remove(QStringLiteral("evidence_target"), QStringLiteral("pupil_id = ?"), {}, {pupilId});
    remove(QStringLiteral("evidence_target"), QStringLiteral("target_id IN (%1)"), targets);
    remove(QStringLiteral("target_ehcp_link"), QStringLiteral("target_id IN (%1)"), targets);
    remove(QStringLiteral("target_ehcp_link"), QStringLiteral("ehcp_outcome_id IN (%1)"), outcomes);
    remove(QStringLiteral("profile_highlight"), QStringLiteral("pupil_id = ?"), {}, {pupilId});
    remove(QStringLiteral("parent_response"), QStringLiteral("ilp_id IN (%1)"), ilps);
    remove(QStringLiteral("target"), QStringLiteral("id IN (%1)"), targets);
    remove(QStringLiteral("ilp"), QStringLiteral("id IN (%1)"), ilps);
    remove(QStringLiteral("evidence_pupil"), QStringLiteral("pupil_id = ?"), {}, {pupilId});
    remove(QStringLiteral("ehcp_outcome"), QStringLiteral("id IN (%1)"), outcomes);
    remove(QStringLiteral("pupil"), QStringLiteral("id = ?"), {}, {pupilId});
    if (!ok)
        return false;
    if (!targets.isEmpty()) {
        QSqlQuery counts(db);
        counts.prepare(QStringLiteral("DELETE FROM target_evidence_count WHERE target_id IN (%1)")
                           .arg(marks(int(targets.size()))));
        for (const QString &t : targets)
            counts.addBindValue(t);
        if (!counts.exec()) {
            m_store.m_lastError = counts.lastError().text();
            return false;
        }
    }

    // Evidence left with no pupil here goes too, with its recordings, unless the store has not got
    // all of it yet: a recording this tablet made that the store has not confirmed, or a change of
    // it still to send (recorded while this sync ran) or refused and not yet read on the sync page.
    // That item stays, pupil-less and so out of sight, until the store has it (releaseKeptEvidence),
    // named in kept_evidence as this eviction's.
    QStringList orphans;
    QStringList kept;
    for (const QString &e : std::as_const(evidence))
        if (idsOf(QStringLiteral("SELECT id FROM evidence_pupil WHERE evidence_id = ?"), {}, {e}).isEmpty())
            (storeLacks(e) ? kept : orphans) << e;
    for (const QString &e : std::as_const(kept))
        if (!runStatement(db, QStringLiteral("INSERT OR IGNORE INTO kept_evidence (evidence_id) VALUES (?)"),
                          {e}, m_store.m_lastError))
            return false;
    const QStringList files = idsOf(
        QStringLiteral("SELECT DISTINCT sha256 FROM media_reference WHERE evidence_id IN (%1)"), orphans);
    remove(QStringLiteral("moderation_form_evidence"), QStringLiteral("evidence_id IN (%1)"), orphans);
    remove(QStringLiteral("profile_highlight"), QStringLiteral("evidence_id IN (%1)"), orphans);
    remove(QStringLiteral("evidence_target"), QStringLiteral("evidence_id IN (%1)"), orphans);
    remove(QStringLiteral("media_reference"), QStringLiteral("evidence_id IN (%1)"), orphans);
    remove(QStringLiteral("evidence_item"), QStringLiteral("id IN (%1)"), orphans);
    if (!ok)
        return false;

    // The store's records about them: a deleted item of theirs that no pupil here was in, and
    // the clashes over the rows removed.
    for (const QVariantMap &d :
         m_store.selectRows(QStringLiteral("SELECT id, pupil_ids FROM deleted_evidence"))) {
        const QJsonArray pupils =
            QJsonDocument::fromJson(d.value(QStringLiteral("pupil_ids")).toString().toUtf8()).array();
        bool named = false;
        bool anotherHere = false;
        for (const QJsonValue &p : pupils) {
            named = named || p.toString() == pupilId;
            anotherHere = anotherHere || m_store.selectRow(QStringLiteral("pupil"), p.toString()).has_value();
        }
        if (named && !anotherHere)
            remove(QStringLiteral("deleted_evidence"), QStringLiteral("id = ?"), {},
                   {d.value(QStringLiteral("id"))});
    }
    const QSet<QString> gone(removed.cbegin(), removed.cend());
    QStringList clashes;
    for (const QVariantMap &c : m_store.selectRows(QStringLiteral("SELECT id, entity_id FROM conflict")))
        if (gone.contains(c.value(QStringLiteral("entity_id")).toString()))
            clashes << c.value(QStringLiteral("id")).toString();
    remove(QStringLiteral("conflict"), QStringLiteral("id IN (%1)"), clashes);
    if (!ok)
        return false;
    const QSet<QString> all(removed.cbegin(), removed.cend());
    for (const QString &id : all)
        if (!runStatement(db, QStringLiteral("DELETE FROM field_clock WHERE entity_id = ?"), {id},
                          m_store.m_lastError))
            return false;
    // Changes parked for rows of theirs would otherwise wait here for ever, holding their values.
    for (const QVariantMap &p : m_store.selectRows(QStringLiteral("SELECT seq, change FROM remote_parked"))) {
        const QJsonObject change =
            QJsonDocument::fromJson(p.value(QStringLiteral("change")).toString().toUtf8()).object();
        bool theirs = all.contains(change.value(QLatin1String("entity_id")).toString());
        const QJsonObject fields = change.value(QLatin1String("fields")).toObject();
        for (auto it = fields.begin(); !theirs && it != fields.end(); ++it)
            theirs = it->isString() && all.contains(it->toString());
        if (!theirs)
            continue;
        QSqlQuery unpark(db);
        unpark.prepare(QStringLiteral("DELETE FROM remote_parked WHERE seq = ?"));
        unpark.addBindValue(p.value(QStringLiteral("seq")));
        if (!unpark.exec()) {
            m_store.m_lastError = unpark.lastError().text();
            return false;
        }
    }
    // Files nothing here names any more.
    for (const QString &sha : files) {
        if (!idsOf(QStringLiteral("SELECT id FROM media_reference WHERE sha256 = ?"), {}, {sha}).isEmpty())
            continue;
        QSqlQuery ledger(db);
        ledger.prepare(QStringLiteral("DELETE FROM media_file WHERE sha256 = ?"));
        ledger.addBindValue(sha);
        if (!ledger.exec()) {
            m_store.m_lastError = ledger.lastError().text();
            return false;
        }
        result.freedMedia << sha;
    }
    result.outcome = RemoteApplyResult::Outcome::Applied;
    return ok;
}

} // namespace Stride
