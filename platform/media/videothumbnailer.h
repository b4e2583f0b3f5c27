#pragma once

#include <QByteArray>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>
#include <QTimer>

class QMediaPlayer;
class QVideoFrame;

namespace Stride {

// A video's first picture as a small JPEG for its evidence card, and its running time, read
// through Qt Multimedia (QMediaPlayer into a QVideoSink), so it works with whatever the device's
// backend can decode. Asynchronous, with a time limit: a file the backend cannot open must not
// leave the capture screen waiting.
class VideoThumbnailer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMaxEdge = 320; // as photos' thumbnails (PhotoProcessor)

    struct Result
    {
        bool ok = false;
        QByteArray jpeg;
        QSize thumbnailSize;
        QSize frameSize;       // the video's picture as shown (upright where the backend turns it)
        qint64 durationMs = 0; // 0 when the backend could not tell
        QString message;       // why not, in plain words
    };

    explicit VideoThumbnailer(QObject *parent = nullptr);
    ~VideoThumbnailer() override;

    void setTimeoutMs(int ms) { m_timeout.setInterval(ms); }
    void setMaxEdge(int px) { m_maxEdge = px; }
    bool isRunning() const { return !m_player.isNull(); }
    // `finished` follows exactly once, unless cancel() comes first.
    void start(const QString &path);
    void cancel();

    // The JPEG for `image`, scaled to fit maxEdge on its long side; empty if `image` is null.
    static QByteArray thumbnailJpeg(const QImage &image, int maxEdge, QSize *size);

signals:
    void finished(const Stride::VideoThumbnailer::Result &result);

private:
    void onFrame(const QVideoFrame &frame);
    void tryFinish();
    void fail(const QString &message);
    void complete();

    QPointer<QMediaPlayer> m_player;
    QTimer m_timeout;
    QTimer m_durationGrace;
    int m_maxEdge = kDefaultMaxEdge;
    QImage m_frame;
    qint64 m_durationMs = 0;
    quint64 m_generation = 0;
};

} // namespace Stride
