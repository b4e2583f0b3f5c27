// The media store and photo cleaning: durable, content-addressed, no location data kept.
#include "testsupport.h"

#include "media/mediastore.h"
#include "media/photoprocessor.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QPainter>

using namespace Stride;

namespace {

QByteArray jpegOf(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "JPEG", 90));
    return bytes;
}

QImage testCard(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(0, 0, w / 2, h, Qt::darkBlue); // left half blue: shows which way up it is
    return image;
}

void put16(QByteArray &b, int v)
{
    b.append(char((v >> 8) & 0xFF));
    b.append(char(v & 0xFF));
}
void put32(QByteArray &b, quint32 v)
{
    put16(b, int(v >> 16));
    put16(b, int(v & 0xFFFF));
}

// An EXIF block as a phone writes it: an orientation, and a GPS position (latitude 52°N).
QByteArray exifSegment(int orientation)
{
    QByteArray tiff("MM\0*\0\0\0\x08", 8);
    put16(tiff, 2); // IFD0: two entries
    put16(tiff, 0x0112);
    put16(tiff, 3);
    put32(tiff, 1);
    put16(tiff, orientation);
    put16(tiff, 0);
    put16(tiff, 0x8825);
    put16(tiff, 4);
    put32(tiff, 1);
    put32(tiff, 8 + 2 + 24 + 4); // GPS IFD offset
    put32(tiff, 0);              // no next IFD
    put16(tiff, 2);              // GPS IFD: two entries
    put16(tiff, 0x0001);
    put16(tiff, 2);
    put32(tiff, 2);
    tiff.append("N\0\0\0", 4);
    put16(tiff, 0x0002);
    put16(tiff, 5);
    put32(tiff, 3);
    put32(tiff, 8 + 2 + 24 + 4 + 2 + 24 + 4);
    put32(tiff, 0);
    for (quint32 v : {52u, 1u, 14u, 1u, 3000u, 100u}) // 52° 14' 30.00"
        put32(tiff, v);
    QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment("\xFF\xE1", 2);
    put16(segment, int(payload.size() + 2));
    return segment + payload;
}

QByteArray withExif(const QByteArray &jpeg, int orientation)
{
    return jpeg.left(2) + exifSegment(orientation) + jpeg.mid(2);
}

QString sha256Hex(const QByteArray &b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST_CASE("Media is stored under its SHA-256, once, in app-private storage", "[media]")
{
    QTemporaryDir dir;
    MediaStore media(dir.filePath(QStringLiteral("media")));
    media.setKey(QByteArray(32, 'k'));
    const QByteArray bytes = QByteArray("photo bytes ").repeated(1000);
    const auto first = media.put(bytes);
    REQUIRE(first.ok);
    CHECK(first.sha256 == sha256Hex(bytes));
    CHECK(first.byteSize == bytes.size());
    CHECK(media.read(first.sha256) == bytes);
    CHECK(media.put(bytes).sha256 == first.sha256); // the same bytes again: one file
    CHECK(QDir(media.incomingDir()).isEmpty());
    CHECK(QFile::exists(dir.filePath(QStringLiteral("media/.nomedia"))));
}

TEST_CASE("Media is read back through the store, whole or from any offset", "[media]")
{
    QTemporaryDir dir;
    MediaStore media(dir.filePath(QStringLiteral("media")));
    media.setKey(QByteArray(32, 'k'));
    const QByteArray bytes = QByteArray("voice note ").repeated(20'000);
    const auto put = media.put(bytes);
    REQUIRE(put.ok);
    CHECK(media.read(put.sha256) == bytes);
    CHECK(media.plainSize(put.sha256) == bytes.size());
    QString error;
    const std::unique_ptr<QIODevice> device = media.openForReading(put.sha256, &error);
    REQUIRE(device);
    CHECK_FALSE(device->isSequential());
    CHECK(device->size() == bytes.size());
    REQUIRE(device->seek(123'457));
    CHECK(device->read(1000) == bytes.mid(123'457, 1000));

    const QString missing = QString(64, QLatin1Char('a'));
    CHECK(media.read(missing, &error).isEmpty());
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(media.openForReading(missing));
    CHECK(media.plainSize(missing) == -1);
}

TEST_CASE("A finished recording is sealed, hashed as it is read, and its plain file removed", "[media]")
{
    QTemporaryDir dir;
    MediaStore media(dir.filePath(QStringLiteral("media")));
    media.setKey(QByteArray(32, 'k'));
    const QString recording = media.newIncomingPath(QStringLiteral(".mp4"));
    const QByteArray bytes(3 * 1024 * 1024 + 17, 'v');
    {
        QFile f(recording);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const auto r = media.adopt(recording);
    REQUIRE(r.ok);
    CHECK(r.sha256 == sha256Hex(bytes));
    CHECK_FALSE(QFile::exists(recording));
    CHECK(media.plainSize(r.sha256) == bytes.size());
    CHECK(media.read(r.sha256) == bytes);
}

TEST_CASE("Orphans and half-written files are removed; referenced files stay", "[media]")
{
    QTemporaryDir dir;
    MediaStore media(dir.filePath(QStringLiteral("media")));
    media.setKey(QByteArray(32, 'k'));
    const auto kept = media.put("kept");
    const auto orphan = media.put("orphan");
    QFile half(media.newIncomingPath(QStringLiteral(".part")));
    REQUIRE(half.open(QIODevice::WriteOnly));
    half.write("half a video");
    half.close();
    CHECK(media.removeOrphans({kept.sha256}) == 2);
    CHECK(media.contains(kept.sha256));
    CHECK_FALSE(media.contains(orphan.sha256));
    CHECK(QDir(media.incomingDir()).isEmpty());
}

TEST_CASE("Location data is stripped from an upright photo without touching its pixels", "[media][photo]")
{
    const QByteArray plain = jpegOf(testCard(400, 300));
    const QByteArray fromPhone = withExif(plain, 1);
    REQUIRE(fromPhone.contains(QByteArray("Exif\0\0", 6)));

    const PhotoProcessor::Result r = PhotoProcessor::process(fromPhone);
    REQUIRE(r.ok);
    CHECK_FALSE(r.reencoded);
    CHECK_FALSE(r.bytes.contains(QByteArray("Exif\0\0", 6)));
    CHECK_FALSE(r.bytes.contains(QByteArray("\xFF\xE1", 2)));
    CHECK(r.bytes == plain); // the camera's image data, byte for byte, minus the metadata
    CHECK(r.size == QSize(400, 300));
    CHECK(r.thumbnailSize == QSize(320, 240));
    QImage thumb;
    REQUIRE(thumb.loadFromData(r.thumbnail, "JPEG"));
    CHECK(thumb.size() == QSize(320, 240));
}

TEST_CASE("A rotated photo is turned upright and keeps no metadata", "[media][photo]")
{
    // Stored landscape with "rotate 90° clockwise to view" (orientation 6), as phones held upright do.
    const QByteArray fromPhone = withExif(jpegOf(testCard(400, 300)), 6);
    QBuffer probe;
    probe.setData(fromPhone);
    QImageReader reader(&probe);
    REQUIRE(reader.transformation() == QImageIOHandler::TransformationRotate90);

    const PhotoProcessor::Result r = PhotoProcessor::process(fromPhone);
    REQUIRE(r.ok);
    CHECK(r.reencoded);
    CHECK(r.size == QSize(300, 400));
    CHECK_FALSE(r.bytes.contains(QByteArray("Exif\0\0", 6)));
    QImage upright;
    REQUIRE(upright.loadFromData(r.bytes, "JPEG"));
    CHECK(upright.size() == QSize(300, 400));
    // After turning, the blue half is on top.
    CHECK(qBlue(upright.pixel(150, 50)) > 100);
    CHECK(qRed(upright.pixel(150, 350)) > 200);
}

TEST_CASE("A file that is not a photo is refused in plain words", "[media][photo]")
{
    const PhotoProcessor::Result r = PhotoProcessor::process("definitely not a jpeg");
    CHECK_FALSE(r.ok);
    CHECK(r.message.contains(QStringLiteral("not a photo")));
}
