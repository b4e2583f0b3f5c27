#pragma once

#include "recordstore.h"
#include "serverclock.h"

#include <QJsonValue>

namespace Stride::Server {

// One value in a conflict: what it was, when, from which tablet and whom.
struct ConflictValue
{
    QJsonValue value;
    FieldClock clock;
};

// Writes `conflict` records (docs/sync.md, "Per-field merge"): two people changed the same field
// to different things without seeing each other's change. The record syncs to tablets like any
// other, so a person can choose; a later differing value for the same still-open field joins the
// same record rather than starting another.
class ConflictWriter
{
public:
    ConflictWriter(RecordStore &records, ServerClock &clock) : m_records(records), m_clock(clock) {}

    // Returns the change to append (its seq is the caller's to assign).
    ChangeEntry record(const QString &schoolId, const QString &entity, const QString &entityId,
                       const QString &field, const ConflictValue &held, const ConflictValue &incoming);
    // Keeps the index of open conflicts in step after a tablet marked one resolved.
    void noteResolution(const QString &conflictId, const QJsonObject &fields);

private:
    RecordStore &m_records;
    ServerClock &m_clock;
};

} // namespace Stride::Server
