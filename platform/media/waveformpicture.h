#pragma once

#include "moderation/formpdfpictures.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace Stride {

// A voice note's waveform as a picture, waited for (AudioWaveform decodes it with QAudioDecoder,
// in an event loop of its own): the moderation PDFs are drawn in one go, without the app's loop.
// A null image when the note cannot be read in `timeoutMs`.
QImage waveformPicture(const QString &path, QSize size, int timeoutMs = 20000);

// The pictures the moderation PDFs take from this device: what the app and stride-cli hand to
// FormPdf and ModerationPack.
FormPdfPictures devicePictures();

} // namespace Stride
