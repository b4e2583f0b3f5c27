// A voice note's waveform as one picture, waited for, as the moderation PDFs draw it
// (platform/media/waveformpicture.h), and through the pictures the app and stride-cli hand to them.
#include "media/mediastore.h"
#include "media/waveformpicture.h"
#include "testmedia.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QIODevice>
#include <QTemporaryDir>

using namespace Stride;

TEST_CASE("A voice note's waveform picture for the moderation PDF: quiet, then bars", "[waveform][media]")
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("note.m4a"));
    const QString made = TestMedia::makeVoiceNote(path, 1.0, 1.0);
    INFO(made.toStdString());
    REQUIRE(made.isEmpty());
    // Read as the PDFs read it: from the media store, through its device.
    MediaStore media = Stride::Testing::keyedMediaStore(tmp.filePath(QStringLiteral("media")));
    const MediaStore::PutResult put = media.copyIn(path);
    REQUIRE(put.ok);
    QString error;
    const std::unique_ptr<QIODevice> sound = media.openForReading(put.sha256, &error);
    INFO(error.toStdString());
    REQUIRE(sound);
    const FormPdfPictures pictures = devicePictures();
    REQUIRE(pictures.voiceNoteWaveform);
    const QImage image =
        pictures.voiceNoteWaveform(sound.get(), QStringLiteral("audio/mp4"), QSize(480, 200));
    REQUIRE(image.size() == QSize(480, 200));
    // 96 bars of 5 pixels: look at the middle of the 9th (silence) and of the 89th (the tone).
    CHECK(qGray(image.pixel(8 * 5 + 2, 20)) > 200);  // white above the hairline
    CHECK(qGray(image.pixel(88 * 5 + 2, 20)) < 160); // a bar reaching near the top
}

TEST_CASE("A file that is not a voice note gives no waveform picture", "[waveform][media]")
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("clip.mp4"));
    const QString made = TestMedia::makeVideo(path, 1, QSize(320, 240), QStringLiteral("h264"));
    INFO(made.toStdString());
    REQUIRE(made.isEmpty());
    MediaStore media = Stride::Testing::keyedMediaStore(tmp.filePath(QStringLiteral("media")));
    const MediaStore::PutResult put = media.copyIn(path);
    REQUIRE(put.ok);
    const std::unique_ptr<QIODevice> video = media.openForReading(put.sha256);
    REQUIRE(video);
    CHECK(waveformPicture(video.get(), QStringLiteral("video/mp4"), QSize(480, 200)).isNull());
    CHECK(waveformPicture(nullptr, QStringLiteral("audio/mp4"), QSize(480, 200)).isNull());
}
