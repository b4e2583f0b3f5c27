#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

// Test media made at test time (never committed): pictures with QImage, videos and sound with
// ffmpeg. Each maker returns an empty string on success, or what went wrong in words (including
// "ffmpeg is not installed"), so a test can REQUIRE it and say why it could not run.
namespace TestMedia {

QString ffmpegMissingMessage();
QString runFfmpeg(const QStringList &arguments);

// A picture with structure in it (bars and a gradient), so that "not blank" means something.
QImage pattern(QSize size);
QString makePhoto(const QString &path, QSize size, const char *format);
// ffmpeg's test card; `codec` "h264" (MP4) or "vp8" (WebM), with a tone as its sound.
QString makeVideo(const QString &path, int seconds, QSize size, const QString &codec);
// One second of silence, then `toneSeconds` of a 440 Hz tone; the container follows the suffix
// (.wav, .ogg as Vorbis, .opus as Opus in Ogg, .m4a as AAC).
QString makeVoiceNote(const QString &path, double silenceSeconds, double toneSeconds);

// True for an image whose pixels vary (not one flat colour, not black).
bool isNotBlank(const QImage &image);

// Runs the event loop until `done` or the deadline; true if done.
template <typename Pred> bool waitUntil(Pred done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

} // namespace TestMedia
