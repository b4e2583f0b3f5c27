// A media quota per school (docs/security.md, "Bounds"): a tablet's upload that would pass its
// school's room is refused with 507 before any byte is stored, uploads in progress count, a file
// counts once per school however often it is sent, and each school's room is its own.
#include "storeharness.h"

#include <QCryptographicHash>
#include <QDir>

using namespace StoreTest;

namespace {

// 1000 bytes, as the office types it.
const QString kOneKilobyteInGb = QStringLiteral("0.000001");

std::string fileOf(int size, char seed)
{
    std::string bytes(size_t(size), seed);
    for (size_t i = 0; i < bytes.size(); ++i)
        bytes[i] = char(seed + char(i % 251));
    return bytes;
}

std::string shaOf(const std::string &bytes)
{
    return QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256)
        .toHex()
        .toStdString();
}

httplib::Headers tus(httplib::Headers more = {})
{
    more.emplace("Tus-Resumable", "1.0.0");
    return more;
}

Reply createUpload(const Store &store, const Tablet &tablet, const std::string &file)
{
    return store.request(
        "POST", "/v1/media/uploads", tablet.token, {}, "application/json",
        tus({{"Upload-Length", std::to_string(file.size())},
             {"Upload-Metadata",
              "sha256 " + QByteArray::fromStdString(shaOf(file)).toBase64().toStdString()}}));
}

bool held(const Store &store, const Tablet &tablet, const std::string &file)
{
    return store.request("HEAD", "/v1/media/" + shaOf(file), tablet.token).status == 200;
}

// The whole file with tus: creation, then one chunk. REQUIREs that it was stored.
void upload(const Store &store, const Tablet &tablet, const std::string &file)
{
    const Reply created = createUpload(store, tablet, file);
    REQUIRE(created.status == 201);
    const std::string checksum =
        "sha256 " + QCryptographicHash::hash(QByteArray::fromStdString(file), QCryptographicHash::Sha256)
                        .toBase64()
                        .toStdString();
    const Reply sent = store.request("PATCH", created.header("Location"), tablet.token, file,
                                     "application/offset+octet-stream",
                                     tus({{"Upload-Offset", "0"}, {"Upload-Checksum", checksum}}));
    REQUIRE(sent.status == 204);
    REQUIRE(held(store, tablet, file));
}

void setQuota(const Store &store, const QString &schoolId, const QString &gigabytes)
{
    const CommandResult set = store.admin({QStringLiteral("set-quota"), QStringLiteral("--school"), schoolId,
                                           QStringLiteral("--media-gb"), gigabytes});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
}

QString newSchool(const Store &store, const QString &name)
{
    const CommandResult made = store.admin({QStringLiteral("create-school"), QStringLiteral("--name"), name});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    return made.firstLine();
}

void checkStoreFull(const Reply &reply)
{
    CHECK(reply.status == 507);
    CHECK(reply.json.value(QLatin1String("error")).toString() == QLatin1String("storage_full"));
    CHECK(reply.json.value(QLatin1String("message")).toString().contains(QLatin1String("Ask the office")));
}

qsizetype filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files).size();
}

} // namespace

STORE_TEST_CASE(overQuotaRefused,
                "An upload that would pass the school's media quota is refused, and not kept",
                "[server][media][quota]")
{
    Store store(backend);
    store.start();
    const QString school = newSchool(store, QStringLiteral("Millbrook Park"));
    const Tablet oak = store.enrol(school, QStringLiteral("Oak iPad"));
    setQuota(store, school, kOneKilobyteInGb);

    const std::string photo = fileOf(600, 'a');
    upload(store, oak, photo);

    // 600 + 600 > 1000: refused at creation, before any byte is sent; no upload is made.
    const std::string second = fileOf(600, 'b');
    const QString uploads = store.dataDir() + QStringLiteral("/uploads");
    const qsizetype uploadFiles = filesIn(uploads);
    checkStoreFull(createUpload(store, oak, second));
    CHECK(filesIn(uploads) == uploadFiles);
    CHECK_FALSE(held(store, oak, second));

    // The plain PUT is held to the same room, whether it announces its length or not.
    checkStoreFull(
        store.request("PUT", "/v1/media/" + shaOf(second), oak.token, second, "application/octet-stream"));
    auto client = store.client();
    const auto chunked = client->Put(
        "/v1/media/" + shaOf(second), {{"Authorization", "Bearer " + oak.token.toStdString()}},
        [&, sent = false](size_t, httplib::DataSink &sink) mutable {
            if (!sent)
                sink.write(second.data(), second.size());
            else
                sink.done();
            sent = true;
            return true;
        },
        "application/octet-stream");
    REQUIRE(chunked);
    CHECK(chunked->status == 507);
    CHECK_FALSE(held(store, oak, second));
    CHECK(filesIn(uploads) == uploadFiles);

    // Uploads in progress count: 600 held + 300 arriving leaves no room for 200 more.
    const std::string voice = fileOf(300, 'c');
    const Reply started = createUpload(store, oak, voice);
    REQUIRE(started.status == 201);
    checkStoreFull(createUpload(store, oak, fileOf(200, 'd')));
    // The same file started again (a tablet that lost its upload's address) is not counted twice.
    CHECK(createUpload(store, oak, voice).status == 201);
    // Given up, it makes room again.
    CHECK(store.request("DELETE", started.header("Location"), oak.token, {}, "application/json", tus())
              .status == 204);
    const Reply restarted = createUpload(store, oak, voice); // the second upload of it is still open
    CHECK(restarted.status == 201);

    // The office sees the school's use, and can give it more room.
    const CommandResult listed =
        store.admin({QStringLiteral("list-devices"), QStringLiteral("--school"), school});
    INFO(listed.out.toStdString());
    CHECK(listed.out.contains(
        QLatin1String("Media stored: 900 bytes of 1000 bytes (90%), 300 bytes of it still arriving")));
    setQuota(store, school, QStringLiteral("0.000002"));
    upload(store, oak, second);
}

STORE_TEST_CASE(sameFileCountsOnce, "A file sent again, or by another tablet of the school, counts once",
                "[server][media][quota]")
{
    Store store(backend);
    store.start();
    const QString school = newSchool(store, QStringLiteral("Millbrook Park"));
    const Tablet oak = store.enrol(school, QStringLiteral("Oak iPad"));
    const Tablet willow = store.enrol(school, QStringLiteral("Willow iPad"));
    setQuota(store, school, kOneKilobyteInGb);

    const std::string photo = fileOf(600, 'a');
    upload(store, oak, photo);
    // Already the school's: no upload is needed, and no room is taken.
    const Reply again = createUpload(store, willow, photo);
    CHECK(again.status == 200);
    CHECK(again.header("Stride-Media-Present") == "true");
    CHECK(store.request("PUT", "/v1/media/" + shaOf(photo), willow.token, photo, "application/octet-stream")
              .status == 200);
    // So 400 more fills the room exactly, and one byte more does not fit.
    upload(store, willow, fileOf(400, 'b'));
    checkStoreFull(createUpload(store, oak, fileOf(1, 'c')));
}

STORE_TEST_CASE(schoolsHaveTheirOwnRoom,
                "Each school's media quota is its own; serve's default covers the rest",
                "[server][media][quota]")
{
    Store store(backend);
    // 1500 bytes for any school without a quota of its own.
    store.start({QStringLiteral("--media-quota-gb"), QStringLiteral("0.0000015")});
    const QString millbrook = newSchool(store, QStringLiteral("Millbrook Park"));
    const QString ashdown = newSchool(store, QStringLiteral("Ashdown Hill"));
    const QString cedars = newSchool(store, QStringLiteral("The Cedars"));
    const Tablet millbrookTablet = store.enrol(millbrook, QStringLiteral("Oak iPad"));
    const Tablet ashdownTablet = store.enrol(ashdown, QStringLiteral("Class 3 iPad"));
    const Tablet cedarsTablet = store.enrol(cedars, QStringLiteral("Hall iPad"));
    setQuota(store, millbrook, kOneKilobyteInGb);
    setQuota(store, ashdown, QStringLiteral("0.000002"));

    // The same photo, sent by both schools, counts in each school's room.
    const std::string photo = fileOf(600, 'a');
    upload(store, millbrookTablet, photo);
    upload(store, ashdownTablet, photo);
    const std::string video = fileOf(600, 'b');
    checkStoreFull(createUpload(store, millbrookTablet, video));
    upload(store, ashdownTablet, video);
    // Millbrook's full store does not touch Ashdown's room, nor the other way round.
    checkStoreFull(createUpload(store, ashdownTablet, fileOf(900, 'c')));
    CHECK(createUpload(store, ashdownTablet, fileOf(800, 'c')).status == 201);

    // The Cedars has no quota of its own: serve's 1500 bytes.
    checkStoreFull(createUpload(store, cedarsTablet, fileOf(1501, 'd')));
    upload(store, cedarsTablet, fileOf(1500, 'd'));

    // Millbrook's own quota cleared: serve's default applies to it too.
    const CommandResult cleared = store.admin(
        {QStringLiteral("set-quota"), QStringLiteral("--school"), millbrook, QStringLiteral("--clear")});
    REQUIRE(cleared.exitCode == 0);
    upload(store, millbrookTablet, video);

    // A quota that is not a number above 0 is refused, and changes nothing.
    const CommandResult wrong = store.admin({QStringLiteral("set-quota"), QStringLiteral("--school"), ashdown,
                                             QStringLiteral("--media-gb"), QStringLiteral("lots")});
    CHECK(wrong.exitCode == 2);
    checkStoreFull(createUpload(store, ashdownTablet, fileOf(900, 'e')));
}
