#include "captureimageprovider.h"

#include "capturecontroller.h"

namespace Stride {

CaptureImageProvider::CaptureImageProvider(CaptureController *controller)
    : QQuickImageProvider(QQuickImageProvider::Image), m_controller(controller)
{}

QImage CaptureImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    Q_UNUSED(id)
    QImage image = m_controller ? m_controller->previewImage(requestedSize) : QImage();
    if (size)
        *size = image.size();
    return image;
}

} // namespace Stride
