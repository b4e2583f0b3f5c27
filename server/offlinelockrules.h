#pragma once

#include "incomingmutation.h"

#include <optional>

namespace Stride::Server {

// The days a tablet may go without reaching the store before it locks itself
// (school.offline_lock_days) are a whole number from 1 to 365 (School::kMostOfflineLockDays). The
// tablet refuses anything else before saving; the store refuses it too, so no push can make
// every tablet of a school lock at once, or never.
class OfflineLockRules
{
public:
    static std::optional<Rejection> check(const IncomingMutation &m);
};

} // namespace Stride::Server
