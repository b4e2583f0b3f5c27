#pragma once

#include "hybridlogicalclock.h"

#include <QJsonValue>
#include <QString>
#include <QVariant>

namespace Stride {

// The per-field merge rule (docs/sync.md, "Per-field merge" and "Conflicts"), the one both the
// tablets and the school's store follow, so that every copy of a record settles on the same values
// whatever order the changes arrive in.
namespace FieldMerge {

// Whether a write stamped `incoming` replaces the value held with the clock `held`. Clocks compare
// as timestamps (wall time, then counter, then node), never as text. A held clock that is empty or
// cannot be read (a value from before field clocks) is older than any write; the same clock again
// (the same write seen twice) does not replace anything.
bool incomingWins(const HlcTimestamp &incoming, const QString &held);

// Two field values are the same if they are equal as JSON; a missing value counts as null.
bool sameValue(const QJsonValue &a, const QJsonValue &b);
// The same for a value read from a database column: nulls are equal only to nulls, blobs compare
// as bytes, anything else as its text. The tablet's store uses it for what it writes and what it
// applies from others, so both decide "unchanged" the same way.
bool sameValue(const QVariant &a, const QVariant &b);

// A true conflict: two people changed the same field to different things without seeing each
// other's change. That is when the value held differs from the incoming one, and the author of
// the incoming one did not see the held one (`seenByAuthor`, the mutation's `previous` value). A
// field with no value held yet is never in conflict. The clock rule above still decides which value
// the field keeps; a conflict is kept so a person can choose.
bool isTrueConflict(const QJsonValue &held, const QJsonValue &incoming, const QJsonValue &seenByAuthor);

} // namespace FieldMerge

} // namespace Stride
