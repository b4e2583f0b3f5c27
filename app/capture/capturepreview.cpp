#include "capturepreview.h"

#include "wording.h"

#include <QBuffer>
#include <QImageReader>

namespace Stride {

QString CapturePreview::url(bool hasMedia) const
{
    if (!hasMedia)
        return {};
    return QStringLiteral("image://capture/%1").arg(m_serial);
}

QImage CapturePreview::decode(const CapturedMedia &media, const QSize &requested)
{
    QByteArray bytes;
    if (media.kind == EvidenceKind::Photo || media.kind == EvidenceKind::WorkSample)
        bytes = media.bytes;
    if (bytes.isEmpty())
        bytes = media.thumbnailJpeg;
    if (bytes.isEmpty())
        return {};
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // as it will be saved: upright
    if (requested.isValid() && !requested.isEmpty()) {
        QSize size = reader.size();
        if (reader.transformation() & QImageIOHandler::TransformationRotate90)
            size.transpose();
        if (size.isValid() && (size.width() > requested.width() || size.height() > requested.height())) {
            const QSize scaled = size.scaled(requested, Qt::KeepAspectRatio);
            if (reader.transformation() & QImageIOHandler::TransformationRotate90)
                reader.setScaledSize(scaled.transposed());
            else
                reader.setScaledSize(scaled);
        }
    }
    return reader.read();
}

QString CapturePreview::describe(const CapturedMedia &media)
{
    QString text = toLabel(media.kind);
    if (media.kind == EvidenceKind::Video || media.kind == EvidenceKind::Audio) {
        if (media.durationMs > 0)
            text += QStringLiteral(", %1").arg(Wording::runningTime(media.durationMs));
    } else if (media.size.isValid() && !media.size.isEmpty()) {
        text += QStringLiteral(", %1 × %2").arg(media.size.width()).arg(media.size.height());
    }
    return text;
}

} // namespace Stride
