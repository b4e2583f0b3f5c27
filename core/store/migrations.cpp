#include "migrations.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Stride {

namespace {

// Version 1: the whole domain, the change log and tombstones. Frozen: tests/data holds a database
// made by exactly these statements.
QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE school (id TEXT PRIMARY KEY, name TEXT NOT NULL, urn TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE TABLE staff (id TEXT PRIMARY KEY, school_id TEXT NOT NULL REFERENCES school(id),"
            " first_name TEXT NOT NULL, surname TEXT NOT NULL, email TEXT NOT NULL DEFAULT '',"
            " roles TEXT NOT NULL, pin_hash BLOB, pin_salt BLOB, active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX staff_school ON staff(school_id)"),
        QStringLiteral(
            "CREATE TABLE school_class (id TEXT PRIMARY KEY, school_id TEXT NOT NULL REFERENCES school(id),"
            " name TEXT NOT NULL, UNIQUE (school_id, name))"),
        QStringLiteral("CREATE TABLE class_staff (id TEXT PRIMARY KEY,"
                       " class_id TEXT NOT NULL REFERENCES school_class(id),"
                       " staff_id TEXT NOT NULL REFERENCES staff(id), UNIQUE (class_id, staff_id))"),
        QStringLiteral("CREATE INDEX class_staff_staff ON class_staff(staff_id)"),
        QStringLiteral(
            "CREATE TABLE pupil (id TEXT PRIMARY KEY, school_id TEXT NOT NULL REFERENCES school(id),"
            " class_id TEXT NOT NULL REFERENCES school_class(id), upn TEXT NOT NULL DEFAULT '',"
            " first_name TEXT NOT NULL, surname TEXT NOT NULL, initials TEXT NOT NULL,"
            " year_group INTEGER NOT NULL, key_stage INTEGER NOT NULL,"
            " specific_needs TEXT NOT NULL DEFAULT '', pronouns TEXT NOT NULL,"
            " media_consent TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX pupil_class ON pupil(class_id)"),
        QStringLiteral("CREATE INDEX pupil_school_upn ON pupil(school_id, upn)"),
        QStringLiteral(
            "CREATE TABLE ehcp_outcome (id TEXT PRIMARY KEY, pupil_id TEXT NOT NULL REFERENCES pupil(id),"
            " reference TEXT NOT NULL, text TEXT NOT NULL, sort_order INTEGER NOT NULL DEFAULT 0,"
            " UNIQUE (pupil_id, reference))"),
        QStringLiteral(
            "CREATE TABLE term (id TEXT PRIMARY KEY, school_id TEXT NOT NULL REFERENCES school(id),"
            " name TEXT NOT NULL, starts_on TEXT NOT NULL, half_term_starts_on TEXT,"
            " half_term_ends_on TEXT, ends_on TEXT NOT NULL, assessment_week_starts_on TEXT,"
            " moderation_week_starts_on TEXT, progress_meetings_week_starts_on TEXT,"
            " ilp_documents_week_starts_on TEXT, final_week_starts_on TEXT)"),
        QStringLiteral(
            "CREATE TABLE area_of_learning (id TEXT PRIMARY KEY,"
            " school_id TEXT NOT NULL REFERENCES school(id), name TEXT NOT NULL, kind TEXT NOT NULL,"
            " sort_order INTEGER NOT NULL DEFAULT 0, min_key_stage INTEGER,"
            " active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral(
            "CREATE TABLE ilp (id TEXT PRIMARY KEY, pupil_id TEXT NOT NULL REFERENCES pupil(id),"
            " term_id TEXT NOT NULL REFERENCES term(id), additional_provision TEXT NOT NULL DEFAULT '',"
            " UNIQUE (pupil_id, term_id))"),
        QStringLiteral("CREATE TABLE target (id TEXT PRIMARY KEY, ilp_id TEXT NOT NULL REFERENCES ilp(id),"
                       " area_id TEXT NOT NULL REFERENCES area_of_learning(id), text TEXT NOT NULL,"
                       " no_ehcp_link_reason TEXT NOT NULL DEFAULT '', aspects TEXT NOT NULL DEFAULT '',"
                       " provision TEXT NOT NULL DEFAULT '', predicted_completion_on TEXT,"
                       " lineage TEXT NOT NULL DEFAULT 'new', lineage_target_id TEXT REFERENCES target(id),"
                       " sort_order INTEGER NOT NULL DEFAULT 0, UNIQUE (ilp_id, area_id))"),
        QStringLiteral("CREATE TABLE target_ehcp_link (id TEXT PRIMARY KEY,"
                       " target_id TEXT NOT NULL REFERENCES target(id),"
                       " ehcp_outcome_id TEXT NOT NULL REFERENCES ehcp_outcome(id),"
                       " UNIQUE (target_id, ehcp_outcome_id))"),
        QStringLiteral(
            "CREATE TABLE evidence_item (id TEXT PRIMARY KEY,"
            " school_id TEXT NOT NULL REFERENCES school(id), kind TEXT NOT NULL,"
            " captured_at TEXT NOT NULL, captured_by TEXT NOT NULL REFERENCES staff(id),"
            " device_id TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', prompt_level TEXT,"
            " setting TEXT NOT NULL DEFAULT '', people_present TEXT NOT NULL DEFAULT '',"
            " measure TEXT NOT NULL DEFAULT '', learner_voice TEXT NOT NULL DEFAULT '',"
            " visibility TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE evidence_pupil (id TEXT PRIMARY KEY,"
                       " evidence_id TEXT NOT NULL REFERENCES evidence_item(id),"
                       " pupil_id TEXT NOT NULL REFERENCES pupil(id), UNIQUE (evidence_id, pupil_id))"),
        QStringLiteral("CREATE INDEX evidence_pupil_pupil ON evidence_pupil(pupil_id)"),
        QStringLiteral("CREATE TABLE evidence_target (id TEXT PRIMARY KEY,"
                       " evidence_id TEXT NOT NULL REFERENCES evidence_item(id),"
                       " pupil_id TEXT NOT NULL REFERENCES pupil(id),"
                       " target_id TEXT NOT NULL REFERENCES target(id), UNIQUE (evidence_id, target_id))"),
        QStringLiteral("CREATE INDEX evidence_target_target ON evidence_target(target_id)"),
        QStringLiteral("CREATE TABLE media_reference (id TEXT PRIMARY KEY,"
                       " evidence_id TEXT NOT NULL REFERENCES evidence_item(id), sha256 TEXT NOT NULL,"
                       " role TEXT NOT NULL, mime_type TEXT NOT NULL DEFAULT '', byte_size INTEGER NOT NULL,"
                       " width_px INTEGER NOT NULL DEFAULT 0, height_px INTEGER NOT NULL DEFAULT 0,"
                       " duration_ms INTEGER NOT NULL DEFAULT 0, UNIQUE (evidence_id, sha256))"),
        QStringLiteral("CREATE INDEX media_reference_sha256 ON media_reference(sha256)"),
        QStringLiteral(
            "CREATE TABLE judgement (id TEXT PRIMARY KEY, target_id TEXT NOT NULL REFERENCES target(id),"
            " role TEXT NOT NULL, status INTEGER NOT NULL CHECK (status BETWEEN 1 AND 4),"
            " next_step TEXT, judged_by TEXT NOT NULL REFERENCES staff(id), judged_at TEXT NOT NULL,"
            " note TEXT NOT NULL DEFAULT '', supersedes_id TEXT REFERENCES judgement(id))"),
        QStringLiteral("CREATE INDEX judgement_target ON judgement(target_id)"),
        QStringLiteral(
            "CREATE TABLE assessment_moderation_form (id TEXT PRIMARY KEY,"
            " target_id TEXT NOT NULL REFERENCES target(id),"
            " assessor_id TEXT NOT NULL REFERENCES staff(id), starting_point TEXT NOT NULL DEFAULT '',"
            " provision_used TEXT NOT NULL DEFAULT '', progress_evidence_note TEXT NOT NULL DEFAULT '',"
            " current_abilities TEXT NOT NULL DEFAULT '', moderator_id TEXT REFERENCES staff(id),"
            " moderator_explanation TEXT NOT NULL DEFAULT '', moderator_agreed INTEGER,"
            " disagreement_source TEXT NOT NULL DEFAULT '', senior_leader_id TEXT REFERENCES staff(id),"
            " assessor_moderator_agreed INTEGER, mind_changed_by TEXT,"
            " slt_comments TEXT NOT NULL DEFAULT '', slt_final_decision TEXT NOT NULL DEFAULT '',"
            " final_status INTEGER CHECK (final_status BETWEEN 1 AND 4), moderation_outcome TEXT,"
            " created_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX assessment_moderation_form_target ON assessment_moderation_form(target_id)"),
        QStringLiteral("CREATE TABLE moderation_form_evidence (id TEXT PRIMARY KEY,"
                       " form_id TEXT NOT NULL REFERENCES assessment_moderation_form(id),"
                       " evidence_id TEXT NOT NULL REFERENCES evidence_item(id), sort_order INTEGER NOT NULL,"
                       " UNIQUE (form_id, evidence_id))"),
        QStringLiteral(
            "CREATE TABLE target_setting_moderation_form (id TEXT PRIMARY KEY,"
            " pupil_id TEXT NOT NULL REFERENCES pupil(id),"
            " area_id TEXT NOT NULL REFERENCES area_of_learning(id),"
            " previous_target_id TEXT REFERENCES target(id), setter_id TEXT NOT NULL REFERENCES staff(id),"
            " previous_status INTEGER CHECK (previous_status BETWEEN 1 AND 4), next_step TEXT,"
            " proposed_target_text TEXT NOT NULL DEFAULT '', proposed_target_id TEXT REFERENCES target(id),"
            " reasons TEXT NOT NULL DEFAULT '', no_ehcp_link_reason TEXT NOT NULL DEFAULT '',"
            " planned_provision TEXT NOT NULL DEFAULT '', moderator_id TEXT REFERENCES staff(id),"
            " clear_ehcp_link TEXT NOT NULL DEFAULT '', success_criteria_embedded TEXT NOT NULL DEFAULT '',"
            " clear_what_met_looks_like TEXT NOT NULL DEFAULT '',"
            " provision_suitable TEXT NOT NULL DEFAULT '', other_suggestions TEXT NOT NULL DEFAULT '',"
            " challenge TEXT, suggested_rewrite TEXT NOT NULL DEFAULT '', setter_accepts_amendment INTEGER,"
            " senior_leader_id TEXT REFERENCES staff(id), amendment_proposed INTEGER,"
            " amendment_accepted INTEGER, moderation_outcome TEXT NOT NULL DEFAULT '',"
            " created_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE target_setting_form_ehcp_link (id TEXT PRIMARY KEY,"
            " form_id TEXT NOT NULL REFERENCES target_setting_moderation_form(id),"
            " ehcp_outcome_id TEXT NOT NULL REFERENCES ehcp_outcome(id), UNIQUE (form_id, ehcp_outcome_id))"),
        QStringLiteral(
            "CREATE TABLE parent_response (id TEXT PRIMARY KEY, ilp_id TEXT NOT NULL REFERENCES ilp(id),"
            " received_on TEXT NOT NULL, respondent_name TEXT NOT NULL DEFAULT '',"
            " approved INTEGER NOT NULL, comments TEXT NOT NULL DEFAULT '',"
            " recorded_by TEXT NOT NULL REFERENCES staff(id))"),
        // The local change log: what sync will send. `seq` orders this device's changes; the
        // mutation id makes a resend harmless; `previous` keeps what a field was before (who,
        // when and what it was, for every form and judgement change).
        QStringLiteral("CREATE TABLE change_log (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " mutation_id TEXT NOT NULL UNIQUE, entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
                       " op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')), fields TEXT NOT NULL,"
                       " previous TEXT, hlc TEXT NOT NULL, author_staff_id TEXT, device_id TEXT NOT NULL,"
                       " recorded_at TEXT NOT NULL, sent_at TEXT)"),
        QStringLiteral("CREATE INDEX change_log_entity ON change_log(entity, entity_id)"),
        QStringLiteral("CREATE INDEX change_log_unsent ON change_log(sent_at, seq)"),
        QStringLiteral(
            "CREATE TABLE tombstone (entity TEXT NOT NULL, entity_id TEXT NOT NULL, hlc TEXT NOT NULL,"
            " deleted_by TEXT, PRIMARY KEY (entity, entity_id))"),
    };
}

// Version 2: a pupil's evidence timeline is read newest first many times a day, so each
// evidence_pupil row carries its item's capture time and is indexed by (pupil, time); and
// per-device PIN lockout after repeated wrong PINs.
QStringList version2()
{
    return {
        QStringLiteral("ALTER TABLE evidence_pupil ADD COLUMN captured_at TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(
            "UPDATE evidence_pupil SET captured_at ="
            " (SELECT captured_at FROM evidence_item WHERE evidence_item.id = evidence_pupil.evidence_id)"),
        QStringLiteral("CREATE INDEX evidence_pupil_timeline ON evidence_pupil(pupil_id, captured_at DESC)"),
        QStringLiteral("DROP INDEX evidence_pupil_pupil"),
        QStringLiteral("CREATE TABLE pin_attempt (staff_id TEXT PRIMARY KEY REFERENCES staff(id),"
                       " failures INTEGER NOT NULL DEFAULT 0, locked_until TEXT)"),
    };
}

// Version 3: the class and pupil pages show evidence counts per target all day. Counting link rows
// grows with every item ever recorded (5 ms for a class at 100,000 items), so the counts are kept
// up to date by triggers instead. The table is derived and local: it is not in the change log, and
// rows arriving by sync are counted by the same triggers.
QStringList version3()
{
    return {
        QStringLiteral("CREATE TABLE target_evidence_count (target_id TEXT PRIMARY KEY,"
                       " evidence_count INTEGER NOT NULL) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO target_evidence_count (target_id, evidence_count)"
                       " SELECT target_id, count(*) FROM evidence_target GROUP BY target_id"),
        QStringLiteral(
            "CREATE TRIGGER evidence_target_counted AFTER INSERT ON evidence_target BEGIN"
            " INSERT INTO target_evidence_count (target_id, evidence_count) VALUES (NEW.target_id, 1)"
            " ON CONFLICT (target_id) DO UPDATE SET evidence_count = evidence_count + 1; END"),
        QStringLiteral("CREATE TRIGGER evidence_target_uncounted AFTER DELETE ON evidence_target BEGIN"
                       " UPDATE target_evidence_count SET evidence_count = evidence_count - 1"
                       " WHERE target_id = OLD.target_id; END"),
        QStringLiteral(
            "CREATE TRIGGER evidence_target_recounted AFTER UPDATE OF target_id ON evidence_target"
            " WHEN OLD.target_id <> NEW.target_id BEGIN"
            " UPDATE target_evidence_count SET evidence_count = evidence_count - 1"
            " WHERE target_id = OLD.target_id;"
            " INSERT INTO target_evidence_count (target_id, evidence_count) VALUES (NEW.target_id, 1)"
            " ON CONFLICT (target_id) DO UPDATE SET evidence_count = evidence_count + 1; END"),
    };
}

// Version 4: sync (docs/sync.md). All of it is the device's own bookkeeping and never syncs,
// except `conflict`, which the server writes and devices receive like any other record.
QStringList version4()
{
    return {
        // The HLC of each value this device holds, so a pulled value replaces it only if newer.
        // Field '*' is the row's first insert: fields with no clock of their own fall back to it,
        // which keeps a new row to one clock row instead of one per column.
        QStringLiteral("CREATE TABLE field_clock (entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
                       " field TEXT NOT NULL, hlc TEXT NOT NULL, PRIMARY KEY (entity, entity_id, field))"
                       " WITHOUT ROWID"),
        // One row: how far this device has pulled, and how the last attempts went.
        QStringLiteral(
            "CREATE TABLE sync_status (id INTEGER PRIMARY KEY CHECK (id = 1),"
            " cursor INTEGER NOT NULL DEFAULT 0, last_attempt_at TEXT, last_success_at TEXT,"
            " last_error TEXT NOT NULL DEFAULT '', consecutive_failures INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("INSERT INTO sync_status (id) VALUES (1)"),
        // What the server said about each pushed mutation. change_log.sent_at is set for both
        // states, so neither is sent again; rejected ones keep the server's words for the sync page.
        QStringLiteral("CREATE TABLE mutation_sync (mutation_id TEXT PRIMARY KEY,"
                       " state TEXT NOT NULL"
                       " CHECK (state IN ('sent', 'rejected')), error TEXT NOT NULL DEFAULT '',"
                       " message TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX mutation_sync_rejected ON mutation_sync(state)"),
        // Where each media file of this device stands with the server. A file is freeable only
        // when 'confirmed' (the server said it holds exactly these bytes); 'evicted' means the
        // original was freed here and is fetched again on demand. upload_url lets a killed
        // upload resume at the server's offset.
        QStringLiteral("CREATE TABLE media_file (sha256 TEXT PRIMARY KEY, state TEXT NOT NULL"
                       " CHECK (state IN ('pending', 'uploading', 'uploaded', 'confirmed', 'evicted')),"
                       " byte_size INTEGER NOT NULL DEFAULT 0, upload_url TEXT NOT NULL DEFAULT '',"
                       " message TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL)"),
        // This tablet's enrolment with the school's store. One row, or none before enrolment.
        QStringLiteral("CREATE TABLE enrolment (id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " server_url TEXT NOT NULL, device_id TEXT NOT NULL, device_token TEXT NOT NULL,"
                       " device_name TEXT NOT NULL DEFAULT '', school_id TEXT NOT NULL DEFAULT '',"
                       " school_name TEXT NOT NULL DEFAULT '', enrolled_at TEXT NOT NULL)"),
        // Pulled changes that could not be applied yet (their parent row has not arrived, a
        // required column is missing): kept, never dropped, and tried again after every page.
        QStringLiteral("CREATE TABLE remote_parked (seq INTEGER PRIMARY KEY, change TEXT NOT NULL,"
                       " reason TEXT NOT NULL, parked_at TEXT NOT NULL)"),
        // Conflicts found by the server (two people changed one field to different things
        // without seeing each other's change). A person resolves one by choosing a value.
        QStringLiteral("CREATE TABLE conflict (id TEXT PRIMARY KEY, school_id TEXT NOT NULL DEFAULT '',"
                       " entity TEXT NOT NULL DEFAULT '', entity_id TEXT NOT NULL DEFAULT '',"
                       " field TEXT NOT NULL DEFAULT '', \"values\" TEXT NOT NULL DEFAULT '[]',"
                       " resolved INTEGER NOT NULL DEFAULT 0, created_at TEXT)"),
        QStringLiteral("CREATE INDEX conflict_open ON conflict(resolved, entity, entity_id)"),
    };
}

QStringList version5()
{
    return {
        // A refused change someone has read: no longer listed on the sync page. The row stays,
        // with who dismissed it and when, so the refusal is never lost from the record.
        QStringLiteral("ALTER TABLE mutation_sync ADD COLUMN dismissed_at TEXT"),
        QStringLiteral("ALTER TABLE mutation_sync ADD COLUMN dismissed_by TEXT NOT NULL DEFAULT ''"),
    };
}

// Version 6: the judge form of assessment week also asks "What can they do now?" and keeps what the
// pupil said or chose about the target (their voice belongs in the judgement, not only in the
// evidence). Judgements made before keep their rows, with both answers empty.
QStringList version6()
{
    return {
        QStringLiteral("ALTER TABLE judgement ADD COLUMN current_abilities TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE judgement ADD COLUMN learner_voice TEXT NOT NULL DEFAULT ''"),
    };
}

// Version 7: a pupil who has left the school keeps their records (and their class, which the
// store requires), with the day they left. Next term's targets are not set for them.
QStringList version7()
{
    return {QStringLiteral("ALTER TABLE pupil ADD COLUMN left_on TEXT")};
}

// Version 8: the class grid of assessment week reads, for every target of a class, how much
// evidence it has and its first and latest capture: enough to say whether the evidence is too
// little over time (none, all in one week, nothing recent). Reading every link of a class's term
// to find them took 45 ms at 100,000 items (scripts/bench review), so the span is kept beside the
// count by the same triggers. The item's time is read when its link arrives (foreign keys make the
// item arrive first, by sync too); a link removed has its target's span worked out again.
QStringList version8()
{
    const QString recomputeSpan =
        QStringLiteral(" UPDATE target_evidence_count SET"
                       " first_captured_at = (SELECT min(e.captured_at) FROM evidence_target et"
                       " JOIN evidence_item e ON e.id = et.evidence_id WHERE et.target_id = "
                       "target_evidence_count.target_id),"
                       " last_captured_at = (SELECT max(e.captured_at) FROM evidence_target et"
                       " JOIN evidence_item e ON e.id = et.evidence_id WHERE et.target_id = "
                       "target_evidence_count.target_id)");
    const QString countLink = QStringLiteral(
        " INSERT INTO target_evidence_count (target_id, evidence_count, first_captured_at, last_captured_at)"
        " VALUES (NEW.target_id, 1, (SELECT captured_at FROM evidence_item WHERE id = NEW.evidence_id),"
        " (SELECT captured_at FROM evidence_item WHERE id = NEW.evidence_id))"
        " ON CONFLICT (target_id) DO UPDATE SET evidence_count = evidence_count + 1,"
        " first_captured_at = CASE WHEN excluded.first_captured_at IS NULL THEN first_captured_at"
        " WHEN first_captured_at IS NULL OR excluded.first_captured_at < first_captured_at"
        " THEN excluded.first_captured_at ELSE first_captured_at END,"
        " last_captured_at = CASE WHEN excluded.last_captured_at IS NULL THEN last_captured_at"
        " WHEN last_captured_at IS NULL OR excluded.last_captured_at > last_captured_at"
        " THEN excluded.last_captured_at ELSE last_captured_at END;");
    const QString linkedTargets = QStringLiteral(
        " WHERE target_id IN (SELECT target_id FROM evidence_target WHERE evidence_id = NEW.id); END");
    return {
        QStringLiteral("ALTER TABLE target_evidence_count ADD COLUMN first_captured_at TEXT"),
        QStringLiteral("ALTER TABLE target_evidence_count ADD COLUMN last_captured_at TEXT"),
        recomputeSpan,
        QStringLiteral("DROP TRIGGER evidence_target_counted"),
        QStringLiteral("DROP TRIGGER evidence_target_uncounted"),
        QStringLiteral("DROP TRIGGER evidence_target_recounted"),
        QStringLiteral("CREATE TRIGGER evidence_target_counted AFTER INSERT ON evidence_target BEGIN") +
            countLink + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER evidence_target_uncounted AFTER DELETE ON evidence_target BEGIN"
                       " UPDATE target_evidence_count SET evidence_count = evidence_count - 1"
                       " WHERE target_id = OLD.target_id;") +
            recomputeSpan + QStringLiteral(" WHERE target_id = OLD.target_id; END"),
        QStringLiteral("CREATE TRIGGER evidence_target_recounted AFTER UPDATE OF target_id ON evidence_target"
                       " WHEN OLD.target_id <> NEW.target_id BEGIN"
                       " UPDATE target_evidence_count SET evidence_count = evidence_count - 1"
                       " WHERE target_id = OLD.target_id;") +
            recomputeSpan + QStringLiteral(" WHERE target_id = OLD.target_id;") + countLink +
            QStringLiteral(" END"),
        // Captures keep their time (the store refuses a change to it), but a row written again
        // with another time must not leave the span behind.
        QStringLiteral(
            "CREATE TRIGGER evidence_item_respanned AFTER UPDATE OF captured_at ON evidence_item BEGIN") +
            recomputeSpan + linkedTargets,
    };
}

// Version 9: proven authors (docs/security.md). Each change carries a proof by its author's
// credential on this tablet; the credentials of those who have signed in here are kept sealed; and
// the PIN hashes the store used to send every tablet are dropped: signing in now opens the
// person's own credential, and the store checks a PIN only at a first sign-in.
QStringList version9()
{
    return {
        QStringLiteral("ALTER TABLE change_log ADD COLUMN proof TEXT"),
        QStringLiteral("CREATE TABLE author_credential (staff_id TEXT PRIMARY KEY, salt BLOB NOT NULL,"
                       " nonce BLOB NOT NULL, sealed BLOB NOT NULL, iterations INTEGER NOT NULL,"
                       " sealed_at TEXT NOT NULL)"),
        QStringLiteral("UPDATE staff SET pin_hash = NULL, pin_salt = NULL"),
    };
}

// Version 10: the store's certificate, pinned at enrolment when no certificate authority vouches
// for it (docs/security.md, "TLS").
QStringList version10()
{
    return {
        QStringLiteral("ALTER TABLE enrolment ADD COLUMN pinned_certificate TEXT NOT NULL DEFAULT ''"),
    };
}

// Version 11: the store's list of deleted evidence (docs/sync.md, "Deleted evidence"). One row per
// deleted item, written only by the store: what it was, of whom, captured and deleted by whom and
// when, so senior leaders can find it and restore it. `pupil_ids` is a JSON list.
QStringList version11()
{
    return {
        QStringLiteral("CREATE TABLE deleted_evidence (id TEXT PRIMARY KEY, school_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL, captured_at TEXT NOT NULL, captured_by TEXT,"
                       " pupil_ids TEXT NOT NULL DEFAULT '[]', deleted_by TEXT, deleted_at TEXT NOT NULL,"
                       " restored_by TEXT, restored_at TEXT)"),
        QStringLiteral(
            "CREATE INDEX deleted_evidence_deleted_at ON deleted_evidence (school_id, deleted_at)"),
    };
}

// Version 12: moderation (docs/moderation.md). The assessment form records when the assessor's
// judgement was shown to the moderator (the blind order) and what the moderator saw when they judged
// (the target's text, the attached evidence as a JSON list); the target-setting form names the term
// whose meeting it is for, and keeps the setter's own wording when they accept a rewrite.
QStringList version12()
{
    return {
        QStringLiteral("ALTER TABLE assessment_moderation_form ADD COLUMN assessor_shown_at TEXT"),
        QStringLiteral("ALTER TABLE assessment_moderation_form ADD COLUMN moderated_target_text TEXT NOT "
                       "NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE assessment_moderation_form ADD COLUMN moderated_evidence TEXT NOT NULL "
                       "DEFAULT '[]'"),
        QStringLiteral(
            "ALTER TABLE target_setting_moderation_form ADD COLUMN term_id TEXT REFERENCES term(id)"),
        QStringLiteral(
            "ALTER TABLE target_setting_moderation_form ADD COLUMN original_proposed_text TEXT NOT "
            "NULL DEFAULT ''"),
        QStringLiteral(
            "CREATE INDEX target_setting_moderation_form_term ON target_setting_moderation_form(term_id)"),
    };
}

// Version 13: term's end (issue 13). The school's cover letter for the parents' progress report,
// the class each class moves up to at the year's end, and the highlights a teacher chose for a
// pupil's one-page profile for families.
QStringList version13()
{
    return {
        QStringLiteral("ALTER TABLE school ADD COLUMN parent_letter TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE school_class ADD COLUMN next_class_id TEXT REFERENCES school_class(id)"),
        QStringLiteral(
            "CREATE TABLE profile_highlight (id TEXT PRIMARY KEY, pupil_id TEXT NOT NULL REFERENCES "
            "pupil(id),"
            " term_id TEXT NOT NULL REFERENCES term(id),"
            " evidence_id TEXT NOT NULL REFERENCES evidence_item(id), caption TEXT NOT NULL DEFAULT '',"
            " chosen_by TEXT NOT NULL REFERENCES staff(id), sort_order INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX profile_highlight_pupil ON profile_highlight(pupil_id, term_id)"),
        QStringLiteral("CREATE INDEX profile_highlight_evidence ON profile_highlight(evidence_id)"),
    };
}

// Version 14: a tablet kept away from its school's store locks itself (docs/security.md, "Erase").
// How many days it may go without reaching the store is the school's to choose, synced like the
// school's other fields. When this tablet last reached the store, and the latest time it has seen,
// are kept in meta (OfflineLock), so they need no table.
QStringList version14()
{
    return {
        QStringLiteral("ALTER TABLE school ADD COLUMN offline_lock_days INTEGER NOT NULL DEFAULT 14"),
    };
}

// Version 15: the evidence an eviction kept on this tablet, by name (RemoteApplier::evictRows).
// Being without a pupil here did not say it: an item another tablet sent in one push and its
// links in the next arrives alone when this tablet pulls in between, and was released as if an
// eviction had kept it, so its links, when they came, waited for it for ever. Items without a
// pupil, form or profile on a tablet being upgraded were kept by an eviction as far as this
// tablet knew, and are named so.
QStringList version15()
{
    return {
        QStringLiteral("CREATE TABLE kept_evidence (evidence_id TEXT PRIMARY KEY REFERENCES evidence_item(id)"
                       " ON DELETE CASCADE)"),
        QStringLiteral(
            "INSERT INTO kept_evidence (evidence_id) SELECT i.id FROM evidence_item i WHERE NOT EXISTS"
            " (SELECT 1 FROM evidence_pupil p WHERE p.evidence_id = i.id) AND NOT EXISTS (SELECT 1 FROM"
            " moderation_form_evidence m WHERE m.evidence_id = i.id) AND NOT EXISTS (SELECT 1 FROM"
            " profile_highlight h WHERE h.evidence_id = i.id)"),
    };
}

} // namespace

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> list{
        {1, QStringLiteral("The domain, the change log and tombstones"), version1()},
        {2, QStringLiteral("Evidence timeline index; PIN lockout"), version2()},
        {3, QStringLiteral("Evidence counts per target kept by triggers"), version3()},
        {4, QStringLiteral("Sync: field clocks, status, media state, enrolment, conflicts"), version4()},
        {5, QStringLiteral("Sync: refused changes can be dismissed"), version5()},
        {6, QStringLiteral("Judgements: what the pupil can do now, and their voice on the target"),
         version6()},
        {7, QStringLiteral("Pupils: the day a pupil left the school"), version7()},
        {8, QStringLiteral("Evidence counts per target keep the first and latest capture"), version8()},
        {9, QStringLiteral("Proven authors: a proof on each change, sealed credentials, no PIN hashes"),
         version9()},
        {10, QStringLiteral("Sync: the store's certificate pinned at enrolment"), version10()},
        {11, QStringLiteral("Deleted evidence, as the school's store lists it for SLT"), version11()},
        {12, QStringLiteral("Moderation: the blind order, what the moderator saw, the meeting's term"),
         version12()},
        {13, QStringLiteral("Term's end: the parents' cover letter, moving up a class, profile highlights"),
         version13()},
        {14, QStringLiteral("The days a tablet may go without reaching the school's store"), version14()},
        {15, QStringLiteral("Sync: the evidence an eviction kept until the store has it"), version15()},
    };
    return list;
}

int Migrations::latestVersion()
{
    return all().constLast().version;
}

int Migrations::currentVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Migrations::migrate(QSqlDatabase &db, int targetVersion, QString *error)
{
    const int from = currentVersion(db);
    if (from < 0) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    for (const Migration &m : all()) {
        if (m.version <= from || m.version > targetVersion)
            continue;
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        QSqlQuery q(db);
        for (const QString &statement : m.statements) {
            if (!q.exec(statement)) {
                if (error)
                    *error = QStringLiteral("Schema step %1 failed: %2 (%3)")
                                 .arg(m.version)
                                 .arg(q.lastError().text(), statement.left(80));
                db.rollback();
                return false;
            }
        }
        // PRAGMA user_version is transactional in SQLite: it commits or rolls back with the step.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)) || !db.commit()) {
            if (error)
                *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace Stride
