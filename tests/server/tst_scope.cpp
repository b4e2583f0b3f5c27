// A class tablet receives only its classes' pupils (docs/sync.md, "Scope"): their records on pull,
// their photos on fetch, never another class's pupil, even asked for by hash; a pupil who moves
// class is evicted from the old class's tablets and arrives whole on the new one's; asking again
// from an older cursor repeats the snapshot and the eviction harmlessly.
#include "storeharness.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace StoreTest;

namespace {

struct Pulled
{
    QList<QJsonObject> changes;
    qint64 cursor = 0;
};

Pulled pullFrom(const Store &store, const Tablet &tablet, qint64 since)
{
    Pulled p;
    p.cursor = since;
    for (;;) {
        const Reply r =
            store.get("/v1/changes?since=" + std::to_string(p.cursor) + "&limit=1000", tablet.token);
        INFO(r.body);
        REQUIRE(r.status == 200);
        for (const QJsonValue &c : r.json.value(QLatin1String("changes")).toArray())
            p.changes << c.toObject();
        p.cursor = qint64(r.json.value(QLatin1String("cursor")).toDouble());
        if (!r.json.value(QLatin1String("more")).toBool())
            return p;
    }
}

bool mentions(const QList<QJsonObject> &changes, const QString &id)
{
    for (const QJsonObject &c : changes) {
        if (c.value(QLatin1String("entity_id")).toString() == id)
            return true;
        const QJsonObject fields = c.value(QLatin1String("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            if (it->toString() == id || it->toString().contains(id))
                return true;
    }
    return false;
}

bool has(const QList<QJsonObject> &changes, const QString &op, const QString &entity, const QString &id)
{
    for (const QJsonObject &c : changes)
        if (c.value(QLatin1String("op")).toString() == op &&
            c.value(QLatin1String("entity")).toString() == entity &&
            c.value(QLatin1String("entity_id")).toString() == id)
            return true;
    return false;
}

QString shaHex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

int appliedCount(const QJsonObject &pushResult)
{
    return int(pushResult.value(QLatin1String("applied")).toArray().size());
}

} // namespace

STORE_TEST_CASE(classScope,
                "A class tablet receives only its classes' pupils, their records and their photos",
                "[server][scope]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    const QString willowTeacher =
        store.addStaff(school.id, QStringLiteral("Wendy"), QStringLiteral("Ash"), QStringLiteral("teacher"));
    store.start();
    const Tablet office = store.enrol(school.id, QStringLiteral("Office"));
    qint64 t = nowMs();
    auto make = [&](const char *entity, const QString &id, const QJsonObject &fields, const QString &author) {
        return mutation(QString::fromLatin1(entity), id, fields, author, hlc(++t, office.deviceId));
    };
    auto pupil = [&](const QString &classId, const char *first) {
        return QJsonObject{{"school_id", school.id}, {"class_id", classId},   {"first_name", first},
                           {"surname", "Testpupil"}, {"initials", QString()}, {"year_group", 4},
                           {"key_stage", 2},         {"pronouns", "she"},     {"media_consent", "internal"}};
    };
    auto photo = [&](const char *note) {
        QJsonObject f = evidenceFields(school.id, school.taId, QString::fromLatin1(note));
        f.insert(QStringLiteral("kind"), QStringLiteral("photo"));
        return f;
    };
    auto reference = [&](const QString &evidenceId, const QString &sha) {
        return QJsonObject{
            {"evidence_id", evidenceId}, {"sha256", sha}, {"role", "original"}, {"mime_type", "image/jpeg"},
            {"byte_size", 1000},         {"width_px", 0}, {"height_px", 0},     {"duration_ms", 0}};
    };
    const QString oak = newUuid(), willow = newUuid(), term = newUuid(), area = newUuid();
    const QString amira = newUuid(), ben = newUuid(), cara = newUuid();
    const QString caraIlp = newUuid(), caraTarget = newUuid(), caraForm = newUuid();
    const QString oakPhoto = newUuid(), willowPhoto = newUuid(), groupPhoto = newUuid();
    const QByteArray oakBytes("Oak photo bytes"), willowBytes("Willow photo bytes"),
        groupBytes("Group photo");
    const QString oakSha = shaHex(oakBytes), willowSha = shaHex(willowBytes), groupSha = shaHex(groupBytes);
    const QString groupBenLink = newUuid(), groupAmiraLink = newUuid();
    const QList<QJsonObject> setUp{
        make("school_class", oak, {{"school_id", school.id}, {"name", "Oak"}}, school.adminId),
        make("school_class", willow, {{"school_id", school.id}, {"name", "Willow"}}, school.adminId),
        make("class_staff", newUuid(), {{"class_id", oak}, {"staff_id", school.teacherId}}, school.adminId),
        make("class_staff", newUuid(), {{"class_id", willow}, {"staff_id", willowTeacher}}, school.adminId),
        make("term", term,
             {{"school_id", school.id},
              {"name", "Autumn"},
              {"starts_on", "2026-09-01"},
              {"ends_on", "2026-12-18"}},
             school.adminId),
        make("area_of_learning", area,
             {{"school_id", school.id}, {"name", "Communication"}, {"kind", "send"}}, school.adminId),
        make("pupil", amira, pupil(oak, "Amira"), school.adminId),
        make("pupil", ben, pupil(willow, "Ben"), school.adminId),
        make("pupil", cara, pupil(willow, "Cara"), school.adminId),
        make("ilp", caraIlp, {{"pupil_id", cara}, {"term_id", term}}, school.sltId),
        make("target", caraTarget, {{"ilp_id", caraIlp}, {"area_id", area}, {"text", "Ask for a drink"}},
             school.sltId),
        make("evidence_item", oakPhoto, photo("Amira at the sand tray"), school.taId),
        make("evidence_pupil", newUuid(), {{"evidence_id", oakPhoto}, {"pupil_id", amira}}, school.taId),
        make("media_reference", newUuid(), reference(oakPhoto, oakSha), school.taId),
        make("evidence_item", willowPhoto, photo("Ben painting"), school.taId),
        make("evidence_pupil", newUuid(), {{"evidence_id", willowPhoto}, {"pupil_id", ben}}, school.taId),
        make("media_reference", newUuid(), reference(willowPhoto, willowSha), school.taId),
        make("evidence_item", groupPhoto, photo("Amira and Ben share a book"), school.taId),
        make("evidence_pupil", groupAmiraLink, {{"evidence_id", groupPhoto}, {"pupil_id", amira}},
             school.taId),
        make("evidence_pupil", groupBenLink, {{"evidence_id", groupPhoto}, {"pupil_id", ben}}, school.taId),
        make("media_reference", newUuid(), reference(groupPhoto, groupSha), school.taId),
    };
    const QJsonObject done = store.push(office, array(setUp));
    INFO(QJsonDocument(done).toJson().toStdString());
    REQUIRE(appliedCount(done) == setUp.size());
    // Cara's target is moderated by Oak's teacher: the form names them.
    QJsonObject form{{"target_id", caraTarget},
                     {"assessor_id", willowTeacher},
                     {"starting_point", ""},
                     {"provision_used", ""},
                     {"progress_evidence_note", ""},
                     {"current_abilities", ""},
                     {"moderator_id", QJsonValue::Null},
                     {"moderator_explanation", ""},
                     {"disagreement_source", ""},
                     {"slt_comments", ""},
                     {"slt_final_decision", ""},
                     {"created_at", "2026-11-22T10:15:00.000Z"}};
    const QJsonObject started =
        store.push(office, QJsonArray{make("assessment_moderation_form", caraForm, form, willowTeacher)});
    INFO(QJsonDocument(started).toJson().toStdString());
    REQUIRE(appliedCount(started) == 1);
    const QJsonObject named =
        store.push(office, QJsonArray{make("assessment_moderation_form", caraForm,
                                           {{"moderator_id", school.teacherId}}, school.teacherId)});
    INFO(QJsonDocument(named).toJson().toStdString());
    REQUIRE(appliedCount(named) == 1);
    for (const auto &[sha, bytes] :
         {qMakePair(oakSha, oakBytes), qMakePair(willowSha, willowBytes), qMakePair(groupSha, groupBytes)})
        REQUIRE(store
                    .request("PUT", "/v1/media/" + sha.toStdString(), office.token, bytes.toStdString(),
                             "application/octet-stream")
                    .status == 201);

    // An enrolment names the classes, or the whole school; one of them is required.
    const CommandResult neither = store.admin({QStringLiteral("enrol-device"), QStringLiteral("--school"),
                                               school.id, QStringLiteral("--name"), QStringLiteral("Spare")});
    CHECK(neither.exitCode == 2);
    const CommandResult noSuchClass = store.admin(
        {QStringLiteral("enrol-device"), QStringLiteral("--school"), school.id, QStringLiteral("--name"),
         QStringLiteral("Spare"), QStringLiteral("--class"), QStringLiteral("Elm")});
    CHECK(noSuchClass.exitCode == 1);
    CHECK(noSuchClass.err.contains(QStringLiteral("no class called \"Elm\"")));

    const Tablet oakTablet = store.enrol(school.id, QStringLiteral("Oak iPad"), {QStringLiteral("Oak")});
    const Tablet willowTablet =
        store.enrol(school.id, QStringLiteral("Willow iPad"), {QStringLiteral("Willow")});

    // Oak's tablet: Amira and all of hers; not Ben, his photo, or his link to the group photo.
    const Pulled oakFirst = pullFrom(store, oakTablet, 0);
    CHECK(has(oakFirst.changes, "upsert", "pupil", amira));
    CHECK_FALSE(mentions(oakFirst.changes, ben));
    CHECK_FALSE(mentions(oakFirst.changes, willowPhoto));
    CHECK_FALSE(mentions(oakFirst.changes, willowSha));
    CHECK(has(oakFirst.changes, "upsert", "evidence_item", groupPhoto));
    CHECK(has(oakFirst.changes, "upsert", "evidence_pupil", groupAmiraLink));
    CHECK_FALSE(mentions(oakFirst.changes, groupBenLink));
    // The moderator's form reaches their class tablet, with the target, ilp and pupil it needs.
    CHECK(has(oakFirst.changes, "upsert", "assessment_moderation_form", caraForm));
    CHECK(has(oakFirst.changes, "upsert", "target", caraTarget));
    CHECK(has(oakFirst.changes, "upsert", "ilp", caraIlp));
    CHECK(has(oakFirst.changes, "upsert", "pupil", cara));
    // School-wide rows go to all; PIN material to none.
    CHECK(has(oakFirst.changes, "upsert", "school_class", willow));
    for (const QJsonObject &c : oakFirst.changes)
        CHECK_FALSE(c.value(QLatin1String("fields")).toObject().contains(QLatin1String("pin_hash")));

    // Photos: Oak's and the group's, never Willow's, even asked for by hash; nor told it exists.
    auto status = [&](const char *method, const QString &sha, const Tablet &tablet) {
        return store.request(method, "/v1/media/" + sha.toStdString(), tablet.token).status;
    };
    CHECK(status("GET", oakSha, oakTablet) == 200);
    CHECK(status("GET", groupSha, oakTablet) == 200);
    CHECK(status("GET", willowSha, oakTablet) == 404);
    CHECK(status("HEAD", willowSha, oakTablet) == 404);
    const Reply create =
        store.request("POST", "/v1/media/uploads", oakTablet.token, {}, "application/json",
                      {{"Tus-Resumable", "1.0.0"},
                       {"Upload-Length", std::to_string(willowBytes.size())},
                       {"Upload-Metadata", "sha256 " + willowSha.toLatin1().toBase64().toStdString()}});
    CHECK(create.status == 201);
    CHECK(create.header("Stride-Media-Present").empty());
    const QList<QVariantMap> refused = store.onDatabase(
        QStringLiteral("SELECT count(*) AS n FROM audit_event WHERE action = 'download_refused'"
                       " AND device_id = ?"),
        {oakTablet.deviceId});
    CHECK(refused.first().value(QStringLiteral("n")).toInt() == 2); // the GET and the HEAD

    // The whole-school tablet sees everything.
    const QList<QJsonObject> all = store.pullAll(office);
    CHECK(has(all, "upsert", "pupil", ben));
    CHECK(has(all, "upsert", "evidence_pupil", groupBenLink));
    CHECK(status("GET", willowSha, office) == 200);

    // Amira moves from Oak to Willow.
    const Pulled willowFirst = pullFrom(store, willowTablet, 0);
    CHECK_FALSE(has(willowFirst.changes, "upsert", "pupil", amira));
    const QJsonObject moved =
        store.push(office, QJsonArray{make("pupil", amira, {{"class_id", willow}}, school.sltId)});
    INFO(QJsonDocument(moved).toJson().toStdString());
    REQUIRE(appliedCount(moved) == 1);

    const Pulled oakAfter = pullFrom(store, oakTablet, oakFirst.cursor);
    CHECK(has(oakAfter.changes, "evict", "pupil", amira));
    CHECK_FALSE(has(oakAfter.changes, "upsert", "pupil", amira));
    CHECK(status("GET", oakSha, oakTablet) == 404);
    CHECK(status("GET", groupSha, oakTablet) == 404);

    // Willow's tablet is sent all of Amira, her earlier evidence included, each row whole.
    const Pulled willowAfter = pullFrom(store, willowTablet, willowFirst.cursor);
    CHECK(has(willowAfter.changes, "upsert", "pupil", amira));
    CHECK(has(willowAfter.changes, "upsert", "evidence_item", oakPhoto));
    CHECK(has(willowAfter.changes, "upsert", "evidence_pupil", groupAmiraLink));
    CHECK(fold(willowAfter.changes, QStringLiteral("evidence_item"), oakPhoto).value(QLatin1String("kind")) ==
          QLatin1String("photo"));
    CHECK(fold(willowAfter.changes, QStringLiteral("pupil"), amira).value(QLatin1String("first_name")) ==
          QLatin1String("Amira"));
    CHECK(status("GET", oakSha, willowTablet) == 200);

    // A tablet that crashed before keeping its cursor asks again: told again, the same way.
    const Pulled oakAgain = pullFrom(store, oakTablet, oakFirst.cursor);
    CHECK(has(oakAgain.changes, "evict", "pupil", amira));
    const Pulled willowAgain = pullFrom(store, willowTablet, willowFirst.cursor);
    CHECK(has(willowAgain.changes, "upsert", "pupil", amira));
    CHECK(has(willowAgain.changes, "upsert", "evidence_item", oakPhoto));
    // Once past it, neither is sent again.
    const Pulled oakLater = pullFrom(store, oakTablet, oakAfter.cursor);
    CHECK_FALSE(mentions(oakLater.changes, amira));
    const Pulled willowLater = pullFrom(store, willowTablet, willowAfter.cursor);
    CHECK_FALSE(has(willowLater.changes, "upsert", "evidence_item", oakPhoto));

    // The office moves Oak's tablet to Willow: Cara, Ben and Amira arrive, nothing is lost.
    const CommandResult changed = store.admin({QStringLiteral("set-device-classes"), oakTablet.deviceId,
                                               QStringLiteral("--class"), QStringLiteral("Willow")});
    INFO(changed.err.toStdString());
    REQUIRE(changed.exitCode == 0);
    const Pulled oakNowWillow = pullFrom(store, oakTablet, oakAfter.cursor);
    CHECK(has(oakNowWillow.changes, "upsert", "pupil", ben));
    CHECK(has(oakNowWillow.changes, "upsert", "pupil", amira));
    CHECK(has(oakNowWillow.changes, "upsert", "evidence_pupil", groupBenLink));
    CHECK(status("GET", willowSha, oakTablet) == 200);
}
