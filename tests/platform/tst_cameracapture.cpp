// The real camera source on a machine without a camera or microphone (a build machine, CI):
// it must say so in words, never crash, and never pretend to record.
#include "capture/cameracapturesource.h"
#include "media/mediastore.h"
#include "testmedia.h"

#include <catch2/catch.hpp>

#include <QAudioDevice>
#include <QCameraDevice>
#include <QDir>
#include <QMediaDevices>
#include <QTemporaryDir>
#include <QVideoSink>

using namespace Stride;

namespace {

struct Answers
{
    QStringList failures;
    int captured = 0;
};

void watch(CameraCaptureSource &source, Answers &a)
{
    QObject::connect(&source, &CaptureSource::failed, [&a](const QString &m) { a.failures << m; });
    QObject::connect(&source, &CaptureSource::captured, [&a](const CapturedMedia &) { ++a.captured; });
}

bool isPlainWords(const QString &message)
{
    // No API names, error codes or backend jargon: a sentence for the person holding the tablet.
    for (const char *jargon : {"QCamera", "Error", "error:", "GStreamer", "ffmpeg", "null", "::"})
        if (message.contains(QLatin1String(jargon)))
            return false;
    return message.endsWith(QLatin1Char('.')) && message.at(0).isUpper();
}

} // namespace

TEST_CASE("Without a camera, the camera source says so in plain words", "[camera]")
{
    if (!QMediaDevices::videoInputs().isEmpty()) {
        WARN("This machine has a camera; the no-camera checks do not apply here.");
        return;
    }
    QTemporaryDir tmp;
    MediaStore store(tmp.filePath(QStringLiteral("media")));
    CameraCaptureSource source(store);
    Answers a;
    watch(source, a);
    CHECK_FALSE(source.hasCamera());
    CHECK_FALSE(source.importsFiles());
    CHECK(source.cameraCount() == 0);
    source.setActive(true); // the capture screen opens: nothing to start, nothing to crash

    source.takePhoto();
    TestMedia::waitUntil([&] { return !a.failures.isEmpty(); }, 2000);
    REQUIRE(a.failures.size() == 1);
    CHECK(a.failures.first().contains(QStringLiteral("no camera")));
    CHECK(isPlainWords(a.failures.first()));

    source.startVideo();
    REQUIRE(a.failures.size() == 2);
    CHECK(a.failures.last().contains(QStringLiteral("no camera")));
    CHECK(source.recordingState() == CaptureSource::RecordingState::Idle);
    CHECK_FALSE(source.isBusy());

    source.stopVideo(); // nothing to stop: no answer at all
    source.cancel();
    source.setActive(false);
    TestMedia::waitUntil([] { return false; }, 200);
    CHECK(a.failures.size() == 2);
    CHECK(a.captured == 0);
    CHECK(QDir(store.incomingDir()).isEmpty());
}

TEST_CASE("Without a microphone, a voice note is refused in plain words", "[camera]")
{
    if (!QMediaDevices::audioInputs().isEmpty()) {
        WARN("This machine has a microphone; the no-microphone check does not apply here.");
        return;
    }
    QTemporaryDir tmp;
    MediaStore store(tmp.filePath(QStringLiteral("media")));
    CameraCaptureSource source(store);
    Answers a;
    watch(source, a);
    CHECK_FALSE(source.hasMicrophone());
    source.startAudio();
    REQUIRE(a.failures.size() == 1);
    CHECK(a.failures.first().contains(QStringLiteral("no microphone")));
    CHECK(isPlainWords(a.failures.first()));
    CHECK_FALSE(source.isRecording());
    CHECK(QDir(store.incomingDir()).isEmpty());
}

TEST_CASE("The camera source takes a viewfinder and a low-space threshold", "[camera]")
{
    QTemporaryDir tmp;
    MediaStore store(tmp.filePath(QStringLiteral("media")));
    CameraCaptureSource source(store);
    CHECK(source.lowSpaceThreshold() == CaptureSource::kDefaultLowSpaceThreshold);
    source.setLowSpaceThreshold(1);
    CHECK(source.lowSpaceThreshold() == 1);
    QVideoSink viewfinder; // a QML VideoOutput in the app
    source.setVideoOutput(&viewfinder);
    CHECK(source.videoOutput() == &viewfinder);
    source.setVideoOutput(nullptr);
    CHECK(source.captureSession() != nullptr);
}
