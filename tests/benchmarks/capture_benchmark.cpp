// Time from "save" to a durable evidence item with its thumbnail, for a 4 MB photo and a 50 MB
// video already in memory: the bytes cleaned (photo), written and flushed, then the item and its
// media references committed. Median and 95th percentile, before and after encryption in one run:
//
// - encrypted: the app's Save (EvidenceCapture::save) on an encrypted store, every file sealed
//   under the store's media key;
// - plain: the same steps as Save took before encryption (bfadd3e), which the app can no longer
//   take (a media store without its key writes nothing): a plain store
//   (Store::AtRest::Plain), each file hashed, written, flushed and renamed under its SHA-256, the
//   photo's original written on a second thread while its thumbnail is decoded, as Save does now.
//
// The same photos and videos go to both, one after the other in turns, so a change in the
// machine's load falls on both alike.
//
//   stride_capture_benchmark [--photo-runs N] [--video-runs N]
#include "capture/evidencecapture.h"
#include "demo/demoschool.h"
#include "domain/validation.h"
#include "media/durablefile.h"
#include "media/mediastore.h"
#include "media/photoprocessor.h"
#include "store/store.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <future>
#include <memory>

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

// One tablet: its store (plain or encrypted), media folder and Save, with the demo school in it.
class Device
{
public:
    explicit Device(Store::AtRest atRest) : m_atRest(atRest), m_media(m_dir.filePath(QStringLiteral("media")))
    {
        if (!m_store.open(m_dir.filePath(QStringLiteral("stride.db")), atRest).ok())
            return;
        const DemoSchool::Result demo = DemoSchool::load(m_store);
        if (!demo.ok)
            return;
        if (atRest == Store::AtRest::Encrypted)
            m_media.setKey(m_store.deviceKeys().media);
        m_capture = std::make_unique<EvidenceCapture>(m_store, m_media);
        m_schoolId = demo.schoolId;
        for (const Pupil &p : m_store.pupilsOfSchool(demo.schoolId))
            if (p.mediaConsent == MediaConsent::ShareableWithParents) {
                m_pupil = p;
                break;
            }
        m_staffId = m_store.staffOfClass(m_pupil.classId).first().id;
        const Term term = *m_store.currentTerm(demo.schoolId, QDate(2026, 11, 22));
        m_targetId = m_store.targetsOfIlp(m_store.ilpFor(m_pupil.id, term.id)->id).first().id;
        m_ready = m_atRest == Store::AtRest::Plain || m_media.hasKey();
    }

    bool isReady() const { return m_ready; }

    // Save -> a durable item with its thumbnail; false, having said why, if it failed.
    bool save(const CapturedMedia &captured)
    {
        const EvidenceCapture::Outcome outcome =
            m_atRest == Store::AtRest::Encrypted ? m_capture->save(draft(), &captured) : savePlain(captured);
        if (!outcome.ok)
            std::fprintf(stderr, "%s\n", qPrintable(outcome.message));
        return outcome.ok;
    }

    // One file into the media folder: sealed (encrypted) or plain, and flushed either way.
    bool put(const QByteArray &bytes)
    {
        return m_atRest == Store::AtRest::Encrypted ? m_media.put(bytes).ok : putPlain(bytes).ok;
    }

private:
    EvidenceItem draft() const
    {
        EvidenceItem item;
        item.schoolId = m_schoolId;
        item.capturedAt = QDateTime::currentDateTimeUtc();
        item.capturedBy = m_staffId;
        item.pupils = {{m_pupil.id, {m_targetId}}};
        item.promptLevel = PromptLevel::Gestural;
        return item;
    }

    // MediaStore::put as it was before media were sealed.
    MediaStore::PutResult putPlain(const QByteArray &bytes)
    {
        MediaStore::PutResult r;
        r.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        r.byteSize = bytes.size();
        const QString target =
            m_media.rootDir() + QLatin1Char('/') + r.sha256.left(2) + QLatin1Char('/') + r.sha256;
        if (QFileInfo(target).size() == bytes.size()) {
            r.ok = true;
            return r;
        }
        const QString temp = m_media.newIncomingPath(QStringLiteral(".part"));
        QDir().mkpath(QFileInfo(target).absolutePath());
        r.ok = DurableFile::write(temp, bytes, &r.message) &&
               DurableFile::renameDurably(temp, target, &r.message);
        return r;
    }

    // EvidenceCapture::save's steps without sealing, on the plain store.
    EvidenceCapture::Outcome savePlain(const CapturedMedia &captured)
    {
        EvidenceCapture::Outcome outcome;
        EvidenceItem item = draft();
        item.id = newId();
        item.kind = captured.kind;
        const ConsentCheck consent = m_capture->checkConsent(item.pupilIds(), item.kind);
        if (!consent.allowed) {
            outcome.message = consent.message;
            return outcome;
        }
        MediaStore::PutResult original, thumbnail;
        QString mime = captured.mimeType;
        QSize size = captured.size, thumbnailSize = captured.thumbnailSize;
        if (captured.kind == EvidenceKind::Photo) {
            std::future<MediaStore::PutResult> write;
            const PhotoProcessor::Result photo =
                PhotoProcessor::process(captured.bytes, [&](const QByteArray &cleaned) {
                    if (write.valid())
                        write.get();
                    write = std::async(std::launch::async, [this, cleaned] { return putPlain(cleaned); });
                });
            original = write.valid() ? write.get() : putPlain(photo.bytes);
            if (!photo.ok) {
                outcome.message = photo.message;
                return outcome;
            }
            thumbnail = putPlain(photo.thumbnail);
            mime = photo.mimeType;
            size = photo.size;
            thumbnailSize = photo.thumbnailSize;
        } else {
            original = putPlain(captured.bytes);
            thumbnail = putPlain(captured.thumbnailJpeg);
        }
        if (!original.ok || !thumbnail.ok) {
            outcome.message = original.ok ? thumbnail.message : original.message;
            return outcome;
        }
        item.media = {{original.sha256, MediaRole::Original, mime, original.byteSize, size.width(),
                       size.height(), captured.durationMs},
                      {thumbnail.sha256, MediaRole::Thumbnail, QStringLiteral("image/jpeg"),
                       thumbnail.byteSize, thumbnailSize.width(), thumbnailSize.height(), 0}};
        const WriteResult saved = m_store.save(item);
        outcome.ok = saved.ok;
        outcome.message = saved.message;
        return outcome;
    }

    Store::AtRest m_atRest;
    QTemporaryDir m_dir;
    Store m_store;
    MediaStore m_media;
    std::unique_ptr<EvidenceCapture> m_capture;
    QString m_schoolId, m_staffId, m_targetId;
    Pupil m_pupil;
    bool m_ready = false;
};

// Each sample timed on both devices in turn, the plain one first on even runs and second on odd.
struct Timings
{
    QList<double> plain, encrypted;
};

template <typename Step> bool timeBoth(Device &plain, Device &encrypted, int run, Timings &timings, Step step)
{
    for (int turn = 0; turn < 2; ++turn) {
        const bool plainTurn = (turn == 0) == (run % 2 == 0);
        QElapsedTimer t;
        t.start();
        if (!step(plainTurn ? plain : encrypted))
            return false;
        (plainTurn ? timings.plain : timings.encrypted) << t.nsecsElapsed() / 1e6;
    }
    return true;
}

void printRow(const char *label, const QList<double> &samples)
{
    const Figures f = summarise(samples);
    std::printf("    %-10s median %7.1f ms   p95 %7.1f ms\n", label, f.median, f.p95);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("photo-runs"), QStringLiteral("Photos to save (on each store)."),
                      QStringLiteral("n"), QStringLiteral("40")});
    parser.addOption({QStringLiteral("video-runs"), QStringLiteral("Videos to save (on each store)."),
                      QStringLiteral("n"), QStringLiteral("20")});
    parser.process(app);

    Device plain(Store::AtRest::Plain);
    Device encrypted(Store::AtRest::Encrypted);
    if (!plain.isReady() || !encrypted.isReady()) {
        std::fprintf(stderr, "The benchmark's stores could not be made.\n");
        return 1;
    }

    const int photoRuns = parser.value(QStringLiteral("photo-runs")).toInt();
    // Each run saves a different photo (identical bytes would be stored once and skip the write).
    QList<QByteArray> photos;
    for (int i = 0; i < std::min(photoRuns, 8); ++i)
        photos << cameraPhoto(i);
    Timings photoMs;
    for (int i = 0; i < photoRuns; ++i) {
        CapturedMedia photo;
        photo.kind = EvidenceKind::Photo;
        photo.bytes = photos.at(i % photos.size());
        if (i >= photos.size()) { // a different comment segment: a different file, the same pixels
            photo.bytes.insert(2, QByteArray("\xFF\xFE\x00\x06run", 7) + char('0' + i % 10));
        }
        if (!timeBoth(plain, encrypted, i, photoMs, [&](Device &d) { return d.save(photo); }))
            return 1;
    }

    // Where a photo's time goes, step by step, with the same photos: cleaning and the thumbnail
    // (CPU, the same for both), then writing each file (sealed or not) and flushing it to the disk.
    QList<double> processMs;
    Timings originalMs, thumbnailMs;
    for (int i = 0; i < std::min(photoRuns, 20); ++i) {
        QByteArray bytes = photos.at(i % photos.size());
        bytes.insert(2, QByteArray("\xFF\xFE\x00\x07step", 8) + char('0' + i % 10));
        QElapsedTimer t;
        t.start();
        const PhotoProcessor::Result cleaned = PhotoProcessor::process(bytes);
        processMs << t.nsecsElapsed() / 1e6;
        if (!cleaned.ok ||
            !timeBoth(plain, encrypted, i, originalMs, [&](Device &d) { return d.put(cleaned.bytes); }) ||
            !timeBoth(plain, encrypted, i, thumbnailMs, [&](Device &d) { return d.put(cleaned.thumbnail); }))
            return 1;
    }

    const int videoRuns = parser.value(QStringLiteral("video-runs")).toInt();
    QByteArray video(50 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator(1).fillRange(reinterpret_cast<quint32 *>(video.data()), video.size() / 4);
    const QByteArray firstFrame =
        PhotoProcessor::thumbnailOf(QImage(1280, 720, QImage::Format_RGB32), nullptr);
    Timings videoMs;
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
        if (!timeBoth(plain, encrypted, i, videoMs, [&](Device &d) { return d.save(clip); }))
            return 1;
    }

    std::printf("Stride capture benchmark: Save -> durable item with its thumbnail (files flushed, record "
                "committed)\n");
    std::printf(
        "  plain = before encryption (plain store, plain files); encrypted = the app's Save (encrypted "
        "store, sealed files)\n");
    std::printf("  photo %.1f MB (4032x3024 JPEG), %d runs each (aim: encrypted p95 <= 100 ms):\n",
                photos.first().size() / 1048576.0, photoRuns);
    printRow("plain", photoMs.plain);
    printRow("encrypted", photoMs.encrypted);
    std::printf("  video 50.0 MB in memory, %d runs each:\n", videoRuns);
    printRow("plain", videoMs.plain);
    printRow("encrypted", videoMs.encrypted);
    if (!processMs.isEmpty()) {
        std::printf("  photo steps, medians of %lld, one after the other:\n",
                    static_cast<long long>(processMs.size()));
        std::printf("    clean + thumbnail              %7.1f ms\n", summarise(processMs).median);
        std::printf("    original, written + flushed    plain %7.1f ms   sealed %7.1f ms\n",
                    summarise(originalMs.plain).median, summarise(originalMs.encrypted).median);
        std::printf("    thumbnail, written + flushed   plain %7.1f ms   sealed %7.1f ms\n",
                    summarise(thumbnailMs.plain).median, summarise(thumbnailMs.encrypted).median);
    }
    return 0;
}
