#include "mediaprobe.h"

#include <QAudioOutput>
#include <QFileInfo>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QUrl>
#include <QVideoSink>

namespace Stride {

MediaProbe::MediaProbe(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(10000);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        complete(
            {false, 0, false, false, {}, tr("The file took too long to open, so its length is not known.")});
    });
}

MediaProbe::~MediaProbe()
{
    cancel();
}

void MediaProbe::cancel()
{
    ++m_generation;
    m_timeout.stop();
    if (m_player) {
        m_player->disconnect(this);
        m_player->stop();
        m_player->deleteLater();
        m_player = nullptr;
    }
}

void MediaProbe::start(const QString &path)
{
    cancel();
    if (!QFileInfo(path).isReadable()) {
        // Queued so that `finished` never arrives inside start(), as it would not for a real probe.
        QMetaObject::invokeMethod(
            this,
            [this, generation = m_generation] {
                if (generation == m_generation)
                    complete({false, 0, false, false, {}, tr("The file could not be read.")});
            },
            Qt::QueuedConnection);
        return;
    }
    auto *player = new QMediaPlayer(this);
    m_player = player;
    // Both outputs are attached but nothing plays: with GStreamer (Qt 6.4) a file whose stream
    // has nowhere to go fails with "Internal data stream error" instead of loading, and the
    // muted output never makes a sound even on a tablet with speakers.
    auto *audio = new QAudioOutput(player);
    audio->setMuted(true);
    player->setAudioOutput(audio);
    player->setVideoSink(new QVideoSink(player));

    connect(
        player, &QMediaPlayer::mediaStatusChanged, this, [this, player](QMediaPlayer::MediaStatus status) {
            if (player != m_player)
                return;
            if (status == QMediaPlayer::InvalidMedia) {
                complete(
                    {false,
                     0,
                     false,
                     false,
                     {},
                     tr("This file could not be opened on this device; its format may not be supported.")});
            } else if (status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia) {
                Result r;
                r.ok = true;
                r.durationMs = qMax<qint64>(0, player->duration());
                r.hasVideo = player->hasVideo();
                r.hasAudio = player->hasAudio();
                r.frameSize = player->metaData().value(QMediaMetaData::Resolution).toSize();
                complete(r);
            }
        });
    connect(player, &QMediaPlayer::errorOccurred, this,
            [this, player](QMediaPlayer::Error error, const QString &detail) {
                if (player != m_player || error == QMediaPlayer::NoError)
                    return;
                qWarning("MediaProbe: %s", qPrintable(detail));
                complete({false,
                          0,
                          false,
                          false,
                          {},
                          error == QMediaPlayer::FormatError
                              ? tr("This file's format is not supported on this device.")
                              : tr("This file could not be opened on this device.")});
            });
    m_timeout.start();
    player->setSource(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
}

void MediaProbe::complete(Result result)
{
    cancel();
    emit finished(result);
}

} // namespace Stride
