// Enrolment, bearer tokens and revocation (docs/sync.md, "Devices and staff").
#include "storeharness.h"

#include <QThread>

using namespace StoreTest;

STORE_TEST_CASE(enrolmentCodes,
                "A good code enrols a tablet once, and used, expired and wrong codes are refused",
                "[server][enrol]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();

    const QString code = store.enrolmentCode(school.id, QStringLiteral("Oak iPad 2"));
    const Reply good =
        store.postJson("/v1/enrol", {{QStringLiteral("code"), code.toLower()},
                                     {QStringLiteral("device_name"), QStringLiteral("Oak iPad 2")}});
    INFO(good.body);
    REQUIRE(good.status == 200);
    CHECK(good.json.value(QLatin1String("school_id")).toString() == school.id);
    CHECK(good.json.value(QLatin1String("school_name")).toString() == QLatin1String("Millbrook Park"));
    CHECK(!good.json.value(QLatin1String("device_id")).toString().isEmpty());
    // 32 random bytes, base64url without padding.
    CHECK(good.json.value(QLatin1String("device_token")).toString().size() == 43);

    const Reply used = store.postJson("/v1/enrol", {{QStringLiteral("code"), code}});
    CHECK(used.status == 403);
    CHECK(used.json.value(QLatin1String("error")).toString() == QLatin1String("enrolment_code_invalid"));
    CHECK(!used.json.value(QLatin1String("message")).toString().isEmpty());

    const QString shortLived = store.enrolmentCode(school.id, QStringLiteral("Ash iPad"), 1);
    QThread::msleep(1300);
    const Reply expired = store.postJson("/v1/enrol", {{QStringLiteral("code"), shortLived}});
    CHECK(expired.status == 403);
    CHECK(expired.json.value(QLatin1String("error")).toString() == QLatin1String("enrolment_code_invalid"));

    const Reply wrong =
        store.postJson("/v1/enrol", {{QStringLiteral("code"), QStringLiteral("ABCDE-FGHJK")}});
    CHECK(wrong.status == 403);
    CHECK(wrong.json.value(QLatin1String("error")).toString() == QLatin1String("enrolment_code_invalid"));

    const Reply notJson = store.request("POST", "/v1/enrol", {}, "{\"code\": ");
    CHECK(notJson.status == 400);
    CHECK(notJson.json.value(QLatin1String("error")).toString() == QLatin1String("bad_json"));

    const Reply noCode = store.postJson("/v1/enrol", {{QStringLiteral("device_name"), QStringLiteral("x")}});
    CHECK(noCode.status == 400);

    // The enrolled tablet is listed for the school.
    const CommandResult list =
        store.admin({QStringLiteral("list-devices"), QStringLiteral("--school"), school.id});
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QLatin1String("Oak iPad 2")));
    CHECK(list.out.contains(QLatin1String("active")));
}

STORE_TEST_CASE(wrongCodesRateLimited, "Wrong enrolment codes are rate-limited per address",
                "[server][enrol][limits]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    int refused = 0;
    for (int i = 0; i < 10; ++i)
        refused +=
            store.postJson("/v1/enrol", {{QStringLiteral("code"), QStringLiteral("ABCDE-FGHJK")}}).status ==
            403;
    CHECK(refused == 10);
    // Even a good code waits now: the address has used up its tries.
    const Reply limited = store.postJson(
        "/v1/enrol", {{QStringLiteral("code"), store.enrolmentCode(school.id, QStringLiteral("iPad"))}});
    CHECK(limited.status == 429);
    CHECK(limited.json.value(QLatin1String("error")).toString() == QLatin1String("rate_limited"));
    CHECK(std::stoi(limited.header("Retry-After")) >= 1);
}

STORE_TEST_CASE(bearerTokens, "Requests without a known device token get 401", "[server][auth]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);

    const Reply none = store.get("/v1/changes", {});
    CHECK(none.status == 401);
    CHECK(none.json.value(QLatin1String("error")).toString() == QLatin1String("unauthenticated"));
    CHECK(none.header("WWW-Authenticate") == "Bearer");

    const Reply unknown = store.get("/v1/changes", QStringLiteral("not-a-real-token"));
    CHECK(unknown.status == 401);

    const Reply basic = store.request("GET", "/v1/changes", {}, {}, "application/json",
                                      {{"Authorization", "Basic " + tablet.token.toStdString()}});
    CHECK(basic.status == 401);

    const Reply pushWithout = store.postJson("/v1/push", {{QStringLiteral("mutations"), QJsonArray()}});
    CHECK(pushWithout.status == 401);

    CHECK(store.get("/v1/changes", tablet.token).status == 200);
    // Tokens are case-sensitive: a near miss is still unknown.
    CHECK(store.get("/v1/changes", tablet.token.toUpper()).status == 401);
}

STORE_TEST_CASE(revokedDevice, "A revoked tablet gets 410 with erase:true on every kind of request",
                "[server][auth]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id, QStringLiteral("Lost iPad"));
    const Tablet other = store.enrol(school.id, QStringLiteral("Kept iPad"));
    CHECK(store.get("/v1/changes", tablet.token).status == 200);

    const CommandResult revoked = store.admin({QStringLiteral("revoke-device"), tablet.deviceId});
    INFO(revoked.err.toStdString());
    REQUIRE(revoked.exitCode == 0);

    const Reply pull = store.get("/v1/changes", tablet.token);
    CHECK(pull.status == 410);
    CHECK(pull.json.value(QLatin1String("error")).toString() == QLatin1String("device_revoked"));
    CHECK(pull.json.value(QLatin1String("erase")).toBool());
    CHECK(!pull.json.value(QLatin1String("message")).toString().isEmpty());

    const QJsonObject m = mutation(QStringLiteral("evidence_item"), newUuid(),
                                   evidenceFields(school.id, school.taId, QStringLiteral("x")), school.taId,
                                   hlc(nowMs(), tablet.deviceId));
    CHECK(store.postJson("/v1/push", {{QStringLiteral("mutations"), QJsonArray{m}}}, tablet.token).status ==
          410);
    CHECK(store.request("OPTIONS", "/v1/media/uploads", tablet.token).status == 410);
    CHECK(store.request("HEAD", "/v1/media/" + std::string(64, 'a'), tablet.token).status == 410);
    CHECK(store
              .request("POST", "/v1/media/uploads", tablet.token, {}, "application/json",
                       {{"Tus-Resumable", "1.0.0"}, {"Upload-Length", "10"}})
              .status == 410);

    // The other tablet carries on.
    CHECK(store.get("/v1/changes", other.token).status == 200);
    const CommandResult list =
        store.admin({QStringLiteral("list-devices"), QStringLiteral("--school"), school.id});
    CHECK(list.out.contains(QLatin1String("REVOKED")));
    CHECK(store.admin({QStringLiteral("revoke-device"), newUuid()}).exitCode == 1);
}
