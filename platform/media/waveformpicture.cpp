#include "waveformpicture.h"

#include "audiowaveform.h"

#include <QEventLoop>

namespace Stride {

QImage waveformPicture(QIODevice *sound, const QString &mimeType, QSize size, int timeoutMs)
{
    AudioWaveform waveform;
    waveform.setTimeoutMs(timeoutMs);
    waveform.setBucketCount(96);
    AudioWaveform::Result result;
    QEventLoop loop;
    QObject::connect(&waveform, &AudioWaveform::finished, &loop, [&](const AudioWaveform::Result &r) {
        result = r;
        loop.quit();
    });
    waveform.start(sound, mimeType);
    loop.exec();
    if (!result.ok)
        return {};
    return AudioWaveform::render(result.peaks, size);
}

FormPdfPictures devicePictures()
{
    FormPdfPictures pictures;
    pictures.voiceNoteWaveform = [](QIODevice *sound, const QString &mimeType, QSize size) {
        return waveformPicture(sound, mimeType, size);
    };
    return pictures;
}

} // namespace Stride
