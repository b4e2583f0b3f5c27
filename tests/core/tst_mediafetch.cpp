// Media the tablet no longer holds: freeing confirmed originals (never thumbnails, never before
// the server confirmed them), and fetching one again on demand with a Range request.
#include "fakehttpserver.h"
#include "testsupport.h"

#include "media/mediastore.h"
#include "media/sealedfile.h"
#include "sync/devicefiles.h"
#include "sync/mediaeviction.h"
#include "sync/mediafetcher.h"
#include "sync/sha256.h"
#include "sync/syncapi.h"
#include "sync/syncledger.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>

using namespace Stride;
using namespace Stride::Testing;

TEST_CASE("SHA-256 is the same whichever library computes it", "[sync][sha256]")
{
    QByteArray bytes(3 * 1024 * 1024 + 17, 'q');
    for (int i = 0; i < bytes.size(); i += 7)
        bytes[i] = char(i % 251);
    CHECK(Sha256::digest(bytes) == QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    Sha256::Hasher h;
    h.addData(QByteArrayView(bytes).first(1000));
    h.addData(QByteArrayView(bytes).sliced(1000));
    CHECK(h.result() == QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    CHECK(Sha256::digest({}) == QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256));
}

TEST_CASE("Only originals the server confirmed are freed, and they come back with a Range request",
          "[sync][media][fetch]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    const QString mediaDir = DeviceFiles::mediaDirFor(t.path());
    MediaStore media(mediaDir);
    media.setKey(t.store.deviceKeys().media);
    QByteArray video(2 * 1024 * 1024 + 333, Qt::Uninitialized);
    for (int i = 0; i < video.size(); ++i)
        video[i] = char((qint64(i) * 31) % 253);
    const auto original = media.put(video);
    const auto thumb = media.put(QByteArrayLiteral("a small picture"));
    const auto unconfirmed = media.put(QByteArrayLiteral("not yet on the server"));
    REQUIRE((original.ok && thumb.ok && unconfirmed.ok));
    EvidenceItem item;
    item.id = newId();
    item.schoolId = m.school.id;
    item.kind = EvidenceKind::Video;
    item.capturedAt = QDateTime::currentDateTimeUtc();
    item.capturedBy = m.assistant.id;
    item.pupils = {{m.ava.id, {}}};
    item.media = {
        {original.sha256, MediaRole::Original, QStringLiteral("video/mp4"), original.byteSize, 0, 0, 1000},
        {thumb.sha256, MediaRole::Thumbnail, QStringLiteral("image/jpeg"), thumb.byteSize, 0, 0, 0},
        {unconfirmed.sha256, MediaRole::Original, QStringLiteral("video/mp4"), unconfirmed.byteSize, 0, 0,
         0}};
    REQUIRE(t.store.save(item).ok);
    SyncLedger ledger(t.store);
    REQUIRE(ledger.mediaToUpload(media).size() == 3);
    REQUIRE(ledger.setMediaState(original.sha256, QStringLiteral("confirmed"), original.byteSize));
    REQUIRE(ledger.setMediaState(thumb.sha256, QStringLiteral("confirmed"), thumb.byteSize));

    const qint64 freed = MediaEviction::freeOriginals(ledger, media, 1);
    CHECK(freed == original.byteSize);
    CHECK_FALSE(media.contains(original.sha256));
    CHECK(media.contains(thumb.sha256));       // thumbnails stay
    CHECK(media.contains(unconfirmed.sha256)); // never before the server confirmed it
    CHECK(ledger.mediaState(original.sha256) == QLatin1String("evicted"));
    CHECK(ledger.mediaToUpload(media).size() == 1);

    // The server, honouring Range as stride-store does.
    QList<QByteArray> ranges;
    FakeHttpServer server([&](const FakeRequest &r) {
        if (r.path != QStringLiteral("/v1/media/") + original.sha256)
            return FakeResponse::json(404, R"({"error":"media_not_found","message":"Not here."})");
        const QByteArray range = r.header("range");
        ranges << range;
        if (range.startsWith("bytes=")) {
            const qint64 from = range.mid(6, range.indexOf('-') - 6).toLongLong();
            return FakeResponse{206,
                                {{"Content-Range", "bytes " + QByteArray::number(from) + '-' +
                                                       QByteArray::number(video.size() - 1) + '/' +
                                                       QByteArray::number(video.size())}},
                                video.mid(from)};
        }
        return FakeResponse{200, {}, video};
    });
    SyncApi api;
    api.setServerUrl(server.url());
    api.setToken(QStringLiteral("t"));
    MediaFetcher fetcher(api, media, &ledger);
    // An earlier fetch was cut short (the app killed) a little after the first megabyte: its
    // whole chunks are on the disk, sealed, and half a chunk was torn as it was written.
    const QString partial = fetcher.partialPathOf(original.sha256);
    {
        SealedFileWriter earlier;
        QString error;
        REQUIRE(media.startDownload(earlier, original.sha256, &error));
        REQUIRE(earlier.write(QByteArrayView(video).first(1024 * 1024 + 100)));
        earlier.abandon();
        QFile f(partial);
        REQUIRE(f.open(QIODevice::Append));
        f.write(QByteArray(20'000, 'x'));
    }
    CHECK_FALSE(partial.contains(original.sha256)); // named as the file will be, not by its hash
    QSignalSpy done(&fetcher, &MediaFetcher::finished);
    fetcher.fetch(original.sha256);
    REQUIRE(done.wait(10000));
    const auto r = done.first().first().value<MediaFetcher::Result>();
    INFO(r.message.toStdString());
    REQUIRE(r.ok);
    CHECK(r.resumedFrom == 1024 * 1024);
    CHECK(r.bytesReceived == video.size() - 1024 * 1024);
    CHECK(ranges == QList<QByteArray>{"bytes=1048576-"});
    REQUIRE(media.contains(original.sha256));
    CHECK(media.read(original.sha256) == video);
    CHECK_FALSE(QFile::exists(partial));
    // No plain byte of it reached the disk on the way.
    QDirIterator files(mediaDir, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (qint64 at = 0; at + 64 <= video.size(); at += 65'536 + 13)
            CHECK_FALSE(bytes.contains(QByteArrayView(video).sliced(at, 64)));
    }
    CHECK(ledger.mediaState(original.sha256) == QLatin1String("confirmed"));

    // A file the server does not have says so in plain words.
    done.clear();
    fetcher.fetch(unconfirmed.sha256.left(63) +
                  QLatin1Char(unconfirmed.sha256.endsWith(QLatin1Char('0')) ? '1' : '0'));
    REQUIRE(done.wait(10000));
    const auto missing = done.first().first().value<MediaFetcher::Result>();
    CHECK_FALSE(missing.ok);
    CHECK(missing.message.contains(QStringLiteral("has not sent it")));
}
