#include "capturefinisher.h"

#include <QBuffer>
#include <QFile>
#include <QImageWriter>

namespace Stride {

CaptureFinisher::CaptureFinisher(QObject *parent) : QObject(parent)
{
    connect(&m_thumbnailer, &VideoThumbnailer::finished, this, &CaptureFinisher::onThumbnail);
    connect(&m_waveform, &AudioWaveform::finished, this, &CaptureFinisher::onWaveform);
    connect(&m_probe, &MediaProbe::finished, this, &CaptureFinisher::onProbe);
}

void CaptureFinisher::setTimeoutMs(int ms)
{
    m_thumbnailer.setTimeoutMs(ms);
    m_waveform.setTimeoutMs(ms);
    m_probe.setTimeoutMs(ms);
}

void CaptureFinisher::cancel()
{
    ++m_generation;
    m_thumbnailer.cancel();
    m_waveform.cancel();
    m_probe.cancel();
    // An abandoned capture is not evidence: its file in incoming/ goes now rather than at the
    // next start's clean-up.
    if (m_media && !m_media->incomingPath.isEmpty())
        QFile::remove(m_media->incomingPath);
    m_media.reset();
}

void CaptureFinisher::finish(const CapturedMedia &media)
{
    cancel();
    m_media = media;
    if (media.incomingPath.isEmpty()) {
        // Bytes in memory are a photo; the core makes photos' thumbnails (PhotoProcessor).
        doneLater();
        return;
    }
    switch (media.kind) {
    case EvidenceKind::Video:
        m_thumbnailer.start(media.incomingPath);
        break;
    case EvidenceKind::Audio:
        m_waveform.start(media.incomingPath);
        break;
    default:
        doneLater();
        break;
    }
}

void CaptureFinisher::onThumbnail(const VideoThumbnailer::Result &result)
{
    if (!m_media)
        return;
    if (result.ok) {
        m_media->thumbnailJpeg = result.jpeg;
        m_media->thumbnailSize = result.thumbnailSize;
        // The file is the truth: a camera's format says 1280x720 even when the tablet was held
        // upright and the backend turned the picture.
        if (!result.frameSize.isEmpty())
            m_media->size = result.frameSize;
    } else {
        qWarning("CaptureFinisher: no thumbnail for %s: %s", qPrintable(m_media->incomingPath),
                 qPrintable(result.message));
    }
    // A recorder's count of its own running time is kept; a file's is read from the file.
    if (m_media->durationMs <= 0)
        m_media->durationMs = result.durationMs;
    if (m_media->durationMs <= 0 && !result.ok)
        m_probe.start(m_media->incomingPath); // a last try at the length
    else
        done();
}

void CaptureFinisher::onWaveform(const AudioWaveform::Result &result)
{
    if (!m_media)
        return;
    if (!result.ok) {
        qWarning("CaptureFinisher: no waveform for %s: %s", qPrintable(m_media->incomingPath),
                 qPrintable(result.message));
        if (m_media->durationMs <= 0)
            m_probe.start(m_media->incomingPath);
        else
            done();
        return;
    }
    if (m_media->durationMs <= 0)
        m_media->durationMs = result.durationMs;
    QBuffer buffer(&m_media->thumbnailJpeg);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(85);
    if (writer.write(AudioWaveform::render(result.peaks, kWaveformSize)))
        m_media->thumbnailSize = kWaveformSize;
    else
        m_media->thumbnailJpeg.clear();
    done();
}

void CaptureFinisher::onProbe(const MediaProbe::Result &result)
{
    if (!m_media)
        return;
    if (result.ok) {
        if (m_media->durationMs <= 0)
            m_media->durationMs = result.durationMs;
        if (m_media->size.isEmpty() && m_media->kind == EvidenceKind::Video)
            m_media->size = result.frameSize;
    }
    done();
}

void CaptureFinisher::doneLater()
{
    // Never inside finish(): a caller connecting after finish() still hears the answer.
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation] {
            if (generation == m_generation)
                done();
        },
        Qt::QueuedConnection);
}

void CaptureFinisher::done()
{
    if (!m_media)
        return;
    const CapturedMedia media = *m_media;
    m_media.reset();
    emit finished(media);
}

} // namespace Stride
