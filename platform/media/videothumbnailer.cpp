#include "videothumbnailer.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageWriter>
#include <QMediaPlayer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

namespace Stride {

VideoThumbnailer::VideoThumbnailer(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(10000);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { fail(tr("The video took too long to open, so it has no preview picture.")); });
    // GStreamer (Qt 6.4) shows the first picture before it knows the length; give it a moment.
    // Past that the thumbnail is worth more than waiting: the FFmpeg backend of 6.4 never tells
    // the length of a WebM file at all.
    m_durationGrace.setSingleShot(true);
    m_durationGrace.setInterval(1500);
    connect(&m_durationGrace, &QTimer::timeout, this, [this] {
        if (!m_frame.isNull())
            complete();
    });
}

VideoThumbnailer::~VideoThumbnailer()
{
    cancel();
}

void VideoThumbnailer::cancel()
{
    ++m_generation;
    m_timeout.stop();
    m_durationGrace.stop();
    if (m_player) {
        m_player->disconnect(this);
        if (QVideoSink *sink = m_player->videoSink())
            sink->disconnect(this);
        m_player->stop();
        m_player->deleteLater();
        m_player = nullptr;
    }
}

void VideoThumbnailer::start(const QString &path)
{
    cancel();
    m_frame = QImage();
    m_durationMs = 0;
    if (!QFileInfo(path).isReadable()) {
        QMetaObject::invokeMethod(
            this,
            [this, generation = m_generation] {
                if (generation == m_generation)
                    fail(tr("The video could not be read, so it has no preview picture."));
            },
            Qt::QueuedConnection);
        return;
    }
    auto *player = new QMediaPlayer(this);
    auto *sink = new QVideoSink(player);
    m_player = player;
    // No audio output on purpose: nothing is heard, and with the FFmpeg backend (Qt 6.4) a
    // player whose audio device cannot open never delivers a picture.
    player->setVideoSink(sink);

    // Backends may send frames from their own thread, so these arrive queued; a late one for a
    // player already finished with is recognised by `player != m_player` and dropped.
    connect(sink, &QVideoSink::videoFrameChanged, this, [this, player](const QVideoFrame &frame) {
        if (player == m_player)
            onFrame(frame);
    });
    connect(player, &QMediaPlayer::durationChanged, this, [this, player](qint64 ms) {
        if (player != m_player)
            return;
        m_durationMs = qMax<qint64>(0, ms);
        tryFinish();
    });
    connect(
        player, &QMediaPlayer::mediaStatusChanged, this, [this, player](QMediaPlayer::MediaStatus status) {
            if (player != m_player)
                return;
            if (status == QMediaPlayer::InvalidMedia)
                fail(tr("This video could not be opened on this device; its format may not be supported."));
            else if (status == QMediaPlayer::EndOfMedia && m_frame.isNull())
                fail(tr("This video has no picture to show."));
            else if (status == QMediaPlayer::LoadedMedia && !player->hasVideo())
                fail(tr("This file has sound but no picture."));
        });
    connect(player, &QMediaPlayer::errorOccurred, this,
            [this, player](QMediaPlayer::Error error, const QString &detail) {
                if (player != m_player || error == QMediaPlayer::NoError)
                    return;
                qWarning("VideoThumbnailer: %s", qPrintable(detail));
                fail(error == QMediaPlayer::FormatError
                         ? tr("This video's format is not supported on this device, so it has no "
                              "preview picture.")
                         : tr("This video could not be opened, so it has no preview picture."));
            });
    m_timeout.start();
    player->setSource(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
    // Playing (silently) is what makes a backend decode a picture; it stops at the first one.
    player->play();
}

void VideoThumbnailer::onFrame(const QVideoFrame &frame)
{
    if (!m_frame.isNull() || !frame.isValid())
        return;
    QImage image = frame.toImage();
    if (image.isNull())
        return;
    m_frame = image;
    if (m_player)
        m_player->pause();
    tryFinish();
}

void VideoThumbnailer::tryFinish()
{
    if (m_frame.isNull())
        return;
    if (m_durationMs > 0)
        complete();
    else if (!m_durationGrace.isActive())
        m_durationGrace.start();
}

void VideoThumbnailer::fail(const QString &message)
{
    Result r;
    r.message = message;
    r.durationMs = m_durationMs;
    cancel();
    emit finished(r);
}

void VideoThumbnailer::complete()
{
    Result r;
    r.frameSize = m_frame.size();
    r.durationMs = m_durationMs;
    r.jpeg = thumbnailJpeg(m_frame, m_maxEdge, &r.thumbnailSize);
    r.ok = !r.jpeg.isEmpty();
    if (!r.ok)
        r.message = tr("The preview picture could not be made.");
    cancel();
    m_frame = QImage();
    emit finished(r);
}

QByteArray VideoThumbnailer::thumbnailJpeg(const QImage &image, int maxEdge, QSize *size)
{
    if (image.isNull())
        return {};
    QImage scaled = image;
    if (image.width() > maxEdge || image.height() > maxEdge)
        scaled = image.scaled(maxEdge, maxEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // JPEG has no alpha; flattening first keeps transparent video frames from turning black
    // in odd places depending on the writer.
    scaled = scaled.convertToFormat(QImage::Format_RGB888);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(80);
    if (!writer.write(scaled))
        return {};
    if (size)
        *size = scaled.size();
    return bytes;
}

} // namespace Stride
