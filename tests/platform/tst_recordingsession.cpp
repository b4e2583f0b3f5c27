// The disk-space guard and "keep what was recorded", driven by hand as a recorder would drive
// them: this machine has no camera or microphone, so no real recorder can run here.
#include "capture/recordingsession.h"
#include "media/mediastore.h"
#include "testmedia.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Stride;

namespace {

struct Recorded
{
    std::optional<CapturedMedia> media;
    QString warning;
    QString failure;
    bool cancelled = false;
};

void watch(RecordingSession &session, Recorded &r)
{
    QObject::connect(&session, &RecordingSession::finished, [&r](const CapturedMedia &m, const QString &w) {
        r.media = m;
        r.warning = w;
    });
    QObject::connect(&session, &RecordingSession::failed, [&r](const QString &m) { r.failure = m; });
    QObject::connect(&session, &RecordingSession::cancelled, [&r] { r.cancelled = true; });
}

// What a recorder has written so far.
QString partialRecording(const MediaStore &store, qsizetype bytes)
{
    const QString path = store.newIncomingPath(QStringLiteral(".webm"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(bytes, 'x'));
    f.close();
    return path;
}

} // namespace

TEST_CASE("A recording stops at once when the disk is nearly full, and what was recorded is kept",
          "[recording]")
{
    QTemporaryDir tmp;
    MediaStore store(tmp.filePath(QStringLiteral("media")));
    RecordingSession session(store);
    Recorded r;
    watch(session, r);
    // "Nearly full" simulated: the threshold is above whatever this disk has free.
    session.setLowSpaceThreshold(store.bytesAvailable() + 1024LL * 1024 * 1024);
    CHECK_FALSE(session.hasRoomToStart());

    const QString path = partialRecording(store, 4096);
    QSignalSpy stop(&session, &RecordingSession::stopRequested);
    QElapsedTimer clock;
    clock.start();
    session.begin(EvidenceKind::Video, path, QStringLiteral("video/webm"), QSize(320, 240));
    REQUIRE(stop.wait(2000));
    CHECK(clock.elapsed() < 500); // at once, not at the next one-second check
    CHECK(session.stopReason() == RecordingSession::StopReason::LowSpace);

    session.recorderStopped(1234); // the recorder closes its file
    REQUIRE(r.media);
    CHECK(r.failure.isEmpty());
    CHECK(r.media->kind == EvidenceKind::Video);
    CHECK(r.media->incomingPath == path);
    CHECK(QFile(path).size() == 4096);
    CHECK(r.media->durationMs == 1234);
    CHECK(r.media->mimeType == QStringLiteral("video/webm"));
    CHECK(r.media->size == QSize(320, 240));
    CHECK(r.warning.contains(QStringLiteral("nearly full")));
    CHECK(r.warning.contains(QStringLiteral("kept")));
    CHECK_FALSE(session.isActive());
}

TEST_CASE("A disk already too full to record anything gives a plain failure and leaves no file",
          "[recording]")
{
    QTemporaryDir tmp;
    MediaStore store(tmp.filePath(QStringLiteral("media")));
    RecordingSession session(store);
    Recorded r;
    watch(session, r);
    session.setLowSpaceThreshold(store.bytesAvailable() + 1024LL * 1024 * 1024);
    const QString path = partialRecording(store, 0);
    QSignalSpy stop(&session, &RecordingSession::stopRequested);
    session.begin(EvidenceKind::Audio, path, QStringLiteral("audio/ogg"));
    REQUIRE(stop.wait(2000));
    session.recorderStopped(0);
    CHECK_FALSE(r.media);
    CHECK(r.failure.contains(QStringLiteral("too full to record a voice note")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("A recorder error keeps a file that has something in it", "[recording]")
{
    QTemporaryDir tmp;
    MediaStore store(tmp.filePath(QStringLiteral("media")));
    RecordingSession session(store);
    Recorded r;
    watch(session, r);
    session.setLowSpaceThreshold(0);
    const QString path = partialRecording(store, 2048);
    session.begin(EvidenceKind::Audio, path, QStringLiteral("audio/ogg"));
    TestMedia::waitUntil([] { return false; }, 120); // a little wall-clock time passes
    session.requestStop(RecordingSession::StopReason::RecorderError,
                        QStringLiteral("The camera or microphone stopped working."));
    session.recorderStopped(0); // the recorder did not say how long it ran
    REQUIRE(r.media);
    CHECK(QFile::exists(path));
    CHECK(r.media->durationMs >= 100); // the wall clock stands in
    CHECK(r.warning.contains(QStringLiteral("microphone stopped working")));
    CHECK(r.warning.contains(QStringLiteral("kept")));
}

TEST_CASE("A recorder error with nothing recorded says what went wrong", "[recording]")
{
    QTemporaryDir tmp;
    MediaStore store(tmp.filePath(QStringLiteral("media")));
    RecordingSession session(store);
    Recorded r;
    watch(session, r);
    session.setLowSpaceThreshold(0);
    const QString path = store.newIncomingPath(QStringLiteral(".mp4")); // never created
    session.begin(EvidenceKind::Video, path, QStringLiteral("video/mp4"));
    session.requestStop(RecordingSession::StopReason::RecorderError, QStringLiteral("The tablet is full."));
    session.recorderStopped(0);
    CHECK_FALSE(r.media);
    CHECK(r.failure == QStringLiteral("The tablet is full."));
}

TEST_CASE("A recording stopped by the user is handed on without a warning", "[recording]")
{
    QTemporaryDir tmp;
    MediaStore store(tmp.filePath(QStringLiteral("media")));
    RecordingSession session(store);
    Recorded r;
    watch(session, r);
    session.setLowSpaceThreshold(0);
    const QString path = partialRecording(store, 100);
    QSignalSpy ticks(&session, &RecordingSession::elapsedChanged);
    session.begin(EvidenceKind::Video, path, QStringLiteral("video/mp4"));
    CHECK(ticks.wait(1000)); // the running clock ticks
    session.requestStop(RecordingSession::StopReason::User);
    session.requestStop(RecordingSession::StopReason::LowSpace); // a later reason does not replace the first
    session.recorderStopped(5000);
    REQUIRE(r.media);
    CHECK(r.media->durationMs == 5000);
    CHECK(r.warning.isEmpty());
}

TEST_CASE("A cancelled recording is deleted and nothing is handed on", "[recording]")
{
    QTemporaryDir tmp;
    MediaStore store(tmp.filePath(QStringLiteral("media")));
    RecordingSession session(store);
    Recorded r;
    watch(session, r);
    session.setLowSpaceThreshold(0);
    const QString path = partialRecording(store, 100);
    session.begin(EvidenceKind::Video, path, QStringLiteral("video/mp4"));
    session.requestStop(RecordingSession::StopReason::User);
    session.requestStop(RecordingSession::StopReason::Cancelled); // cancel wins
    session.recorderStopped(1000);
    CHECK(r.cancelled);
    CHECK_FALSE(r.media);
    CHECK(r.failure.isEmpty());
    CHECK_FALSE(QFile::exists(path));
}
