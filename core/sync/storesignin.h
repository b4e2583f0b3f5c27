#pragma once

#include "../people/signin.h"

#include <functional>

namespace Stride {

class Store;
class SyncApi;

// A person's first sign-in on this tablet, checked by the school's store (docs/sync.md,
// "Sign-in"): the PIN goes to the store over the tablet's own connection (its device token, TLS
// where the store has it); the store counts wrong PINs per person and per tablet, and for the right
// one gives this person a credential for this tablet, which is kept sealed with the PIN
// (SignIn::keepCredential). From then on they sign in here offline.
namespace StoreSignIn {

// `api` must already point at the enrolled store (SyncClient::useEnrolment). `done` gets SignedIn
// with the credential, or why not in the store's words (or the tablet's, if it was not reached).
void signIn(Store &store, SyncApi &api, const QString &staffId, const QString &pin,
            std::function<void(const SignIn::Result &)> done);

} // namespace StoreSignIn

} // namespace Stride
