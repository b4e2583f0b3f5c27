#pragma once

#include "people/signin.h"

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
    // A first sign-in in the demo when it runs with no school's store (`--demo` on a tablet never
    // enrolled): the demo's own PINs stand in for the store's check, and a new credential is kept
    // as the store would give one. Changes made there go nowhere, so nothing needs proving.
    static SignIn::Result firstSignIn(Store &store, const QString &staffId, const QString &pin);
};

} // namespace Stride
