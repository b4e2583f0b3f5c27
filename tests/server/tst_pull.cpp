// Pull: paged by a cursor the server assigns, and only the tablet's own school (docs/sync.md, "Pull").
#include "storeharness.h"

#include <QSet>

using namespace StoreTest;

STORE_TEST_CASE(pullPaging, "Pulls come in pages, and the cursor carries on exactly where a page ended",
                "[server][pull]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);

    // What the admin commands wrote (the school, its areas, its staff) is there from the start.
    const QList<QJsonObject> initial = store.pullAll(tablet);
    QSet<QString> entities;
    for (const QJsonObject &c : initial)
        entities.insert(c.value(QLatin1String("entity")).toString());
    CHECK(entities.contains(QStringLiteral("school")));
    CHECK(entities.contains(QStringLiteral("area_of_learning")));
    CHECK(entities.contains(QStringLiteral("staff")));
    CHECK(fold(initial, QStringLiteral("staff"), school.taId).value(QLatin1String("roles")).toString() ==
          QLatin1String("ta"));

    QList<QJsonObject> batch;
    for (int i = 0; i < 25; ++i)
        batch << mutation(QStringLiteral("evidence_item"), newUuid(),
                          evidenceFields(school.id, school.taId, QStringLiteral("Note %1").arg(i)),
                          school.taId, hlc(nowMs(), tablet.deviceId, i));
    store.push(tablet, array(batch));

    const qint64 start = qint64(initial.last().value(QLatin1String("seq")).toDouble());
    qint64 cursor = start;
    QStringList seen;
    qint64 lastSeq = start;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        const Reply page =
            store.get("/v1/changes?since=" + std::to_string(cursor) + "&limit=10", tablet.token);
        REQUIRE(page.status == 200);
        const QJsonArray changes = page.json.value(QLatin1String("changes")).toArray();
        CHECK(changes.size() <= 10);
        for (const QJsonValue &v : changes) {
            const QJsonObject c = v.toObject();
            const qint64 seq = qint64(c.value(QLatin1String("seq")).toDouble());
            CHECK(seq == lastSeq + 1); // no gaps, no repeats
            lastSeq = seq;
            seen << c.value(QLatin1String("mutation_id")).toString();
            CHECK(c.value(QLatin1String("device_id")).toString() == tablet.deviceId);
            CHECK(c.value(QLatin1String("author_staff_id")).toString() == school.taId);
            CHECK(c.value(QLatin1String("op")).toString() == QLatin1String("upsert"));
            CHECK(c.value(QLatin1String("fields")).toObject().contains(QLatin1String("note")));
        }
        more = page.json.value(QLatin1String("more")).toBool();
        cursor = qint64(page.json.value(QLatin1String("cursor")).toDouble());
        CHECK(cursor == lastSeq);
    }
    CHECK(pages == 3);
    CHECK(seen.size() == 25);
    for (const QJsonObject &m : batch)
        CHECK(seen.contains(m.value(QLatin1String("mutation_id")).toString()));

    // At the end: nothing more, and the cursor stays put.
    const Reply end = store.get("/v1/changes?since=" + std::to_string(cursor), tablet.token);
    CHECK(end.json.value(QLatin1String("changes")).toArray().isEmpty());
    CHECK(qint64(end.json.value(QLatin1String("cursor")).toDouble()) == cursor);
    CHECK_FALSE(end.json.value(QLatin1String("more")).toBool());
    // A cursor from beyond the end (a store restored from an older backup) comes back as the end.
    const Reply beyond = store.get("/v1/changes?since=999999", tablet.token);
    CHECK(qint64(beyond.json.value(QLatin1String("cursor")).toDouble()) == cursor);
    // The limit is capped at 1000 and defaults to 500.
    CHECK(store.get("/v1/changes?since=0&limit=100000", tablet.token).status == 200);
    for (const char *bad :
         {"/v1/changes?since=-1", "/v1/changes?since=abc", "/v1/changes?limit=0", "/v1/changes?since=1e3"}) {
        const Reply r = store.get(bad, tablet.token);
        INFO(bad);
        CHECK(r.status == 400);
        CHECK(r.json.value(QLatin1String("error")).toString() == QLatin1String("bad_request"));
    }
}

STORE_TEST_CASE(schoolIsolation, "A tablet of school B sees nothing of school A and cannot write to it",
                "[server][pull]")
{
    Store store(backend);
    const School a = store.createSchool(QStringLiteral("Alder School"));
    const School b = store.createSchool(QStringLiteral("Birch School"));
    store.start();
    const Tablet tabletA = store.enrol(a.id);
    const Tablet tabletB = store.enrol(b.id);

    const QString itemA = newUuid();
    store.push(tabletA, QJsonArray{mutation(QStringLiteral("evidence_item"), itemA,
                                            evidenceFields(a.id, a.taId, QStringLiteral("Alder's")), a.taId,
                                            hlc(nowMs(), tabletA.deviceId))});

    QSet<QString> idsOfA{a.id, a.adminId, a.sltId, a.teacherId, a.taId, itemA};
    for (const QJsonObject &c : store.pullAll(tabletB)) {
        CHECK_FALSE(idsOfA.contains(c.value(QLatin1String("entity_id")).toString()));
        CHECK(c.value(QLatin1String("fields")).toObject().value(QLatin1String("school_id")).toString(b.id) ==
              b.id);
    }

    const qint64 t = nowMs();
    QList<QJsonObject> attempts{
        // A's record, by id.
        mutation(QStringLiteral("evidence_item"), itemA, {{"note", "Birch was here"}}, b.taId,
                 hlc(t, tabletB.deviceId, 0)),
        // A new record that says it is A's.
        mutation(QStringLiteral("evidence_item"), newUuid(),
                 evidenceFields(a.id, b.taId, QStringLiteral("x")), b.taId, hlc(t, tabletB.deviceId, 1)),
        // A new record of B's that points at A's staff.
        mutation(QStringLiteral("evidence_item"), newUuid(),
                 evidenceFields(b.id, a.taId, QStringLiteral("x")), b.taId, hlc(t, tabletB.deviceId, 2)),
        // A link from B's row to A's evidence.
        mutation(QStringLiteral("evidence_pupil"), newUuid(),
                 {{"evidence_id", itemA}, {"pupil_id", newUuid()}}, b.taId, hlc(t, tabletB.deviceId, 3)),
        // A's school record itself.
        mutation(QStringLiteral("school"), a.id, {{"name", "Renamed"}}, b.sltId, hlc(t, tabletB.deviceId, 4)),
    };
    const QJsonObject result = store.push(tabletB, array(attempts));
    const QJsonArray rejected = result.value(QLatin1String("rejected")).toArray();
    CHECK(rejected.size() == attempts.size());
    for (const QJsonValue &r : rejected)
        CHECK(r.toObject().value(QLatin1String("error")).toString() == QLatin1String("wrong_school"));

    // Staff of A cannot write through B's tablet either.
    const QJsonObject asA =
        store.push(tabletB, QJsonArray{mutation(QStringLiteral("evidence_item"), newUuid(),
                                                evidenceFields(b.id, b.taId, QStringLiteral("x")), a.taId,
                                                hlc(t, tabletB.deviceId, 5))});
    REQUIRE(asA.value(QLatin1String("rejected")).toArray().size() == 1);
    CHECK(asA.value(QLatin1String("rejected"))
              .toArray()
              .first()
              .toObject()
              .value(QLatin1String("error"))
              .toString() == QLatin1String("unknown_staff"));

    // A's record is untouched.
    CHECK(fold(store.pullAll(tabletA), QStringLiteral("evidence_item"), itemA)
              .value(QLatin1String("note"))
              .toString() == QLatin1String("Alder's"));
}

STORE_TEST_CASE(pullSaysScope,
                "Every pull answer says whom the tablet serves: the whole school, or its classes",
                "[server][pull][scope]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet office = store.enrol(school.id, QStringLiteral("Office"));
    const QString oak = newUuid(), willow = newUuid();
    const qint64 t = nowMs();
    store.push(office, QJsonArray{mutation(QStringLiteral("school_class"), oak,
                                           {{"school_id", school.id}, {"name", "Oak"}}, school.adminId,
                                           hlc(t, office.deviceId, 1)),
                                  mutation(QStringLiteral("school_class"), willow,
                                           {{"school_id", school.id}, {"name", "Willow"}}, school.adminId,
                                           hlc(t, office.deviceId, 2))});
    const Tablet oakTablet =
        store.enrol(school.id, QStringLiteral("Oak iPad"), {QStringLiteral("Oak"), QStringLiteral("Willow")});

    auto scopeOf = [&](const Tablet &tablet, const std::string &since) {
        const Reply r = store.get("/v1/changes?since=" + since, tablet.token);
        REQUIRE(r.status == 200);
        return r.json.value(QLatin1String("scope")).toObject();
    };
    const QJsonObject whole = scopeOf(office, "0");
    CHECK(whole.value(QLatin1String("whole_school")).toBool(false));
    CHECK(whole.value(QLatin1String("class_ids")).toArray().isEmpty());

    // Said on every page, the last one (nothing new) too.
    for (const std::string since : {"0", "999999"}) {
        const QJsonObject classes = scopeOf(oakTablet, since);
        CHECK(classes.value(QLatin1String("whole_school")).isBool());
        CHECK_FALSE(classes.value(QLatin1String("whole_school")).toBool(true));
        QStringList ids = strings(classes.value(QLatin1String("class_ids")));
        ids.sort();
        QStringList expected{oak, willow};
        expected.sort();
        CHECK(ids == expected);
    }

    // The office gives the tablet to the whole school: its next answer says so.
    const CommandResult changed = store.admin(
        {QStringLiteral("set-device-classes"), oakTablet.deviceId, QStringLiteral("--whole-school")});
    INFO(changed.err.toStdString());
    REQUIRE(changed.exitCode == 0);
    CHECK(scopeOf(oakTablet, "0").value(QLatin1String("whole_school")).toBool(false));
}
