#pragma once

#include "disposal.h"
#include "incomingmutation.h"
#include "serverclock.h"

#include <QList>
#include <QStringList>

namespace Stride::Server {

// Whose push this is. Tablets push as themselves; the admin commands (create-school, add-staff,
// import, load-demo) push as the school's admin pseudo-device, `trusted` because the person at the
// server's console is the school's administrator and has no staff record to check.
struct PushContext
{
    QString schoolId;
    QString deviceId;
    bool trusted = false;
    // Imports are all or nothing: one rejected mutation and the whole batch is rolled back.
    bool allOrNothing = false;
};

struct PushOutcome
{
    QStringList applied;
    QStringList duplicates;
    QList<Rejection> rejected;
    bool committed = false;
    int changesWritten = 0;
    QString serverHlc;
};

// The one path by which anything is written to the store's records: pushes from tablets and every
// admin command alike (docs/sync.md, "Push"). The whole batch is one transaction, taken under the
// school's lock; per mutation it checks idempotency, clock skew, the school, the author's roles and
// the append-only rules, then merges field by field by HLC, writes conflict records, and appends
// to the school's change feed with the next sequence numbers. Nothing is acknowledged before the
// commit returns.
class PushApplier
{
public:
    explicit PushApplier(ServerClock &clock) : m_clock(clock) {}

    // Throws StoreError if the database fails; then nothing of the batch is stored. `garbage`: what
    // else the caller no longer needs (the body the batch was read from), freed with the batch.
    PushOutcome apply(const PushContext &context, QList<ParsedMutation> batch, Disposal garbage = {});

private:
    ServerClock &m_clock;
};

} // namespace Stride::Server
