#pragma once

#include "hybridlogicalclock.h"
#include "remotechange.h"

#include <QHash>
#include <QString>

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
    // Merges a timestamp from the server into the Store's clock and keeps it across restarts.
    // Returns false (and changes nothing) if it is more than a day ahead of this device's clock.
    bool receiveClock(const QString &hlc);

private:
    bool applyUpsert(const RemoteChange &change, const HlcTimestamp &stamp, RemoteApplyResult &result);
    bool applyDelete(const RemoteChange &change, const HlcTimestamp &stamp, RemoteApplyResult &result);
    QHash<QString, QString> columnTypes(const QString &table);

    Store &m_store;
    QHash<QString, QHash<QString, QString>> m_columnTypes; // table -> column -> declared type
};

} // namespace Stride
