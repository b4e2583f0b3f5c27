#include "mediafiles.h"

#include "domain/evidenceitem.h"
#include "media/mediastore.h"
#include "media/storedmediasource.h"

#include <QMediaPlayer>

namespace Stride {

namespace {
QString shaOf(const EvidenceItem &item, MediaRole role)
{
    for (const MediaReference &m : item.media)
        if (m.role == role)
            return m.sha256;
    return {};
}
} // namespace

MediaFiles::MediaFiles(MediaStore &store, QObject *parent) : QObject(parent), m_store(store) {}

QUrl MediaFiles::urlOf(const QString &sha256) const
{
    if (!MediaStore::isSha256(sha256) || !m_store.contains(sha256))
        return {};
    return QUrl(QStringLiteral("image://media/") + sha256);
}

QString MediaFiles::shaOfAddress(const QUrl &address)
{
    if (address.scheme() != QLatin1String("image") || address.host() != QLatin1String("media"))
        return {};
    const QString sha256 = address.path().section(QLatin1Char('/'), -1);
    return MediaStore::isSha256(sha256) ? sha256 : QString();
}

QUrl MediaFiles::thumbnailOf(const EvidenceItem &item) const
{
    const QUrl thumb = urlOf(shaOf(item, MediaRole::Thumbnail));
    if (!thumb.isEmpty())
        return thumb;
    // A photo with no thumbnail yet (synced from an older tablet) shows itself, decoded at
    // thumbnail size rather than whole.
    if (item.kind == EvidenceKind::Photo || item.kind == EvidenceKind::WorkSample) {
        const QString original = shaOf(item, MediaRole::Original);
        if (!urlOf(original).isEmpty())
            return QUrl(QStringLiteral("image://media/thumbnail/") + original);
    }
    return {};
}

QString MediaFiles::setPlayerSource(QObject *player, const QUrl &address) const
{
    auto *mediaPlayer = qobject_cast<QMediaPlayer *>(player);
    if (!mediaPlayer)
        return tr("This cannot be played here.");
    if (address.isEmpty()) {
        StoredMediaSource::clear(*mediaPlayer);
        return {};
    }
    const QString sha256 = shaOfAddress(address);
    QString error;
    if (sha256.isEmpty() || !StoredMediaSource::set(*mediaPlayer, m_store, sha256, &error))
        return tr("This tablet cannot play this file (%1).")
            .arg(error.isEmpty() ? tr("it is not in this tablet's media") : error);
    return {};
}

QString MediaFiles::originalShaOf(const EvidenceItem &item)
{
    return shaOf(item, MediaRole::Original);
}

QUrl MediaFiles::originalOf(const EvidenceItem &item) const
{
    return urlOf(shaOf(item, MediaRole::Original));
}

} // namespace Stride
