#pragma once

#include <QImage>
#include <QSize>
#include <QString>
#include <functional>

class QIODevice;

namespace Stride {

// Pictures of evidence that the core cannot make itself: a voice note's waveform needs its sound
// decoded, which is Qt Multimedia's work, and the core links no Qt Multimedia (the store server
// shares it). The app and stride-cli pass platform/'s (platform/media/waveformpicture.h).
struct FormPdfPictures
{
    // The waveform of the voice note read from `sound` (open, from the media store) of the type
    // recorded with it, `size` pixels; a null image when it cannot be read.
    std::function<QImage(QIODevice *sound, const QString &mimeType, QSize size)> voiceNoteWaveform;
};

} // namespace Stride
