#pragma once

#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>
#include <QTimer>

class QMediaPlayer;

namespace Stride {

// How long a video or sound file runs and how big its picture is, read through Qt Multimedia
// without playing it, so an imported file shows its running time like a recorded one.
class MediaProbe : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        qint64 durationMs = 0; // 0 when the backend could not tell
        bool hasVideo = false;
        bool hasAudio = false;
        QSize frameSize; // empty when unknown or sound only
        QString message; // why not, in plain words
    };

    explicit MediaProbe(QObject *parent = nullptr);
    ~MediaProbe() override;

    void setTimeoutMs(int ms) { m_timeout.setInterval(ms); }
    bool isRunning() const { return !m_player.isNull(); }
    // Starts reading `path`; `finished` follows exactly once (unless cancelled).
    void start(const QString &path);
    void cancel();

signals:
    void finished(const Stride::MediaProbe::Result &result);

private:
    void complete(Result result);

    QPointer<QMediaPlayer> m_player;
    QTimer m_timeout;
    quint64 m_generation = 0; // a reply queued for an earlier start() or a cancelled one is dropped
};

} // namespace Stride
