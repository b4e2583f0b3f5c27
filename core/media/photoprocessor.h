#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

#include <functional>

namespace Stride {

// Makes a captured photo safe to keep: location and every other piece of camera metadata
// removed, the picture turned the right way up, and a small thumbnail for lists.
class PhotoProcessor
{
public:
    static constexpr int kThumbnailEdge = 320;

    struct Result
    {
        bool ok = false;
        QByteArray bytes;     // the photo to keep
        QString mimeType;     // image/jpeg (or image/png for PNG input)
        QSize size;           // upright size in pixels
        QByteArray thumbnail; // JPEG, at most kThumbnailEdge on the long side
        QSize thumbnailSize;
        bool reencoded = false; // false when metadata could be removed without touching the pixels
        QString message;        // why not, in plain words
    };

    // `cleaned`, if given, is called with the photo to keep as soon as it is known, before the
    // thumbnail is decoded, so that the caller can write it meanwhile (called again, with other
    // bytes, in the rare case that the pixels had to be written again after all).
    static Result process(const QByteArray &original,
                          const std::function<void(const QByteArray &)> &cleaned = {});
    // The JPEG with its metadata segments (EXIF with GPS, XMP, IPTC, comments) taken out and the
    // image data left byte for byte as it was. Empty if `jpeg` is not a well-formed JPEG.
    static QByteArray stripJpegMetadata(const QByteArray &jpeg);
    static QByteArray thumbnailOf(const QImage &image, QSize *size);
};

} // namespace Stride
