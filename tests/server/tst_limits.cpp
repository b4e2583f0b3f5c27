// Per-device rate limiting (docs/sync.md, "Limits").
#include "storeharness.h"

using namespace StoreTest;

STORE_TEST_CASE(rateLimit,
                "A tablet over its request rate gets 429 with Retry-After, and others are not affected",
                "[server][limits]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet busy = store.enrol(school.id, QStringLiteral("Busy iPad"));
    const Tablet calm = store.enrol(school.id, QStringLiteral("Calm iPad"));

    // The burst is 100, refilled at 20 a second: 160 requests on one connection go over it.
    auto client = store.client();
    const httplib::Headers auth{{"Authorization", "Bearer " + busy.token.toStdString()}};
    int ok = 0;
    int limited = 0;
    std::string retryAfter;
    std::string body;
    for (int i = 0; i < 160; ++i) {
        const auto r = client->Get("/v1/changes?limit=1", auth);
        REQUIRE(r);
        if (r->status == 200)
            ++ok;
        if (r->status == 429) {
            ++limited;
            retryAfter = r->get_header_value("Retry-After");
            body = r->body;
        }
    }
    CHECK(ok >= 100);
    CHECK(limited > 0);
    CHECK(std::stoi(retryAfter) >= 1);
    CHECK(body.find("\"error\":\"rate_limited\"") != std::string::npos);
    CHECK(store.get("/v1/changes?limit=1", calm.token).status == 200);
}
