// The file-import source: a chosen file becomes the same CapturedMedia a camera would give,
// and from there the same code path (MediaStore::adopt, EvidenceCapture::save).
#include "capture/evidencecapture.h"
#include "capture/fileimportcapturesource.h"
#include "media/mediastore.h"
#include "testmedia.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QUrl>

using namespace Stride;

namespace {

struct Outcome
{
    std::optional<CapturedMedia> media;
    QString failure;
    int answers = 0;
};

struct ImportFixture
{
    QTemporaryDir tmp;
    MediaStore store = Stride::Testing::keyedMediaStore(tmp.filePath(QStringLiteral("media")));
    FileImportCaptureSource source{store};
    Outcome outcome;

    ImportFixture()
    {
        QObject::connect(&source, &CaptureSource::captured, [this](const CapturedMedia &m) {
            outcome.media = m;
            ++outcome.answers;
        });
        QObject::connect(&source, &CaptureSource::failed, [this](const QString &m) {
            outcome.failure = m;
            ++outcome.answers;
        });
    }
    QString file(const QString &name) const { return tmp.filePath(name); }
    bool waitForAnswer(int timeoutMs = 15000)
    {
        return TestMedia::waitUntil([this] { return outcome.answers > 0; }, timeoutMs);
    }
    bool isInIncoming(const QString &path) const
    {
        return QFileInfo(path).absolutePath() == QFileInfo(store.incomingDir()).absoluteFilePath();
    }
};

QByteArray contentsOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("An imported photo arrives as CapturedMedia in the incoming folder", "[import]")
{
    ImportFixture f;
    const QString original = f.file(QStringLiteral("pupil.png"));
    REQUIRE(TestMedia::makePhoto(original, QSize(400, 300), "PNG").isEmpty());
    CHECK(f.source.importsFiles());
    CHECK_FALSE(f.source.hasCamera());
    // Before any file is chosen the picker opens in a real folder (Pictures, else home).
    CHECK(f.source.lastFolder().isEmpty());
    CHECK(QFileInfo(f.source.startFolder().toLocalFile()).isDir());

    f.source.setPendingFile(QUrl::fromLocalFile(original).toString()); // as a QML FileDialog gives it
    CHECK(f.source.pendingFile() == original);
    f.source.takePhoto();
    CHECK(f.source.isBusy());
    REQUIRE(f.waitForAnswer());
    INFO(f.outcome.failure.toStdString());
    REQUIRE(f.outcome.media);
    const CapturedMedia &m = *f.outcome.media;
    CHECK(m.kind == EvidenceKind::Photo);
    CHECK(m.bytes.isEmpty());
    CHECK(f.isInIncoming(m.incomingPath));
    CHECK(contentsOf(m.incomingPath) == contentsOf(original));
    CHECK(m.mimeType == QStringLiteral("image/png"));
    CHECK(m.size == QSize(400, 300));
    CHECK(QFile::exists(original)); // the original is never touched
    CHECK_FALSE(f.source.isBusy());
    CHECK(f.source.pendingFile().isEmpty()); // one file, one capture
    // The picker opens next time where this file was chosen.
    CHECK(f.source.lastFolder() == QUrl::fromLocalFile(f.tmp.path()));
    CHECK(f.source.startFolder() == f.source.lastFolder());

    // The next step is the camera's: the media store takes the file in.
    const auto put = f.store.adopt(m.incomingPath);
    CHECK(put.ok);
    CHECK(f.store.contains(put.sha256));
}

TEST_CASE("An imported photo of work keeps its kind", "[import]")
{
    ImportFixture f;
    const QString original = f.file(QStringLiteral("worksheet.jpg"));
    REQUIRE(TestMedia::makePhoto(original, QSize(300, 400), "JPEG").isEmpty());
    f.source.importFile(EvidenceKind::WorkSample, original);
    REQUIRE(f.waitForAnswer());
    REQUIRE(f.outcome.media);
    CHECK(f.outcome.media->kind == EvidenceKind::WorkSample);
    CHECK(f.outcome.media->mimeType == QStringLiteral("image/jpeg"));
    CHECK(f.outcome.media->size == QSize(300, 400));
}

TEST_CASE("An imported video arrives with its running time, size and first-frame thumbnail",
          "[import][media]")
{
    ImportFixture f;
    const QString original = f.file(QStringLiteral("walk.mp4"));
    const QString made = TestMedia::makeVideo(original, 2, QSize(320, 240), QStringLiteral("h264"));
    INFO(made.toStdString());
    REQUIRE(made.isEmpty());

    f.source.importFile(EvidenceKind::Video, original);
    REQUIRE(f.waitForAnswer());
    INFO(f.outcome.failure.toStdString());
    REQUIRE(f.outcome.media);
    const CapturedMedia &m = *f.outcome.media;
    CHECK(m.kind == EvidenceKind::Video);
    CHECK(f.isInIncoming(m.incomingPath));
    CHECK(m.incomingPath.endsWith(QStringLiteral(".mp4")));
    CHECK(m.mimeType == QStringLiteral("video/mp4"));
    CHECK(m.durationMs == Approx(2000).margin(200));
    CHECK(m.size == QSize(320, 240));
    REQUIRE_FALSE(m.thumbnailJpeg.isEmpty());
    const QImage thumb = QImage::fromData(m.thumbnailJpeg, "JPEG");
    CHECK(thumb.size() == QSize(320, 240));
    CHECK(m.thumbnailSize == thumb.size());
    CHECK(TestMedia::isNotBlank(thumb));
}

TEST_CASE("An imported voice note arrives with its running time and a waveform picture", "[import][media]")
{
    const char *suffix = GENERATE("wav", "ogg", "m4a");
    DYNAMIC_SECTION("as " << suffix)
    {
        ImportFixture f;
        const QString original = f.file(QStringLiteral("note.") + QString::fromLatin1(suffix));
        const QString made = TestMedia::makeVoiceNote(original, 0.5, 1.5);
        INFO(made.toStdString());
        REQUIRE(made.isEmpty());

        f.source.setPendingFile(original);
        f.source.startAudio();
        REQUIRE(f.waitForAnswer());
        INFO(f.outcome.failure.toStdString());
        REQUIRE(f.outcome.media);
        const CapturedMedia &m = *f.outcome.media;
        CHECK(m.kind == EvidenceKind::Audio);
        CHECK(f.isInIncoming(m.incomingPath));
        CHECK(m.mimeType.startsWith(QStringLiteral("audio/")));
        CHECK(m.durationMs == Approx(2000).margin(150));
        CHECK(m.size.isEmpty());
        CHECK(m.thumbnailSize == QSize(320, 80));
        const QImage wave = QImage::fromData(m.thumbnailJpeg, "JPEG");
        REQUIRE(wave.size() == QSize(320, 80));
        // A quarter of silence (a hairline), then the tone (full-height bars): 64 bars of 5 px.
        auto inked = [&wave](int x) {
            int n = 0;
            for (int y = 0; y < wave.height(); ++y)
                n += qGray(wave.pixel(x, y)) < 160 ? 1 : 0;
            return n;
        };
        CHECK(inked(12) <= 6);
        CHECK(inked(302) >= 60);
    }
}

TEST_CASE("Imported media go through EvidenceCapture like a camera's", "[import][media]")
{
    Stride::Testing::TempStore t;
    Stride::Testing::MiniSchool school = Stride::Testing::makeMiniSchool(t.store);
    MediaStore store =
        Stride::Testing::keyedMediaStore(t.dir.filePath(QStringLiteral("media")), t.store.deviceKeys().media);
    FileImportCaptureSource source(store);
    std::optional<CapturedMedia> captured;
    QString failure;
    QObject::connect(&source, &CaptureSource::captured, [&](const CapturedMedia &m) { captured = m; });
    QObject::connect(&source, &CaptureSource::failed, [&](const QString &m) { failure = m; });

    const QString original = t.dir.filePath(QStringLiteral("clip.mp4"));
    const QString made = TestMedia::makeVideo(original, 1, QSize(320, 240), QStringLiteral("h264"));
    INFO(made.toStdString());
    REQUIRE(made.isEmpty());
    source.importFile(EvidenceKind::Video, original);
    REQUIRE(TestMedia::waitUntil([&] { return captured || !failure.isEmpty(); }, 15000));
    INFO(failure.toStdString());
    REQUIRE(captured);

    EvidenceCapture capture(t.store, store);
    EvidenceItem item;
    item.schoolId = school.school.id;
    item.capturedAt = QDateTime::currentDateTimeUtc();
    item.capturedBy = school.assistant.id;
    item.pupils = {{school.ava.id, {school.avaTargets.first().id}}};
    const auto outcome = capture.save(item, &*captured);
    INFO(outcome.message.toStdString());
    REQUIRE(outcome.ok);
    const auto saved = t.store.evidenceItem(outcome.evidenceId);
    REQUIRE(saved);
    REQUIRE(saved->media.size() == 2);
    CHECK(saved->media.at(0).role == MediaRole::Original);
    CHECK(saved->media.at(0).durationMs == Approx(1000).margin(200));
    CHECK(saved->media.at(0).widthPx == 320);
    CHECK(saved->media.at(1).role == MediaRole::Thumbnail);
    CHECK_FALSE(QFile::exists(captured->incomingPath)); // adopted, not copied
}

TEST_CASE("A file of the wrong kind is refused in plain words", "[import]")
{
    ImportFixture f;
    const QString text = f.file(QStringLiteral("notes.txt"));
    QFile t(text);
    REQUIRE(t.open(QIODevice::WriteOnly));
    t.write("Ava asked for a drink twice.\n");
    t.close();
    const QString png = f.file(QStringLiteral("pic.png"));
    REQUIRE(TestMedia::makePhoto(png, QSize(64, 48), "PNG").isEmpty());
    const QString disguised = f.file(QStringLiteral("holiday.jpg")); // text with a picture's name
    QFile::copy(text, disguised);

    SECTION("text as a photo")
    {
        f.source.importFile(EvidenceKind::Photo, text);
        REQUIRE(f.waitForAnswer());
        CHECK(f.outcome.failure.contains(QStringLiteral("not a photo")));
    }
    SECTION("text named .jpg as a photo")
    {
        // Its name says JPEG, its content does not: the words say what is really wrong.
        f.source.importFile(EvidenceKind::Photo, disguised);
        REQUIRE(f.waitForAnswer());
        CHECK(f.outcome.failure.contains(QStringLiteral("not a photo")));
        CHECK_FALSE(f.outcome.failure.contains(QStringLiteral("format")));
    }
    SECTION("a damaged JPEG as a photo")
    {
        const QString damaged = f.file(QStringLiteral("damaged.jpg"));
        QFile d(damaged);
        REQUIRE(d.open(QIODevice::WriteOnly));
        d.write(QByteArray::fromHex("FFD8FFE0") + QByteArray(200, '\x5a')); // a JPEG's start, then noise
        d.close();
        f.source.importFile(EvidenceKind::Photo, damaged);
        REQUIRE(f.waitForAnswer());
        CHECK(f.outcome.failure.contains(QStringLiteral("damaged")));
    }
    SECTION("a picture as a video")
    {
        f.source.importFile(EvidenceKind::Video, png);
        REQUIRE(f.waitForAnswer());
        CHECK(f.outcome.failure.contains(QStringLiteral("not a video")));
    }
    SECTION("a picture as a voice note")
    {
        f.source.importFile(EvidenceKind::Audio, png);
        REQUIRE(f.waitForAnswer());
        CHECK(f.outcome.failure.contains(QStringLiteral("not a sound recording")));
    }
    SECTION("a file that is not there")
    {
        f.source.importFile(EvidenceKind::Photo, f.file(QStringLiteral("gone.png")));
        REQUIRE(f.waitForAnswer());
        CHECK(f.outcome.failure.contains(QStringLiteral("could not be found")));
    }
    SECTION("no file chosen")
    {
        f.source.startVideo();
        REQUIRE(f.waitForAnswer());
        CHECK(f.outcome.failure == QStringLiteral("Choose a video file first."));
    }
    CHECK_FALSE(f.outcome.media);
    CHECK(f.outcome.answers == 1);
    CHECK(QDir(f.store.incomingDir()).isEmpty());
    CHECK_FALSE(f.source.isBusy());
}

TEST_CASE("A video is not imported onto a nearly full disk", "[import]")
{
    ImportFixture f;
    const QString original = f.file(QStringLiteral("big.webm"));
    QFile file(original);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromHex("1a45dfa3")); // the start of a WebM file is enough for its type
    file.write(QByteArray(1000, '\0'));
    file.close();
    f.source.setLowSpaceThreshold(f.store.bytesAvailable() + 1024LL * 1024 * 1024);
    f.source.importFile(EvidenceKind::Video, original);
    REQUIRE(f.waitForAnswer());
    CHECK(f.outcome.failure.contains(QStringLiteral("not enough space")));
    CHECK(QDir(f.store.incomingDir()).isEmpty());
}

TEST_CASE("Cancelling an import leaves nothing behind and says nothing", "[import][media]")
{
    ImportFixture f;
    const QString original = f.file(QStringLiteral("walk.mp4"));
    const QString made = TestMedia::makeVideo(original, 1, QSize(320, 240), QStringLiteral("h264"));
    INFO(made.toStdString());
    REQUIRE(made.isEmpty());
    f.source.importFile(EvidenceKind::Video, original);
    f.source.cancel(); // while the copy runs on its thread
    CHECK_FALSE(f.source.isBusy());
    CHECK_FALSE(f.waitForAnswer(1500));
    CHECK(QDir(f.store.incomingDir()).isEmpty());
    CHECK(QFile::exists(original));

    // And the source works again afterwards.
    f.source.importFile(EvidenceKind::Video, original);
    REQUIRE(f.waitForAnswer());
    CHECK(f.outcome.media);
}

TEST_CASE("A capture abandoned while its thumbnail is made is deleted", "[import][media]")
{
    QTemporaryDir tmp;
    MediaStore store = Stride::Testing::keyedMediaStore(tmp.filePath(QStringLiteral("media")));
    const QString path = store.newIncomingPath(QStringLiteral(".mp4"));
    const QString made = TestMedia::makeVideo(path, 1, QSize(320, 240), QStringLiteral("h264"));
    INFO(made.toStdString());
    REQUIRE(made.isEmpty());
    CaptureFinisher finisher;
    int answers = 0;
    QObject::connect(&finisher, &CaptureFinisher::finished, [&answers](const CapturedMedia &) { ++answers; });
    CapturedMedia media;
    media.kind = EvidenceKind::Video;
    media.incomingPath = path;
    finisher.finish(media);
    CHECK(finisher.isRunning());
    finisher.cancel();
    CHECK_FALSE(finisher.isRunning());
    TestMedia::waitUntil([] { return false; }, 1000);
    CHECK(answers == 0);
    CHECK_FALSE(QFile::exists(path));
}
