#pragma once

#include <QPointer>
#include <QQuickImageProvider>

namespace Stride {

class CaptureController;

// "image://capture/<n>": the photo (or a video's first frame, or a voice note's waveform) of the
// capture being tagged. It is still only in memory or in incoming/, not in the media store, so
// there is no file:// address for it yet; <n> changes with every new capture so that the view
// never shows a cached older one.
class CaptureImageProvider : public QQuickImageProvider
{
public:
    explicit CaptureImageProvider(CaptureController *controller);
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    QPointer<CaptureController> m_controller;
};

} // namespace Stride
