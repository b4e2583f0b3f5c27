// A voice note's peak envelope through QAudioDecoder, for the waveform on its card.
#include "media/audiowaveform.h"
#include "testmedia.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace Stride;

namespace {

std::optional<AudioWaveform::Result> waveform(const QString &path)
{
    AudioWaveform w;
    std::optional<AudioWaveform::Result> result;
    QObject::connect(&w, &AudioWaveform::finished, [&](const AudioWaveform::Result &r) { result = r; });
    w.start(path);
    TestMedia::waitUntil([&] { return result.has_value(); }, 25000);
    return result;
}

} // namespace

TEST_CASE("A voice note's waveform shows silence, then sound, and its exact length", "[waveform][media]")
{
    // Every format CameraCaptureSource may record a voice note in (M4A, Ogg Opus/Vorbis, WAV).
    const char *suffix = GENERATE("wav", "ogg", "opus", "m4a");
    DYNAMIC_SECTION("as " << suffix)
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("note.") + QString::fromLatin1(suffix));
        const QString made = TestMedia::makeVoiceNote(path, 1.0, 1.0);
        INFO(made.toStdString());
        REQUIRE(made.isEmpty());
        const auto r = waveform(path);
        REQUIRE(r);
        INFO(r->message.toStdString());
        REQUIRE(r->ok);
        REQUIRE(r->peaks.size() == AudioWaveform::kDefaultBuckets);
        CHECK(r->durationMs == Approx(2000).margin(100));
        // First half silent, second half a tone at 0.8 (allowing for the codecs' ripple).
        for (int i = 0; i < 28; ++i)
            CHECK(r->peaks.at(i) < 0.05f);
        for (int i = 36; i < 64; ++i)
            CHECK(r->peaks.at(i) == Approx(0.8).margin(0.15));
    }
}

TEST_CASE("A waveform picture has bars where the sound is", "[waveform]")
{
    QList<float> peaks(64, 0.0f);
    for (int i = 32; i < 64; ++i)
        peaks[i] = 0.4f; // quiet, but scaled up to the full height
    const QImage image = AudioWaveform::render(peaks, QSize(320, 80));
    REQUIRE(image.size() == QSize(320, 80));
    CHECK(qGray(image.pixel(12, 10)) > 200);  // silence: white above the hairline
    CHECK(qGray(image.pixel(302, 10)) < 160); // sound: a bar reaching near the top
}

TEST_CASE("A video is not decoded as a voice note", "[waveform][media]")
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("clip.mp4"));
    const QString made = TestMedia::makeVideo(path, 1, QSize(320, 240), QStringLiteral("h264"));
    INFO(made.toStdString());
    REQUIRE(made.isEmpty());
    const auto r = waveform(path);
    REQUIRE(r);
    CHECK_FALSE(r->ok);
    CHECK(r->message.contains(QStringLiteral("video")));
}
