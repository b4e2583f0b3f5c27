#include "mediafiles.h"

#include "domain/evidenceitem.h"
#include "media/mediastore.h"

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
    return QUrl::fromLocalFile(m_store.pathOf(sha256));
}

QUrl MediaFiles::thumbnailOf(const EvidenceItem &item) const
{
    const QUrl thumb = urlOf(shaOf(item, MediaRole::Thumbnail));
    if (!thumb.isEmpty())
        return thumb;
    // A photo with no thumbnail yet (synced from an older tablet) shows itself, scaled.
    if (item.kind == EvidenceKind::Photo || item.kind == EvidenceKind::WorkSample)
        return urlOf(shaOf(item, MediaRole::Original));
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
