#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Stride {

// One change pulled from the school's store (docs/sync.md, "Pull"): the values the server now
// holds for some fields of one row, or the row's deletion, stamped with the HLC that won them.
struct RemoteChange
{
    qint64 seq = 0; // the server's order; the pull cursor
    QString mutationId;
    QString entity; // the table
    QString entityId;
    QString op; // "upsert", "delete", or "evict" (a pupil this tablet no longer serves)
    QJsonObject fields;
    QString hlc;
    QString deviceId;
    QString authorStaffId;

    static RemoteChange fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// What applying one pulled change did.
struct RemoteApplyResult
{
    enum class Outcome {
        Applied,   // at least one value written (or the row deleted)
        Unchanged, // every field was already as new or newer here: nothing to do
        Ignored,   // the row was deleted on purpose (tombstone): a deleted row never comes back
        Failed,    // could not be written (a parent row not here yet, a required column missing)
    };
    Outcome outcome = Outcome::Unchanged;
    QStringList appliedFields;
    QString message; // why it failed, for support
    // Media files no record here names any more after an eviction: removed once the page commits.
    QStringList freedMedia;

    bool ok() const { return outcome != Outcome::Failed; }
};

// The tables that sync (docs/sync.md, "Records"), parents before children. A pulled change to any
// other table is refused: the server can never write the device's own bookkeeping (meta, PIN
// lockout, the change log). The server accepts pushes to exactly these tables too.
const QStringList &syncedEntities();
bool isSyncedEntity(const QString &table);

} // namespace Stride
