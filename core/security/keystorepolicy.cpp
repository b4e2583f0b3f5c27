#include "keystorepolicy.h"

#include <QCoreApplication>

namespace Stride {

namespace {

// Gives this file's sentences one context ("KeyStorePolicy") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(KeyStorePolicy)
};

} // namespace

bool KeyStorePolicy::releaseBuild()
{
#ifdef STRIDE_RELEASE_BUILD
    return true;
#else
    return false;
#endif
}

KeyStorePolicy KeyStorePolicy::decide(bool releaseBuild, bool allowFileKeyOption,
                                      const QByteArray &allowFileKeyEnv, const QString &keyStoreOption,
                                      const QByteArray &keyStoreEnv)
{
    KeyStorePolicy policy;
    const bool fileAllowed = !releaseBuild || allowFileKeyOption || allowFileKeyEnv.trimmed() == "1";
    const bool filesAsked = keyStoreOption.compare(QLatin1String("file"), Qt::CaseInsensitive) == 0 ||
                            keyStoreEnv.trimmed().compare("file", Qt::CaseInsensitive) == 0;
    policy.fileFallback = fileAllowed ? DeviceKey::FileFallback::Allowed : DeviceKey::FileFallback::Refused;
    if (filesAsked && fileAllowed) {
        policy.useKeystore = false;
        policy.note = Words::tr("Device keys are kept in key files beside the records, as asked "
                                "(STRIDE_KEY_STORE=file or --key-store file), not in the keystore.");
    } else if (filesAsked) {
        policy.note =
            Words::tr("Key files were asked for, but this release build keeps device keys in the "
                      "keystore only. Start it with --allow-file-key (or STRIDE_ALLOW_FILE_KEY=1) to "
                      "allow key files.");
    }
    return policy;
}

KeyStorePolicy KeyStorePolicy::fromEnvironment(bool allowFileKeyOption, const QString &keyStoreOption)
{
    return decide(releaseBuild(), allowFileKeyOption, qgetenv("STRIDE_ALLOW_FILE_KEY"), keyStoreOption,
                  qgetenv("STRIDE_KEY_STORE"));
}

} // namespace Stride
