#include "feedcompaction.h"

#include "recordstore.h"
#include "sqlconnection.h"
#include "sqltransaction.h"

#include <QDateTime>

#include <algorithm>

namespace Stride::Server {

qint64 FeedCompaction::horizonOf(QSqlDatabase &db, const QString &schoolId)
{
    const QList<QVariantList> rows = Sql::rows(
        db, QStringLiteral("SELECT compacted_to FROM feed_horizon WHERE school_id = ?"), {schoolId});
    return rows.isEmpty() ? 0 : rows.first().value(0).toLongLong();
}

FeedCompaction::Result FeedCompaction::compact(const QString &schoolId, int silentDays)
{
    QSqlDatabase &db = SqlConnection::forThisThread();
    Result result;
    SqlTransaction tx(db);
    RecordStore records(db);
    records.ensureSchoolSequence(schoolId);
    // Under the school's lock, no push is half-way: the newest seq is final for this transaction.
    result.lastSeq = records.lockSchool(schoolId);
    result.previous = horizonOf(db, schoolId);

    // Seen within the window (ISO-8601 UTC text compares in time order), or any time without one.
    const QString seenSince =
        silentDays > 0 ? QDateTime::currentDateTimeUtc().addDays(-silentDays).toString(Qt::ISODateWithMs)
                       : QString();
    const QString live = QStringLiteral("d.school_id = ? AND d.kind = 'tablet' AND d.revoked_at IS NULL");
    const QString recent = silentDays > 0 ? QStringLiteral(" AND d.last_seen_at >= ?") : QString();
    QVariantList binds{schoolId};
    if (silentDays > 0)
        binds << seenSince;

    QSqlQuery count =
        Sql::exec(db, QStringLiteral("SELECT count(*) FROM device d WHERE ") + live, {schoolId});
    result.liveTablets = count.next() ? count.value(0).toInt() : 0;

    qint64 horizon = result.lastSeq;
    QSqlQuery cursors = Sql::exec(db,
                                  QStringLiteral("SELECT min(d.pulled_seq), count(*) FROM device d WHERE ") +
                                      live + recent + QStringLiteral(" AND d.pulled_seq > 0"),
                                  binds);
    if (cursors.next() && cursors.value(1).toInt() > 0) {
        horizon = std::min(horizon, cursors.value(0).toLongLong());
        result.holdingTablets = cursors.value(1).toInt();
    }
    // A snapshot part-way through continues with the feed after its start.
    QSqlQuery snapshots = Sql::exec(
        db,
        QStringLiteral("SELECT min(s.base_seq), count(*) FROM device_snapshot s JOIN device d ON d.id = "
                       "s.device_id WHERE ") +
            live + recent,
        binds);
    if (snapshots.next() && snapshots.value(1).toInt() > 0)
        horizon = std::min(horizon, snapshots.value(0).toLongLong());

    result.horizon = std::max(horizon, result.previous);
    if (result.horizon > result.previous) {
        QSqlQuery removed = Sql::exec(db,
                                      QStringLiteral("DELETE FROM sync_change WHERE school_id = ? AND seq > ?"
                                                     " AND seq <= ?"),
                                      {schoolId, result.previous, result.horizon});
        result.removed = removed.numRowsAffected();
        Sql::exec(
            db,
            QStringLiteral("INSERT INTO feed_horizon (school_id, compacted_to, compacted_at) VALUES (?, ?, ?)"
                           " ON CONFLICT (school_id) DO UPDATE SET compacted_to = excluded.compacted_to,"
                           " compacted_at = excluded.compacted_at"),
            {schoolId, result.horizon, nowText()});
    }
    tx.commit();
    return result;
}

} // namespace Stride::Server
