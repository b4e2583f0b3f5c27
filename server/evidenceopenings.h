#pragma once

#include "incomingmutation.h"
#include "recordstore.h"

#include <optional>

namespace Stride::Server {

// A tablet's record that a person opened an evidence item (core EvidenceOpening, entity
// "evidence_view"). It is accepted only into the audit log: never into the records or the change
// feed, so no other tablet receives it (docs/security.md, "Audit").
namespace EvidenceOpenings {

bool isOpening(const IncomingMutation &m);
// The shape of one, checked when a push is read (the fields it may carry, as plain text).
std::optional<Rejection> checkShape(const IncomingMutation &m);
// Once its author is known to be active staff of the school (Permissions::authorOf): the person it
// names is the author, the item is of the device's school, and it is new (never changed or deleted).
std::optional<Rejection> check(const IncomingMutation &m, RecordStore &records, const QString &schoolId);
// From the admin commands: nobody opened anything at the store's console.
Rejection notFromConsole(const IncomingMutation &m);

} // namespace EvidenceOpenings

} // namespace Stride::Server
