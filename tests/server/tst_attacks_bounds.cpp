// Attacks on the store's bounds (issue 11, "bounded"), each made as the attacker would make it over
// HTTP: junk tokens behind the school's proxy, huge bodies from nobody, one field changed a
// hundred ways, pages of long notes. Each is refused or bounded, and the store keeps serving the
// school's own tablets.
#include "storeharness.h"

#include <QJsonDocument>

#include <chrono>
#include <sys/socket.h>
#include <unistd.h>

using namespace StoreTest;

namespace {

// What came back on a connection that sent only a request's headers, never its body.
struct HeadersOnlyAnswer
{
    std::string text;
    bool whole = false; // headers and the body its Content-Length announced
    double seconds = 0;
};

// Sends the request line and headers, then waits (at most 5 seconds) for the whole answer without
// sending a byte of the body the headers announce. A store that read the body before answering
// would still be waiting for it when the time ran out.
HeadersOnlyAnswer headersOnly(int port, const std::string &head)
{
    const int fd = rawConnection(port);
    const auto started = std::chrono::steady_clock::now();
    REQUIRE(::send(fd, head.data(), head.size(), MSG_NOSIGNAL) == ssize_t(head.size()));
    HeadersOnlyAnswer answer;
    char buffer[4096];
    for (ssize_t n; !answer.whole && (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;) {
        answer.text.append(buffer, size_t(n));
        const auto end = answer.text.find("\r\n\r\n");
        const auto length = answer.text.find("Content-Length: ");
        if (end != std::string::npos && length != std::string::npos && length < end)
            answer.whole = answer.text.size() >= end + 4 + std::stoul(answer.text.substr(length + 16));
    }
    answer.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    ::close(fd);
    return answer;
}

std::string requestHead(const std::string &method, const std::string &path, const std::string &token,
                        const std::string &extraHeaders)
{
    return method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
           "\r\nContent-Length: 52428800\r\n" + extraHeaders + "\r\n";
}

Reply asForwarded(const Store &store, const QString &token, const std::string &forwardedFor)
{
    return store.request("GET", "/v1/changes?limit=1", token, {}, "application/json",
                         {{"X-Forwarded-For", forwardedFor}});
}

// Junk tokens until the store says 429; how many it took, or -1 if it never did.
int junkUntilLimited(const Store &store, const std::function<std::string(int)> &forwardedFor)
{
    for (int i = 0; i < 40; ++i) {
        const Reply r = asForwarded(store, QStringLiteral("junk-token-%1").arg(i), forwardedFor(i));
        if (r.status == 429)
            return i;
        REQUIRE(r.status == 401);
    }
    return -1;
}

QJsonArray conflictValues(const QList<QJsonObject> &changes, QString *conflictId)
{
    for (const QJsonObject &c : changes)
        if (c.value(QLatin1String("entity")).toString() == QLatin1String("conflict"))
            *conflictId = c.value(QLatin1String("entity_id")).toString();
    REQUIRE_FALSE(conflictId->isEmpty());
    const QJsonObject record = fold(changes, QStringLiteral("conflict"), *conflictId);
    return QJsonDocument::fromJson(record.value(QLatin1String("values")).toString().toUtf8()).array();
}

} // namespace

STORE_TEST_CASE(junkTokenBehindProxy,
                "Behind a trusted proxy, junk tokens lock out the sender's forwarded address only",
                "[server][attacks][bounds]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    // The test client on 127.0.0.1 plays the school's reverse proxy.
    store.start({QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")});
    const Tablet oak = store.enrol(school.id, QStringLiteral("Oak iPad"));

    // The attacker, at 203.0.113.66 behind the proxy, tries tokens until the store stops them.
    CHECK(junkUntilLimited(store, [](int) { return std::string("203.0.113.66"); }) > 0);
    // Putting another address in front of its own does not help: the proxy appends the real one.
    CHECK(asForwarded(store, QStringLiteral("junk"), "198.51.100.20, 203.0.113.66").status == 429);
    CHECK(asForwarded(store, oak.token, "203.0.113.66").status == 429);

    // The rest of the school, behind the same proxy, syncs on.
    CHECK(asForwarded(store, oak.token, "198.51.100.20").status == 200);
    const Reply pushed = store.request(
        "POST", "/v1/push", oak.token,
        QJsonDocument(
            QJsonObject{{"mutations",
                         store.proved(oak, QJsonArray{mutation(QStringLiteral("evidence_item"), newUuid(),
                                                               evidenceFields(school.id, school.taId,
                                                                              QStringLiteral("Ate lunch")),
                                                               school.taId, hlc(nowMs(), oak.deviceId))})}})
            .toJson()
            .toStdString(),
        "application/json", {{"X-Forwarded-For", "198.51.100.20"}});
    CHECK(pushed.status == 200);
    CHECK(pushed.json.value(QLatin1String("applied")).toArray().size() == 1);
    // Another stranger is judged on its own: a 401, not the attacker's 429.
    CHECK(asForwarded(store, QStringLiteral("junk"), "198.51.100.99").status == 401);
    // A proxy in a chain of trusted ones is skipped over to the client it forwarded for.
    CHECK(asForwarded(store, QStringLiteral("junk"), "203.0.113.66, 127.0.0.1").status == 429);
}

STORE_TEST_CASE(forwardedForFromStrangers,
                "X-Forwarded-For from anyone but a trusted proxy is ignored, so it cannot dodge the limit",
                "[server][attacks][bounds]")
{
    Store store(backend);
    store.createSchool(QStringLiteral("Millbrook Park"));

    SECTION("no proxy configured")
    {
        store.start();
    }
    SECTION("a proxy configured, but not the one this connection comes from")
    {
        store.start({QStringLiteral("--trusted-proxy"), QStringLiteral("10.20.0.0/16"),
                     QStringLiteral("--trusted-proxy"), QStringLiteral("fd00::1")});
    }
    // A new made-up address on every request still counts against the connection's own address.
    CHECK(junkUntilLimited(store, [](int i) { return "192.0.2." + std::to_string(i + 1); }) > 0);
}

TEST_CASE("stride-store serve refuses a --trusted-proxy that is not an address", "[server][bounds][sqlite]")
{
    Store store(Backend::Sqlite);
    store.createSchool(QStringLiteral("Millbrook Park"));
    const CommandResult r = store.admin(
        {QStringLiteral("serve"), QStringLiteral("--trusted-proxy"), QStringLiteral("the-proxy.lan")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("--trusted-proxy takes the proxy's address")));
}

STORE_TEST_CASE(bodiesAfterAuthentication,
                "A 50 MB body from an unknown tablet is refused before the store reads any of it",
                "[server][attacks][bounds]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet oak = store.enrol(school.id, QStringLiteral("Oak iPad"));

    const std::string sha(64, 'a');
    const std::string uploadId(32, 'b');
    struct Attempt
    {
        std::string method;
        std::string path;
        std::string headers;
    };
    for (const Attempt &a : {
             Attempt{"POST", "/v1/push", "Content-Type: application/json\r\n"},
             Attempt{"PUT", "/v1/media/" + sha, "Content-Type: application/octet-stream\r\n"},
             Attempt{"POST", "/v1/media/uploads", "Tus-Resumable: 1.0.0\r\n"},
             Attempt{"PATCH", "/v1/media/uploads/" + uploadId,
                     "Tus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\n"
                     "Content-Type: application/offset+octet-stream\r\n"},
         }) {
        INFO(a.method << " " << a.path);
        const HeadersOnlyAnswer answer =
            headersOnly(store.port(), requestHead(a.method, a.path, "not-a-real-token", a.headers));
        CHECK(answer.text.rfind("HTTP/1.1 401", 0) == 0);
        CHECK(answer.text.find("\"error\":\"unauthenticated\"") != std::string::npos);
        // Answered whole without waiting for a byte of the 50 MB, and told to hang up.
        CHECK(answer.whole);
        CHECK(answer.seconds < 4);
        CHECK(answer.text.find("Connection: close\r\n") != std::string::npos);
    }
    // Enrolment needs no token, so its body is bounded by what it holds: a code and a name.
    const HeadersOnlyAnswer enrol = headersOnly(
        store.port(), "POST /v1/enrol HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                      "Content-Length: 52428800\r\n\r\n");
    CHECK(enrol.text.rfind("HTTP/1.1 413", 0) == 0);
    CHECK(enrol.whole);
    CHECK(enrol.seconds < 4);

    // A small push with a wrong token still gets its answer whole, in JSON.
    const Reply small = store.postJson("/v1/push", QJsonObject{{"mutations", QJsonArray{}}},
                                       QStringLiteral("not-a-real-token"));
    CHECK(small.status == 401);
    CHECK(small.json.value(QLatin1String("error")).toString() == QLatin1String("unauthenticated"));

    // The school's tablet syncs on.
    const QJsonObject pushed = store.push(
        oak, QJsonArray{mutation(QStringLiteral("evidence_item"), newUuid(),
                                 evidenceFields(school.id, school.taId, QStringLiteral("Ate lunch")),
                                 school.taId, hlc(nowMs(), oak.deviceId))});
    CHECK(pushed.value(QLatin1String("applied")).toArray().size() == 1);
    CHECK(store.get("/v1/changes", oak.token).status == 200);
}

STORE_TEST_CASE(conflictValueBloat,
                "Pushing many different values for one field cannot grow its conflict record without bound",
                "[server][attacks][bounds]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet attacker = store.enrol(school.id, QStringLiteral("Copied iPad"));
    const Tablet oak = store.enrol(school.id, QStringLiteral("Oak iPad"));
    const qint64 t = nowMs() - 60000;
    const QString item = newUuid();
    store.push(attacker,
               QJsonArray{mutation(QStringLiteral("evidence_item"), item,
                                   evidenceFields(school.id, school.taId, QStringLiteral("Original")),
                                   school.taId, hlc(t, attacker.deviceId))});

    // Every change claims to have seen only "Original", so each one clashes with the one before:
    // 60 short values, then 60 of 20,000 characters.
    QString last;
    for (int round = 0; round < 2; ++round) {
        QJsonArray batch;
        for (int i = 0; i < 60; ++i) {
            const int n = round * 60 + i;
            last = QStringLiteral("Value %1 ").arg(n) + QString(round == 0 ? 0 : 20000, QLatin1Char('x'));
            batch.append(mutation(QStringLiteral("evidence_item"), item, {{"note", last}}, school.taId,
                                  hlc(t + 1000 + n, attacker.deviceId), {{"note", "Original"}}));
        }
        CHECK(store.push(attacker, batch).value(QLatin1String("applied")).toArray().size() == 60);
    }

    const QList<QJsonObject> changes = store.pullAll(oak);
    QString conflictId;
    const QJsonArray values = conflictValues(changes, &conflictId);
    const qsizetype valuesBytes = QJsonDocument(values).toJson(QJsonDocument::Compact).size();
    INFO("values: " << values.size() << ", " << valuesBytes << " bytes");
    // One record, of at most 16 values and about 256 KiB, not 120 values and 1.2 MB.
    CHECK(values.size() <= 16);
    CHECK(valuesBytes <= 256 * 1024 + 2 * 21000);
    // The clash as it began, and the newest value, are kept for a person to choose from.
    REQUIRE(values.size() >= 3);
    CHECK(values.at(0).toObject().value(QLatin1String("value")).toString() == QLatin1String("Value 0 "));
    CHECK(values.at(1).toObject().value(QLatin1String("value")).toString() == QLatin1String("Value 1 "));
    CHECK(values.last().toObject().value(QLatin1String("value")).toString() == last);
    // The field itself still merged by HLC.
    CHECK(fold(changes, QStringLiteral("evidence_item"), item).value(QLatin1String("note")).toString() ==
          last);
    int conflictRecords = 0;
    QSet<QString> ids;
    for (const QJsonObject &c : changes)
        if (c.value(QLatin1String("entity")).toString() == QLatin1String("conflict"))
            ids.insert(c.value(QLatin1String("entity_id")).toString());
    conflictRecords = int(ids.size());
    CHECK(conflictRecords == 1);

    // The store serves the rest of the school as before.
    CHECK(store
              .push(oak,
                    QJsonArray{mutation(QStringLiteral("evidence_item"), newUuid(),
                                        evidenceFields(school.id, school.teacherId, QStringLiteral("Swam")),
                                        school.teacherId, hlc(nowMs(), oak.deviceId))})
              .value(QLatin1String("applied"))
              .toArray()
              .size() == 1);
}

STORE_TEST_CASE(pullPagesBoundedInBytes,
                "A page of long notes stops at about 1 MiB, however many it may hold",
                "[server][attacks][bounds]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet oak = store.enrol(school.id, QStringLiteral("Oak iPad"));
    const Tablet ash = store.enrol(school.id, QStringLiteral("Ash iPad"));

    // 16 notes of 200,000 characters: 3.2 MB that a page of 1000 would otherwise carry at once.
    QJsonArray batch;
    for (int i = 0; i < 16; ++i)
        batch.append(
            mutation(QStringLiteral("evidence_item"), newUuid(),
                     evidenceFields(school.id, school.taId,
                                    QStringLiteral("Note %1 ").arg(i) + QString(200000, QLatin1Char('n'))),
                     school.taId, hlc(nowMs() + i, oak.deviceId)));
    for (int half = 0; half < 2; ++half) {
        QJsonArray part;
        for (int i = half * 8; i < half * 8 + 8; ++i)
            part.append(batch.at(i));
        CHECK(store.push(oak, part).value(QLatin1String("applied")).toArray().size() == 8);
    }

    const Reply first = store.get("/v1/changes?since=0&limit=1000", ash.token);
    REQUIRE(first.status == 200);
    int onFirstPage = 0;
    for (const QJsonValue &c : first.json.value(QLatin1String("changes")).toArray())
        onFirstPage +=
            c.toObject().value(QLatin1String("entity")).toString() == QLatin1String("evidence_item");
    INFO("first page: " << onFirstPage << " notes, " << first.body.size() << " bytes");
    CHECK(onFirstPage >= 1);
    CHECK(onFirstPage < 16);
    CHECK(first.body.size() <= 1024 * 1024 + 64 * 1024);
    CHECK(first.json.value(QLatin1String("more")).toBool());

    // Following the cursor still brings every note, each once.
    int notes = 0;
    for (const QJsonObject &c : store.pullAll(ash))
        if (c.value(QLatin1String("entity")).toString() == QLatin1String("evidence_item"))
            ++notes;
    CHECK(notes == 16);
}

STORE_TEST_CASE(oversizedChangeAlone,
                "A change larger than a page comes on a page of its own, and the feed goes on",
                "[server][attacks][bounds]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet oak = store.enrol(school.id, QStringLiteral("Oak iPad"));
    const Tablet ash = store.enrol(school.id, QStringLiteral("Ash iPad"));

    // Two fields of 200,000 three-byte characters: 1.2 MB of fields in one change.
    QJsonObject fields = evidenceFields(school.id, school.taId, QString(200000, QChar(0x20AC)));
    fields.insert(QStringLiteral("learner_voice"), QString(200000, QChar(0x20AC)));
    const QString before = newUuid();
    const QString huge = newUuid();
    const QString after = newUuid();
    const qint64 t = nowMs();
    for (const auto &[id, f, n] :
         {std::tuple{before, evidenceFields(school.id, school.taId, QStringLiteral("Before")), 0},
          std::tuple{huge, fields, 1},
          std::tuple{after, evidenceFields(school.id, school.taId, QStringLiteral("After")), 2}})
        CHECK(store
                  .push(oak, QJsonArray{mutation(QStringLiteral("evidence_item"), id, f, school.taId,
                                                 hlc(t + n, oak.deviceId))})
                  .value(QLatin1String("applied"))
                  .toArray()
                  .size() == 1);

    qint64 cursor = 0;
    QStringList seen;
    for (int page = 0; page < 100; ++page) {
        const Reply r = store.get("/v1/changes?since=" + std::to_string(cursor) + "&limit=1000", ash.token);
        REQUIRE(r.status == 200);
        const QJsonArray changes = r.json.value(QLatin1String("changes")).toArray();
        for (const QJsonValue &c : changes) {
            const QString id = c.toObject().value(QLatin1String("entity_id")).toString();
            seen << id;
            if (id == huge)
                CHECK(changes.size() == 1);
        }
        cursor = qint64(r.json.value(QLatin1String("cursor")).toDouble());
        if (!r.json.value(QLatin1String("more")).toBool())
            break;
    }
    CHECK(seen.count(before) == 1);
    CHECK(seen.count(huge) == 1);
    CHECK(seen.count(after) == 1);
}
