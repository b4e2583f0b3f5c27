#pragma once

#include "media/mediastore.h"

#include <QQuickAsyncImageProvider>
#include <QThreadPool>

class QIODevice;

namespace Stride {

// "image://media/<sha256>": a photo, a thumbnail or a voice note's waveform picture from the
// media store, decoded from its decrypting device, so no plain copy of a child's photo is written
// to show it. "image://media/thumbnail/<sha256>" is the same file at thumbnail size (a photo shown
// on a card before its own thumbnail has arrived). A view's sourceSize is honoured while decoding,
// and a big photo is decoded on a thread of the provider's own, never the window's.
class MediaImageProvider : public QQuickAsyncImageProvider
{
public:
    static constexpr int kThumbnailEdge = 320; // as PhotoProcessor makes thumbnails

    // `media` must outlive the engine that owns this provider (TabletApp outlives its engines).
    explicit MediaImageProvider(const MediaStore &media);
    // Waits for the decodes still running: they read the media store.
    ~MediaImageProvider() override;

    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override;

    // The picture in `file`, upright (EXIF), scaled down (never up) to fit `requestedSize` (a zero
    // width or height keeps the aspect ratio, both zero leave it whole) and then to `maxEdge` (0
    // for none). A null image, with `error`, when it cannot be decoded.
    static QImage decode(QIODevice &file, QSize requestedSize, int maxEdge, QString *error);

private:
    const MediaStore &m_media;
    QThreadPool m_pool;
};

} // namespace Stride
