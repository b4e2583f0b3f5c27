// The parts CaptureController is made of (app/capture/), each on its own: the draft's media, the
// preview, the room left on the tablet and the drafts people left behind.

#include "capture/capturedraft.h"
#include "capture/capturepreview.h"
#include "capture/parkeddrafts.h"
#include "capture/storagespace.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Stride;

namespace {

QByteArray jpeg(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

TEST_CASE("A chosen photo is read into memory and its incoming file goes; a recording stays a file",
          "[capture][parts]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray photo = jpeg({40, 30});

    CapturedMedia chosen;
    chosen.kind = EvidenceKind::Photo;
    chosen.incomingPath = writeFile(dir, QStringLiteral("chosen.jpg"), photo);
    REQUIRE_FALSE(chosen.incomingPath.isEmpty());
    const CapturedMedia kept = CaptureDraft::keptInMemory(chosen);
    CHECK(kept.bytes == photo);
    CHECK(kept.incomingPath.isEmpty());
    CHECK_FALSE(QFile::exists(chosen.incomingPath));

    CapturedMedia video;
    video.kind = EvidenceKind::Video;
    video.incomingPath = writeFile(dir, QStringLiteral("clip.mp4"), QByteArray("not really a video"));
    const CapturedMedia stays = CaptureDraft::keptInMemory(video);
    CHECK(stays.incomingPath == video.incomingPath);
    CHECK(stays.bytes.isEmpty());
    CHECK(QFile::exists(video.incomingPath));
}

TEST_CASE("A draft owns its recording's file until it lets the recording go", "[capture][parts]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    CaptureDraft draft;
    draft.item.kind = EvidenceKind::Photo;
    CHECK_FALSE(draft.dropMedia()); // nothing taken yet

    CapturedMedia first;
    first.kind = EvidenceKind::Audio;
    first.incomingPath = writeFile(dir, QStringLiteral("first.m4a"), QByteArray("first"));
    const QDateTime at = QDateTime::fromString(QStringLiteral("2026-11-22T10:15:00Z"), Qt::ISODate);
    draft.takeMedia(first, at);
    CHECK(draft.item.kind == EvidenceKind::Audio); // the recording's kind is the draft's kind
    CHECK(draft.item.capturedAt == at);

    // Recorded again: the first recording is not evidence, and its file goes.
    CapturedMedia second = first;
    second.incomingPath = writeFile(dir, QStringLiteral("second.m4a"), QByteArray("second"));
    draft.takeMedia(second, at.addSecs(60));
    CHECK_FALSE(QFile::exists(first.incomingPath));
    CHECK(QFile::exists(second.incomingPath));

    CHECK(draft.dropMedia());
    CHECK_FALSE(draft.media.has_value());
    CHECK_FALSE(QFile::exists(second.incomingPath));
}

TEST_CASE("The preview gets a new address for each new picture, and is decoded upright and to size",
          "[capture][parts]")
{
    CapturePreview preview;
    CHECK(preview.url(false).isEmpty());
    const QString before = preview.url(true);
    CHECK(before.startsWith(QStringLiteral("image://capture/")));
    preview.changed();
    CHECK(preview.url(true) != before); // QML's Image would otherwise show the cached picture

    CapturedMedia photo;
    photo.kind = EvidenceKind::Photo;
    photo.bytes = jpeg({400, 300});
    photo.size = {400, 300};
    CHECK(CapturePreview::decode(photo, {}).size() == QSize(400, 300));
    CHECK(CapturePreview::decode(photo, {100, 100}).size() == QSize(100, 75));
    CHECK(CapturePreview::describe(photo) == toLabel(EvidenceKind::Photo) + QStringLiteral(", 400 × 300"));

    // A video shows its first frame, never its bytes.
    CapturedMedia video;
    video.kind = EvidenceKind::Video;
    video.bytes = QByteArray("not a picture");
    video.thumbnailJpeg = jpeg({160, 90});
    video.durationMs = 42'000;
    CHECK(CapturePreview::decode(video, {}).size() == QSize(160, 90));
    CHECK(CapturePreview::describe(video) == toLabel(EvidenceKind::Video) + QStringLiteral(", 0:42"));

    CapturedMedia nothing;
    nothing.kind = EvidenceKind::Audio;
    CHECK(CapturePreview::decode(nothing, {}).isNull());
}

TEST_CASE("Space left: read again on request, low below the threshold, warned about once per capture",
          "[capture][parts]")
{
    qint64 free = -1;
    StorageSpace space([&] { return free; });
    CHECK_FALSE(space.refresh()); // unknown, as before
    CHECK_FALSE(space.lowOnSpace());
    CHECK_FALSE(space.warnBeforeRecording());

    free = EvidenceCapture::kLowSpaceBytes - 1;
    CHECK(space.refresh());
    CHECK_FALSE(space.refresh()); // the same figure again is no change
    CHECK(space.bytesAvailable() == free);
    CHECK(space.lowOnSpace());
    CHECK(space.warnBeforeRecording());
    space.acknowledge();
    CHECK_FALSE(space.warnBeforeRecording());
    space.forgetAcknowledgement(); // a new capture
    CHECK(space.warnBeforeRecording());

    free = EvidenceCapture::kLowSpaceBytes;
    CHECK(space.refresh());
    CHECK_FALSE(space.lowOnSpace());
}

TEST_CASE("A parked draft waits for the person who started it", "[capture][parts]")
{
    ParkedDrafts parked;
    CaptureDraft mine;
    mine.item.capturedBy = QStringLiteral("staff-ta");
    mine.item.note = QStringLiteral("Signed 'more' twice");
    parked.park(mine);

    CHECK(parked.has(QStringLiteral("staff-ta")));
    CHECK_FALSE(parked.has(QStringLiteral("staff-teacher")));
    CHECK_FALSE(parked.has(QString())); // nobody signed in has no draft
    REQUIRE(parked.find(QStringLiteral("staff-ta")));
    parked.find(QStringLiteral("staff-ta"))->item.setting =
        QStringLiteral("Hall"); // a recording arriving late
    CHECK(parked.find(QStringLiteral("staff-teacher")) == nullptr);

    const CaptureDraft back = parked.take(QStringLiteral("staff-ta"));
    CHECK(back.item.note == mine.item.note);
    CHECK(back.item.setting == QStringLiteral("Hall"));
    CHECK_FALSE(parked.has(QStringLiteral("staff-ta")));
}
