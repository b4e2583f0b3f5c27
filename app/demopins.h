#pragma once

#include <QString>

namespace Stride {

class Store;

// The demo school's PINs (they are in its bundled JSON, and only there): the self-test and the
// start-up benchmark sign in through the core with them, as a person would with the PIN pad.
class DemoPins
{
public:
    // The PIN of the member of staff `staffId`, if they are one of the demo school's; else "".
    static QString of(const Store &store, const QString &staffId);
};

} // namespace Stride
