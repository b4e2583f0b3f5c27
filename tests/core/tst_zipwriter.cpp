// The moderation pack's ZIP writer (core/moderation/zipwriter.h), read back with Info-ZIP's unzip:
// stored and deflated entries, each entry's SHA-256, and the ZIP64 records past 65,535 entries.
#include "moderation/zipwriter.h"
#include "sync/sha256.h"

#include "core/packtools.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Stride;

TEST_CASE("ZIP writer: stored files and deflated text read back whole", "[pack][zip]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QByteArray video(3 * 1024 * 1024 + 17, '\0');
    for (qsizetype i = 0; i < video.size(); ++i)
        video[i] = char((i * 7919) % 251);
    const QString videoPath = dir.filePath(QStringLiteral("clip.mp4"));
    QFile f(videoPath);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(video) == video.size());
    f.close();
    const QByteArray text = QByteArray("The manifest, with repeated words. ").repeated(200);

    const QString zipPath = dir.filePath(QStringLiteral("pack.zip"));
    QSaveFile zipFile(zipPath);
    REQUIRE(zipFile.open(QIODevice::WriteOnly));
    ZipWriter zip(&zipFile);
    REQUIRE(zip.addFile(QStringLiteral("pack/media/A S/2026-11-03 clip.mp4"), videoPath));
    REQUIRE(zip.addBytes(QStringLiteral("pack/manifest.txt"), text));
    REQUIRE(zip.addBytes(QStringLiteral("pack/empty.txt"), QByteArray()));
    REQUIRE(zip.finish());
    REQUIRE(zipFile.commit());

    CHECK(zip.entries().size() == 3);
    CHECK(zip.entries().at(0).sha256 == Sha256::digest(video));
    CHECK(zip.entries().at(0).size == video.size());
    CHECK(zip.entries().at(1).sha256 == Sha256::digest(text));

    const PackTools::Run test = PackTools::run(QStringLiteral("unzip"), {QStringLiteral("-t"), zipPath});
    INFO(test.out.toStdString() << test.err.toStdString());
    REQUIRE(test.exitCode == 0);
    CHECK(PackTools::zipNames(zipPath) == QStringList{QStringLiteral("pack/media/A S/2026-11-03 clip.mp4"),
                                                      QStringLiteral("pack/manifest.txt"),
                                                      QStringLiteral("pack/empty.txt")});
    CHECK(PackTools::zipEntry(zipPath, QStringLiteral("pack/media/A S/2026-11-03 clip.mp4")) == video);
    CHECK(PackTools::zipEntry(zipPath, QStringLiteral("pack/manifest.txt")) == text);
    // The text was deflated: the archive is smaller than the two entries side by side.
    CHECK(QFileInfo(zipPath).size() < video.size() + text.size() / 4);
}

TEST_CASE("ZIP writer: more than 65,535 entries take the ZIP64 records", "[pack][zip]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString zipPath = dir.filePath(QStringLiteral("many.zip"));
    QSaveFile zipFile(zipPath);
    REQUIRE(zipFile.open(QIODevice::WriteOnly));
    ZipWriter zip(&zipFile);
    constexpr int kEntries = 65536 + 10;
    for (int i = 0; i < kEntries; ++i)
        REQUIRE(zip.addBytes(QStringLiteral("n/%1.txt").arg(i), QByteArray::number(i), false));
    REQUIRE(zip.finish());
    REQUIRE(zipFile.commit());

    const PackTools::Run test = PackTools::run(QStringLiteral("unzip"), {QStringLiteral("-tq"), zipPath});
    INFO(test.out.toStdString() << test.err.toStdString());
    REQUIRE(test.exitCode == 0);
    const QStringList names = PackTools::zipNames(zipPath);
    REQUIRE(names.size() == kEntries);
    CHECK(names.last() == QStringLiteral("n/%1.txt").arg(kEntries - 1));
    CHECK(PackTools::zipEntry(zipPath, QStringLiteral("n/65540.txt")) == QByteArray("65540"));
}

TEST_CASE("ZIP writer: a source file that cannot be read stops the archive and says which", "[pack][zip]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    ZipWriter zip(&sink);
    const QString missing = dir.filePath(QStringLiteral("gone.jpg"));
    CHECK_FALSE(zip.addFile(QStringLiteral("gone.jpg"), missing));
    CHECK_FALSE(zip.writeFailed());
    CHECK(zip.errorString().contains(missing));
    CHECK_FALSE(zip.finish());
}

// Hidden ([.]: it writes 4.3 GB, so the suite does not run it); run it by name or with [zip64].
TEST_CASE("ZIP writer: an entry past 4 GB takes ZIP64 sizes and the entry after it a ZIP64 offset",
          "[.][pack][zip][zip64]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // A sparse file of zeros: made at once, read back as fast as the disk cache allows.
    const QString bigPath = dir.filePath(QStringLiteral("long video.mp4"));
    QFile big(bigPath);
    REQUIRE(big.open(QIODevice::WriteOnly));
    const qint64 bigSize = (qint64(1) << 32) + 12345;
    REQUIRE(big.resize(bigSize));
    big.close();

    const QString zipPath = dir.filePath(QStringLiteral("big.zip"));
    QSaveFile zipFile(zipPath);
    REQUIRE(zipFile.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    ZipWriter zip(&zipFile);
    REQUIRE(zip.addFile(QStringLiteral("media/long video.mp4"), bigPath));
    REQUIRE(zip.addBytes(QStringLiteral("manifest.txt"), QByteArray("after the 4 GB")));
    REQUIRE(zip.finish());
    REQUIRE(zipFile.commit());
    CHECK(zip.entries().first().size == bigSize);

    const PackTools::Run test = PackTools::run(QStringLiteral("unzip"), {QStringLiteral("-tq"), zipPath});
    INFO(test.out.toStdString() << test.err.toStdString());
    REQUIRE(test.exitCode == 0);
    const PackTools::Run list = PackTools::run(QStringLiteral("unzip"), {QStringLiteral("-l"), zipPath});
    CHECK(QString::fromUtf8(list.out).contains(QString::number(bigSize)));
    CHECK(PackTools::zipEntry(zipPath, QStringLiteral("manifest.txt")) == QByteArray("after the 4 GB"));
}
