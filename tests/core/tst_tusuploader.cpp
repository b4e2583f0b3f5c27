// The tus client against a fake tus server: chunks with their checksums, resuming at the
// server's offset, and recovering from a lost answer (409) or a damaged chunk (460).
#include "fakehttpserver.h"
#include "testsupport.h"

#include "media/mediastore.h"
#include "sync/httpchannel.h"
#include "sync/syncapi.h"
#include "sync/tusuploader.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Stride;
using namespace Stride::Testing;

namespace {

// Just enough of tus 1.0 (creation + checksum) to test the client.
struct FakeTus
{
    QByteArray received;
    qint64 length = -1;
    QString declaredSha;
    int patches = 0;
    int heads = 0;
    int corruptNextPatches = 0; // answer 460 to this many PATCHes
    int loseNextAnswer = 0;     // keep the chunk but answer 409 as if the offset were wrong
    qint64 maxChunk = -1;       // answer 413 to larger chunks, as a store configured lower would
    bool present = false;
    bool full = false;                            // the school's store has no room: creation answers 507
    QByteArray location = "/v1/media/uploads/u1"; // what POST answers with

    FakeResponse handle(const FakeRequest &r)
    {
        if (r.method == "POST" && r.path == QLatin1String("/v1/media/uploads")) {
            if (present)
                return {200, {{"Stride-Media-Present", "true"}}, {}};
            if (full)
                return FakeResponse::json(507, R"({"error":"storage_full","message":"The school's store is )"
                                               R"(full, so this file has not been sent yet."})");
            length = r.header("upload-length").toLongLong();
            declaredSha =
                QString::fromLatin1(QByteArray::fromBase64(r.header("upload-metadata").split(' ').value(1)));
            received.clear();
            return {201, {{"Location", location}, {"Tus-Resumable", "1.0.0"}}, {}};
        }
        if (r.method == "HEAD" && r.path == QLatin1String("/v1/media/uploads/u1")) {
            ++heads;
            if (length < 0)
                return {404, {}, {}};
            return {200,
                    {{"Upload-Offset", QByteArray::number(received.size())}, {"Tus-Resumable", "1.0.0"}},
                    {}};
        }
        if (r.method == "PATCH" && r.path == QLatin1String("/v1/media/uploads/u1")) {
            ++patches;
            if (maxChunk > 0 && r.body.size() > maxChunk)
                return FakeResponse::json(413,
                                          R"({"error":"too_large","message":"A chunk is at most 100 KiB."})");
            if (r.header("upload-offset").toLongLong() != received.size())
                return FakeResponse::json(409, R"({"error":"offset_mismatch"})");
            const QByteArray digest = QCryptographicHash::hash(r.body, QCryptographicHash::Sha256).toBase64();
            if (r.header("upload-checksum") != "sha256 " + digest ||
                r.header("content-type") != "application/offset+octet-stream")
                return FakeResponse::json(460, R"({"error":"checksum_mismatch"})");
            if (corruptNextPatches > 0) {
                --corruptNextPatches;
                return FakeResponse::json(460, R"({"error":"checksum_mismatch"})");
            }
            received += r.body;
            if (loseNextAnswer > 0) {
                --loseNextAnswer;
                return FakeResponse::json(409, R"({"error":"offset_mismatch"})");
            }
            return {204, {{"Upload-Offset", QByteArray::number(received.size())}}, {}};
        }
        return FakeResponse::json(404, R"({"error":"not_found"})");
    }
};

struct Fixture
{
    QTemporaryDir dir;
    QByteArray bytes;
    QString sha;
    MediaStore media = Testing::keyedMediaStore(dir.filePath(QStringLiteral("media")));
    FakeTus tus;
    FakeHttpServer server{[this](const FakeRequest &r) { return tus.handle(r); }};
    SyncApi api;
    TusUploader uploader{api};

    explicit Fixture(int size = 1000 * 1000)
    {
        bytes.resize(size);
        for (int i = 0; i < size; ++i)
            bytes[i] = char((qint64(i) * 7919) % 251);
        sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        REQUIRE(media.put(bytes).ok);
        api.setServerUrl(server.url());
        api.setToken(QStringLiteral("token"));
        uploader.setChunkSize(64 * 1024);
    }

    TusUploader::Result run(const QString &uploadUrl = {})
    {
        QSignalSpy done(&uploader, &TusUploader::finished);
        uploader.start({sha, uploadUrl}, media.openForReading(sha));
        if (done.isEmpty())
            REQUIRE(done.wait(20000));
        return done.first().first().value<TusUploader::Result>();
    }
};

} // namespace

TEST_CASE("An upload goes in chunks, each with its own checksum", "[sync][tus]")
{
    Fixture f;
    QSignalSpy created(&f.uploader, &TusUploader::uploadCreated);
    const TusUploader::Result r = f.run();
    INFO(r.message.toStdString());
    REQUIRE(r.ok);
    CHECK(f.tus.received == f.bytes);
    CHECK(f.tus.declaredSha == f.sha);
    CHECK(r.chunks == (1000 * 1000 + 65535) / 65536);
    CHECK(r.bytesSent == f.bytes.size());
    CHECK(created.size() == 1);
    CHECK(r.uploadUrl == QLatin1String("/v1/media/uploads/u1"));
    for (const FakeRequest &req : f.server.requests) {
        CHECK(req.header("tus-resumable") == "1.0.0");
        CHECK(req.header("authorization") == "Bearer token");
        if (req.method == "PATCH")
            CHECK(req.body.size() <= 64 * 1024);
    }
    // Every chunk went over the one connection kept for media bytes.
    CHECK(f.api.mediaChannel()->connectionsOpened() == 1);
}

TEST_CASE("A killed upload resumes at the server's offset", "[sync][tus]")
{
    Fixture f;
    // The server holds the first 300,000 bytes from an earlier run.
    f.tus.length = f.bytes.size();
    f.tus.declaredSha = f.sha;
    f.tus.received = f.bytes.left(300000);
    const TusUploader::Result r = f.run(QStringLiteral("/v1/media/uploads/u1"));
    REQUIRE(r.ok);
    CHECK(r.resumedFrom == 300000);
    CHECK(r.bytesSent == f.bytes.size() - 300000);
    CHECK(f.tus.received == f.bytes);
    CHECK(f.server.requests.first().method == "HEAD");
}

TEST_CASE("A media file that cannot be read is not sent, and says why", "[sync][tus]")
{
    Fixture f;
    REQUIRE(f.media.remove(f.sha));
    QString whyNot;
    std::unique_ptr<QIODevice> file = f.media.openForReading(f.sha, &whyNot);
    REQUIRE_FALSE(file);
    QSignalSpy done(&f.uploader, &TusUploader::finished);
    f.uploader.start({f.sha, {}}, std::move(file), whyNot);
    REQUIRE(done.size() == 1);
    const auto r = done.first().first().value<TusUploader::Result>();
    CHECK_FALSE(r.ok);
    CHECK(r.message.startsWith(QStringLiteral("A media file on this tablet could not be read for sending")));
    CHECK(r.message.contains(whyNot));
    CHECK(f.server.requests.isEmpty());
}

TEST_CASE("A lost answer and damaged chunks are recovered through HEAD", "[sync][tus]")
{
    Fixture f;
    f.tus.loseNextAnswer = 1;
    f.tus.corruptNextPatches = 0;
    TusUploader::Result r = f.run();
    REQUIRE(r.ok);
    CHECK(f.tus.received == f.bytes);
    CHECK(f.tus.heads >= 1);

    Fixture g;
    g.tus.corruptNextPatches = 2;
    r = g.run();
    REQUIRE(r.ok);
    CHECK(g.tus.received == g.bytes);

    Fixture h;
    h.tus.corruptNextPatches = 100;
    r = h.run();
    CHECK_FALSE(r.ok);
    CHECK(r.message.contains(QStringLiteral("damaged")));
}

TEST_CASE("A file the server already has is not sent", "[sync][tus]")
{
    Fixture f;
    f.tus.present = true;
    const TusUploader::Result r = f.run();
    REQUIRE(r.ok);
    CHECK(r.alreadyOnServer);
    CHECK(r.bytesSent == 0);
    CHECK(f.tus.patches == 0);
}

TEST_CASE("A full store is told apart from a failure, and nothing is sent", "[sync][tus]")
{
    Fixture f;
    f.tus.full = true;
    const TusUploader::Result r = f.run();
    CHECK_FALSE(r.ok);
    CHECK(r.storeFull);
    CHECK(r.reachedServer);
    CHECK_FALSE(r.deviceRevoked);
    CHECK(r.uploadUrl.isEmpty());
    CHECK(r.message == TusUploader::storeFullMessage());
    CHECK(r.message.contains(QLatin1String("safe on this tablet")));
    CHECK(f.tus.patches == 0);
    CHECK(f.tus.received.isEmpty());
}

TEST_CASE("A store that takes smaller chunks gets smaller chunks", "[sync][tus]")
{
    Fixture f;
    f.uploader.setChunkSize(TusUploader::kDefaultChunkSize);
    f.tus.maxChunk = 100 * 1024;
    const TusUploader::Result r = f.run();
    INFO(r.message.toStdString());
    REQUIRE(r.ok);
    CHECK(f.tus.received == f.bytes);
    // The whole file in one chunk, then halves of it, are refused until 64 KiB chunks go through.
    CHECK(f.uploader.chunkSize() == TusUploader::kMinChunkSize);
    CHECK(r.chunks == (1000 * 1000 + 65535) / 65536);
}

TEST_CASE("A store that refuses even the smallest chunk is a failure in words", "[sync][tus]")
{
    Fixture f;
    f.tus.maxChunk = 1000;
    const TusUploader::Result r = f.run();
    CHECK_FALSE(r.ok);
    CHECK(r.message.contains(QLatin1String("100 KiB")));
    CHECK(f.tus.received.isEmpty());
}

TEST_CASE("An upload Location on another origin is refused and nothing is sent there", "[sync][tus]")
{
    FakeHttpServer elsewhere{[](const FakeRequest &) { return FakeResponse{204, {}, {}}; }};
    const QByteArray elsewherePath = "/v1/media/uploads/u1";
    const QList<QByteArray> foreign{
        "http://127.0.0.1:" + QByteArray::number(elsewhere.port()) + elsewherePath, // another port
        "http://localhost:" + QByteArray::number(elsewhere.port()) + elsewherePath, // another host
        "//127.0.0.1:" + QByteArray::number(elsewhere.port()) + elsewherePath,      // scheme-relative
    };
    for (const QByteArray &location : foreign) {
        Fixture f;
        f.tus.location = location;
        QSignalSpy created(&f.uploader, &TusUploader::uploadCreated);
        const TusUploader::Result r = f.run();
        INFO(location.toStdString());
        CHECK_FALSE(r.ok);
        CHECK(r.reachedServer);
        CHECK(r.uploadUrl.isEmpty()); // stays "pending": the next sync starts a new upload
        CHECK(r.message.contains(QLatin1String("another address")));
        CHECK(created.isEmpty());
        CHECK(f.tus.patches == 0);
    }
    // Another scheme on the store's own host and port is another origin too.
    Fixture f;
    f.tus.location = "https://127.0.0.1:" + QByteArray::number(f.server.port()) + elsewherePath;
    const TusUploader::Result r = f.run();
    CHECK_FALSE(r.ok);
    CHECK(f.tus.patches == 0);
    CHECK(elsewhere.requests.isEmpty());
    // The store's own origin written out in full is followed.
    Fixture same;
    same.tus.location = "http://127.0.0.1:" + QByteArray::number(same.server.port()) + elsewherePath;
    const TusUploader::Result ok = same.run();
    INFO(ok.message.toStdString());
    REQUIRE(ok.ok);
    CHECK(same.tus.received == same.bytes);
}

TEST_CASE("An upload URL kept from another origin is dropped for a new upload on the store", "[sync][tus]")
{
    FakeHttpServer elsewhere{[](const FakeRequest &) { return FakeResponse{200, {}, {}}; }};
    Fixture f;
    const TusUploader::Result r =
        f.run(QStringLiteral("http://127.0.0.1:%1/v1/media/uploads/u1").arg(elsewhere.port()));
    INFO(r.message.toStdString());
    REQUIRE(r.ok);
    CHECK(elsewhere.requests.isEmpty());
    CHECK(f.server.requests.first().method == "POST");
    CHECK(f.tus.received == f.bytes);
}
