#pragma once

#include "incomingmutation.h"

#include <domain/vocabulary.h>

#include <QList>

namespace Stride::Server {

// The vocabulary-valued fields of every synced record, each held to the core's exact keys
// (core/domain/vocabulary.h). Tablets always write toKey()'s output; anything else ("Final",
// "SLT", " final") came from somewhere else, and reading it loosely would let a tablet's fromKey()
// and the store's own checks disagree about what it means.
class ValueRules
{
public:
    // A rejection (`invalid_value`) naming the field and the values it accepts.
    static std::optional<Rejection> check(const IncomingMutation &m);
    // A staff record's roles as the store reads them: exact keys only, so a role the store would
    // not have accepted on the way in grants nothing.
    static QList<StaffRole> staffRoles(const QString &keys);
};

} // namespace Stride::Server
