#include "pushapplier.h"

#include "auditlog.h"
#include "authorcredentials.h"
#include "authorproofs.h"
#include "conflictrules.h"
#include "conflictwriter.h"
#include "consentcheck.h"
#include "coverletterrules.h"
#include "deleterules.h"
#include "entitycatalogue.h"
#include "evidenceopenings.h"
#include "firstsignin.h"
#include "moderationrules.h"
#include "offlinelockrules.h"
#include "permissions.h"
#include "profilehighlightrules.h"
#include "pupilmoverules.h"
#include "recordstore.h"
#include "rowwriter.h"
#include "softdelete.h"
#include "sqlconnection.h"
#include "sqltransaction.h"
#include "staffrules.h"
#include "valuerules.h"

#include "store/fieldmerge.h"

#include <QSet>

namespace Stride::Server {

namespace {

// The fields an evidence item keeps from its first insert (docs/sync.md, "Append-only").
const QStringList &immutableEvidenceFields()
{
    static const QStringList fields{QStringLiteral("kind"), QStringLiteral("captured_at"),
                                    QStringLiteral("captured_by"), QStringLiteral("device_id")};
    return fields;
}

class BatchApplier
{
public:
    BatchApplier(const PushContext &context, RecordStore &records, ServerClock &clock, qint64 lastSeq)
        : m_context(context), m_records(records), m_clock(clock), m_conflicts(records, clock),
          m_deletes(records, context.schoolId), m_moderation(records, context.schoolId),
          m_softDeletes(records, clock, context.schoolId, context.deviceId),
          m_proofs(SqlConnection::forThisThread(), context.deviceId), m_seq(lastSeq)
    {}

    qint64 lastSeq() const { return m_seq; }
    int changesWritten() const { return m_changes; }
    // Whether the mutation last applied made its record (new, or back from deleted): the audit log
    // says "added" rather than "changed".
    bool created() const { return m_created; }

    std::optional<Rejection> apply(const IncomingMutation &m)
    {
        if (m_clock.isTooFarAhead(m.stamp))
            return Rejection{
                m.mutationId, QStringLiteral("clock_skew"),
                QStringLiteral("The tablet's clock is %1 minutes ahead of the store's (more than "
                               "%2 is refused). Set the tablet's date and time to the right time.")
                    .arg((m_clock.aheadMs(m.stamp) + 59999) / 60000)
                    .arg(ServerClock::kMaxAheadMs / 60000)};
        if (EvidenceOpenings::isOpening(m) && m_context.trusted)
            return EvidenceOpenings::notFromConsole(m);
        if (auto r = ValueRules::check(m))
            return r;
        if (auto r = CoverLetterRules::check(m))
            return r;
        if (auto r = OfflineLockRules::check(m))
            return r;
        const std::optional<StoredRecord> existing = m_records.find(m.entity, m.entityId);
        m_created = !existing || existing->deleted;
        if (auto r = checkSchool(m, existing))
            return r;
        const QJsonObject current = (existing && !existing->deleted) ? existing->fields : QJsonObject();
        if (!m_context.trusted) {
            QList<StaffRole> roles;
            const auto staffRecord = m.authorStaffId.isEmpty()
                                         ? std::nullopt
                                         : m_records.find(QStringLiteral("staff"), m.authorStaffId);
            if (auto r = Permissions::authorOf(m, staffRecord, m_context.schoolId, &roles))
                return r;
            if (auto r = m_proofs.check(m, Permissions::nameOf(*staffRecord)))
                return r;
            // An opening of evidence goes only to the audit log (PushApplier::apply), never to
            // the records or the feed.
            if (EvidenceOpenings::isOpening(m))
                return EvidenceOpenings::check(m, m_records, m_context.schoolId);
            if (auto r = Permissions::check(m, roles, current))
                return r;
            if (auto r = m_moderation.check(m, roles, current))
                return r;
            if (auto r = ProfileHighlightRules::check(m, current, m_records, m_context.schoolId))
                return r;
            if (auto r = StaffRules::check(m, roles, current))
                return r;
            if (auto r = PupilMoveRules::check(m, roles, current))
                return r;
            if (auto r = ConflictRules::check(m, existing))
                return r;
            if (auto r = SoftDelete::checkRequest(m, existing))
                return r;
            if (auto r = m_deletes.check(m, roles, current))
                return r;
        }
        if (auto r = EvidenceConsent::check(m, current, m_records, m_context.schoolId))
            return r;
        bool unchanged = false;
        if (auto r = checkAppendOnly(m, existing, current, &unchanged))
            return r;
        if (!existing && !m.isDelete())
            if (const QStringList missing = missingColumns(m); !missing.isEmpty())
                return Rejection{
                    m.mutationId, QStringLiteral("invalid_mutation"),
                    QStringLiteral("The store has no such %1, and this change does not hold a whole one "
                                   "(it lacks %2), so it cannot add it.")
                        .arg(m.entity, missing.join(QStringLiteral(", ")))};
        m_clock.receive(m.stamp);
        if (SoftDelete::isRestoreRequest(m)) {
            appendStoreChanges(m_softDeletes.restore(m)); // the store writes the summary itself
            return std::nullopt;
        }
        if (unchanged)
            return std::nullopt;
        if (m.isDelete())
            applyDelete(m, existing);
        else
            applyUpsert(m, existing);
        withdrawCredentials(m);
        return std::nullopt;
    }

private:
    // A person deactivated, removed, or given a new PIN can no longer prove changes from any
    // tablet: they sign in with the store again, with their new PIN (docs/security.md). A new
    // PIN also clears their wrong tries with the old one, so the office can unblock someone.
    static void withdrawCredentials(const IncomingMutation &m)
    {
        if (m.entity != QLatin1String("staff"))
            return;
        const QJsonValue active = m.fields.value(QLatin1String("active"));
        const bool newPin =
            m.fields.contains(QLatin1String("pin_hash")) || m.fields.contains(QLatin1String("pin_salt"));
        QSqlDatabase &db = SqlConnection::forThisThread();
        if (m.isDelete() || newPin || active == QJsonValue(0) || active == QJsonValue(false))
            AuthorCredentials::withdrawAll(db, m.entityId);
        if (newPin)
            FirstSignIn::forgetWrongTries(db, m.entityId);
    }

    // The required columns a change that would create the row does not carry.
    static QStringList missingColumns(const IncomingMutation &m)
    {
        QStringList missing;
        for (const QString &column : EntityCatalogue::instance().requiredColumns(m.entity))
            if (!m.fields.contains(column) || m.fields.value(column).isNull())
                missing << column;
        return missing;
    }

    std::optional<Rejection> checkSchool(const IncomingMutation &m,
                                         const std::optional<StoredRecord> &existing)
    {
        const QString &school = m_context.schoolId;
        const Rejection wrongSchool{
            m.mutationId, QStringLiteral("wrong_school"),
            QStringLiteral("This change is about a record of another school, so it was not "
                           "accepted.")};
        if (existing && existing->schoolId != school)
            return wrongSchool;
        if (m.entity == QLatin1String("school") && m.entityId != school)
            return wrongSchool;
        const EntityCatalogue &catalogue = EntityCatalogue::instance();
        for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it) {
            if (it.key() == QLatin1String("school_id")) {
                if (it.value().toString() != school)
                    return wrongSchool;
                continue;
            }
            const QString ref = it.value().toString();
            if (!ref.isEmpty() && catalogue.isReference(m.entity, it.key()) &&
                m_records.otherSchoolHolding(ref, school))
                return wrongSchool;
        }
        return std::nullopt;
    }

    std::optional<Rejection> checkAppendOnly(const IncomingMutation &m,
                                             const std::optional<StoredRecord> &existing,
                                             const QJsonObject &current, bool *unchanged)
    {
        const bool live = existing && !existing->deleted;
        if (m.entity == QLatin1String("judgement")) {
            if (m.isDelete())
                return Rejection{
                    m.mutationId, QStringLiteral("append_only"),
                    QStringLiteral("A judgement is never deleted: it stays in the target's history.")};
            if (live) {
                for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it)
                    if (!FieldMerge::sameValue(it.value(), current.value(it.key())))
                        return Rejection{
                            m.mutationId, QStringLiteral("append_only"),
                            QStringLiteral("A judgement is never changed once made. To change your mind, "
                                           "record a new judgement; the old one stays in the history.")};
                *unchanged = true; // the same judgement again: nothing to do
            }
        }
        if (m.entity == QLatin1String("evidence_item") && live && !m.isDelete())
            for (const QString &field : immutableEvidenceFields())
                if (m.fields.contains(field) && current.contains(field) &&
                    !FieldMerge::sameValue(m.fields.value(field), current.value(field)))
                    return Rejection{
                        m.mutationId, QStringLiteral("append_only"),
                        QStringLiteral("Evidence keeps the kind, time, person and tablet it was captured "
                                       "with; those are never changed afterwards.")};
        return std::nullopt;
    }

    void applyDelete(const IncomingMutation &m, const std::optional<StoredRecord> &existing)
    {
        if (existing && existing->deleted && !FieldMerge::incomingWins(m.stamp, existing->deletedHlc))
            return; // already deleted, by a later or the same delete
        // Existence is decided by HLC (docs/sync.md, decision 5): a delete older than the insert
        // that made the row (an unlink overtaken by a relink of the same link id) is ignored here,
        // as every tablet ignores it.
        if (existing && !existing->deleted && !existing->createdHlc.isEmpty() &&
            !FieldMerge::incomingWins(m.stamp, existing->createdHlc))
            return;
        StoredRecord r =
            existing.value_or(StoredRecord{m.entity, m.entityId, m_context.schoolId, {}, false, {}, {}});
        r.fields = QJsonObject();
        r.deleted = true;
        r.deletedHlc = m.hlc;
        m_records.save(r, existing.has_value());
        m_records.clearClocks(m.entity, m.entityId);
        append(m, QStringLiteral("delete"), {});
        if (existing && !existing->deleted && SoftDelete::keepsDeletesOf(m.entity))
            appendStoreChanges(m_softDeletes.keep(m, *existing));
    }

    void applyUpsert(const IncomingMutation &m, const std::optional<StoredRecord> &existing)
    {
        const bool exists = existing.has_value();
        StoredRecord r =
            existing.value_or(StoredRecord{m.entity, m.entityId, m_context.schoolId, {}, false, {}, m.hlc});
        QHash<QString, FieldClock> clocks;
        if (exists && r.deleted) {
            // A row deleted on purpose comes back only for a change made after the delete (a link
            // made again); an older copy of it is ignored.
            if (!FieldMerge::incomingWins(m.stamp, r.deletedHlc) || !missingColumns(m).isEmpty())
                return; // an edit of a deleted row (not a whole new row) leaves it deleted
            r.deleted = false;
            r.deletedHlc.clear();
            r.fields = QJsonObject();
            r.createdHlc = m.hlc;
        } else if (exists) {
            clocks = m_records.clocks(m.entity, m.entityId);
        }
        const FieldClock incomingClock{m.hlc, m_context.deviceId, m.authorStaffId};
        // A row made now (or again) holds no value and no clock, so every field of the change
        // wins: its fields are taken whole rather than inserted one by one (QJsonObject::insert
        // was 7% of a push's instructions).
        const bool fresh = r.fields.isEmpty() && clocks.isEmpty();
        QJsonObject won;
        QList<ChangeEntry> conflictChanges;
        for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it) {
            const QString &field = it.key();
            const QJsonValue held = r.fields.value(field);
            const FieldClock *clock = FieldClock::of(clocks, r.fields, field);
            if (FieldMerge::isTrueConflict(held, it.value(), m.previous.value(field)))
                conflictChanges << m_conflicts.record(m_context.schoolId, m.entity, m.entityId, field,
                                                      {held, clock ? *clock : FieldClock{}},
                                                      {it.value(), incomingClock});
            if (!fresh && (!clock || FieldMerge::incomingWins(m.stamp, clock->hlc))) {
                m_records.setClock(m.entity, m.entityId, field, incomingClock);
                r.fields.insert(field, it.value());
                won.insert(field, it.value());
            }
        }
        if (fresh) {
            // Every field carries the change's clock: the record's own (FieldClock::rowClock).
            m_records.setClock(m.entity, m.entityId, FieldClock::rowClock(), incomingClock);
            r.fields = m.fields;
            won = m.fields;
        }
        if (!won.isEmpty() || !exists) {
            // A new row's fields are the change's, as it came: written as the text read with it.
            const QByteArray wonText = fresh ? m.fieldsText : QByteArray();
            m_records.save(r, exists, wonText);
            append(m, QStringLiteral("upsert"), won, wonText);
            if (m.entity == QLatin1String("conflict"))
                m_conflicts.noteResolution(m.entityId, r.fields);
        }
        for (ChangeEntry &c : conflictChanges) {
            c.seq = ++m_seq;
            m_records.appendChange(m_context.schoolId, c);
            ++m_changes;
        }
    }

    // Changes the store makes itself (a deleted item's summary, a restore), after the mutation's own.
    void appendStoreChanges(QList<ChangeEntry> changes)
    {
        for (ChangeEntry &c : changes) {
            c.seq = ++m_seq;
            m_records.appendChange(m_context.schoolId, c);
            ++m_changes;
        }
    }

    // `fieldsText`: `fields` as jsonUtf8 writes them, if known (empty: written from `fields`).
    void append(const IncomingMutation &m, const QString &op, const QJsonObject &fields,
                const QByteArray &fieldsText = {})
    {
        ChangeEntry c;
        c.seq = ++m_seq;
        c.mutationId = m.mutationId;
        c.entity = m.entity;
        c.entityId = m.entityId;
        c.op = op;
        c.fields = fields;
        c.fieldsText = fieldsText;
        c.hlc = m.hlc;
        c.deviceId = m_context.deviceId;
        c.authorStaffId = m.authorStaffId;
        m_records.appendChange(m_context.schoolId, c);
        ++m_changes;
    }

    const PushContext &m_context;
    RecordStore &m_records;
    ServerClock &m_clock;
    ConflictWriter m_conflicts;
    DeleteRules m_deletes;
    ModerationRules m_moderation;
    SoftDelete m_softDeletes;
    AuthorProofs m_proofs;
    qint64 m_seq;
    int m_changes = 0;
    bool m_created = false;
};

// Every id the batch names: its records', their authors', and those their fields refer to (the
// checks read those records: the author's staff row, a link's pupil and item, another school's).
void prefetch(RecordStore &records, const QList<ParsedMutation> &batch)
{
    const EntityCatalogue &catalogue = EntityCatalogue::instance();
    QStringList ids;
    QStringList mutationIds;
    QSet<QString> seen;
    const auto add = [&](const QString &id) {
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    };
    for (const ParsedMutation &parsed : batch) {
        if (!parsed.mutation)
            continue;
        const IncomingMutation &m = *parsed.mutation;
        mutationIds << m.mutationId;
        add(m.entityId);
        add(m.authorStaffId);
        for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it)
            if (it.value().isString() && catalogue.isReference(m.entity, it.key()))
                add(it.value().toString());
    }
    records.prefetch(ids, mutationIds);
}

// How many applied changes' rows go to the RowWriter at a time: small enough that little is left
// to write after the last change, large enough that handing over costs nothing.
constexpr qsizetype kChangesPerHandOver = 64;

} // namespace

PushOutcome PushApplier::apply(const PushContext &context, QList<ParsedMutation> batch, Disposal garbage)
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    RecordStore records(db);
    AuditLog audit(db);
    PushOutcome outcome;
    {
        SqlTransaction tx(db);
        // After the transaction, so it is done with the connection before a rollback.
        std::optional<RowWriter> writer;
        if (batch.size() > 2 * kChangesPerHandOver)
            writer.emplace(db);
        records.ensureSchoolSequence(context.schoolId);
        BatchApplier applier(context, records, m_clock, records.lockSchool(context.schoolId));
        // Read after the school's lock, so no push of the school can change them in between.
        records.startBatch();
        audit.holdUntilFlush();
        prefetch(records, batch);
        QSet<QString> inThisBatch;
        for (const ParsedMutation &parsed : batch) {
            if (parsed.rejection) {
                audit.refusedUnread(context.schoolId, context.deviceId, *parsed.rejection);
                outcome.rejected << *parsed.rejection;
                continue;
            }
            const IncomingMutation &m = *parsed.mutation;
            if (inThisBatch.contains(m.mutationId) || records.isApplied(m.mutationId)) {
                outcome.duplicates << m.mutationId;
                continue;
            }
            if (auto rejection = applier.apply(m)) {
                audit.refused(context.schoolId, context.deviceId, m, *rejection);
                outcome.rejected << *rejection;
                continue;
            }
            audit.applied(context.schoolId, context.deviceId, m, applier.created());
            records.markApplied(m.mutationId, context.schoolId, context.deviceId);
            inThisBatch.insert(m.mutationId);
            outcome.applied << m.mutationId;
            // The rows so far go to the writer, which inserts them while the next changes are
            // checked and merged here.
            if (writer && outcome.applied.size() % kChangesPerHandOver == 0) {
                records.flush();
                audit.flush();
            }
        }
        if (context.allOrNothing && !outcome.rejected.isEmpty())
            return outcome; // rolled back by tx's destructor; committed stays false
        records.flush();
        audit.flush();
        records.setLastSeq(context.schoolId, applier.lastSeq());
        if (writer) {
            // Every row is written: what the batch held is freed while the commit waits for the disk.
            writer->handOverWritten(garbage);
            garbage.add(std::move(batch));
            garbage.add(std::move(inThisBatch));
            garbage.add(std::move(records));
            garbage.start();
        }
        tx.commit();
        outcome.committed = true;
        outcome.changesWritten = applier.changesWritten();
    }
    outcome.serverHlc = m_clock.now().toString();
    return outcome;
}

} // namespace Stride::Server
