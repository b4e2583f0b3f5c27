#include "storedmediasource.h"

#include "media/mediastore.h"

#include <QIODevice>
#include <QMediaPlayer>
#include <QMimeDatabase>

namespace Stride::StoredMediaSource {

namespace {
// The device's name among the player's children, so the next source or clear() finds it.
const QString kDeviceName = QStringLiteral("strideStoredMediaDevice");
constexpr const char *kShaProperty = "sha256";
} // namespace

void clear(QMediaPlayer &player)
{
    // The backend lets go of the old device before it is deleted: it may still be reading it on
    // its own thread until the source changes.
    player.stop();
    player.setSource(QUrl());
    const QList<QIODevice *> old = player.findChildren<QIODevice *>(kDeviceName, Qt::FindDirectChildrenOnly);
    qDeleteAll(old);
}

QUrl addressFor(QIODevice &device, const QString &sha256)
{
    const QString suffix = QMimeDatabase().mimeTypeForData(&device).preferredSuffix();
    return QUrl(QStringLiteral("stride-media:%1%2")
                    .arg(sha256, suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix));
}

bool set(QMediaPlayer &player, const MediaStore &media, const QString &sha256, QString *error)
{
    // The same file again (a view setting its source twice as it is made): it plays on as it is.
    if (const QIODevice *current = player.sourceDevice();
        current && current->objectName() == kDeviceName && current->property(kShaProperty) == sha256)
        return true;
    clear(player);
    QString why;
    std::unique_ptr<QIODevice> device = media.openForReading(sha256, &why);
    if (!device) {
        if (error)
            *error = why;
        return false;
    }
    device->setObjectName(kDeviceName);
    device->setProperty(kShaProperty, sha256);
    const QUrl address = addressFor(*device, sha256);
    QIODevice *owned = device.release();
    owned->setParent(&player);
    player.setSourceDevice(owned, address);
    return true;
}

} // namespace Stride::StoredMediaSource
