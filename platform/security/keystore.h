#pragma once

#include "security/keystorepolicy.h"

namespace Stride::KeyStore {

// Makes this process keep its device keys as `policy` says: in the platform's keystore
// (KeychainKeyVault), with the key-file fallback the policy allows, or in key files only. The app
// and stride-cli call it once, before opening a store.
void install(const KeyStorePolicy &policy);

} // namespace Stride::KeyStore
