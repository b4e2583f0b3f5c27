#pragma once

#include "../store/writeresult.h"

#include <QString>
#include <optional>

namespace Stride {

class Store;

// The school's choice of how many days a tablet may go without reaching its store before it
// locks itself (School::offlineLockDays, read by OfflineLock), as senior leaders and the office
// change it on a tablet. The tablet only helps: it offers the change to them alone and refuses it
// for anyone else; the school's store refuses it from anyone else whatever a tablet sends
// (server/permissions.cpp) and checks the range again (server/offlinelockrules.*).
class OfflineLockSetting
{
public:
    // Whether this member of staff may change it: a senior leader or the office.
    static bool mayChange(const Store &store, const QString &staffId);

    // The days as typed ("21", " 30 "): a whole number from 1 to 365, or nullopt with the reason in
    // `problem`, in words the person can act on.
    static std::optional<int> parse(const QString &typed, QString *problem = nullptr);

    // Saves the days as typed for the school, in the name of the person acting on the store
    // (Store::setActingStaffId): an ordinary change of the school row, proved by their credential
    // and sent at the next sync. Refused, with nothing written, for anyone else, or for a value
    // out of range.
    static WriteResult change(Store &store, const QString &schoolId, const QString &typed);
};

} // namespace Stride
