#include "keystore.h"

#include "keychainkeyvault.h"

#include <memory>

namespace Stride::KeyStore {

void install(const KeyStorePolicy &policy)
{
    if (policy.useKeystore)
        DeviceKey::useKeystore(std::make_shared<KeychainKeyVault>(), policy.fileFallback);
    else
        DeviceKey::useKeyFilesOnly();
}

} // namespace Stride::KeyStore
