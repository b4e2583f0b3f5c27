#include "devicesecret.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>

namespace Stride {

namespace {

// Gives this file's sentences one context ("DeviceSecret") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(DeviceSecret)
};

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

} // namespace

QString DeviceSecret::fileFor(const QString &databasePath)
{
    return databasePath + QStringLiteral("-device.key");
}

std::optional<QByteArray> DeviceSecret::forDatabase(const QString &databasePath, QString *error)
{
    const QString path = fileFor(databasePath);
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            if (error)
                *error =
                    Words::tr("This tablet's key file could not be read (%1).").arg(existing.errorString());
            return std::nullopt;
        }
        const QByteArray secret = existing.read(kBytes + 1);
        if (secret.size() != kBytes) {
            if (error)
                *error = Words::tr("This tablet's key file is damaged.");
            return std::nullopt;
        }
        return secret;
    }
    QByteArray secret(kBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), kBytes / 4);
    // Readable by this account only from its first byte, and in place whole or not at all: written
    // beside it, then renamed.
    const QString partial = path + QStringLiteral(".new");
    QFile::remove(partial);
    QFile file(partial);
    const bool written = file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly) &&
                         file.write(secret) == kBytes && file.flush();
    file.close();
    if (!written || !QFile::rename(partial, path)) {
        if (error)
            *error = Words::tr("This tablet's key file could not be written (%1).").arg(file.errorString());
        QFile::remove(partial);
        return std::nullopt;
    }
    return secret;
}

QString DeviceSecret::idOf(const QByteArray &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret, QCryptographicHash::Sha256).left(8).toHex());
}

} // namespace Stride
