// Media sealed at rest: the chunked AES-256-GCM format (round trips, seeking, damage, truncation,
// reordering, another key), the media store's keyed names, the once-only sealing of a tablet's
// plain files (a kill at each step of it, and stride-cli doing it), and no plain run of bytes
// anywhere on the disk.
#include "media/durablefile.h"
#include "media/mediastore.h"
#include "media/sealedfile.h"
#include "sync/devicefiles.h"
#include "testsupport.h"

#include "core/packtools.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <thread>

using namespace Stride;

namespace {

const QByteArray kKey(32, 'm');
const QByteArray kOtherKey(32, 'o');
constexpr int kSmallChunk = 4096;

QByteArray noise(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(random.bounded(256));
    return bytes;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// Seals `plain` at `path`, fed in pieces of `piece` bytes (0: all at once).
void seal(const QString &path, const QByteArray &plain, int chunk, qint64 piece = 0,
          const QByteArray &key = kKey)
{
    SealedFileWriter writer;
    REQUIRE(writer.create(path, key, chunk));
    if (piece <= 0)
        REQUIRE(writer.write(plain));
    for (qint64 at = 0; piece > 0 && at < plain.size(); at += piece)
        REQUIRE(writer.write(QByteArrayView(plain).sliced(at, std::min(piece, plain.size() - at))));
    REQUIRE(writer.finish(false));
    CHECK(writer.plainSize() == plain.size());
    CHECK(writer.plainSha256() == QCryptographicHash::hash(plain, QCryptographicHash::Sha256));
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Every file under `dir`, so a test can look at all of what the disk holds.
QStringList allFiles(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

// True if any file under `dir` holds any 64-byte run of `plain` (checked at many offsets).
bool plainRunOnDisk(const QString &dir, const QByteArray &plain)
{
    for (const QString &file : allFiles(dir)) {
        const QByteArray bytes = fileBytes(file);
        for (qint64 at = 0; at + 64 <= plain.size(); at += std::max<qint64>(1, plain.size() / 97))
            if (bytes.contains(QByteArrayView(plain).sliced(at, 64)))
                return true;
    }
    return false;
}

} // namespace

TEST_CASE("A sealed file reads back exactly, at every size around a chunk's edge", "[media][sealed]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f"));
    for (const qint64 size :
         {qint64(0), qint64(1), qint64(kSmallChunk - 1), qint64(kSmallChunk), qint64(kSmallChunk + 1),
          qint64(3 * kSmallChunk), qint64(5 * 1024 * 1024 + 17)}) {
        for (const qint64 piece : {qint64(0), qint64(1000)}) {
            INFO("size " << size << ", written " << (piece ? "in pieces" : "at once"));
            const QByteArray plain = noise(size, quint32(size));
            const int chunk = size > 1024 * 1024 ? SealedFile::kDefaultChunkBytes : kSmallChunk;
            seal(path, plain, chunk, piece);
            CHECK(QFileInfo(path).size() == SealedFile::sealedSizeOf(size, chunk));
            CHECK(SealedFile::isSealed(path));
            SealedFileReader reader(path, kKey);
            REQUIRE(reader.open(QIODevice::ReadOnly));
            CHECK(reader.size() == size);
            CHECK(reader.readAll() == plain);
            CHECK(reader.atEnd());
        }
    }
}

TEST_CASE("A sealed file is read from anywhere, across chunk edges, forwards and back", "[media][sealed]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f"));
    const QByteArray plain = noise(7 * kSmallChunk + 123, 7);
    seal(path, plain, kSmallChunk);
    SealedFileReader reader(path, kKey);
    REQUIRE(reader.open(QIODevice::ReadOnly));
    CHECK_FALSE(reader.isSequential());
    // Across an edge, then back into an earlier chunk, then the last bytes and past the end.
    REQUIRE(reader.seek(kSmallChunk - 3));
    CHECK(reader.read(10) == plain.mid(kSmallChunk - 3, 10));
    REQUIRE(reader.seek(5));
    CHECK(reader.read(3 * kSmallChunk) == plain.mid(5, 3 * kSmallChunk));
    REQUIRE(reader.seek(plain.size() - 4));
    CHECK(reader.read(100) == plain.right(4));
    CHECK(reader.read(1).isEmpty());
    QRandomGenerator random(3);
    for (int i = 0; i < 300; ++i) {
        const qint64 at = random.bounded(int(plain.size()));
        const qint64 length = random.bounded(3 * kSmallChunk);
        REQUIRE(reader.seek(at));
        REQUIRE(reader.read(length) == plain.mid(at, length));
    }
}

TEST_CASE("A damaged, reordered or cut-short sealed file is found, never read as garbage", "[media][sealed]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f"));
    const QByteArray plain = noise(4 * kSmallChunk + 100, 11);
    const qint64 whole = kSmallChunk + SealedFile::kTagBytes;
    auto chunkAt = [&](int index) { return SealedFile::kHeaderBytes + index * whole; };

    SECTION("a flipped byte in a chunk: the chunks before it read, that one fails in words")
    {
        seal(path, plain, kSmallChunk);
        QByteArray sealed = fileBytes(path);
        sealed[chunkAt(2) + 77] = char(sealed[chunkAt(2) + 77] ^ 0x01);
        writeFile(path, sealed);
        SealedFileReader reader(path, kKey);
        REQUIRE(reader.open(QIODevice::ReadOnly));
        CHECK(reader.read(2 * kSmallChunk) == plain.left(2 * kSmallChunk));
        char byte = 0;
        CHECK(reader.read(&byte, 1) == -1);
        CHECK(reader.errorString().contains(QStringLiteral("Part 3 of 5")));
        CHECK(reader.errorString().contains(QStringLiteral("damaged")));
        // A read that runs into the damage returns only what came before it.
        REQUIRE(reader.seek(2 * kSmallChunk - 10));
        CHECK(reader.read(100) == plain.mid(2 * kSmallChunk - 10, 10));
    }
    SECTION("a flipped tag byte is found too")
    {
        seal(path, plain, kSmallChunk);
        QByteArray sealed = fileBytes(path);
        sealed[chunkAt(1) + kSmallChunk + 3] = char(sealed[chunkAt(1) + kSmallChunk + 3] ^ 0x80);
        writeFile(path, sealed);
        SealedFileReader reader(path, kKey);
        REQUIRE(reader.open(QIODevice::ReadOnly));
        REQUIRE(reader.seek(kSmallChunk));
        CHECK(reader.read(1).isEmpty());
        CHECK(reader.errorString().contains(QStringLiteral("Part 2 of 5")));
    }
    SECTION("two chunks swapped")
    {
        seal(path, plain, kSmallChunk);
        QByteArray sealed = fileBytes(path);
        const QByteArray first = sealed.mid(chunkAt(1), whole);
        sealed.replace(chunkAt(1), whole, sealed.mid(chunkAt(2), whole));
        sealed.replace(chunkAt(2), whole, first);
        writeFile(path, sealed);
        SealedFileReader reader(path, kKey);
        REQUIRE(reader.open(QIODevice::ReadOnly));
        CHECK(reader.read(kSmallChunk) == plain.left(kSmallChunk));
        CHECK(reader.read(1).isEmpty());
        CHECK(reader.errorString().contains(QStringLiteral("out of place")));
    }
    SECTION("the last chunk dropped: the file is found to be cut short")
    {
        seal(path, plain, kSmallChunk);
        QFile f(path);
        REQUIRE(f.resize(chunkAt(4)));
        SealedFileReader reader(path, kKey);
        REQUIRE(reader.open(QIODevice::ReadOnly));
        CHECK(reader.size() == 4 * kSmallChunk); // it looks whole by its length alone
        CHECK(reader.readAll() == plain.left(3 * kSmallChunk));
        CHECK(reader.errorString().contains(QStringLiteral("cut short")));
    }
    SECTION("cut mid-chunk, or to no chunk at all")
    {
        seal(path, plain, kSmallChunk);
        QFile f(path);
        REQUIRE(f.resize(chunkAt(4) - 7));
        SealedFileReader reader(path, kKey);
        REQUIRE(reader.open(QIODevice::ReadOnly));
        REQUIRE(reader.seek(3 * kSmallChunk));
        CHECK(reader.read(10).isEmpty());
        CHECK(reader.errorString().contains(QStringLiteral("Part 4 of 4")));
        REQUIRE(f.resize(SealedFile::kHeaderBytes + 5));
        SealedFileReader empty(path, kKey);
        CHECK_FALSE(empty.open(QIODevice::ReadOnly));
        CHECK(empty.errorString().contains(QStringLiteral("cut short")));
    }
    SECTION("another key, and a damaged header")
    {
        seal(path, plain, kSmallChunk);
        SealedFileReader wrong(path, kOtherKey);
        CHECK_FALSE(wrong.open(QIODevice::ReadOnly));
        CHECK(wrong.errorString().contains(QStringLiteral("another key")));
        QByteArray sealed = fileBytes(path);
        sealed[20] = char(sealed[20] ^ 0x04); // in the salt
        writeFile(path, sealed);
        SealedFileReader damaged(path, kKey);
        CHECK_FALSE(damaged.open(QIODevice::ReadOnly));
        writeFile(path, plain);
        SealedFileReader notSealed(path, kKey);
        CHECK_FALSE(notSealed.open(QIODevice::ReadOnly));
        CHECK(notSealed.errorString().contains(QStringLiteral("not one of Stride's sealed")));
    }
}

TEST_CASE("A sealed file holds no run of its plain bytes, and two seals of one file differ",
          "[media][sealed]")
{
    QTemporaryDir dir;
    const QByteArray plain = QByteArray("Ava Thornbury holding the red ball; ").repeated(3000);
    seal(dir.filePath(QStringLiteral("a")), plain, SealedFile::kDefaultChunkBytes);
    seal(dir.filePath(QStringLiteral("b")), plain, SealedFile::kDefaultChunkBytes);
    CHECK_FALSE(plainRunOnDisk(dir.path(), plain));
    CHECK_FALSE(fileBytes(dir.filePath(QStringLiteral("a"))).contains("Thornbury"));
    // Each file has its own salt, so its own key: the same photo twice is not the same bytes.
    CHECK(fileBytes(dir.filePath(QStringLiteral("a"))).mid(SealedFile::kHeaderBytes, 256) !=
          fileBytes(dir.filePath(QStringLiteral("b"))).mid(SealedFile::kHeaderBytes, 256));
}

TEST_CASE("A sealed file left unfinished is carried on from its last whole chunk", "[media][sealed]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("partial"));
    const QByteArray plain = noise(6 * kSmallChunk + 500, 5);
    {
        SealedFileWriter writer;
        REQUIRE(writer.create(path, kKey, kSmallChunk));
        REQUIRE(writer.write(plain.left(3 * kSmallChunk + 200)));
        writer.abandon(); // the app was killed: 3 whole chunks are on the disk, the rest was not
    }
    SECTION("whole chunks only") {}
    SECTION("with half a chunk torn at its end")
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::Append));
        f.write(noise(kSmallChunk / 2, 9));
    }
    SealedFileReader unfinished(path, kKey);
    REQUIRE(unfinished.open(QIODevice::ReadOnly));
    CHECK(unfinished.readAll().size() <= 3 * kSmallChunk); // never reads as whole
    CHECK_FALSE(unfinished.errorString().isEmpty());
    SealedFileWriter writer;
    REQUIRE(writer.resume(path, kKey));
    REQUIRE(writer.plainSize() == 3 * kSmallChunk);
    REQUIRE(writer.write(plain.mid(3 * kSmallChunk)));
    REQUIRE(writer.finish(false));
    CHECK(writer.plainSha256() == QCryptographicHash::hash(plain, QCryptographicHash::Sha256));
    SealedFileReader reader(path, kKey);
    REQUIRE(reader.open(QIODevice::ReadOnly));
    CHECK(reader.readAll() == plain);
    // Under another key there is nothing to carry on.
    SealedFileWriter other;
    CHECK_FALSE(other.resume(path, kOtherKey));
}

TEST_CASE("A download stopped exactly at a chunk's end is carried on and reads whole", "[media][sealed]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("partial"));
    const QByteArray plain = noise(2 * kSmallChunk, 8);
    {
        SealedFileWriter writer;
        REQUIRE(writer.create(path, kKey, kSmallChunk));
        REQUIRE(writer.write(plain));
        REQUIRE(writer.write(QByteArrayView("x", 1))); // the second chunk is sealed as a middle one
        writer.abandon();
    }
    SealedFileWriter writer;
    REQUIRE(writer.resume(path, kKey));
    REQUIRE(writer.plainSize() == 2 * kSmallChunk);
    REQUIRE(writer.finish(false)); // nothing more came: an empty last chunk marks the end
    SealedFileReader reader(path, kKey);
    REQUIRE(reader.open(QIODevice::ReadOnly));
    CHECK(reader.readAll() == plain);
}

TEST_CASE("A finished file whose rename was lost is not carried on: its last chunk is never sealed twice",
          "[media][sealed]")
{
    // finish() sealed the last whole chunk as the last; the kill came before the rename. Resuming
    // would seal that chunk's index again under the same nonce, so the writer refuses and the
    // download starts afresh under a new salt.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("partial"));
    const QByteArray plain = noise(3 * kSmallChunk, 11);
    {
        SealedFileWriter writer;
        REQUIRE(writer.create(path, kKey, kSmallChunk));
        REQUIRE(writer.write(plain));
        REQUIRE(writer.finish(false));
    }
    const QByteArray before = fileBytes(path);
    SealedFileWriter writer;
    CHECK_FALSE(writer.resume(path, kKey));
    CHECK_FALSE(writer.errorString().isEmpty());
    // Starting afresh seals under another salt: no chunk of the old file comes back.
    REQUIRE(writer.create(path, kKey, kSmallChunk));
    REQUIRE(writer.write(plain));
    REQUIRE(writer.finish(false));
    const QByteArray after = fileBytes(path);
    CHECK(after.mid(SealedFile::kHeaderBytes, 64) != before.mid(SealedFile::kHeaderBytes, 64));
    SealedFileReader reader(path, kKey);
    REQUIRE(reader.open(QIODevice::ReadOnly));
    CHECK(reader.readAll() == plain);
}

TEST_CASE("The media store seals every file under a keyed name and needs its key", "[media][sealed]")
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("media"));
    MediaStore media(root);
    const QByteArray photo = noise(300'000, 21);
    const auto refused = media.put(photo);
    CHECK_FALSE(refused.ok); // no key, nothing written
    CHECK(refused.message.contains(QStringLiteral("key")));

    media.setKey(kKey);
    const auto put = media.put(photo);
    REQUIRE(put.ok);
    CHECK(put.sha256 == sha256Hex(photo));
    const QString recording = media.newIncomingPath(QStringLiteral(".m4a"));
    const QByteArray voice = noise(200'000, 22);
    writeFile(recording, voice);
    const auto adopted = media.adopt(recording);
    REQUIRE(adopted.ok);
    CHECK_FALSE(QFile::exists(recording));
    const QString picked = dir.filePath(QStringLiteral("picked.mp4"));
    const QByteArray video = noise(150'000, 23);
    writeFile(picked, video);
    const auto copied = media.copyIn(picked);
    REQUIRE(copied.ok);
    CHECK(fileBytes(picked) == video); // the original is left alone
    QFile::remove(picked);

    CHECK(media.read(put.sha256) == photo);
    CHECK(media.read(adopted.sha256) == voice);
    CHECK(media.plainSize(copied.sha256) == video.size());
    // The folder names no file by its SHA-256, and holds no run of any file's bytes.
    const QStringList files = allFiles(root);
    for (const QString &file : files)
        for (const QString &sha : {put.sha256, adopted.sha256, copied.sha256})
            CHECK_FALSE(file.contains(sha));
    CHECK_FALSE(plainRunOnDisk(root, photo));
    CHECK_FALSE(plainRunOnDisk(root, voice));
    CHECK_FALSE(plainRunOnDisk(root, video));

    // Another tablet's key opens nothing here.
    MediaStore thief(root);
    thief.setKey(kOtherKey);
    CHECK_FALSE(thief.contains(put.sha256));
    CHECK(thief.read(put.sha256).isEmpty());

    // Orphans go; the referenced stay.
    CHECK(media.removeOrphans({put.sha256}) == 2);
    CHECK(media.contains(put.sha256));
    CHECK_FALSE(media.contains(adopted.sha256));
    CHECK(media.read(put.sha256) == photo);
}

TEST_CASE("A damaged media file is reported in words by the store", "[media][sealed]")
{
    QTemporaryDir dir;
    MediaStore media(dir.filePath(QStringLiteral("media")));
    media.setKey(kKey);
    const QByteArray photo = noise(200'000, 31);
    const auto put = media.put(photo);
    REQUIRE(put.ok);
    QByteArray sealed = fileBytes(media.pathOf(put.sha256));
    sealed[sealed.size() - 5000] = char(sealed[sealed.size() - 5000] ^ 0x10);
    writeFile(media.pathOf(put.sha256), sealed);
    QString error;
    CHECK(media.read(put.sha256, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("damaged")));
    const auto device = media.openForReading(put.sha256, &error);
    REQUIRE(device); // the start of the file is still good
    CHECK(device->read(1000) == photo.left(1000));
}

TEST_CASE("A media key set while another thread reads is taken whole: a read never mixes two keys",
          "[media][sealed]")
{
    // As in the app: the image provider decodes on its pool while a store opened again (after an
    // erase, or a lost key) gives the media store its new key on the app's thread.
    QTemporaryDir dir;
    MediaStore media(dir.filePath(QStringLiteral("media")));
    media.setKey(kKey);
    const QByteArray photo = noise(100'000, 41);
    const auto put = media.put(photo);
    REQUIRE(put.ok);

    std::atomic<bool> stop = false;
    std::atomic<int> whole = 0;
    std::atomic<int> notHere = 0;
    QStringList otherwise; // anything else (the name of one key read with the other), read after join
    std::thread reader([&] {
        while (!stop) {
            QString error;
            const QByteArray bytes = media.read(put.sha256, &error);
            if (bytes == photo)
                ++whole;
            else if (bytes.isEmpty() && error == QStringLiteral("This file is not on the tablet."))
                ++notHere; // under the other key the file's name is another
            else if (otherwise.size() < 5)
                otherwise << error;
        }
    });
    for (int i = 0; i < 4000; ++i)
        media.setKey(i % 2 == 0 ? kOtherKey : kKey);
    // The reader goes on until it has read under each key at least once.
    for (int i = 0; i < 1000 && (whole == 0 || notHere == 0); ++i) {
        media.setKey(i % 2 == 0 ? kOtherKey : kKey);
        QThread::msleep(1);
    }
    stop = true;
    reader.join();
    INFO(otherwise.join(QStringLiteral("; ")).toStdString());
    CHECK(otherwise.isEmpty());
    CHECK(whole > 0);
    CHECK(notHere > 0);
    media.setKey(kKey);
    CHECK(media.read(put.sha256) == photo);
}

TEST_CASE("A tablet's plain media files are sealed once, and a kill at any step carries on",
          "[media][sealed]")
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("media"));
    const QByteArray photo = noise(100'000, 41);
    const QByteArray video = noise(3 * 1024 * 1024 + 5, 42);
    const QString photoSha = sha256Hex(photo);
    const QString videoSha = sha256Hex(video);
    // As a tablet from before kept them: plain, named by their SHA-256, plus a plain partial fetch.
    auto plainLayout = [&] {
        for (const auto &[sha, bytes] : {std::pair{photoSha, photo}, std::pair{videoSha, video}}) {
            QDir().mkpath(root + QLatin1Char('/') + sha.left(2));
            writeFile(root + QLatin1Char('/') + sha.left(2) + QLatin1Char('/') + sha, bytes);
        }
        QDir().mkpath(root + QStringLiteral("/fetching"));
        writeFile(root + QStringLiteral("/fetching/") + photoSha + QStringLiteral(".part"), photo.left(5000));
    };
    plainLayout();
    MediaStore media(root);
    media.setKey(kKey);
    const QString plainVideo = root + QLatin1Char('/') + videoSha.left(2) + QLatin1Char('/') + videoSha;

    SECTION("in one go") {}
    SECTION("killed after a sealed copy was written to incoming/, before it was renamed")
    {
        SealedFileWriter writer;
        REQUIRE(writer.create(media.newIncomingPath(QStringLiteral(".part")), kKey));
        REQUIRE(writer.write(video.left(2 * 1024 * 1024)));
        writer.abandon();
        CHECK(media.removeOrphans({photoSha, videoSha}) == 1); // the start-up order: orphans first
    }
    SECTION("killed after the sealed file was renamed into place, before the plain one went")
    {
        const QString plainCopy = dir.filePath(QStringLiteral("copy"));
        REQUIRE(QFile::copy(plainVideo, plainCopy));
        REQUIRE(media.adopt(plainVideo).ok);
        REQUIRE(QFile::rename(plainCopy, plainVideo)); // as if its removal had not happened
    }
    SECTION("killed while the plain file was being overwritten")
    {
        const QString plainCopy = dir.filePath(QStringLiteral("copy"));
        REQUIRE(QFile::copy(plainVideo, plainCopy));
        REQUIRE(media.adopt(plainVideo).ok);
        QByteArray half = video;
        half.fill('\0', 1024 * 1024);
        writeFile(plainVideo, half);
    }
    CHECK(media.removeOrphans({photoSha, videoSha}) >= 0);
    QString error;
    const int sealed = media.sealPlainFiles(&error);
    INFO(error.toStdString());
    CHECK(sealed >= 1);
    CHECK(media.read(photoSha) == photo);
    CHECK(media.read(videoSha) == video);
    for (const QString &file : allFiles(root)) {
        INFO(file.toStdString());
        CHECK((file.endsWith(QStringLiteral(".nomedia")) || SealedFile::isSealed(file)));
        CHECK_FALSE(file.contains(photoSha));
        CHECK_FALSE(file.contains(videoSha));
    }
    CHECK_FALSE(plainRunOnDisk(root, photo));
    CHECK_FALSE(plainRunOnDisk(root, video));
    // Already sealed files are known by their header: a second start seals nothing.
    CHECK(media.sealPlainFiles() == 0);
    CHECK(media.read(videoSha) == video);
}

TEST_CASE("stride-cli seals a device's plain media files when it opens the device's store",
          "[media][sealed][cli]")
{
    // A device from before media were sealed, used from the command line (sync, status, a pack)
    // before the app has started on it: its plain photo must be sealed, or nothing finds it.
    Testing::TempStore db;
    const QString root = DeviceFiles::mediaDirFor(db.path());
    const QByteArray photo = noise(150'000, 61);
    const QString sha = sha256Hex(photo);
    const QString plain = root + QLatin1Char('/') + sha.left(2) + QLatin1Char('/') + sha;
    QDir().mkpath(QFileInfo(plain).absolutePath());
    writeFile(plain, photo);
    const QByteArray mediaKey = db.store.deviceKeys().media;
    db.store.close();

    const PackTools::Run r = PackTools::run(
        QStringLiteral(STRIDE_CLI_EXE), {QStringLiteral("status"), QStringLiteral("--database"), db.path()});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    CHECK_FALSE(QFile::exists(plain));
    MediaStore media(root);
    media.setKey(mediaKey);
    CHECK(media.read(sha) == photo);
    CHECK(SealedFile::isSealed(media.pathOf(sha)));
    CHECK_FALSE(plainRunOnDisk(root, photo));
}

TEST_CASE("A plain file is overwritten before it is removed", "[media][sealed]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("recording.mp4"));
    writeFile(path, noise(3 * 1024 * 1024, 51));
    REQUIRE(DurableFile::overwriteAndRemove(path));
    CHECK_FALSE(QFile::exists(path));
    CHECK(DurableFile::overwriteAndRemove(path)); // already gone is not an error
}
