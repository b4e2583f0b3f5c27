// Media: tus 1.0 uploads (creation, checksum, termination, expiration), confirmation by HEAD, and
// Range requests (docs/sync.md, "Media").
#include "storeharness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QThread>

#include <atomic>
#include <functional>
#include <thread>

using namespace StoreTest;

namespace {

httplib::Headers tus(httplib::Headers more = {})
{
    more.emplace("Tus-Resumable", "1.0.0");
    return more;
}

// POST /v1/media/uploads for a file of `length` bytes declared to have `sha`.
Reply create(const Store &store, const Tablet &tablet, const std::string &sha, size_t length)
{
    return store.request(
        "POST", "/v1/media/uploads", tablet.token, {}, "application/json",
        tus({{"Upload-Length", std::to_string(length)},
             {"Upload-Metadata", "sha256 " + QByteArray::fromStdString(sha).toBase64().toStdString()}}));
}

Reply patch(const Store &store, const Tablet &tablet, const std::string &location, size_t offset,
            const std::string &chunk, const std::string &checksum)
{
    return store.request("PATCH", location, tablet.token, chunk, "application/offset+octet-stream",
                         tus({{"Upload-Offset", std::to_string(offset)}, {"Upload-Checksum", checksum}}));
}

httplib::Headers chunkHeaders(const Tablet &tablet, size_t offset, const std::string &checksum)
{
    return tus({{"Authorization", "Bearer " + tablet.token.toStdString()},
                {"Upload-Offset", std::to_string(offset)},
                {"Upload-Checksum", checksum}});
}

// A chunk whose sender goes away after `sent` of its bytes (the Content-Length promised them all):
// a tablet walking out of Wi-Fi range mid-chunk.
void patchCutShort(const Store &store, const Tablet &tablet, const std::string &location, size_t offset,
                   const std::string &chunk, size_t sent)
{
    auto client = store.client();
    const auto result = client->Patch(
        location, chunkHeaders(tablet, offset, chunkChecksum(chunk)), chunk.size(),
        [&](size_t at, size_t, httplib::DataSink &sink) {
            if (at >= sent)
                return false;
            return sink.write(chunk.data() + at, std::min<size_t>(sent - at, 64 * 1024));
        },
        "application/offset+octet-stream");
    CHECK_FALSE(result); // no answer: the connection was dropped
}

// A chunk sent with Transfer-Encoding: chunked, so the store learns its length only at the end.
Reply patchChunked(const Store &store, const Tablet &tablet, const std::string &location, size_t offset,
                   const std::string &chunk)
{
    auto client = store.client();
    const auto result = client->Patch(
        location, chunkHeaders(tablet, offset, chunkChecksum(chunk)),
        [&, at = size_t(0)](size_t, httplib::DataSink &sink) mutable {
            if (at >= chunk.size()) {
                sink.done();
                return true;
            }
            const size_t n = std::min<size_t>(chunk.size() - at, 100 * 1024);
            at += n;
            return sink.write(chunk.data() + at - n, n);
        },
        "application/offset+octet-stream");
    REQUIRE(result);
    Reply reply;
    reply.status = result->status;
    reply.headers = result->headers;
    reply.json = QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object();
    return reply;
}

std::string uploadOffset(const Store &store, const Tablet &tablet, const std::string &location)
{
    return store.request("HEAD", location, tablet.token, {}, "application/json", tus())
        .header("Upload-Offset");
}

} // namespace

STORE_TEST_CASE(tusUpload,
                "A file uploads in chunks, resumes after the client stops half-way, and is served with Range",
                "[server][media]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);

    const Reply options = store.request("OPTIONS", "/v1/media/uploads", tablet.token);
    CHECK(options.status == 204);
    CHECK(options.header("Tus-Version") == "1.0.0");
    CHECK(options.header("Tus-Extension") == "creation,checksum,termination,expiration");
    CHECK(options.header("Tus-Checksum-Algorithm") == "sha256");
    CHECK(std::stoll(options.header("Tus-Max-Size")) > 0);

    const std::string file = bytesOf(300000, 1);
    const std::string sha = shaHex(file);
    CHECK(store.request("HEAD", "/v1/media/" + sha, tablet.token).status == 404);

    const Reply created = create(store, tablet, sha, file.size());
    INFO(created.body);
    REQUIRE(created.status == 201);
    const std::string location = created.header("Location");
    CHECK(location.rfind("/v1/media/uploads/", 0) == 0);
    CHECK(created.header("Tus-Resumable") == "1.0.0");
    CHECK(created.header("Upload-Expires").find("GMT") != std::string::npos);

    // The first 100,000 bytes, then the tablet "dies".
    const std::string first = file.substr(0, 100000);
    const Reply p1 = patch(store, tablet, location, 0, first, chunkChecksum(first));
    CHECK(p1.status == 204);
    CHECK(p1.header("Upload-Offset") == "100000");

    // Later, on a new connection, it asks where to carry on.
    const Reply head = store.request("HEAD", location, tablet.token, {}, "application/json", tus());
    CHECK(head.status == 200);
    CHECK(head.header("Upload-Offset") == "100000");
    CHECK(head.header("Upload-Length") == "300000");
    CHECK(head.header("Cache-Control") == "no-store");

    // A chunk at the wrong offset is refused with the right one.
    const Reply wrongOffset = patch(store, tablet, location, 0, first, chunkChecksum(first));
    CHECK(wrongOffset.status == 409);
    CHECK(wrongOffset.header("Upload-Offset") == "100000");

    const std::string second = file.substr(100000, 150000);
    CHECK(patch(store, tablet, location, 100000, second, chunkChecksum(second)).status == 204);
    CHECK(store.request("HEAD", "/v1/media/" + sha, tablet.token).status == 404); // not complete yet
    const std::string third = file.substr(250000);
    const Reply last = patch(store, tablet, location, 250000, third, chunkChecksum(third));
    CHECK(last.status == 204);
    CHECK(last.header("Upload-Offset") == "300000");

    // The confirmation a tablet waits for before it frees its copy.
    const Reply confirmed = store.request("HEAD", "/v1/media/" + sha, tablet.token);
    CHECK(confirmed.status == 200);
    CHECK(confirmed.header("Content-Length") == "300000");
    // The finished upload still says it is whole (tus: "tusCompletedUpload" below); asking to
    // upload the same file again needs nothing.
    CHECK(uploadOffset(store, tablet, location) == "300000");
    const Reply again = create(store, tablet, sha, file.size());
    CHECK(again.status == 200);
    CHECK(again.header("Stride-Media-Present") == "true");

    const Reply whole = store.request("GET", "/v1/media/" + sha, tablet.token);
    CHECK(whole.status == 200);
    CHECK(whole.body == file);
    const Reply part = store.request("GET", "/v1/media/" + sha, tablet.token, {}, "application/json",
                                     {{"Range", "bytes=1000-1999"}});
    CHECK(part.status == 206);
    CHECK(part.body == file.substr(1000, 1000));
    CHECK(part.header("Content-Range") == "bytes 1000-1999/300000");
    const Reply tail = store.request("GET", "/v1/media/" + sha, tablet.token, {}, "application/json",
                                     {{"Range", "bytes=-10"}});
    CHECK(tail.status == 206);
    CHECK(tail.body == file.substr(file.size() - 10));

    // Another school's tablet cannot see the file, even knowing its hash.
    const School other = store.createSchool(QStringLiteral("Birch School"));
    const Tablet stranger = store.enrol(other.id);
    CHECK(store.request("HEAD", "/v1/media/" + sha, stranger.token).status == 404);
    CHECK(store.request("GET", "/v1/media/" + sha, stranger.token).status == 404);
    // ...and does not get "already present" for it either: it must send the bytes.
    CHECK(create(store, stranger, sha, file.size()).status == 201);
}

STORE_TEST_CASE(tusChecksums,
                "A damaged chunk gets 460 and is not kept, and a whole file that does not match is discarded",
                "[server][media]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);

    const std::string file = bytesOf(20000, 2);
    const std::string sha = shaHex(file);
    const std::string location = create(store, tablet, sha, file.size()).header("Location");
    REQUIRE(!location.empty());
    const std::string chunk = file.substr(0, 10000);
    std::string damaged = chunk;
    damaged[5000] = char(damaged[5000] ^ 0x5a);
    const Reply bad = patch(store, tablet, location, 0, damaged, chunkChecksum(chunk));
    CHECK(bad.status == 460);
    CHECK(bad.json.value(QLatin1String("error")).toString() == QLatin1String("chunk_checksum_mismatch"));
    CHECK(store.request("HEAD", location, tablet.token, {}, "application/json", tus())
              .header("Upload-Offset") == "0");
    CHECK(patch(store, tablet, location, 0, chunk, chunkChecksum(chunk)).status == 204);
    CHECK(patch(store, tablet, location, 0, chunk, "md5 AAAA").status == 400);

    // Declared as one file, sent as another (each chunk intact): refused at the last byte.
    const std::string other = bytesOf(20000, 3);
    const std::string liar = create(store, tablet, sha, other.size()).header("Location");
    CHECK(
        patch(store, tablet, liar, 0, other.substr(0, 10000), chunkChecksum(other.substr(0, 10000))).status ==
        204);
    const Reply mismatch =
        patch(store, tablet, liar, 10000, other.substr(10000), chunkChecksum(other.substr(10000)));
    CHECK(mismatch.status == 460);
    CHECK(mismatch.json.value(QLatin1String("error")).toString() == QLatin1String("checksum_mismatch"));
    CHECK(store.request("HEAD", liar, tablet.token, {}, "application/json", tus()).status == 404);
    CHECK(store.request("HEAD", "/v1/media/" + sha, tablet.token).status == 404);
    CHECK(store.request("HEAD", "/v1/media/" + shaHex(other), tablet.token).status == 404);

    // The honest upload still completes.
    CHECK(
        patch(store, tablet, location, 10000, file.substr(10000), chunkChecksum(file.substr(10000))).status ==
        204);
    CHECK(store.request("HEAD", "/v1/media/" + sha, tablet.token).status == 200);
}

STORE_TEST_CASE(tusProtocol, "tus: version header, termination, bad requests", "[server][media]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);
    const std::string sha = shaHex("x");

    const Reply noVersion = store.request("POST", "/v1/media/uploads", tablet.token, {}, "application/json",
                                          {{"Upload-Length", "1"}});
    CHECK(noVersion.status == 412);
    CHECK(noVersion.header("Tus-Version") == "1.0.0");
    CHECK(create(store, tablet, "not-a-hash", 1).status == 400);
    CHECK(store
              .request("POST", "/v1/media/uploads", tablet.token, {}, "application/json",
                       tus({{"Upload-Length", "1"}}))
              .status == 400);
    CHECK(create(store, tablet, sha, 0).status == 400);
    CHECK(create(store, tablet, sha, size_t(1) << 40).status == 413);

    const std::string location = create(store, tablet, sha, 1).header("Location");
    REQUIRE(!location.empty());
    CHECK(store.request("PATCH", location, tablet.token, "x", "text/plain", tus({{"Upload-Offset", "0"}}))
              .status == 415);
    CHECK(patch(store, tablet, location, 0, "xy", chunkChecksum("xy")).status == 400); // past the end
    CHECK(store
              .request("PATCH", location, tablet.token, std::string(33 * 1024 * 1024, 'x'),
                       "application/offset+octet-stream", tus({{"Upload-Offset", "0"}}))
              .status == 413);

    CHECK(store.request("DELETE", location, tablet.token, {}, "application/json", tus()).status == 204);
    CHECK(store.request("HEAD", location, tablet.token, {}, "application/json", tus()).status == 404);
    CHECK(patch(store, tablet, location, 0, "x", chunkChecksum("x")).status == 404);
    CHECK(store.request("DELETE", location, tablet.token, {}, "application/json", tus()).status == 404);
    CHECK(store.request("GET", location, tablet.token).status == 405);
}

STORE_TEST_CASE(tusExpiry, "Expired uploads are removed and answer 404, never 410", "[server][media]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start({QStringLiteral("--upload-expiry-seconds"), QStringLiteral("1")});
    const Tablet tablet = store.enrol(school.id);
    const std::string file = bytesOf(1000, 4);
    const Reply created = create(store, tablet, shaHex(file), file.size());
    REQUIRE(created.status == 201);
    CHECK(patch(store, tablet, created.header("Location"), 0, file.substr(0, 10),
                chunkChecksum(file.substr(0, 10)))
              .status == 204);
    QThread::msleep(1500);
    CHECK(store.request("HEAD", created.header("Location"), tablet.token, {}, "application/json", tus())
              .status == 404);
    const Reply late =
        patch(store, tablet, created.header("Location"), 10, file.substr(10), chunkChecksum(file.substr(10)));
    CHECK(late.status == 404);
    CHECK(late.json.value(QLatin1String("error")).toString() == QLatin1String("upload_not_found"));
}

STORE_TEST_CASE(plainPut, "PUT of a whole file is streamed, checked against its hash and kept as a blob",
                "[server][media]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);
    const std::string file = bytesOf(3 * 1024 * 1024 + 17, 5);
    const std::string sha = shaHex(file);

    const Reply wrong = store.request("PUT", "/v1/media/" + shaHex("something else"), tablet.token, file,
                                      "application/octet-stream");
    CHECK(wrong.status == 460);
    CHECK(wrong.json.value(QLatin1String("error")).toString() == QLatin1String("checksum_mismatch"));
    CHECK(store.request("HEAD", "/v1/media/" + shaHex("something else"), tablet.token).status == 404);

    CHECK(store.request("PUT", "/v1/media/" + sha, tablet.token, file, "application/octet-stream").status ==
          201);
    CHECK(store.request("HEAD", "/v1/media/" + sha, tablet.token).status == 200);
    CHECK(store.request("GET", "/v1/media/" + sha, tablet.token).body == file);
    CHECK(store.request("PUT", "/v1/media/" + sha, tablet.token, file, "application/octet-stream").status ==
          200);
    CHECK(store.request("PUT", "/v1/media/" + sha, QStringLiteral("nobody"), file, "application/octet-stream")
              .status == 401);
    // Nothing is left behind in uploads/.
    CHECK(QDir(store.dataDir() + QStringLiteral("/uploads")).entryList(QDir::Files).isEmpty());
}

STORE_TEST_CASE(tusStreamedChunks,
                "A chunk cut short or damaged keeps nothing, and chunked bodies are checked as they arrive",
                "[server][media]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);
    const size_t mib = 1024 * 1024;
    // Each file: the first MiB, then `spoil` (a refused attempt at the second), then the rest,
    // which must finish with the whole file as it is.
    const auto upload = [&](int seed,
                            const std::function<void(const std::string &, const std::string &)> &spoil) {
        const std::string file = bytesOf(int(2 * mib + 5), seed);
        const std::string location = create(store, tablet, shaHex(file), file.size()).header("Location");
        REQUIRE(!location.empty());
        CHECK(patch(store, tablet, location, 0, file.substr(0, mib), chunkChecksum(file.substr(0, mib)))
                  .status == 204);
        spoil(location, file);
        CHECK(uploadOffset(store, tablet, location) == std::to_string(mib));
        const Reply last =
            patch(store, tablet, location, mib, file.substr(mib), chunkChecksum(file.substr(mib)));
        CHECK(last.status == 204);
        CHECK(last.header("Upload-Offset") == std::to_string(file.size()));
        CHECK(store.request("GET", "/v1/media/" + shaHex(file), tablet.token).body == file);
    };

    // Half a chunk, then the connection drops.
    upload(6, [&](const std::string &location, const std::string &file) {
        patchCutShort(store, tablet, location, mib, file.substr(mib), mib / 2);
    });
    // A chunk damaged on the way.
    upload(7, [&](const std::string &location, const std::string &file) {
        std::string damaged = file.substr(mib);
        damaged[1000] = char(damaged[1000] ^ 0x21);
        CHECK(patch(store, tablet, location, mib, damaged, chunkChecksum(file.substr(mib))).status == 460);
    });
    // Without a Content-Length, the store learns a chunk's size only at its end: one over 32 MiB
    // is still refused (413), and so is one past the end of the file (400).
    upload(8, [&](const std::string &location, const std::string &) {
        const Reply huge = patchChunked(store, tablet, location, mib, std::string(33 * mib, 'x'));
        CHECK(huge.status == 413);
        CHECK(huge.header("Tus-Resumable") == "1.0.0");
    });
    upload(9, [&](const std::string &location, const std::string &file) {
        const Reply beyond = patchChunked(store, tablet, location, mib, file.substr(mib) + "extra");
        CHECK(beyond.status == 400);
        CHECK(beyond.json.value(QLatin1String("error")).toString() == QLatin1String("beyond_length"));
    });
    // ...and a chunked body that fits is taken like any other.
    const std::string file = bytesOf(int(mib + 3), 10);
    const std::string location = create(store, tablet, shaHex(file), file.size()).header("Location");
    CHECK(patchChunked(store, tablet, location, 0, file).status == 204);
    CHECK(store.request("HEAD", "/v1/media/" + shaHex(file), tablet.token).status == 200);
    CHECK(QDir(store.dataDir() + QStringLiteral("/uploads")).entryList(QDir::Files).isEmpty());
}

STORE_TEST_CASE(tusKilledMidUpload,
                "A store killed with SIGKILL mid-upload keeps every chunk it acknowledged",
                "[server][media][durability]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    const QStringList unlimited{QStringLiteral("--rate"), QStringLiteral("100000"), QStringLiteral("--burst"),
                                QStringLiteral("100000")};
    store.start(unlimited);
    const Tablet tablet = store.enrol(school.id);
    const size_t chunk = 256 * 1024;
    const std::string file = bytesOf(int(160 * chunk), 8);
    const std::string sha = shaHex(file);
    const std::string location = create(store, tablet, sha, file.size()).header("Location");
    REQUIRE(!location.empty());

    // Chunks go up one after another until the store dies under them. Plain std::thread and
    // httplib only: Catch2's macros are not thread-safe.
    std::atomic<size_t> acknowledged{0};
    std::atomic<bool> finished{false};
    const int port = store.port();
    std::thread uploader([&] {
        httplib::Client client("127.0.0.1", port);
        client.set_read_timeout(10);
        for (size_t offset = 0; offset < file.size();) {
            const std::string piece = file.substr(offset, chunk);
            const auto r = client.Patch(location, chunkHeaders(tablet, offset, chunkChecksum(piece)), piece,
                                        "application/offset+octet-stream");
            if (!r || r->status != 204)
                break; // the store is gone: that chunk was not acknowledged
            offset = size_t(std::stoll(r->get_header_value("Upload-Offset")));
            acknowledged = offset;
        }
        finished = true;
    });
    while (acknowledged < 8 * chunk && !finished)
        QThread::msleep(1);
    store.kill();
    uploader.join();
    const size_t acked = acknowledged;
    INFO("acknowledged before the kill: " << acked);
    REQUIRE(acked >= 8 * chunk);
    REQUIRE(acked < file.size());

    // Everything acknowledged is still there: the store may hold one chunk more (written, then
    // killed before it could answer), never less.
    store.start(unlimited);
    const size_t offset = size_t(std::stoll(uploadOffset(store, tablet, location)));
    CHECK(offset >= acked);
    CHECK(offset <= acked + chunk);
    CHECK(offset % chunk == 0);

    // The rest, from where the store says; the whole file is checked at the end.
    const std::string damaged = std::string(chunk, 'x');
    CHECK(patch(store, tablet, location, offset, damaged, chunkChecksum(file.substr(offset, chunk))).status ==
          460);
    Reply last;
    for (size_t at = offset; at < file.size(); at += chunk) {
        const std::string piece = file.substr(at, chunk);
        last = patch(store, tablet, location, at, piece, chunkChecksum(piece));
        REQUIRE(last.status == 204);
    }
    CHECK(last.header("Upload-Offset") == std::to_string(file.size()));
    const Reply stored = store.request("GET", "/v1/media/" + sha, tablet.token);
    CHECK(stored.status == 200);
    CHECK(shaHex(stored.body) == sha);
}

STORE_TEST_CASE(tusCompletedUpload,
                "A finished upload still answers HEAD with its whole length until it expires, and DELETE "
                "forgets the upload but never the file",
                "[server][media]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);
    const Tablet sameSchool = store.enrol(school.id, QStringLiteral("Oak iPad"));
    const School other = store.createSchool(QStringLiteral("Birch School"));
    const Tablet stranger = store.enrol(other.id);

    CHECK(store.request("OPTIONS", "/v1/media/uploads", tablet.token).header("Tus-Extension") ==
          "creation,checksum,termination,expiration");

    const std::string file = bytesOf(70000, 11);
    const std::string sha = shaHex(file);
    const std::string location = create(store, tablet, sha, file.size()).header("Location");
    REQUIRE(!location.empty());
    const std::string first = file.substr(0, 40000);
    CHECK(patch(store, tablet, location, 0, first, chunkChecksum(first)).status == 204);

    // Only the tablet that started an upload may look at it, add to it or end it: any other, of
    // this school or another, is told it does not exist, and the upload is left as it was.
    for (const Tablet *other : {&sameSchool, &stranger}) {
        CHECK(store.request("HEAD", location, other->token, {}, "application/json", tus()).status == 404);
        const std::string rest = file.substr(40000);
        CHECK(patch(store, *other, location, 40000, rest, chunkChecksum(rest)).status == 404);
        CHECK(store.request("DELETE", location, other->token, {}, "application/json", tus()).status == 404);
    }
    CHECK(uploadOffset(store, tablet, location) == "40000");

    const std::string last = file.substr(40000);
    CHECK(patch(store, tablet, location, 40000, last, chunkChecksum(last)).status == 204);

    // The answer to the last chunk was lost: the tablet asks where the upload stands, and is told
    // it is whole, instead of being sent back to the start.
    const Reply head = store.request("HEAD", location, tablet.token, {}, "application/json", tus());
    CHECK(head.status == 200);
    CHECK(head.header("Tus-Resumable") == "1.0.0");
    CHECK(head.header("Upload-Offset") == "70000");
    CHECK(head.header("Upload-Length") == "70000");
    CHECK(head.header("Upload-Expires").find("GMT") != std::string::npos);
    CHECK(head.header("Cache-Control") == "no-store");
    // Sending the last chunk again changes nothing: the store says where the upload stands.
    const Reply again = patch(store, tablet, location, 40000, last, chunkChecksum(last));
    CHECK(again.status == 409);
    CHECK(again.header("Upload-Offset") == "70000");
    // An empty chunk at the end is simply acknowledged; one byte more is past the end.
    const Reply empty = patch(store, tablet, location, 70000, {}, chunkChecksum({}));
    CHECK(empty.status == 204);
    CHECK(empty.header("Upload-Offset") == "70000");
    CHECK(patch(store, tablet, location, 70000, "x", chunkChecksum("x")).status == 400);

    // Still nobody else's, finished or not.
    for (const Tablet *other : {&sameSchool, &stranger}) {
        CHECK(store.request("HEAD", location, other->token, {}, "application/json", tus()).status == 404);
        CHECK(store.request("DELETE", location, other->token, {}, "application/json", tus()).status == 404);
    }
    CHECK(uploadOffset(store, tablet, location) == "70000");

    // Terminating the finished upload forgets the upload. The file stays: evidence may already
    // name it, and it belongs to the school, not to the upload that brought it.
    CHECK(store.request("DELETE", location, tablet.token, {}, "application/json", tus()).status == 204);
    CHECK(store.request("HEAD", location, tablet.token, {}, "application/json", tus()).status == 404);
    CHECK(store.request("DELETE", location, tablet.token, {}, "application/json", tus()).status == 404);
    CHECK(patch(store, tablet, location, 70000, {}, chunkChecksum({})).status == 404);
    CHECK(store.request("HEAD", "/v1/media/" + sha, tablet.token).status == 200);
    CHECK(store.request("GET", "/v1/media/" + sha, tablet.token).body == file);
    CHECK(create(store, tablet, sha, file.size()).header("Stride-Media-Present") == "true");
    CHECK(QDir(store.dataDir() + QStringLiteral("/uploads")).entryList(QDir::Files).isEmpty());
}

STORE_TEST_CASE(tusCompletedExpiry, "A finished upload is forgotten when it expires and its file stays",
                "[server][media]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start({QStringLiteral("--upload-expiry-seconds"), QStringLiteral("1")});
    const Tablet tablet = store.enrol(school.id);
    const std::string file = bytesOf(1000, 12);
    const std::string location = create(store, tablet, shaHex(file), file.size()).header("Location");
    REQUIRE(!location.empty());
    CHECK(patch(store, tablet, location, 0, file, chunkChecksum(file)).status == 204);
    CHECK(uploadOffset(store, tablet, location) == "1000");
    QThread::msleep(1500);
    CHECK(store.request("HEAD", location, tablet.token, {}, "application/json", tus()).status == 404);
    CHECK(store.request("GET", "/v1/media/" + shaHex(file), tablet.token).body == file);
}

STORE_TEST_CASE(tusKeptNotRecorded,
                "An upload whose file was kept as its blob by a store killed before recording it is "
                "complete at the next request",
                "[server][media][durability]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);
    const std::string file = bytesOf(3000, 13);
    const std::string sha = shaHex(file);
    const std::string location = create(store, tablet, sha, file.size()).header("Location");
    REQUIRE(!location.empty());
    CHECK(
        patch(store, tablet, location, 0, file.substr(0, 1000), chunkChecksum(file.substr(0, 1000))).status ==
        204);

    // What the disk holds when a store dies after the last chunk's file became the blob, before
    // the database heard of it: no upload file, and the blob whole.
    const QString id = QString::fromStdString(location.substr(location.rfind('/') + 1));
    REQUIRE(QFile::remove(store.dataDir() + QStringLiteral("/uploads/") + id));
    QFile blob(store.dataDir() + QStringLiteral("/blobs/") + QString::fromStdString(sha));
    REQUIRE(blob.open(QIODevice::WriteOnly));
    REQUIRE(blob.write(QByteArray::fromStdString(file)) == qint64(file.size()));
    blob.close();
    CHECK(store.request("HEAD", "/v1/media/" + sha, tablet.token).status == 404); // not recorded yet

    // The tablet, which never heard back, asks where its upload stands.
    CHECK(uploadOffset(store, tablet, location) == "3000");
    const Reply resent =
        patch(store, tablet, location, 1000, file.substr(1000), chunkChecksum(file.substr(1000)));
    CHECK(resent.status == 409);
    CHECK(resent.header("Upload-Offset") == "3000");
    CHECK(store.request("GET", "/v1/media/" + sha, tablet.token).body == file);
}
