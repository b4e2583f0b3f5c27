#pragma once

#include "sqlconnection.h"
#include "storejson.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace Stride::Server {

// The time now, as the store's tables write it (UTC, ISO 8601 with milliseconds).
QString nowText();

// A synced row as the store holds it: the merged values of its fields.
struct StoredRecord
{
    QString entity;
    QString entityId;
    QString schoolId;
    QJsonObject fields;
    bool deleted = false;
    QString deletedHlc;
    QString createdHlc; // the stamp of the insert that made (or remade) the row; empty if unknown
};

// Who wrote the value a field holds, and when (its HLC).
struct FieldClock
{
    QString hlc;
    QString deviceId;
    QString authorStaffId;

    // The clock kept under this name is the record's own, from the change that made it: every
    // field it holds with no clock of its own carries it. A new record is written with that one
    // clock instead of one per field (field clocks were two thirds of the rows a push wrote); a
    // field gets its own once a later change wins it. Tablets keep their clocks the same way.
    static QString rowClock() { return QStringLiteral("*"); }
    // The clock `field` of a record holding `fields` carries: its own, else the record's. Null if
    // neither (the field was never written, so any value wins it).
    static const FieldClock *of(const QHash<QString, FieldClock> &clocks, const QJsonObject &fields,
                                const QString &field);
};

// One entry of a school's change feed (what devices pull).
struct ChangeEntry
{
    qint64 seq = 0;
    QString mutationId;
    QString entity;
    QString entityId;
    QString op;
    QJsonObject fields;
    // `fields` as the feed holds it (compact JSON text), while they are the same: a page is
    // written from it rather than encoded again, and a push's new row writes the text its change
    // came with (IncomingMutation::fieldsText). Empty when neither, or changed.
    // A change read for a page has only this until the page needs its values (ChangeFeed). UTF-8,
    // as it is read and as it is sent.
    QByteArray fieldsText;
    QString hlc;
    QString deviceId;
    QString authorStaffId;
};

// The generic record tables (server/schema.cpp). It never opens a transaction itself:
// PushApplier holds one around everything it does here.
//
// By default each call is its own statement. In a batch (startBatch, a push) it reads the batch's
// records, clocks and mutation ids together (prefetch), answers later reads from what it holds,
// and holds its writes until flush(), which writes them in a few statements of many rows: one
// statement per field clock, record, change and mutation id was nearly all of a push's work
// (docs/benchmarks.md). Reads that search the tables (recordsReferring, recordsOfSchool,
// latestHlc) flush first, so they always see the batch's writes. The batch's transaction must
// flush before it commits.
class RecordStore
{
public:
    explicit RecordStore(QSqlDatabase &db) : m_db(db) {}

    // The batch's rows all say they were applied at the time it started (they commit together):
    // reading and formatting the clock for each row was a twentieth of a push's instructions.
    void startBatch()
    {
        m_batch = true;
        m_batchTime = nowText();
    }
    // Reads at once every record with one of these ids (of any table), the field clocks of those
    // that exist, and which of these mutations were applied before.
    void prefetch(const QStringList &entityIds, const QStringList &mutationIds);
    // Writes everything held so far.
    void flush();

    // Makes sure the school has its sequence row (the lock pushes queue on).
    void ensureSchoolSequence(const QString &schoolId);
    // Takes the school's row lock for the rest of the transaction and returns its last seq.
    qint64 lockSchool(const QString &schoolId);
    void setLastSeq(const QString &schoolId, qint64 seq);

    bool isApplied(const QString &mutationId);
    void markApplied(const QString &mutationId, const QString &schoolId, const QString &deviceId);

    std::optional<StoredRecord> find(const QString &entity, const QString &entityId);
    // Inserts or replaces the row's current state. `fieldsText`, when given, is `record.fields` as
    // jsonUtf8 writes them, already written for the change (a new row's fields are its change's):
    // kept with this save only, so a later save of the row without it writes its fields again.
    void save(const StoredRecord &record, bool exists, const QByteArray &fieldsText = {});
    // The school of any record with this id (whatever its table), if another school holds one.
    std::optional<QString> otherSchoolHolding(const QString &entityId, const QString &schoolId);

    QHash<QString, FieldClock> clocks(const QString &entity, const QString &entityId);
    void setClock(const QString &entity, const QString &entityId, const QString &field,
                  const FieldClock &clock);
    void clearClocks(const QString &entity, const QString &entityId);
    QString latestHlc();

    void appendChange(const QString &schoolId, const ChangeEntry &change);

    QList<StoredRecord> recordsOfSchool(const QString &schoolId, const QStringList &entities);
    // The school's live rows of `entity` whose `field` holds `id` (the pupils linked to one
    // evidence item, the classes of one member of staff). It reads every such row of the school,
    // so it is for the rare changes that need it (a delete, a wider visibility), not every insert.
    QList<StoredRecord> recordsReferring(const QString &schoolId, const QString &entity, const QString &field,
                                         const QString &id);

private:
    using Key = std::pair<QString, QString>; // entity, entity id

    std::optional<StoredRecord> findInDatabase(const QString &entity, const QString &entityId);
    QHash<QString, FieldClock> clocksInDatabase(const QString &entity, const QString &entityId);
    void remember(const StoredRecord &record);

    QSqlDatabase &m_db;
    bool m_batch = false;
    QString m_batchTime;
    // What the batch knows of the tables, as they are with its writes.
    QHash<Key, std::optional<StoredRecord>> m_records;
    QSet<QString> m_allOfId; // every record with this id is in m_records
    QSet<Key> m_notInTable;  // found missing from sync_record by this batch, and not written since
    QHash<QString, QStringList> m_schoolsOfId; // for those ids, the schools holding one
    QHash<Key, QHash<QString, FieldClock>> m_clocks;
    QSet<QString> m_appliedChecked; // mutation ids whose answer is in m_appliedBefore
    QSet<QString> m_appliedBefore;
    // What the batch has still to write.
    QList<Key> m_savedOrder;
    QSet<Key> m_saved;
    QHash<Key, QByteArray> m_savedFieldsText; // given with the row's last save (save())
    QSet<Key> m_clocksCleared;
    QHash<Key, QSet<QString>> m_clocksSet;
    Sql::Rows m_changes;
    Sql::Rows m_appliedRows;
};

} // namespace Stride::Server
