#pragma once

#include "incomingmutation.h"
#include "recordstore.h"
#include "serverclock.h"

#include <QHash>
#include <QList>
#include <optional>

namespace Stride::Server {

// Soft delete of evidence, and its restore by a senior leader (docs/sync.md, "Deleted evidence").
// A delete still reaches every tablet as a delete, and the evidence goes from every tablet. The
// store keeps what it took away (deleted_record: the last values, who, which tablet, when) and
// writes a `deleted_evidence` summary that syncs to tablets, where senior leaders see the list.
// A senior leader restores an item by pushing `restored_by` (their own id) on its summary: the
// store brings back the item and the links deleted with it, stamped by its own clock after every
// delete it has seen, so each tablet takes them as whole new rows over its tombstones. Media blobs
// are never removed by the store, so a restored recording can be fetched again.
//
// One per push, like DeleteRules: a tablet deletes an item's links before the item, in one push,
// so links deleted earlier in the push go with the item; a link removed on its own (a pupil taken
// off a group photo) stays removed.
class SoftDelete
{
public:
    SoftDelete(RecordStore &records, ServerClock &clock, const QString &schoolId, const QString &deviceId)
        : m_records(records), m_clock(clock), m_schoolId(schoolId), m_deviceId(deviceId)
    {}

    // Evidence items and their pupil, target, recording and moderation form links.
    static bool keepsDeletesOf(const QString &entity);
    static bool isRestoreRequest(const IncomingMutation &m);

    // Keeps what a delete of `live` (the record as the store holds it) is about to take away.
    // For an item, returns its summary's change to append (the caller assigns its seq).
    QList<ChangeEntry> keep(const IncomingMutation &m, const StoredRecord &live);

    // A tablet may only ask for a restore: `restored_by` in its author's own name (and
    // `restored_at`), on a summary the store wrote. Whether the author is a senior leader is
    // Permissions'.
    static std::optional<Rejection> checkRequest(const IncomingMutation &m,
                                                 const std::optional<StoredRecord> &existing);
    // Brings the item and its links back and marks the summary restored; nothing when the item is
    // live already (restored before, by this request sent twice or by someone else). Returns the
    // changes to append, in order: the item, its links, the summary.
    QList<ChangeEntry> restore(const IncomingMutation &request);

private:
    struct Link
    {
        QString entity;
        QString entityId;
        QJsonObject fields;
    };

    ChangeEntry write(const QString &entity, const QString &entityId, const QJsonObject &fields,
                      const QString &stamp, const QString &authorStaffId);
    bool referencesAreLive(const QJsonObject &fields);

    RecordStore &m_records;
    ServerClock &m_clock;
    QString m_schoolId;
    QString m_deviceId;
    QHash<QString, QList<Link>> m_linksThisPush; // evidence id -> its links deleted earlier in this push
};

} // namespace Stride::Server
