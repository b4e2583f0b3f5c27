#pragma once

#include "devicekey.h"

#include <QByteArray>
#include <QString>

namespace Stride {

// Where a process keeps its device keys, decided once at start-up from how it was built and how
// it was started. The platform's keystore is the rule. The key file beside the database is a
// fallback, clearly named: a development build uses it when the keystore cannot be reached; a
// release build (CMake option STRIDE_RELEASE_BUILD) refuses it unless told otherwise
// (--allow-file-key or STRIDE_ALLOW_FILE_KEY=1), because a copy of the app's folder then carries
// the key. Tests ask for key files only (STRIDE_KEY_STORE=file or --key-store file) so that they
// never write into a developer's own keychain.
struct KeyStorePolicy
{
    bool useKeystore = true; // false: key files only
    DeviceKey::FileFallback fileFallback = DeviceKey::FileFallback::Allowed;
    QString note; // for the log: why key files are in use, or a request for them was refused

    // Whether this build is a release build (STRIDE_RELEASE_BUILD).
    static bool releaseBuild();
    static KeyStorePolicy decide(bool releaseBuild, bool allowFileKeyOption,
                                 const QByteArray &allowFileKeyEnv, const QString &keyStoreOption,
                                 const QByteArray &keyStoreEnv);
    // The same, from this process's environment (STRIDE_ALLOW_FILE_KEY, STRIDE_KEY_STORE).
    static KeyStorePolicy fromEnvironment(bool allowFileKeyOption, const QString &keyStoreOption);
};

} // namespace Stride
