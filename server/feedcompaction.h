#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Stride::Server {

// Removes a school's change feed below the lowest cursor a live tablet still pulls from
// (docs/sync.md, "Snapshots and compaction"). A tablet that comes back from below the horizon, or
// a new one, is sent a snapshot of the current rows (tombstones included) instead of the feed, so
// compaction never costs a tablet a change or a delete: it only decides which tablets start over.
namespace FeedCompaction {

struct Result
{
    qint64 horizon = 0;     // every change up to this seq is gone
    qint64 previous = 0;    // the horizon before
    qint64 removed = 0;     // changes removed now
    qint64 lastSeq = 0;     // the school's newest change
    int liveTablets = 0;    // enrolled and not revoked
    int holdingTablets = 0; // of those, the ones whose cursor set the horizon's bound
};

// How far the school's feed has been compacted: 0 if never. A pull from below it gets a snapshot.
qint64 horizonOf(QSqlDatabase &db, const QString &schoolId);

// Compacts the school's feed up to the lowest cursor still in use: the cursor each live tablet
// (enrolled, not revoked) last pulled from, and the start of any snapshot it is part-way through.
// A tablet that has never pulled past the start holds nothing back, as it starts with a snapshot
// anyway. With `silentDays` > 0, tablets not seen for that many days hold nothing back either:
// they get a snapshot when they return. In one transaction, under the school's lock.
Result compact(const QString &schoolId, int silentDays = 0);

} // namespace FeedCompaction

} // namespace Stride::Server
