#include "testmedia.h"

#include <QFileInfo>
#include <QPainter>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>

namespace TestMedia {

QString ffmpegMissingMessage()
{
    return QStringLiteral("ffmpeg is not installed, so the test video/voice note cannot be made. Install the "
                          "Debian package ffmpeg (scripts/bootstrap does).");
}

QString runFfmpeg(const QStringList &arguments)
{
    const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    if (ffmpeg.isEmpty())
        return ffmpegMissingMessage();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(ffmpeg, QStringList{QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"),
                                      QStringLiteral("error"), QStringLiteral("-y")} +
                              arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return QStringLiteral("ffmpeg %1 failed: %2")
            .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll()));
    return {};
}

QImage pattern(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    const QList<QColor> bars = {Qt::white, Qt::yellow, Qt::cyan, Qt::green, Qt::magenta, Qt::red, Qt::blue};
    const int w = size.width() / int(bars.size()) + 1;
    for (int i = 0; i < bars.size(); ++i)
        p.fillRect(i * w, 0, w, size.height() * 2 / 3, bars.at(i));
    QLinearGradient g(0, 0, size.width(), 0);
    g.setColorAt(0, Qt::black);
    g.setColorAt(1, Qt::white);
    p.fillRect(0, size.height() * 2 / 3, size.width(), size.height() - size.height() * 2 / 3, g);
    return image;
}

QString makePhoto(const QString &path, QSize size, const char *format)
{
    return pattern(size).save(path, format, 90) ? QString()
                                                : QStringLiteral("QImage could not write %1").arg(path);
}

QString makeVideo(const QString &path, int seconds, QSize size, const QString &codec)
{
    const QString card = QStringLiteral("testsrc=duration=%1:size=%2x%3:rate=25")
                             .arg(seconds)
                             .arg(size.width())
                             .arg(size.height());
    const QString tone = QStringLiteral("sine=frequency=440:duration=%1").arg(seconds);
    QStringList args = {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), card,
                        QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), tone};
    if (codec == QLatin1String("h264"))
        args << QStringLiteral("-c:v") << QStringLiteral("libx264") << QStringLiteral("-pix_fmt")
             << QStringLiteral("yuv420p") << QStringLiteral("-c:a") << QStringLiteral("aac");
    else
        args << QStringLiteral("-c:v") << QStringLiteral("libvpx") << QStringLiteral("-b:v")
             << QStringLiteral("300k") << QStringLiteral("-c:a") << QStringLiteral("libvorbis");
    args << QStringLiteral("-shortest") << path;
    return runFfmpeg(args);
}

QString makeVoiceNote(const QString &path, double silenceSeconds, double toneSeconds)
{
    const QString expr = QStringLiteral("aevalsrc='if(lt(t,%1),0,0.8*sin(2*PI*440*t))':s=44100:d=%2")
                             .arg(silenceSeconds)
                             .arg(silenceSeconds + toneSeconds);
    QStringList args = {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), expr};
    const QString suffix = QFileInfo(path).suffix();
    if (suffix == QLatin1String("ogg"))
        args << QStringLiteral("-c:a") << QStringLiteral("libvorbis");
    else if (suffix == QLatin1String("opus"))
        args << QStringLiteral("-c:a") << QStringLiteral("libopus");
    else if (suffix == QLatin1String("m4a"))
        args << QStringLiteral("-c:a") << QStringLiteral("aac");
    args << path;
    return runFfmpeg(args);
}

bool isNotBlank(const QImage &image)
{
    if (image.isNull())
        return false;
    QSet<QRgb> colours;
    int bright = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4) {
            const QRgb c = image.pixel(x, y);
            colours.insert(c & 0xF0F0F0); // JPEG noise must not count as variety
            bright += qGray(c) > 32 ? 1 : 0;
        }
    return colours.size() >= 8 && bright > 0;
}

} // namespace TestMedia
