#pragma once

#include "incomingmutation.h"
#include "recordstore.h"

#include <optional>

namespace Stride::Server {

// `conflict` records are the store's own (ConflictWriter): what two people wrote, with their
// names and stamps. A tablet may only mark one that exists resolved. Were a tablet able to write
// one, it could forge a "value" in a senior leader's name for them to keep without a second look.
class ConflictRules
{
public:
    static std::optional<Rejection> check(const IncomingMutation &m,
                                          const std::optional<StoredRecord> &existing);
};

} // namespace Stride::Server
