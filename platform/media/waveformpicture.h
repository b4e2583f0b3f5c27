#pragma once

#include "moderation/formpdfpictures.h"

#include <QImage>
#include <QSize>
#include <QString>

class QIODevice;

namespace Stride {

// A voice note's waveform as a picture, waited for (AudioWaveform decodes it with QAudioDecoder,
// in an event loop of its own): the moderation PDFs are drawn in one go, without the app's loop.
// `sound` is read as it is, from the media store's decrypting device: no plain copy is made;
// `mimeType` is the one recorded with it. A null image when the note cannot be read in `timeoutMs`.
QImage waveformPicture(QIODevice *sound, const QString &mimeType, QSize size, int timeoutMs = 20000);

// The pictures the moderation PDFs take from this device: what the app and stride-cli hand to
// FormPdf and ModerationPack.
FormPdfPictures devicePictures();

} // namespace Stride
