#include "schema.h"

#include "sqlconnection.h"
#include "sqltransaction.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace Stride::Server {

namespace {

struct Step
{
    int version;
    QString description;
    QStringList statements;
};

QStringList version1()
{
    return {
        // The per-school change counter. Its row is also the lock that queues pushes to one
        // school: seq numbers are handed out in commit order, so a pull never skips a change.
        QStringLiteral(
            "CREATE TABLE school_sequence (school_id TEXT PRIMARY KEY, last_seq BIGINT NOT NULL DEFAULT 0)"),
        // Every synced row of every school, whatever its table: the merged current values as JSON
        // text. Deleted rows stay, as tombstones, so an old copy never brings them back.
        QStringLiteral("CREATE TABLE sync_record (entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
                       " school_id TEXT NOT NULL, fields TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,"
                       " deleted_hlc TEXT, PRIMARY KEY (entity, entity_id))"),
        QStringLiteral("CREATE INDEX sync_record_school ON sync_record (school_id, entity)"),
        QStringLiteral("CREATE INDEX sync_record_entity_id ON sync_record (entity_id)"),
        // The HLC of each value held, and who wrote it: the per-field merge and conflict records.
        QStringLiteral(
            "CREATE TABLE sync_field_clock (entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
            " field TEXT NOT NULL, hlc TEXT NOT NULL, device_id TEXT NOT NULL, author_staff_id TEXT,"
            " PRIMARY KEY (entity, entity_id, field))"),
        // What devices pull, in the school's order.
        QStringLiteral(
            "CREATE TABLE sync_change (school_id TEXT NOT NULL, seq BIGINT NOT NULL,"
            " mutation_id TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, op TEXT NOT NULL,"
            " fields TEXT NOT NULL, hlc TEXT NOT NULL, device_id TEXT NOT NULL, author_staff_id TEXT,"
            " committed_at TEXT NOT NULL, PRIMARY KEY (school_id, seq))"),
        // Mutation ids already applied: a resent push changes nothing.
        QStringLiteral("CREATE TABLE applied_mutation (mutation_id TEXT PRIMARY KEY, school_id TEXT NOT NULL,"
                       " device_id TEXT NOT NULL, applied_at TEXT NOT NULL)"),
        // Tablets (kind 'tablet') and each school's admin pseudo-device (kind 'admin', no token).
        // Only the SHA-256 of a token is kept.
        QStringLiteral(
            "CREATE TABLE device (id TEXT PRIMARY KEY, school_id TEXT NOT NULL, name TEXT NOT NULL,"
            " kind TEXT NOT NULL, token_sha256 TEXT UNIQUE, enrolled_at TEXT NOT NULL, revoked_at TEXT,"
            " last_seen_at TEXT)"),
        QStringLiteral("CREATE INDEX device_school ON device (school_id)"),
        // One-time enrolment codes, by SHA-256 only.
        QStringLiteral("CREATE TABLE enrolment_code (code_sha256 TEXT PRIMARY KEY, school_id TEXT NOT NULL,"
                       " device_name TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL,"
                       " used_at TEXT, device_id TEXT)"),
        // Open conflicts by field, so a third differing value joins the same conflict record.
        QStringLiteral("CREATE TABLE conflict_index (conflict_id TEXT PRIMARY KEY, school_id TEXT NOT NULL,"
                       " entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL,"
                       " resolved INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral(
            "CREATE INDEX conflict_index_field ON conflict_index (entity, entity_id, field, resolved)"),
        // tus uploads in progress; the bytes are in uploads/<id>.
        QStringLiteral(
            "CREATE TABLE media_upload (id TEXT PRIMARY KEY, school_id TEXT NOT NULL,"
            " device_id TEXT NOT NULL, sha256 TEXT NOT NULL, length BIGINT NOT NULL,"
            " upload_offset BIGINT NOT NULL DEFAULT 0, created_at TEXT NOT NULL, expires_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX media_upload_expiry ON media_upload (expires_at)"),
        // Which school sent which blob. Blobs are shared on disk by content, but a school sees only
        // the ones it uploaded itself.
        QStringLiteral(
            "CREATE TABLE media_blob (sha256 TEXT NOT NULL, school_id TEXT NOT NULL,"
            " byte_size BIGINT NOT NULL, stored_at TEXT NOT NULL, PRIMARY KEY (sha256, school_id))"),
    };
}

// Version 2: existence by HLC (docs/sync.md, decision 5). A row remembers the stamp of the insert
// that made it, so a delete older than that insert (an unlink overtaken by a relink) is ignored,
// as the tablets ignore it. And an index for the latest stamp, read at start-up.
QStringList version2()
{
    return {
        QStringLiteral("ALTER TABLE sync_record ADD COLUMN created_hlc TEXT"),
        QStringLiteral("CREATE INDEX sync_change_hlc ON sync_change (hlc)"),
    };
}

// Step 3: proven authors (docs/security.md). The credential each person was given on each tablet
// at their first sign-in there, which proves their changes; and the wrong PINs of first sign-ins,
// counted per person and per tablet, so a stolen tablet's token cannot guess PINs at the store.
QStringList version3()
{
    return {
        QStringLiteral("CREATE TABLE author_credential (device_id TEXT NOT NULL, staff_id TEXT NOT NULL,"
                       " school_id TEXT NOT NULL, secret TEXT NOT NULL, issued_at TEXT NOT NULL,"
                       " PRIMARY KEY (device_id, staff_id))"),
        QStringLiteral("CREATE INDEX author_credential_staff ON author_credential (staff_id)"),
        QStringLiteral("CREATE TABLE sign_in_attempt (subject TEXT PRIMARY KEY, failures INTEGER NOT NULL,"
                       " locked_until TEXT, last_failure_at TEXT NOT NULL)"),
    };
}

// Version 4: the audit log (docs/security.md, "Audit"): who changed, opened, downloaded or
// received what. Append-only is kept by the database itself: triggers refuse any UPDATE or DELETE
// of its rows (and, in PostgreSQL, a TRUNCATE), whatever code or statement tries. The sequence
// number is the database's own (AUTOINCREMENT, BIGSERIAL), as pulls and downloads append outside
// any school's lock.
QStringList version4()
{
    if (SqlConnection::isPostgres())
        return {
            QStringLiteral("CREATE TABLE audit_event (seq BIGSERIAL PRIMARY KEY, school_id TEXT NOT NULL,"
                           " at TEXT NOT NULL, device_id TEXT NOT NULL, staff_id TEXT, action TEXT NOT NULL,"
                           " entity TEXT NOT NULL, entity_id TEXT NOT NULL, detail TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX audit_event_school ON audit_event (school_id, seq)"),
            QStringLiteral("CREATE INDEX audit_event_entity ON audit_event (entity, entity_id)"),
            QStringLiteral("CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS"
                           " $$ BEGIN RAISE EXCEPTION 'The audit log is append-only (% refused)', TG_OP;"
                           " END $$"),
            QStringLiteral("CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event"
                           " FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()"),
            QStringLiteral("CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event"
                           " FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()"),
        };
    return {
        QStringLiteral("CREATE TABLE audit_event (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " school_id TEXT NOT NULL, at TEXT NOT NULL, device_id TEXT NOT NULL, staff_id TEXT,"
                       " action TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
                       " detail TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_event_school ON audit_event (school_id, seq)"),
        QStringLiteral("CREATE INDEX audit_event_entity ON audit_event (entity, entity_id)"),
        QStringLiteral("CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event BEGIN"
                       " SELECT RAISE(ABORT, 'The audit log is append-only (UPDATE refused)'); END"),
        QStringLiteral("CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event BEGIN"
                       " SELECT RAISE(ABORT, 'The audit log is append-only (DELETE refused)'); END"),
    };
}

// Version 5: a media quota per school (docs/security.md, "Bounds"). What a school holds is summed
// from media_blob and media_upload by school, hence their indexes.
QStringList version5()
{
    return {
        QStringLiteral("CREATE TABLE school_quota (school_id TEXT PRIMARY KEY, media_bytes BIGINT NOT NULL,"
                       " set_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX media_blob_school ON media_blob (school_id)"),
        QStringLiteral("CREATE INDEX media_upload_school ON media_upload (school_id, sha256)"),
    };
}

// Version 6: soft delete of evidence (docs/sync.md, "Deleted evidence"). What a delete of an
// evidence item, or of its pupil, target, recording or form links, took away: the last values, who
// deleted it from which tablet and when, so a senior leader can restore it. A link deleted in the
// same push as its item carries the item's delete stamp (`item_deleted_hlc`): those come back with
// the item, a link removed on purpose earlier does not.
QStringList version6()
{
    return {
        QStringLiteral("CREATE TABLE deleted_record (entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
                       " school_id TEXT NOT NULL, evidence_id TEXT NOT NULL, fields TEXT NOT NULL,"
                       " deleted_hlc TEXT NOT NULL, deleted_by TEXT, device_id TEXT NOT NULL,"
                       " deleted_at TEXT NOT NULL, item_deleted_hlc TEXT, PRIMARY KEY (entity, entity_id))"),
        QStringLiteral("CREATE INDEX deleted_record_evidence ON deleted_record (evidence_id)"),
    };
}

// Step 7: what a tablet may hold (docs/sync.md, "Scope"). A tablet serves the whole school (SLT,
// the office) or some classes; tablets enrolled before this step keep serving the whole school, so
// nothing they hold disappears. An enrolment code carries the scope its tablet will have.
// device_pupil is what the store believes each class tablet holds of each pupil (all of their
// records, or only what some moderation forms need, or nothing after an eviction) and the cursor
// of the page that said so, so that a tablet pulling again from before that page is told again.
// device_blob is each file a tablet uploaded itself: it may confirm it whoever it shows.
QStringList version7()
{
    return {
        QStringLiteral("ALTER TABLE device ADD COLUMN whole_school INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE enrolment_code ADD COLUMN whole_school INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE enrolment_code ADD COLUMN class_ids TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE device_class (device_id TEXT NOT NULL, class_id TEXT NOT NULL,"
                       " PRIMARY KEY (device_id, class_id))"),
        QStringLiteral("CREATE TABLE device_pupil (device_id TEXT NOT NULL, pupil_id TEXT NOT NULL,"
                       " extent TEXT NOT NULL, seq BIGINT NOT NULL, PRIMARY KEY (device_id, pupil_id))"),
        QStringLiteral("CREATE TABLE device_blob (device_id TEXT NOT NULL, sha256 TEXT NOT NULL,"
                       " PRIMARY KEY (device_id, sha256))"),
    };
}

// Step 8: several store processes over one PostgreSQL (docs/operations.md, "Several store
// processes"). A finished tus upload keeps its row, marked completed, until it expires, so a tablet
// that lost the answer to its last chunk asks HEAD and is told the upload is whole (tus 1.0).
// rate_bucket holds each tablet's request allowance (RateLimiter) for every process at once; it is
// UNLOGGED: a write per request costs no WAL flush, and a crash empties it, which only ever lets a
// tablet in sooner. A store on SQLite is one process, and keeps its allowances in its memory.
QStringList version8()
{
    QStringList statements{QStringLiteral("ALTER TABLE media_upload ADD COLUMN completed_at TEXT")};
    if (SqlConnection::isPostgres())
        statements << QStringLiteral(
            "CREATE UNLOGGED TABLE rate_bucket (bucket TEXT PRIMARY KEY, tokens DOUBLE PRECISION NOT NULL,"
            " updated_at DOUBLE PRECISION NOT NULL, granted BOOLEAN NOT NULL)");
    return statements;
}

// Step 9: a first sync that does not replay history (docs/sync.md, "Snapshots and compaction").
// device.pulled_seq is the cursor a tablet last pulled from: it has applied everything up to it,
// so the feed below the lowest such cursor of the live tablets may go (feed_horizon says how far it
// went). A tablet below that horizon, or new, receives a snapshot of the current rows instead:
// device_snapshot is the block of cursors reserved for it, and snapshot_page where each of its
// pages starts, so a page asked again is the same page. The index walks a school's rows of one
// table in id order, a page at a time.
QStringList version9()
{
    return {
        QStringLiteral("ALTER TABLE device ADD COLUMN pulled_seq BIGINT"),
        QStringLiteral("CREATE TABLE feed_horizon (school_id TEXT PRIMARY KEY, compacted_to BIGINT NOT NULL,"
                       " compacted_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE device_snapshot (device_id TEXT PRIMARY KEY, base_seq BIGINT NOT NULL,"
                       " last_cursor BIGINT NOT NULL, started_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE snapshot_page (device_id TEXT NOT NULL, cursor BIGINT NOT NULL,"
                       " entity TEXT NOT NULL, after_id TEXT NOT NULL, PRIMARY KEY (device_id, cursor))"),
        QStringLiteral("CREATE INDEX sync_record_school_id ON sync_record (school_id, entity, entity_id)"),
    };
}

// Version 10: sync_record_school (school_id, entity) repeated the first two columns of
// sync_record_school_id (school_id, entity, entity_id), which serves every query it served: one
// index fewer to write for each record a push makes, of the five a record then had.
QStringList version10()
{
    return {QStringLiteral("DROP INDEX IF EXISTS sync_record_school")};
}

const QList<Step> &steps()
{
    static const QList<Step> list{
        {1, QStringLiteral("Records, field clocks, changes, devices, enrolment, conflicts, media"),
         version1()},
        {2, QStringLiteral("Insert stamps of records; index of stamps"), version2()},
        {3, QStringLiteral("Proven authors: credentials per person and tablet; first sign-in tries"),
         version3()},
        {4, QStringLiteral("Audit log, append-only"), version4()},
        {5, QStringLiteral("Media quota per school"), version5()},
        {6, QStringLiteral("Soft delete of evidence: what each delete took away"), version6()},
        {7, QStringLiteral("Scope of tablets: classes or the whole school, what each holds"), version7()},
        {8, QStringLiteral("Finished uploads kept until they expire; request allowances shared by processes"),
         version8()},
        {9, QStringLiteral("Snapshots for a first sync; the change feed compacted below every live tablet"),
         version9()},
        {10, QStringLiteral("One index fewer on records: one that repeated another's first columns"),
         version10()},
    };
    return list;
}

int recordedVersion(QSqlDatabase &db)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT max(version) FROM server_schema"));
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace

int Schema::latestVersion()
{
    return steps().constLast().version;
}

bool Schema::migrate(QSqlDatabase &db, QString *error)
{
    try {
        Sql::exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS server_schema (version INTEGER PRIMARY KEY,"
                                     " description TEXT NOT NULL, applied_at TEXT NOT NULL)"));
        for (const Step &step : steps()) {
            SqlTransaction tx(db);
            // Two processes may start at once (the server and an admin command): the lock makes
            // the second wait and then see the step already done. SQLite's BEGIN IMMEDIATE
            // already serialises them.
            if (SqlConnection::isPostgres())
                Sql::exec(db, QStringLiteral("LOCK TABLE server_schema IN EXCLUSIVE MODE"));
            const int current = recordedVersion(db);
            if (current > latestVersion()) {
                *error = QStringLiteral(
                             "This database was made by a newer stride-store (schema %1; this one knows up "
                             "to %2). Nothing was changed. Install the newer stride-store.")
                             .arg(current)
                             .arg(latestVersion());
                return false;
            }
            if (step.version <= current)
                continue;
            for (const QString &sql : step.statements)
                Sql::exec(db, sql);
            Sql::exec(db,
                      QStringLiteral(
                          "INSERT INTO server_schema (version, description, applied_at) VALUES (?, ?, ?)"),
                      {step.version, step.description,
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
            tx.commit();
        }
        return true;
    } catch (const StoreError &e) {
        *error = QStringLiteral("The store's database could not be prepared: %1")
                     .arg(QString::fromStdString(e.what()));
        return false;
    }
}

} // namespace Stride::Server
