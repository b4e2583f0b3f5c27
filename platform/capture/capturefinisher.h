#pragma once

#include "capture/evidencecapture.h"
#include "media/audiowaveform.h"
#include "media/mediaprobe.h"
#include "media/videothumbnailer.h"

#include <QObject>
#include <optional>

namespace Stride {

// The last step every source shares, camera or file alike, once the bytes have arrived: a
// video gets its first-frame thumbnail, picture size and running time; a voice note its running
// time and a small waveform picture as its thumbnail. A file Qt Multimedia cannot read here is
// still handed on (it is still evidence, and may play elsewhere), only without the extras.
class CaptureFinisher : public QObject
{
    Q_OBJECT

public:
    static constexpr QSize kWaveformSize{320, 80};

    explicit CaptureFinisher(QObject *parent = nullptr);

    // One capture at a time; `finished` follows exactly once, unless cancel() comes first.
    void finish(const CapturedMedia &media);
    // Abandons the capture under way and deletes its file in incoming/.
    void cancel();
    bool isRunning() const { return m_media.has_value(); }
    void setTimeoutMs(int ms);

signals:
    void finished(const Stride::CapturedMedia &media);

private:
    void onThumbnail(const VideoThumbnailer::Result &result);
    void onWaveform(const AudioWaveform::Result &result);
    void onProbe(const MediaProbe::Result &result);
    void doneLater();
    void done();

    std::optional<CapturedMedia> m_media;
    VideoThumbnailer m_thumbnailer;
    AudioWaveform m_waveform;
    MediaProbe m_probe;
    quint64 m_generation = 0;
};

} // namespace Stride
