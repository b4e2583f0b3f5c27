// Push: one transaction per batch, idempotent by mutation id, clock skew, malformed input
// (docs/sync.md, "Push" and "Limits").
#include "storeharness.h"

#include <QRegularExpression>

using namespace StoreTest;

namespace {
QList<QJsonObject> evidenceMutations(const School &school, const Tablet &tablet, int count, qint64 wallMs)
{
    QList<QJsonObject> list;
    for (int i = 0; i < count; ++i)
        list << mutation(QStringLiteral("evidence_item"), newUuid(),
                         evidenceFields(school.id, school.taId, QStringLiteral("Observation %1").arg(i)),
                         school.taId, hlc(wallMs, tablet.deviceId, i));
    return list;
}
} // namespace

STORE_TEST_CASE(pushIdempotent, "The same push twice applies once: the second is all duplicates",
                "[server][push]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);
    const QList<QJsonObject> batch = evidenceMutations(school, tablet, 3, nowMs());
    QStringList ids;
    for (const QJsonObject &m : batch)
        ids << m.value(QLatin1String("mutation_id")).toString();

    const QJsonObject first = store.push(tablet, array(batch));
    CHECK(strings(first.value(QLatin1String("applied"))) == ids);
    CHECK(strings(first.value(QLatin1String("duplicates"))).isEmpty());
    CHECK(first.value(QLatin1String("rejected")).toArray().isEmpty());
    const QString serverHlc = first.value(QLatin1String("server_hlc")).toString();
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{12}-[0-9a-f]{4}-.+$")).match(serverHlc).hasMatch());
    // The server's clock has taken in the pushed stamps.
    CHECK(serverHlc > batch.last().value(QLatin1String("hlc")).toString().left(17));
    const qsizetype changesAfterFirst = store.pullAll(tablet).size();

    const QJsonObject second = store.push(tablet, array(batch));
    CHECK(strings(second.value(QLatin1String("applied"))).isEmpty());
    CHECK(strings(second.value(QLatin1String("duplicates"))) == ids);
    CHECK(store.pullAll(tablet).size() == changesAfterFirst);

    // A mutation repeated inside one batch is applied once too.
    const QJsonObject again = evidenceMutations(school, tablet, 1, nowMs()).first();
    const QJsonObject twice = store.push(tablet, QJsonArray{again, again});
    CHECK(strings(twice.value(QLatin1String("applied"))).size() == 1);
    CHECK(strings(twice.value(QLatin1String("duplicates"))).size() == 1);
}

STORE_TEST_CASE(clockSkew, "A change stamped more than five minutes ahead is rejected as clock_skew",
                "[server][push]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);
    const qint64 minute = 60 * 1000;
    const QJsonObject farAhead = evidenceMutations(school, tablet, 1, nowMs() + 6 * minute).first();
    const QJsonObject slightlyAhead = evidenceMutations(school, tablet, 1, nowMs() + 4 * minute).first();
    const QJsonObject result = store.push(tablet, QJsonArray{farAhead, slightlyAhead});
    const QJsonArray rejected = result.value(QLatin1String("rejected")).toArray();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected.first().toObject().value(QLatin1String("mutation_id")) ==
          farAhead.value(QLatin1String("mutation_id")));
    CHECK(rejected.first().toObject().value(QLatin1String("error")).toString() ==
          QLatin1String("clock_skew"));
    CHECK(strings(result.value(QLatin1String("applied"))) ==
          QStringList{slightlyAhead.value(QLatin1String("mutation_id")).toString()});
    // After taking in a stamp 4 minutes ahead, the server's clock answers from there.
    CHECK(result.value(QLatin1String("server_hlc")).toString() >
          slightlyAhead.value(QLatin1String("hlc")).toString().left(17));
}

STORE_TEST_CASE(malformedPushes, "Malformed or hostile pushes get 400 and change nothing",
                "[server][push][limits]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);
    const qsizetype before = store.pullAll(tablet).size();

    for (const std::string &body :
         {std::string("{\"mutations\": [ {"), std::string("not json at all"), std::string("[1,2,3]"),
          std::string("\xff\xfe\x00garbage", 11), std::string(100000, '[')}) {
        const Reply r = store.request("POST", "/v1/push", tablet.token, body);
        INFO(body.substr(0, 40));
        CHECK(r.status == 400);
        CHECK(r.json.value(QLatin1String("error")).toString() == QLatin1String("bad_json"));
    }
    CHECK(store.postJson("/v1/push", {{QStringLiteral("mutations"), 5}}, tablet.token).status == 400);
    CHECK(store
              .postJson("/v1/push",
                        {{QStringLiteral("mutations"), QJsonArray{QJsonObject{{"entity", "staff"}}}}},
                        tablet.token)
              .status == 400);

    // Readable but wrong mutations are rejected one by one, in plain words.
    const QString node = tablet.deviceId;
    QList<QJsonObject> bad{
        mutation(QStringLiteral("change_log"), newUuid(), {{"x", 1}}, school.taId, hlc(nowMs(), node)),
        mutation(QStringLiteral("evidence_item"), newUuid(), {{"no_such_column", 1}}, school.taId,
                 hlc(nowMs(), node)),
        mutation(QStringLiteral("evidence_item"), newUuid(), {{"note", QJsonObject{{"nested", 1}}}},
                 school.taId, hlc(nowMs(), node)),
        mutation(QStringLiteral("evidence_item"), newUuid(), {{"note", "x"}}, school.taId, hlc(nowMs(), node),
                 {}, QStringLiteral("merge")),
        mutation(QStringLiteral("evidence_item"), QString(), {{"note", "x"}}, school.taId,
                 hlc(nowMs(), node)),
    };
    const QJsonObject result = store.push(tablet, array(bad));
    const QJsonArray rejected = result.value(QLatin1String("rejected")).toArray();
    CHECK(rejected.size() == bad.size());
    for (const QJsonValue &r : rejected) {
        CHECK(r.toObject().value(QLatin1String("error")).toString() == QLatin1String("invalid_mutation"));
        CHECK(!r.toObject().value(QLatin1String("message")).toString().isEmpty());
    }
    CHECK(store.pullAll(tablet).size() == before);
    // The server is still answering.
    CHECK(store.get("/v1/changes", tablet.token).status == 200);
}

STORE_TEST_CASE(oversized, "Oversized bodies, batches and headers are refused with JSON errors",
                "[server][limits]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);

    const Reply big = store.request("POST", "/v1/push", tablet.token, std::string(5 * 1024 * 1024, ' '));
    CHECK(big.status == 413);
    CHECK(big.json.value(QLatin1String("error")).toString() == QLatin1String("too_large"));

    // Over httplib's own limit (the 8 MiB chunk size) too: still a JSON answer.
    const Reply huge = store.request("POST", "/v1/enrol", {}, std::string(9 * 1024 * 1024, ' '));
    CHECK(huge.status == 413);
    CHECK(!huge.json.value(QLatin1String("error")).toString().isEmpty());

    QList<QJsonObject> many;
    for (int i = 0; i < 1001; ++i)
        many << mutation(QStringLiteral("evidence_item"), newUuid(), {{"note", "x"}}, school.taId,
                         hlc(nowMs(), tablet.deviceId, i));
    const Reply batch =
        store.postJson("/v1/push", {{QStringLiteral("mutations"), array(many)}}, tablet.token);
    CHECK(batch.status == 413);
    CHECK(batch.json.value(QLatin1String("error")).toString() == QLatin1String("batch_too_large"));

    const Reply headers = store.request("GET", "/v1/changes", tablet.token, {}, "application/json",
                                        {{"X-One", std::string(7000, 'a')},
                                         {"X-Two", std::string(7000, 'b')},
                                         {"X-Three", std::string(7000, 'c')}});
    CHECK(headers.status == 431);
    CHECK(headers.json.value(QLatin1String("error")).toString() == QLatin1String("headers_too_large"));
    CHECK(store.get("/v1/changes", tablet.token).status == 200);
}

STORE_TEST_CASE(routing, "Unknown paths get 404 and wrong methods 405, as JSON", "[server][limits]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);

    const Reply missing = store.get("/v1/nothing-here", tablet.token);
    CHECK(missing.status == 404);
    CHECK(missing.json.value(QLatin1String("error")).toString() == QLatin1String("not_found"));
    CHECK(store.get("/", {}).status == 404);

    const Reply wrongMethod = store.get("/v1/push", tablet.token);
    CHECK(wrongMethod.status == 405);
    CHECK(wrongMethod.header("Allow") == "POST");
    CHECK(wrongMethod.json.value(QLatin1String("error")).toString() == QLatin1String("method_not_allowed"));
    CHECK(store.request("DELETE", "/v1/changes", tablet.token).status == 405);
    CHECK(store.request("PUT", "/v1/enrol", {}, "{}").status == 405);
}

STORE_TEST_CASE(bodiesWhereNoneBelong, "A large body on a request that takes none is refused unread",
                "[server][limits]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);
    const Reply r =
        store.request("DELETE", "/v1/media/uploads/" + std::string(32, 'a'), tablet.token,
                      std::string(100 * 1024, 'x'), "application/octet-stream", {{"Tus-Resumable", "1.0.0"}});
    CHECK(r.status == 413);
    CHECK(r.header("Connection") == "close");
    const Reply multipart = store.request("POST", "/v1/push", tablet.token, "--x\r\n\r\n--x--",
                                          "multipart/form-data; boundary=x");
    CHECK(multipart.status == 415);
    CHECK(store.get("/v1/changes?limit=1", tablet.token).status == 200);
}

STORE_TEST_CASE(largeMixedBatch,
                "A large push that makes records, changes them again later in the batch and changes "
                "records made before keeps every change",
                "[server][push]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);
    qint64 t = nowMs();
    // 100 items made in an earlier push.
    QList<QJsonObject> earlier = evidenceMutations(school, tablet, 100, t);
    REQUIRE(strings(store.push(tablet, array(earlier)).value(QLatin1String("applied"))).size() == 100);
    // One push of 600 (the store's row writer takes a batch this large): 300 new items, each
    // changed again 150 changes later (after several of the writer's hand-overs), and a change
    // to each of the earlier ones.
    t += 1000;
    QList<QJsonObject> batch = evidenceMutations(school, tablet, 300, t);
    QList<QJsonObject> later;
    for (int i = 0; i < 300; ++i) {
        const QJsonObject made = batch.at(i);
        later << mutation(QStringLiteral("evidence_item"), made.value(QLatin1String("entity_id")).toString(),
                          {{QStringLiteral("note"), QStringLiteral("Changed %1").arg(i)}}, school.taId,
                          hlc(t + 1, tablet.deviceId, i));
    }
    for (int i = 0; i < 150; ++i)
        batch.insert(150 + 2 * i, later.at(i));
    batch << later.mid(150);
    for (int i = 0; i < 100; ++i)
        batch << mutation(QStringLiteral("evidence_item"),
                          earlier.at(i).value(QLatin1String("entity_id")).toString(),
                          {{QStringLiteral("note"), QStringLiteral("Earlier, changed %1").arg(i)}},
                          school.taId, hlc(t + 2, tablet.deviceId, i));
    REQUIRE(batch.size() == 700);
    const QJsonObject result = store.push(tablet, array(batch));
    CHECK(result.value(QLatin1String("rejected")).toArray().isEmpty());
    CHECK(strings(result.value(QLatin1String("applied"))).size() == 700);

    const QList<QJsonObject> changes = store.pullAll(tablet);
    for (int i = 0; i < 300; i += 37) {
        const QJsonObject item = fold(changes, QStringLiteral("evidence_item"),
                                      later.at(i).value(QLatin1String("entity_id")).toString());
        CHECK(item.value(QLatin1String("note")).toString() == QStringLiteral("Changed %1").arg(i));
        CHECK(item.value(QLatin1String("captured_by")).toString() == school.taId);
    }
    for (int i = 0; i < 100; i += 13) {
        const QJsonObject item = fold(changes, QStringLiteral("evidence_item"),
                                      earlier.at(i).value(QLatin1String("entity_id")).toString());
        CHECK(item.value(QLatin1String("note")).toString() == QStringLiteral("Earlier, changed %1").arg(i));
    }
    // The same push again: all of it duplicates, nothing written twice.
    const QJsonObject again = store.push(tablet, array(batch));
    CHECK(strings(again.value(QLatin1String("duplicates"))).size() == 700);
    CHECK(store.pullAll(tablet).size() == changes.size());
}
