#include "syncledger.h"

#include "../media/mediastore.h"
#include "../store/database.h"
#include "../store/store.h"
#include "jsontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

namespace Stride {

namespace {

// Gives this file's sentences one context ("SyncLedger") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(SyncLedger)
};

} // namespace

namespace {

QString nowText()
{
    return Column::instant(QDateTime::currentDateTimeUtc()).toString();
}

QJsonValue jsonOf(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue::Null;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(QJsonValue::Null);
}

// A JSON object from the change log as JSON text. The Store writes fields and previous values as
// compact JSON of an object (Store::appendMutation), so that text goes in as it is; anything else
// is read as JSON first, and what is not an object is `orElse`.
QByteArray objectText(const QString &stored, const char *orElse)
{
    if (stored.startsWith(QLatin1Char('{')) && stored.endsWith(QLatin1Char('}')))
        return stored.toUtf8();
    const QJsonValue v = jsonOf(stored);
    return v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact) : QByteArray(orElse);
}

ConflictRecord toConflict(const QVariantMap &r)
{
    ConflictRecord c;
    c.id = r.value(QStringLiteral("id")).toString();
    c.entity = r.value(QStringLiteral("entity")).toString();
    c.entityId = r.value(QStringLiteral("entity_id")).toString();
    c.field = r.value(QStringLiteral("field")).toString();
    c.values = QJsonDocument::fromJson(r.value(QStringLiteral("values")).toString().toUtf8()).array();
    c.resolved = r.value(QStringLiteral("resolved")).toInt() != 0;
    c.createdAt = Column::toInstant(r.value(QStringLiteral("created_at")));
    return c;
}

} // namespace

SyncLedger::SyncLedger(Store &store) : m_store(store) {}

bool SyncLedger::run(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_store.database());
    q.prepare(sql);
    for (const QVariant &b : binds) {
        // A null QString binds as SQL NULL; the ledger's text columns hold "" for "nothing".
        if (b.typeId() == QMetaType::QString && b.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(b);
    }
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    return false;
}

QList<QVariantMap> SyncLedger::rows(const QString &sql, const QVariantList &binds) const
{
    QList<QVariantMap> list;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return list;
    }
    const QSqlRecord rec = q.record();
    while (q.next()) {
        QVariantMap row;
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), q.value(i));
        list << row;
    }
    return list;
}

std::optional<Enrolment> SyncLedger::enrolment() const
{
    const auto r = rows(QStringLiteral("SELECT * FROM enrolment WHERE id = 1"));
    if (r.isEmpty())
        return std::nullopt;
    const QVariantMap &e = r.first();
    Enrolment en;
    en.serverUrl = QUrl(e.value(QStringLiteral("server_url")).toString());
    en.deviceId = e.value(QStringLiteral("device_id")).toString();
    en.deviceToken = e.value(QStringLiteral("device_token")).toString();
    en.deviceName = e.value(QStringLiteral("device_name")).toString();
    en.schoolId = e.value(QStringLiteral("school_id")).toString();
    en.schoolName = e.value(QStringLiteral("school_name")).toString();
    en.enrolledAt = Column::toInstant(e.value(QStringLiteral("enrolled_at")));
    en.pinnedCertificate = e.value(QStringLiteral("pinned_certificate")).toByteArray();
    return en;
}

bool SyncLedger::saveEnrolment(const Enrolment &e)
{
    return run(
        QStringLiteral(
            "INSERT OR REPLACE INTO enrolment (id, server_url, device_id, device_token, device_name,"
            " school_id, school_name, enrolled_at, pinned_certificate) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.serverUrl.toString(), e.deviceId, e.deviceToken, e.deviceName, e.schoolId, e.schoolName,
         Column::instant(e.enrolledAt.isValid() ? e.enrolledAt : QDateTime::currentDateTimeUtc()),
         QString::fromLatin1(e.pinnedCertificate)});
}

QList<QJsonObject> SyncLedger::unsentMutations(int maxCount, qint64 maxBytes) const
{
    // Read back from the push's own text, so both say exactly the same.
    QList<QJsonObject> batch;
    const QJsonArray list = QJsonDocument::fromJson(unsentBatch(maxCount, maxBytes).body)
                                .object()
                                .value(QLatin1String("mutations"))
                                .toArray();
    for (const QJsonValue &m : list)
        batch << m.toObject();
    return batch;
}

SyncLedger::PushBatch SyncLedger::unsentBatch(int maxCount, qint64 maxBytes, qint64 afterSeq) const
{
    PushBatch batch;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT mutation_id, entity, entity_id, op, fields, previous, hlc, author_staff_id,"
                       " recorded_at, proof, seq FROM change_log WHERE sent_at IS NULL AND seq > ?"
                       " ORDER BY seq LIMIT ?"));
    q.addBindValue(afterSeq);
    q.addBindValue(maxCount);
    QByteArray list;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
    } else {
        qint64 bytes = 0;
        QByteArray m;
        while (q.next()) {
            const QString id = q.value(0).toString();
            const QVariant author = q.value(7);
            m.clear();
            m += "{\"mutation_id\":";
            JsonText::appendString(m, id);
            m += ",\"entity\":";
            JsonText::appendString(m, q.value(1).toString());
            m += ",\"entity_id\":";
            JsonText::appendString(m, q.value(2).toString());
            m += ",\"op\":";
            JsonText::appendString(m, q.value(3).toString());
            m += ",\"fields\":";
            m += objectText(q.value(4).toString(), "{}");
            m += ",\"previous\":";
            m += objectText(q.value(5).toString(), "null");
            m += ",\"hlc\":";
            JsonText::appendString(m, q.value(6).toString());
            m += ",\"recorded_at\":";
            JsonText::appendString(m, q.value(8).toString());
            m += ",\"author_staff_id\":";
            if (author.isNull())
                m += "null";
            else
                JsonText::appendString(m, author.toString());
            // The author's proof (ChangeProof), made when the change was: without one the store
            // refuses it.
            if (const QString proof = q.value(9).toString(); !proof.isEmpty()) {
                m += ",\"proof\":";
                JsonText::appendString(m, proof);
            }
            m += '}';
            // The JSON text and its separator is what counts against the server's 4 MiB body limit.
            const qint64 size = m.size() + 1;
            if (!batch.mutationIds.isEmpty() && bytes + size > maxBytes)
                break;
            bytes += size;
            if (!batch.mutationIds.isEmpty())
                list += ',';
            list += m;
            batch.mutationIds << id;
            batch.authors << (author.isNull() ? QString() : author.toString());
            batch.lastSeq = q.value(10).toLongLong();
        }
    }
    batch.body = "{\"mutations\":[" + list + "]}";
    return batch;
}

qint64 SyncLedger::unsentCount() const
{
    const auto r = rows(QStringLiteral("SELECT count(*) AS n FROM change_log WHERE sent_at IS NULL"));
    return r.isEmpty() ? 0 : r.first().value(QStringLiteral("n")).toLongLong();
}

bool SyncLedger::markSent(const QStringList &mutationIds)
{
    // Two statements prepared once for the whole batch, on SQLite's own interface, not two
    // prepared through Qt's driver per mutation: a push of 10,000 was spending about as long on
    // this as the store spent taking it.
    sqlite3 *db = Database::handleOf(m_store.database());
    if (!db) {
        m_lastError = Words::tr("The tablet's database is not open.");
        return false;
    }
    const QByteArray now = nowText().toUtf8();
    bool ok = true;
    sqlite3_stmt *sent = nullptr;
    sqlite3_stmt *state = nullptr;
    ok = sqlite3_prepare_v2(db,
                            "UPDATE change_log SET sent_at = ?1 WHERE mutation_id = ?2 AND sent_at IS NULL",
                            -1, &sent, nullptr) == SQLITE_OK &&
         sqlite3_prepare_v2(db,
                            "INSERT OR REPLACE INTO mutation_sync (mutation_id, state, updated_at)"
                            " VALUES (?2, 'sent', ?1)",
                            -1, &state, nullptr) == SQLITE_OK;
    for (qsizetype i = 0; ok && i < mutationIds.size(); ++i) {
        const QByteArray id = mutationIds.at(i).toUtf8();
        for (sqlite3_stmt *statement : {sent, state}) {
            sqlite3_bind_text(statement, 1, now.constData(), int(now.size()), SQLITE_STATIC);
            sqlite3_bind_text(statement, 2, id.constData(), int(id.size()), SQLITE_STATIC);
            ok = ok && sqlite3_step(statement) == SQLITE_DONE;
            sqlite3_reset(statement);
        }
    }
    if (!ok)
        m_lastError = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(sent);
    sqlite3_finalize(state);
    return ok;
}

bool SyncLedger::markRejected(const QString &mutationId, const QString &error, const QString &message)
{
    const QString now = nowText();
    return run(QStringLiteral("UPDATE change_log SET sent_at = ? WHERE mutation_id = ?"),
               {now, mutationId}) &&
           run(QStringLiteral(
                   "INSERT OR REPLACE INTO mutation_sync (mutation_id, state, error, message, updated_at)"
                   " VALUES (?, 'rejected', ?, ?, ?)"),
               {mutationId, error, message, now});
}

QList<RejectedMutation> SyncLedger::rejectedMutations() const
{
    QList<RejectedMutation> list;
    for (const QVariantMap &r :
         rows(QStringLiteral("SELECT s.mutation_id, s.error, s.message, c.entity, c.entity_id, c.recorded_at"
                             " FROM mutation_sync s JOIN change_log c ON c.mutation_id = s.mutation_id"
                             " WHERE s.state = 'rejected' AND s.dismissed_at IS NULL ORDER BY c.seq"))) {
        RejectedMutation m;
        m.mutationId = r.value(QStringLiteral("mutation_id")).toString();
        m.entity = r.value(QStringLiteral("entity")).toString();
        m.entityId = r.value(QStringLiteral("entity_id")).toString();
        m.error = r.value(QStringLiteral("error")).toString();
        m.message = r.value(QStringLiteral("message")).toString();
        m.recordedAt = Column::toInstant(r.value(QStringLiteral("recorded_at")));
        list << m;
    }
    return list;
}

bool SyncLedger::dismissRejected(const QString &mutationId, const QString &staffId)
{
    const auto found = rows(QStringLiteral("SELECT 1 AS found FROM mutation_sync WHERE mutation_id = ?"
                                           " AND state = 'rejected' AND dismissed_at IS NULL"),
                            {mutationId});
    return !found.isEmpty() &&
           run(QStringLiteral(
                   "UPDATE mutation_sync SET dismissed_at = ?, dismissed_by = ? WHERE mutation_id = ?"),
               {nowText(), staffId, mutationId});
}

qint64 SyncLedger::cursor() const
{
    const auto r = rows(QStringLiteral("SELECT cursor FROM sync_status WHERE id = 1"));
    return r.isEmpty() ? 0 : r.first().value(QStringLiteral("cursor")).toLongLong();
}

bool SyncLedger::setCursor(qint64 cursor)
{
    return run(QStringLiteral("UPDATE sync_status SET cursor = ? WHERE id = 1"), {cursor});
}

bool SyncLedger::park(const RemoteChange &change, const QString &reason)
{
    RemoteChange kept = change;
    // The rows of a snapshot (docs/sync.md, "Scope") have no mutation id and all carry their
    // page's cursor as seq: each is kept under a number of its own, below every change of the
    // feed, so that none replaces another (or the page's last change).
    if (kept.mutationId.isEmpty()) {
        const auto lowest = rows(QStringLiteral("SELECT min(seq) AS low FROM remote_parked"));
        const qint64 low = lowest.isEmpty() ? 0 : lowest.first().value(QStringLiteral("low")).toLongLong();
        kept.seq = std::min<qint64>(low, 0) - 1;
    }
    return run(
        QStringLiteral(
            "INSERT OR REPLACE INTO remote_parked (seq, change, reason, parked_at) VALUES (?, ?, ?, ?)"),
        {kept.seq, QString::fromUtf8(QJsonDocument(kept.toJson()).toJson(QJsonDocument::Compact)), reason,
         nowText()});
}

QList<RemoteChange> SyncLedger::parkedChanges() const
{
    QList<RemoteChange> list;
    for (const QVariantMap &r : rows(QStringLiteral("SELECT change FROM remote_parked ORDER BY seq")))
        list << RemoteChange::fromJson(
            QJsonDocument::fromJson(r.value(QStringLiteral("change")).toString().toUtf8()).object());
    return list;
}

bool SyncLedger::unpark(qint64 seq)
{
    return run(QStringLiteral("DELETE FROM remote_parked WHERE seq = ?"), {seq});
}

int SyncLedger::parkedCount() const
{
    const auto r = rows(QStringLiteral("SELECT count(*) AS n FROM remote_parked"));
    return r.isEmpty() ? 0 : r.first().value(QStringLiteral("n")).toInt();
}

QList<PendingMedia> SyncLedger::mediaToUpload(const MediaStore &media) const
{
    QList<PendingMedia> list;
    for (const QVariantMap &r :
         rows(QStringLiteral("SELECT r.sha256, max(r.byte_size) AS byte_size, f.state, f.upload_url,"
                             " min(e.captured_at) AS captured_at"
                             " FROM media_reference r JOIN evidence_item e ON e.id = r.evidence_id"
                             " LEFT JOIN media_file f ON f.sha256 = r.sha256"
                             " WHERE f.state IS NULL OR f.state IN ('pending', 'uploading', 'uploaded')"
                             " GROUP BY r.sha256 ORDER BY captured_at, r.sha256"))) {
        const QString sha = r.value(QStringLiteral("sha256")).toString();
        // A reference pulled from another tablet names a file this one never had: not ours to send.
        if (!media.contains(sha))
            continue;
        PendingMedia p;
        p.sha256 = sha;
        p.byteSize = media.plainSize(sha);
        p.state = r.value(QStringLiteral("state")).toString();
        if (p.state.isEmpty())
            p.state = QStringLiteral("pending");
        p.uploadUrl = r.value(QStringLiteral("upload_url")).toString();
        list << p;
    }
    return list;
}

QStringList SyncLedger::mediaProblems() const
{
    QStringList problems;
    for (const QVariantMap &r :
         rows(QStringLiteral("SELECT message, max(updated_at) AS latest FROM media_file"
                             " WHERE state IN ('pending', 'uploading', 'uploaded') AND message <> ''"
                             " GROUP BY message ORDER BY latest DESC")))
        problems << r.value(QStringLiteral("message")).toString();
    return problems;
}

bool SyncLedger::setMediaState(const QString &sha256, const QString &state, qint64 byteSize,
                               const QString &uploadUrl, const QString &message)
{
    return run(
        QStringLiteral("INSERT INTO media_file (sha256, state, byte_size, upload_url, message, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO UPDATE SET state = excluded.state,"
                       " byte_size = excluded.byte_size, upload_url = excluded.upload_url,"
                       " message = excluded.message, updated_at = excluded.updated_at"),
        {sha256, state, byteSize, uploadUrl, message, nowText()});
}

QString SyncLedger::mediaState(const QString &sha256) const
{
    const auto r = rows(QStringLiteral("SELECT state FROM media_file WHERE sha256 = ?"), {sha256});
    return r.isEmpty() ? QString() : r.first().value(QStringLiteral("state")).toString();
}

QString SyncLedger::uploadUrlOf(const QString &sha256) const
{
    const auto r = rows(QStringLiteral("SELECT upload_url FROM media_file WHERE sha256 = ?"), {sha256});
    return r.isEmpty() ? QString() : r.first().value(QStringLiteral("upload_url")).toString();
}

QStringList SyncLedger::freeableOriginals() const
{
    QStringList list;
    for (const QVariantMap &r :
         rows(QStringLiteral("SELECT f.sha256 FROM media_file f WHERE f.state = 'confirmed'"
                             " AND NOT EXISTS (SELECT 1 FROM media_reference t WHERE t.sha256 = f.sha256"
                             " AND t.role = 'thumbnail') ORDER BY f.updated_at")))
        list << r.value(QStringLiteral("sha256")).toString();
    return list;
}

SyncRecord SyncLedger::record() const
{
    SyncRecord s;
    const auto r = rows(QStringLiteral("SELECT * FROM sync_status WHERE id = 1"));
    if (r.isEmpty())
        return s;
    const QVariantMap &v = r.first();
    s.cursor = v.value(QStringLiteral("cursor")).toLongLong();
    s.lastAttemptAt = Column::toInstant(v.value(QStringLiteral("last_attempt_at")));
    s.lastSuccessAt = Column::toInstant(v.value(QStringLiteral("last_success_at")));
    s.lastError = v.value(QStringLiteral("last_error")).toString();
    s.consecutiveFailures = v.value(QStringLiteral("consecutive_failures")).toInt();
    return s;
}

bool SyncLedger::recordAttempt()
{
    return run(QStringLiteral("UPDATE sync_status SET last_attempt_at = ? WHERE id = 1"), {nowText()});
}

bool SyncLedger::recordSuccess()
{
    return run(
        QStringLiteral("UPDATE sync_status SET last_success_at = ?, last_error = '', consecutive_failures = 0"
                       " WHERE id = 1"),
        {nowText()});
}

bool SyncLedger::recordFailure(const QString &message)
{
    return run(QStringLiteral(
                   "UPDATE sync_status SET last_error = ?, consecutive_failures = consecutive_failures + 1"
                   " WHERE id = 1"),
               {message});
}

QList<ConflictRecord> SyncLedger::openConflicts() const
{
    QList<ConflictRecord> list;
    for (const QVariantMap &r : rows(QStringLiteral("SELECT * FROM conflict WHERE resolved = 0"
                                                    " ORDER BY created_at DESC, id")))
        list << toConflict(r);
    return list;
}

QList<ConflictRecord> SyncLedger::conflictsOf(const QString &entity, const QString &entityId) const
{
    QList<ConflictRecord> list;
    for (const QVariantMap &r :
         rows(QStringLiteral("SELECT * FROM conflict WHERE entity = ? AND entity_id = ?"
                             " ORDER BY created_at DESC, id"),
              {entity, entityId}))
        list << toConflict(r);
    return list;
}

bool SyncLedger::resolveConflict(const QString &conflictId, const QJsonValue &value)
{
    const auto found = rows(QStringLiteral("SELECT * FROM conflict WHERE id = ?"), {conflictId});
    if (found.isEmpty()) {
        m_lastError = Words::tr("That conflict is not on this tablet.");
        return false;
    }
    const ConflictRecord c = toConflict(found.first());
    if (!isSyncedEntity(c.entity) || c.entity == QLatin1String("conflict") || c.field.isEmpty()) {
        m_lastError = Words::tr("That conflict names something that cannot be changed here.");
        return false;
    }
    const bool ok = m_store.transaction([&] {
        return m_store.writeRow({c.entity, c.entityId, {{c.field, value.toVariant()}}}) &&
               m_store.writeRow({QStringLiteral("conflict"), c.id, {{QStringLiteral("resolved"), 1}}});
    });
    if (!ok)
        m_lastError = m_store.lastError();
    return ok;
}

} // namespace Stride
