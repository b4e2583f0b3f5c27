#pragma once

#include "database.h"
#include "evidencefilter.h"
#include "evidencespan.h"
#include "hybridlogicalclock.h"
#include "moderationformplace.h"
#include "mutation.h"
#include "tablerow.h"
#include "writeresult.h"

#include "../security/devicekey.h"

#include "../domain/areaoflearning.h"
#include "../domain/assessmentmoderationform.h"
#include "../domain/evidenceitem.h"
#include "../domain/ilp.h"
#include "../domain/judgement.h"
#include "../domain/parentresponse.h"
#include "../domain/profilehighlight.h"
#include "../domain/pupil.h"
#include "../domain/school.h"
#include "../domain/schoolclass.h"
#include "../domain/staff.h"
#include "../domain/target.h"
#include "../domain/targetsettingmoderationform.h"
#include "../domain/term.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <memory>
#include <optional>

namespace Stride {

// The device's local store: one SQLite file holding the whole domain. Every change is validated,
// written, and recorded in the change log (with a hybrid logical clock timestamp) in one
// transaction; deletes leave tombstones. Nothing here knows about QML or the network.
class Store
{
public:
    explicit Store(HybridLogicalClock::WallClock wallClock = {});
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // How the file is kept on the disk. A tablet's store is encrypted with its device key
    // (DeviceKey, made when the store is first created or is still a plain SQLite file); the
    // school's store stages an import in a plain file of its own (server/stagingstore.h).
    enum class AtRest {
        Encrypted,
        Plain
    };
    OpenResult open(const QString &path, AtRest atRest = AtRest::Encrypted);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    QSqlDatabase database() const { return m_db; }
    // The keys this store was opened with: the media store's and the sealed credentials' come
    // from here. Not valid for a store opened Plain, nor when the last open found no key.
    const DeviceKeys &deviceKeys() const { return m_deviceKeys; }
    // How the last open's device-key lookup went (Found or Created when it had keys), with its
    // words: Missing, Unavailable and Refused are why a store was not opened at all.
    const DeviceKey::Lookup &keyLookup() const { return m_keyLookup; }
    QString deviceId() const { return m_deviceId; }

    // Who is making the changes that follow (the signed-in member of staff), and their credential
    // on this tablet, which proves each change they make to the school's store (ChangeProof). With
    // no credential the changes are still recorded, without a proof: the store refuses them until
    // the person signs in with it and proveChangesOf() proves them.
    void setActingStaffId(const QString &staffId, const QByteArray &credential = {})
    {
        m_actingStaffId = staffId;
        m_actingCredential = credential;
    }
    QString actingStaffId() const { return m_actingStaffId; }
    // Proves, with the acting person's credential, their changes not yet accepted for want of a
    // proof: made before they had one here, or refused by the store as unproven (a credential it
    // had withdrawn). Those refused are sent again. Returns how many, or -1 on a database error.
    int proveActingStaffChanges();
    HybridLogicalClock &clock() { return *m_clock; }
    // Called after a transaction that recorded local changes commits (never for changes applied
    // from the school's store), so sync can send them soon without every writer knowing of it.
    void setLocalChangeListener(std::function<void()> listener)
    {
        m_localChangeListener = std::move(listener);
    }

    // Runs `work` in one transaction (a savepoint when nested): all of it, or none of it, change
    // log included. Returns false, rolled back, if `work` returns false or a statement fails.
    bool transaction(const std::function<bool()> &work);
    QString lastError() const { return m_lastError; }

    // --- Writes: each validates, then writes the record and its change-log entries atomically.
    WriteResult save(const School &school);
    WriteResult save(const Staff &staff);
    WriteResult save(const SchoolClass &schoolClass);
    WriteResult save(const Pupil &pupil);
    WriteResult save(const Term &term);
    WriteResult save(const AreaOfLearning &area);
    WriteResult save(const Ilp &ilp);
    WriteResult save(const Target &target);
    WriteResult save(const EvidenceItem &item);
    WriteResult save(const Judgement &judgement);
    WriteResult save(const AssessmentModerationForm &form);
    WriteResult save(const TargetSettingModerationForm &form);
    WriteResult save(const ParentResponse &response);
    WriteResult removeEvidenceItem(const QString &id);
    WriteResult removeParentResponse(const QString &id);
    // A highlight for the pupil's one-page profile; refused unless the evidence is of that pupil.
    WriteResult save(const ProfileHighlight &highlight);
    WriteResult removeProfileHighlight(const QString &id);
    // Notes that the signed-in person opened this evidence item: one change (entity
    // "evidence_view") in the change log and nothing else, sent up for the school's audit log
    // (docs/security.md, "Audit") and never to other tablets. False if nobody is signed in, the
    // item is not on this tablet, or the write failed.
    bool recordEvidenceOpened(const QString &evidenceId);

    // --- Reads.
    QList<School> schools() const;
    std::optional<School> school(const QString &id) const;
    QList<Staff> staffOfSchool(const QString &schoolId) const;
    std::optional<Staff> staff(const QString &id) const;
    std::optional<Staff> staffByEmail(const QString &schoolId, const QString &email) const;
    QList<SchoolClass> classesOfSchool(const QString &schoolId) const;
    std::optional<SchoolClass> schoolClass(const QString &id) const;
    std::optional<SchoolClass> classByName(const QString &schoolId, const QString &name) const;
    QList<Staff> staffOfClass(const QString &classId) const;
    QList<Pupil> pupilsInClass(const QString &classId) const;
    QList<Pupil> pupilsOfSchool(const QString &schoolId) const;
    std::optional<Pupil> pupil(const QString &id) const;
    std::optional<Pupil> pupilByUpn(const QString &schoolId, const QString &upn) const;
    QList<Term> termsOfSchool(const QString &schoolId) const;
    std::optional<Term> term(const QString &id) const;
    // The term containing `date`; else the next one to start; else the most recent.
    std::optional<Term> currentTerm(const QString &schoolId, const QDate &date) const;
    QList<AreaOfLearning> areasOfSchool(const QString &schoolId) const;
    std::optional<AreaOfLearning> area(const QString &id) const;
    std::optional<Ilp> ilp(const QString &id) const;
    std::optional<Ilp> ilpFor(const QString &pupilId, const QString &termId) const;
    QList<Target> targetsOfIlp(const QString &ilpId) const;
    std::optional<Target> target(const QString &id) const;
    std::optional<EvidenceItem> evidenceItem(const QString &id) const;
    QList<EvidenceItem> newestEvidenceForPupil(const QString &pupilId, int limit) const;
    // A pupil's or a target's evidence, newest first, narrowed by the filter; `before` pages on
    // from the oldest item of the previous page.
    QList<EvidenceItem> evidence(const EvidenceFilter &filter, int limit, const QDateTime &before = {}) const;
    // Evidence items per target, for every target of the class's pupils in a term.
    QHash<QString, int> evidenceCountsForClass(const QString &classId, const QString &termId) const;
    QHash<QString, int> evidenceCountsForPupil(const QString &pupilId, const QString &termId) const;
    // Evidence items per pupil of a class in a term (any target or none).
    QHash<QString, int> evidenceCountsByPupil(const QString &classId, const QString &termId) const;
    // The evidence of each of these targets with only the tags the review reads (kind, when, by
    // whom, where, with whom, prompt level, measure): no note, pupils, targets or media. One query
    // for a whole class, for the assessment grid and the aspect figures.
    QHash<QString, QList<EvidenceItem>> evidenceTagsOfTargets(const QStringList &targetIds) const;
    // Each target's evidence count and first and latest capture, as kept by the store's triggers
    // (no item is read). A target with no evidence is absent.
    QHash<QString, EvidenceSpan> evidenceSpansOfTargets(const QStringList &targetIds) const;
    std::optional<Judgement> judgement(const QString &id) const;
    QList<Judgement> judgementsOfTarget(const QString &targetId) const;       // oldest first: the history
    QList<Judgement> judgementsOfTargets(const QStringList &targetIds) const; // oldest first
    std::optional<AssessmentModerationForm> assessmentModerationForm(const QString &id) const;
    std::optional<TargetSettingModerationForm> targetSettingModerationForm(const QString &id) const;
    // Every moderation form of a school, or of one term's meeting (an empty termId: every term),
    // each with where it counts (core/store/storemoderationfigures.cpp). A few queries for the whole
    // school, whatever its number of forms: SLT read the figures across every class at once.
    QList<PlacedAssessmentForm> placedAssessmentModerationForms(const QString &schoolId,
                                                                const QString &termId = {}) const;
    QList<PlacedTargetSettingForm> placedTargetSettingModerationForms(const QString &schoolId,
                                                                      const QString &termId = {}) const;
    QList<ParentResponse> parentResponsesOfIlp(const QString &ilpId) const;
    // The highlights chosen for a pupil's one-page profile this term, in their order.
    QList<ProfileHighlight> profileHighlights(const QString &pupilId, const QString &termId) const;
    // Every media file some evidence item refers to (originals and thumbnails).
    QSet<QString> referencedMediaHashes() const;
    QSet<QString> referencedMediaHashes(MediaRole role) const; // only originals, or only thumbnails

    // --- The change log.
    QList<Mutation> mutations(qint64 afterSeq = 0, int limit = 1000) const;
    QList<Mutation> mutationsOf(const QString &entity, const QString &entityId) const;
    qint64 unsentMutationCount() const;
    bool hasTombstone(const QString &entity, const QString &entityId) const;

    // Row level, for importers and sync: the same validation-free path the typed saves end in.
    // Both also record the HLC of every value they write (field clocks), for the sync merge.
    bool writeRow(const TableRow &row);
    bool deleteRow(const QString &table, const QString &id);

    // --- Field clocks (core/store/storefieldclocks.cpp). Changes pulled from the school's store
    // are applied by RemoteApplier, which compares them with these.
    // The HLC this device holds for one field of one row (empty if it has none).
    QString fieldClock(const QString &entity, const QString &entityId, const QString &field) const;

private:
    // Pulled changes go through this store's transactions and statement cache (a rollback resets
    // every cached statement), and stamp the same field clocks local writes do.
    friend class RemoteApplier;

    bool replaceChildren(const QString &table, const QString &parentColumn, const QString &parentId,
                         const QList<TableRow> &rows);
    void notifyLocalChange();
    bool appendMutation(const QString &entity, const QString &entityId, const QString &op,
                        const QVariantMap &fields, const QVariantMap &previous, const QString &hlc);
    bool stampFields(const QString &entity, const QString &entityId, const QStringList &fields,
                     const QString &hlc);
    bool clearFieldClocks(const QString &entity, const QString &entityId);
    std::optional<QVariantMap> selectRow(const QString &table, const QString &id) const;
    QList<QVariantMap> selectRows(const QString &sql, const QVariantList &binds = {}) const;
    QSqlQuery &prepared(const QString &sql) const;
    bool exec(QSqlQuery &q);
    void rollbackTo(bool outermost, const QString &savepoint);
    WriteResult saveInTransaction(const std::function<bool()> &work);
    void loadEvidenceChildren(QList<EvidenceItem> &items) const;
    void loadOutcomes(QList<Pupil> &pupils) const;
    void loadClassIds(QList<Staff> &staff) const;
    void loadTargetLinks(QList<Target> &targets) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    DeviceKeys m_deviceKeys;
    DeviceKey::Lookup m_keyLookup;
    QString m_deviceId;
    QString m_actingStaffId;
    QByteArray m_actingCredential;
    HybridLogicalClock::WallClock m_wallClock;
    std::unique_ptr<HybridLogicalClock> m_clock;
    int m_transactionDepth = 0;
    bool m_localChangePending = false; // this transaction appended to the change log
    std::function<void()> m_localChangeListener;
    QString m_lastError;
    mutable QHash<QString, QSqlQuery> m_statements;
};

} // namespace Stride
