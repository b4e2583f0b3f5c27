#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace Stride::Server {

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
    // written from it rather than encoded again. Empty when not read from the feed, or changed.
    QString fieldsText;
    QString hlc;
    QString deviceId;
    QString authorStaffId;
};

// The generic record tables (server/schema.cpp), statement by statement. It never opens a
// transaction itself: PushApplier holds one around everything it does here.
class RecordStore
{
public:
    explicit RecordStore(QSqlDatabase &db) : m_db(db) {}

    // Makes sure the school has its sequence row (the lock pushes queue on).
    void ensureSchoolSequence(const QString &schoolId);
    // Takes the school's row lock for the rest of the transaction and returns its last seq.
    qint64 lockSchool(const QString &schoolId);
    void setLastSeq(const QString &schoolId, qint64 seq);

    bool isApplied(const QString &mutationId);
    void markApplied(const QString &mutationId, const QString &schoolId, const QString &deviceId);

    std::optional<StoredRecord> find(const QString &entity, const QString &entityId);
    // Inserts or replaces the row's current state.
    void save(const StoredRecord &record, bool exists);
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
    QSqlDatabase &m_db;
};

QString jsonText(const QJsonObject &object);
QJsonObject jsonObject(const QString &text);
QString nowText();

} // namespace Stride::Server
