#pragma once

#include "hybridlogicalclock.h"
#include "remotechange.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace Stride {

class Store;

// Writes changes pulled from the school's store into this device's Store (docs/sync.md, "Pull",
// "Per-field merge" and the decisions at its end). A pulled change never enters the change log,
// so it is never pushed back. It goes through the Store's own transactions and statements, so it
// nests inside a caller's transaction (a page and its cursor) like any local write.
class RemoteApplier
{
public:
    explicit RemoteApplier(Store &store) : m_store(store) {}

    // Upserts merge per field (FieldMerge): a value is written only if its HLC is newer than the
    // one this device holds for that field. Deletes remove the row and leave a tombstone. Runs in
    // its own savepoint, so a change that cannot be written changes nothing and says why.
    RemoteApplyResult apply(const RemoteChange &change);
    // A page of pulled changes, in order, in one transaction (a savepoint in the caller's): the
    // result of each is what apply() gives for it. The rows a page's upserts name that this device
    // has never held (no row, no tombstone, no field clock), most of a new tablet's first pull, are
    // found in a few queries for the whole page and inserted by statements prepared once for the
    // page, each in its own savepoint as apply() does; every other change goes through apply().
    QList<RemoteApplyResult> applyPage(const QList<RemoteChange> &page);
    // An eviction (op "evict", entity "pupil"): the store no longer sends this tablet the pupil
    // (docs/sync.md, "Scope"). Removes the pupil and everything of theirs, their evidence left
    // with no pupil here (except a recording this tablet made whose file the store has not yet
    // confirmed), the store's records about them, their clocks and parked changes, and lists the
    // media files nothing here names any more. Writes no change log: nothing is deleted at the
    // school. Evicting a pupil not held here changes nothing, so a repeated eviction is harmless.
    RemoteApplyResult evict(const QString &pupilId);
    // Evidence an eviction kept because the store had not got all of it (a recording not yet
    // confirmed, a change not yet sent or refused and not yet read): once the store has it, it goes
    // from this tablet too, with its recordings. Lists the media files nothing here names any
    // more. Sync calls it after each round that finished. Writes no change log.
    RemoteApplyResult releaseKeptEvidence();
    // Merges a timestamp from the server into the Store's clock and keeps it across restarts.
    // Returns false (and changes nothing) if it is more than a day ahead of this device's clock.
    bool receiveClock(const QString &hlc);

private:
    bool applyUpsert(const RemoteChange &change, const HlcTimestamp &stamp, RemoteApplyResult &result);
    bool applyDelete(const RemoteChange &change, const HlcTimestamp &stamp, RemoteApplyResult &result);
    QHash<QString, QString> columnTypes(const QString &table);
    // The values of an upsert's fields as their columns want them, unknown columns left out.
    QVariantMap columnValues(const RemoteChange &change);
    bool evictRows(const QString &pupilId, RemoteApplyResult &result);
    // Whether the store has not got all of this evidence item yet (see releaseKeptEvidence).
    bool storeLacks(const QString &evidenceId);

    Store &m_store;
    QHash<QString, QHash<QString, QString>> m_columnTypes; // table -> column -> declared type
};

} // namespace Stride
