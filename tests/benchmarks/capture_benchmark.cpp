// Time from "save" to a durable evidence item with its thumbnail, for a 4 MB photo and a 50 MB
// video already in memory: the bytes cleaned (photo), written and flushed under their SHA-256,
// then the item and its media references committed. Median and 95th percentile.
//
//   stride_capture_benchmark [--photo-runs N] [--video-runs N]
#include "capture/evidencecapture.h"
#include "demo/demoschool.h"
#include "media/mediastore.h"
#include "media/photoprocessor.h"
#include "store/store.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Stride;

namespace {

struct Figures
{
    double median = 0;
    double p95 = 0;
};

Figures summarise(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return {samples.at(samples.size() / 2),
            samples.at(std::min<qsizetype>(samples.size() - 1, samples.size() * 95 / 100))};
}

// A camera-sized photo (4032x3024, as a tablet's rear camera takes) of about 4 MB: smooth
// gradients with some detail, as a real scene compresses, at the quality cameras use.
QByteArray cameraPhoto(int seed)
{
    QImage image(4032, 3024, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, 4032, 3024);
    g.setColorAt(0, QColor::fromHsv(seed * 37 % 360, 120, 220));
    g.setColorAt(1, QColor::fromHsv((seed * 37 + 120) % 360, 160, 120));
    p.fillRect(image.rect(), g);
    QRandomGenerator random(seed);
    for (int i = 0; i < 6000; ++i) {
        p.setPen(QColor::fromRgb(random.generate()));
        p.drawEllipse(QPoint(random.bounded(4032), random.bounded(3024)), random.bounded(4, 60),
                      random.bounded(4, 60));
    }
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 93);
    return bytes;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("photo-runs"), QStringLiteral("Photos to save."), QStringLiteral("n"),
                      QStringLiteral("40")});
    parser.addOption({QStringLiteral("video-runs"), QStringLiteral("Videos to save."), QStringLiteral("n"),
                      QStringLiteral("20")});
    parser.process(app);

    QTemporaryDir dir;
    Store store;
    if (!store.open(dir.filePath(QStringLiteral("stride.db"))).ok())
        return 1;
    const DemoSchool::Result demo = DemoSchool::load(store);
    if (!demo.ok)
        return 1;
    MediaStore media(dir.filePath(QStringLiteral("media")));
    media.setKey(store.deviceKeys().media);
    EvidenceCapture capture(store, media);
    Pupil pupil;
    for (const Pupil &p : store.pupilsOfSchool(demo.schoolId))
        if (p.mediaConsent == MediaConsent::ShareableWithParents) {
            pupil = p;
            break;
        }
    const QString staffId = store.staffOfClass(pupil.classId).first().id;
    const Term term = *store.currentTerm(demo.schoolId, QDate(2026, 11, 22));
    const QString targetId = store.targetsOfIlp(store.ilpFor(pupil.id, term.id)->id).first().id;

    auto draft = [&] {
        EvidenceItem item;
        item.schoolId = demo.schoolId;
        item.capturedAt = QDateTime::currentDateTimeUtc();
        item.capturedBy = staffId;
        item.pupils = {{pupil.id, {targetId}}};
        item.promptLevel = PromptLevel::Gestural;
        return item;
    };

    const int photoRuns = parser.value(QStringLiteral("photo-runs")).toInt();
    // Each run saves a different photo (identical bytes would be stored once and skip the write).
    QList<QByteArray> photos;
    for (int i = 0; i < std::min(photoRuns, 8); ++i)
        photos << cameraPhoto(i);
    QList<double> photoMs;
    for (int i = 0; i < photoRuns; ++i) {
        CapturedMedia photo;
        photo.kind = EvidenceKind::Photo;
        photo.bytes = photos.at(i % photos.size());
        if (i >= photos.size()) { // a different comment segment: a different file, the same pixels
            photo.bytes.insert(2, QByteArray("\xFF\xFE\x00\x06run", 7) + char('0' + i % 10));
        }
        QElapsedTimer t;
        t.start();
        const auto outcome = capture.save(draft(), &photo);
        photoMs << t.nsecsElapsed() / 1e6;
        if (!outcome.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(outcome.message));
            return 1;
        }
    }

    // Where a photo's time goes, step by step, with the same photos: cleaning and the thumbnail
    // (CPU), then sealing each file and flushing it to the disk.
    QList<double> processMs, originalMs, thumbnailMs;
    for (int i = 0; i < std::min(photoRuns, 20); ++i) {
        QByteArray bytes = photos.at(i % photos.size());
        bytes.insert(2, QByteArray("\xFF\xFE\x00\x07step", 8) + char('0' + i % 10));
        QElapsedTimer t;
        t.start();
        const PhotoProcessor::Result cleaned = PhotoProcessor::process(bytes);
        processMs << t.nsecsElapsed() / 1e6;
        t.restart();
        const bool original = media.put(cleaned.bytes).ok;
        originalMs << t.nsecsElapsed() / 1e6;
        t.restart();
        const bool thumbnail = media.put(cleaned.thumbnail).ok;
        thumbnailMs << t.nsecsElapsed() / 1e6;
        if (!cleaned.ok || !original || !thumbnail)
            return 1;
    }

    const int videoRuns = parser.value(QStringLiteral("video-runs")).toInt();
    QByteArray video(50 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator(1).fillRange(reinterpret_cast<quint32 *>(video.data()), video.size() / 4);
    const QByteArray firstFrame =
        PhotoProcessor::thumbnailOf(QImage(1280, 720, QImage::Format_RGB32), nullptr);
    QList<double> videoMs;
    for (int i = 0; i < videoRuns; ++i) {
        video[0] = char(i);
        video[1] = char(i >> 8);
        CapturedMedia clip;
        clip.kind = EvidenceKind::Video;
        clip.bytes = video;
        clip.mimeType = QStringLiteral("video/mp4");
        clip.durationMs = 30'000;
        clip.thumbnailJpeg = firstFrame;
        clip.thumbnailSize = QSize(320, 180);
        QElapsedTimer t;
        t.start();
        const auto outcome = capture.save(draft(), &clip);
        videoMs << t.nsecsElapsed() / 1e6;
        if (!outcome.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(outcome.message));
            return 1;
        }
    }

    const Figures p = summarise(photoMs);
    const Figures v = summarise(videoMs);
    std::printf(
        "Stride capture benchmark: save -> durable item with thumbnail (fsync'd files, committed record)\n");
    std::printf("  photo %.1f MB (4032x3024 JPEG):  median %.1f ms, p95 %.1f ms (%d runs)\n",
                photos.first().size() / 1048576.0, p.median, p.p95, photoRuns);
    std::printf("  video 50.0 MB in memory:          median %.1f ms, p95 %.1f ms (%d runs)\n", v.median,
                v.p95, videoRuns);
    if (!processMs.isEmpty()) {
        const Figures c = summarise(processMs);
        const Figures o = summarise(originalMs);
        const Figures th = summarise(thumbnailMs);
        std::printf("  photo steps (medians): clean + thumbnail %.1f ms, seal + flush original %.1f ms, "
                    "thumbnail %.1f ms\n",
                    c.median, o.median, th.median);
    }
    return 0;
}
