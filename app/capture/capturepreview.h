#pragma once

#include "capture/evidencecapture.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace Stride {

// The picture the tagging sheet shows for a capture (the photo, a video's first frame, a voice
// note's waveform) and the line that describes it. QML's Image caches by address, so each new
// picture gets a new address (image://capture/<n>) through changed().
class CapturePreview
{
public:
    // The address CaptureImageProvider answers for the current picture; empty without one.
    QString url(bool hasMedia) const;
    // The picture changed (taken, dropped, another draft): the next url() is a new address.
    void changed() { ++m_serial; }

    // Decoded upright, as it will be saved, and no larger than `requested` (if valid).
    static QImage decode(const CapturedMedia &media, const QSize &requested);
    // "Photo, 4032 × 3024", "Video, 0:42".
    static QString describe(const CapturedMedia &media);

private:
    int m_serial = 0;
};

} // namespace Stride
