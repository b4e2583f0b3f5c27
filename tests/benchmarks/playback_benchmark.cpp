// A 1 GB video's playback start: from handing the player the sealed file (the media store's
// decrypting device, StoredMediaSource) and play() to its first video frame, against the same
// file played plain by path. Usage: stride_playback_benchmark VIDEO [RUNS]. The video is any
// real file (scripts/bench playback makes one with ffmpeg); it is sealed into a fresh media store.
#include "benchline.h"
#include "media/mediastore.h"
#include "media/storedmediasource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QMediaPlayer>
#include <QTemporaryDir>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>

#include <algorithm>
#include <cstdio>

using namespace Stride;

namespace {

using BenchOutput::line;

[[noreturn]] void giveUp(const QString &why)
{
    std::fprintf(stderr, "playback benchmark: %s\n", qPrintable(why));
    std::exit(1);
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &l : status.readAll().split('\n'))
        if (l.startsWith("VmHWM:"))
            return l.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// Milliseconds from the source being set and play() to the first valid frame.
qint64 startTime(const std::function<void(QMediaPlayer &)> &setSource)
{
    QMediaPlayer player;
    QVideoSink sink;
    player.setVideoOutput(&sink);
    QEventLoop loop;
    bool framed = false;
    QObject::connect(&sink, &QVideoSink::videoFrameChanged, &loop, [&](const QVideoFrame &f) {
        if (f.isValid() && !framed) {
            framed = true;
            loop.quit();
        }
    });
    QObject::connect(&player, &QMediaPlayer::errorOccurred, &loop, [&] { loop.quit(); });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    setSource(player);
    player.play();
    loop.exec();
    const qint64 ms = clock.elapsed();
    if (!framed)
        giveUp(QStringLiteral("no frame: %1").arg(player.errorString()));
    player.stop();
    StoredMediaSource::clear(player);
    return ms;
}

QString summary(QList<qint64> ms)
{
    std::sort(ms.begin(), ms.end());
    return QStringLiteral("median %1 ms (%2-%3)").arg(ms.at(ms.size() / 2)).arg(ms.first()).arg(ms.last());
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc < 2)
        giveUp(QStringLiteral("usage: stride_playback_benchmark VIDEO [RUNS]"));
    const QString video = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;

    QTemporaryDir dir(QStringLiteral("/var/tmp/stride-playback-XXXXXX"));
    MediaStore media(dir.filePath(QStringLiteral("media")));
    media.setKey(QByteArray(32, '\x42'));
    QElapsedTimer sealing;
    sealing.start();
    const MediaStore::PutResult put = media.copyIn(video);
    if (!put.ok)
        giveUp(put.message);
    line(QStringLiteral("playback: %1 MiB video sealed into the media store in %2 s")
             .arg(put.byteSize / (1024 * 1024))
             .arg(sealing.elapsed() / 1000.0, 0, 'f', 1));
    const qint64 rssBefore = peakRssKb();

    QList<qint64> sealed, plain;
    for (int run = 1; run <= runs; ++run) {
        sealed << startTime([&](QMediaPlayer &p) {
            QString error;
            if (!StoredMediaSource::set(p, media, put.sha256, &error))
                giveUp(error);
        });
        plain << startTime([&](QMediaPlayer &p) { p.setSource(QUrl::fromLocalFile(video)); });
        line(QStringLiteral("run %1: sealed %2 ms, plain %3 ms")
                 .arg(run)
                 .arg(sealed.last())
                 .arg(plain.last()));
    }
    line(QStringLiteral("first frame, sealed through the media store: %1").arg(summary(sealed)));
    line(QStringLiteral("first frame, plain file by path:             %1").arg(summary(plain)));
    line(QStringLiteral("peak RSS %1 MiB (%2 MiB after sealing, before playing)")
             .arg(peakRssKb() / 1024)
             .arg(rssBefore / 1024));
    return 0;
}
