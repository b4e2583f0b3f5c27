#include "photoprocessor.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

#include <algorithm>

namespace Stride {

namespace {

// Gives this file's sentences one context ("PhotoProcessor") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(PhotoProcessor)
};

} // namespace

namespace {

QByteArray encodeJpeg(const QImage &image, int quality)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(true);
    if (!writer.write(image))
        return {};
    return out;
}

bool isJpeg(const QByteArray &bytes)
{
    return bytes.size() > 4 && static_cast<uchar>(bytes[0]) == 0xFF && static_cast<uchar>(bytes[1]) == 0xD8;
}

} // namespace

QByteArray PhotoProcessor::stripJpegMetadata(const QByteArray &jpeg)
{
    if (!isJpeg(jpeg))
        return {};
    QByteArray out;
    out.reserve(jpeg.size());
    out.append(jpeg.constData(), 2); // SOI
    qsizetype pos = 2;
    while (pos + 4 <= jpeg.size()) {
        if (static_cast<uchar>(jpeg[pos]) != 0xFF)
            return {};
        const uchar marker = static_cast<uchar>(jpeg[pos + 1]);
        if (marker == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        if (marker == 0xDA) { // start of scan: the rest is image data, kept as it is
            out.append(jpeg.constData() + pos, jpeg.size() - pos);
            return out;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // markers without a length
            out.append(jpeg.constData() + pos, 2);
            pos += 2;
            continue;
        }
        const int length = (static_cast<uchar>(jpeg[pos + 2]) << 8) | static_cast<uchar>(jpeg[pos + 3]);
        if (length < 2 || pos + 2 + length > jpeg.size())
            return {};
        // APP1 (EXIF, with GPS; XMP), APP13 (IPTC/Photoshop) and comments carry who/where/when;
        // APP0 (JFIF), APP2 (colour profile) and APP14 (Adobe colour transform) are needed to show
        // the picture correctly, so they stay.
        const bool metadata = marker == 0xE1 || marker == 0xED || marker == 0xFE ||
                              (marker >= 0xE3 && marker <= 0xEC) || marker == 0xEF;
        if (!metadata)
            out.append(jpeg.constData() + pos, 2 + length);
        pos += 2 + length;
    }
    return {};
}

QByteArray PhotoProcessor::thumbnailOf(const QImage &image, QSize *size)
{
    const QImage small =
        image.scaled(kThumbnailEdge, kThumbnailEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (size)
        *size = small.size();
    return encodeJpeg(small.convertToFormat(QImage::Format_RGB888), 80);
}

PhotoProcessor::Result PhotoProcessor::process(const QByteArray &original,
                                               const std::function<void(const QByteArray &)> &cleaned)
{
    Result r;
    QBuffer buffer;
    buffer.setData(original);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format();
    if (format.isEmpty() || !reader.canRead()) {
        r.message = Words::tr("This file is not a photo Stride can read. Try taking the photo again.");
        return r;
    }
    const bool upright = reader.transformation() == QImageIOHandler::TransformationNone;
    if (format == "jpeg" && upright) {
        // The common case: nothing to turn, so keep every pixel exactly as the camera wrote it and
        // decode only a reduced image for the thumbnail (the JPEG decoder scales by 1/2..1/8 as it
        // decodes, several times faster than decoding 12 megapixels and shrinking them).
        r.bytes = stripJpegMetadata(original);
        if (!r.bytes.isEmpty()) {
            if (cleaned)
                cleaned(r.bytes);
            r.mimeType = QStringLiteral("image/jpeg");
            r.size = reader.size();
            // As small as the decoder goes (1/8) while the long side stays at least the
            // thumbnail's, so the thumbnail is only ever shrunk: a 4032 x 3024 photo decodes at
            // 504 x 378, an eighth of the work of decoding it at a quarter.
            QSize reduced = r.size;
            for (int halvings = 0;
                 halvings < 3 && std::max(reduced.width(), reduced.height()) >= 2 * kThumbnailEdge;
                 ++halvings)
                reduced /= 2;
            reader.setScaledSize(reduced);
            const QImage small = reader.read();
            if (!small.isNull()) {
                r.thumbnail = thumbnailOf(small, &r.thumbnailSize);
                r.ok = !r.thumbnail.isEmpty();
                return r;
            }
            r.bytes.clear();
        }
        buffer.seek(0);
        reader.setDevice(&buffer);
        reader.setAutoTransform(true);
    }
    // A rotated, damaged-header or non-JPEG photo: the pixels are written again, upright, and the
    // new file carries no metadata at all.
    QImage image = reader.read();
    if (image.isNull()) {
        r.message =
            Words::tr("The photo could not be read (%1). Try taking it again.").arg(reader.errorString());
        return r;
    }
    r.size = image.size();
    r.reencoded = true;
    r.bytes = encodeJpeg(image.convertToFormat(QImage::Format_RGB888), 92);
    r.mimeType = QStringLiteral("image/jpeg");
    if (r.bytes.isEmpty()) {
        r.message = Words::tr("The photo could not be saved as JPEG.");
        return r;
    }
    if (cleaned)
        cleaned(r.bytes);
    r.thumbnail = thumbnailOf(image, &r.thumbnailSize);
    r.ok = !r.thumbnail.isEmpty();
    if (!r.ok)
        r.message = Words::tr("A thumbnail could not be made for this photo.");
    return r;
}

} // namespace Stride
