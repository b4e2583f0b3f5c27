#include "mediaimageprovider.h"

#include <QIODevice>
#include <QImageReader>
#include <QRunnable>

namespace Stride {

namespace {

// One decode on the provider's pool. It hands its picture over by a signal, so that a response
// the view has given up on (the page closed) is simply not told.
class Decode : public QObject, public QRunnable
{
    Q_OBJECT

public:
    Decode(const MediaStore &media, QString sha256, QSize requestedSize, int maxEdge)
        : m_media(media), m_sha256(std::move(sha256)), m_requestedSize(requestedSize), m_maxEdge(maxEdge)
    {}

    void run() override
    {
        QString error;
        QImage image;
        if (const std::unique_ptr<QIODevice> file = m_media.openForReading(m_sha256, &error))
            image = MediaImageProvider::decode(*file, m_requestedSize, m_maxEdge, &error);
        emit done(image, error);
    }

signals:
    void done(const QImage &image, const QString &error);

private:
    const MediaStore &m_media;
    const QString m_sha256;
    const QSize m_requestedSize;
    const int m_maxEdge;
};

class Response : public QQuickImageResponse
{
public:
    explicit Response(Decode *decode)
    {
        connect(decode, &Decode::done, this, [this](const QImage &image, const QString &error) {
            m_image = image;
            m_error = error;
            emit finished();
        });
    }
    explicit Response(QString error) : m_error(std::move(error))
    {
        QMetaObject::invokeMethod(this, &QQuickImageResponse::finished, Qt::QueuedConnection);
    }

    QQuickTextureFactory *textureFactory() const override
    {
        return QQuickTextureFactory::textureFactoryForImage(m_image);
    }
    QString errorString() const override { return m_error; }

private:
    QImage m_image;
    QString m_error;
};

} // namespace

MediaImageProvider::MediaImageProvider(const MediaStore &media) : m_media(media)
{
    // Two at a time: enough to fill a screen of cards quickly without starving the window of the
    // tablet's few cores.
    m_pool.setMaxThreadCount(2);
}

MediaImageProvider::~MediaImageProvider()
{
    m_pool.waitForDone();
}

QQuickImageResponse *MediaImageProvider::requestImageResponse(const QString &id, const QSize &requestedSize)
{
    const QStringList parts = id.split(QLatin1Char('/'));
    const bool thumbnail = parts.size() == 2 && parts.first() == QLatin1String("thumbnail");
    const QString sha256 = parts.last();
    if ((parts.size() != 1 && !thumbnail) || !MediaStore::isSha256(sha256))
        return new Response(QStringLiteral("No such picture: %1").arg(id));
    auto *decode = new Decode(m_media, sha256, requestedSize, thumbnail ? kThumbnailEdge : 0);
    auto *response = new Response(decode);
    m_pool.start(decode);
    return response;
}

QImage MediaImageProvider::decode(QIODevice &file, QSize requestedSize, int maxEdge, QString *error)
{
    QImageReader reader(&file);
    reader.setAutoTransform(true);
    const QSize stored = reader.size();
    if (stored.isValid() && !stored.isEmpty()) {
        // The scaled size is applied before the EXIF turn: worked out upright, given as stored.
        const bool turned = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
        const QSize upright = turned ? stored.transposed() : stored;
        double scale = 1.0;
        if (requestedSize.width() > 0)
            scale = qMin(scale, double(requestedSize.width()) / upright.width());
        if (requestedSize.height() > 0)
            scale = qMin(scale, double(requestedSize.height()) / upright.height());
        if (maxEdge > 0)
            scale = qMin(scale, double(maxEdge) / qMax(upright.width(), upright.height()));
        if (scale < 1.0) {
            const QSize target(qMax(1, qRound(upright.width() * scale)),
                               qMax(1, qRound(upright.height() * scale)));
            reader.setScaledSize(turned ? target.transposed() : target);
        }
    }
    QImage image = reader.read();
    if (image.isNull() && error)
        *error = reader.errorString();
    return image;
}

} // namespace Stride

#include "mediaimageprovider.moc"
