#include "devicesecret.h"

#include "../store/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace Stride {

namespace {

// Gives this file's sentences one context ("DeviceSecret") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(DeviceSecret)
};

} // namespace

std::optional<QByteArray> DeviceSecret::of(const Store &store, QString *error)
{
    const DeviceKeys &keys = store.deviceKeys();
    if (!store.isOpen() || !keys.isValid()) {
        if (error)
            *error = Words::tr("This tablet's key is not available, so nobody can sign in on it. Please "
                               "ask your school's IT support for help.");
        return std::nullopt;
    }
    return keys.credential;
}

QString DeviceSecret::idOf(const QByteArray &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret, QCryptographicHash::Sha256).left(8).toHex());
}

} // namespace Stride
