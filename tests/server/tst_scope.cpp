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

// A photo's original, as the tablet records it.
QJsonObject originalPhoto(const QString &evidenceId, const QString &sha)
{
    return QJsonObject{
        {"evidence_id", evidenceId}, {"sha256", sha}, {"role", "original"}, {"mime_type", "image/jpeg"},
        {"byte_size", 1000},         {"width_px", 0}, {"height_px", 0},     {"duration_ms", 0}};
}

// A new assessment moderation form with only its target and assessor.
QJsonObject newAssessmentForm(const QString &target, const QString &assessor)
{
    return {{"target_id", target},
            {"assessor_id", assessor},
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
        make("media_reference", newUuid(), originalPhoto(oakPhoto, oakSha), school.taId),
        make("evidence_item", willowPhoto, photo("Ben painting"), school.taId),
        make("evidence_pupil", newUuid(), {{"evidence_id", willowPhoto}, {"pupil_id", ben}}, school.taId),
        make("media_reference", newUuid(), originalPhoto(willowPhoto, willowSha), school.taId),
        make("evidence_item", groupPhoto, photo("Amira and Ben share a book"), school.taId),
        make("evidence_pupil", groupAmiraLink, {{"evidence_id", groupPhoto}, {"pupil_id", amira}},
             school.taId),
        make("evidence_pupil", groupBenLink, {{"evidence_id", groupPhoto}, {"pupil_id", ben}}, school.taId),
        make("media_reference", newUuid(), originalPhoto(groupPhoto, groupSha), school.taId),
    };
    const QJsonObject done = store.push(office, array(setUp));
    INFO(QJsonDocument(done).toJson().toStdString());
    REQUIRE(appliedCount(done) == setUp.size());
    // Cara's target is moderated by Oak's teacher: the form names them.
    const QJsonObject form = newAssessmentForm(caraTarget, willowTeacher);
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

namespace {

// A school of three classes (Oak, Willow and Rowan, which has no pupils yet) whose pupils each have
// one of everything a tablet may hold of a pupil: outcomes, an ilp with two targets, judgements, a
// photo (linked to the first target), both moderation forms (the photo attached to the assessment
// form), and a parent's response. Written by the office's whole-school tablet.
class ScopeSchool
{
public:
    struct Child
    {
        QString id, outcome, otherOutcome, ilp, target, otherTarget, targetLink, judgement;
        QString photo, photoLink, photoTargetLink, reference, sha;
        QByteArray bytes;
        QString form, attached, settingForm, settingLink, response;
        QString otherPhoto, otherSha;
        QByteArray otherBytes;

        // Every id of the pupil's records.
        QStringList ids() const
        {
            return {id,         outcome,   otherOutcome, ilp,         target,          otherTarget,
                    targetLink, judgement, photo,        photoLink,   photoTargetLink, reference,
                    form,       attached,  settingForm,  settingLink, response,        otherPhoto};
        }
    };

    explicit ScopeSchool(Store &s) : store(s)
    {
        school = store.createSchool(QStringLiteral("Millbrook Park"));
        willowTeacher = store.addStaff(school.id, QStringLiteral("Wendy"), QStringLiteral("Ash"),
                                       QStringLiteral("teacher"));
        rowanTeacher = store.addStaff(school.id, QStringLiteral("Rhys"), QStringLiteral("Evans"),
                                      QStringLiteral("teacher"));
        store.start();
        office = store.enrol(school.id, QStringLiteral("Office"));
        pushAll({
            make("school_class", oak, {{"school_id", school.id}, {"name", "Oak"}}, school.adminId),
            make("school_class", willow, {{"school_id", school.id}, {"name", "Willow"}}, school.adminId),
            make("school_class", rowan, {{"school_id", school.id}, {"name", "Rowan"}}, school.adminId),
            make("class_staff", newUuid(), {{"class_id", oak}, {"staff_id", school.teacherId}},
                 school.adminId),
            make("class_staff", newUuid(), {{"class_id", willow}, {"staff_id", willowTeacher}},
                 school.adminId),
            make("class_staff", newUuid(), {{"class_id", rowan}, {"staff_id", rowanTeacher}}, school.adminId),
            make("term", term,
                 {{"school_id", school.id},
                  {"name", "Autumn"},
                  {"starts_on", "2026-09-01"},
                  {"ends_on", "2026-12-18"}},
                 school.adminId),
            make("area_of_learning", area,
                 {{"school_id", school.id}, {"name", "Communication"}, {"kind", "send"}}, school.adminId),
            make("area_of_learning", otherArea,
                 {{"school_id", school.id}, {"name", "Cognition"}, {"kind", "send"}}, school.adminId),
        });
    }

    // A pupil of `classId` with one of everything, their class teacher `teacher` its assessor.
    Child addPupil(const QString &classId, const char *first, const QString &teacher)
    {
        Child c;
        for (QString *id :
             {&c.id, &c.outcome, &c.otherOutcome, &c.ilp, &c.target, &c.otherTarget, &c.targetLink,
              &c.judgement, &c.photo, &c.photoLink, &c.photoTargetLink, &c.reference, &c.form, &c.attached,
              &c.settingForm, &c.settingLink, &c.response, &c.otherPhoto})
            *id = newUuid();
        c.bytes = QByteArray("photo of ") + first + ' ' + c.id.toLatin1();
        c.sha = shaHex(c.bytes);
        c.otherBytes = QByteArray("another photo of ") + first + ' ' + c.id.toLatin1();
        c.otherSha = shaHex(c.otherBytes);
        pushAll({
            make("pupil", c.id,
                 {{"school_id", school.id},
                  {"class_id", classId},
                  {"first_name", first},
                  {"surname", "Testpupil"},
                  {"initials", QString()},
                  {"year_group", 4},
                  {"key_stage", 2},
                  {"pronouns", "she"},
                  {"media_consent", "internal"}},
                 school.adminId),
            make("ehcp_outcome", c.outcome, {{"pupil_id", c.id}, {"reference", "C1"}, {"text", "Requests"}},
                 school.sltId),
            make("ehcp_outcome", c.otherOutcome,
                 {{"pupil_id", c.id}, {"reference", "L1"}, {"text", "Counts to ten"}}, school.sltId),
            make("ilp", c.ilp, {{"pupil_id", c.id}, {"term_id", term}}, school.sltId),
            make("target", c.target, {{"ilp_id", c.ilp}, {"area_id", area}, {"text", "Ask for a drink"}},
                 school.sltId),
            make("target", c.otherTarget,
                 {{"ilp_id", c.ilp}, {"area_id", otherArea}, {"text", "Count five objects"}}, school.sltId),
            make("target_ehcp_link", c.targetLink, {{"target_id", c.target}, {"ehcp_outcome_id", c.outcome}},
                 school.sltId),
            make("judgement", c.judgement,
                 {{"target_id", c.target},
                  {"role", "assessor"},
                  {"status", 3},
                  {"next_step", "continue"},
                  {"judged_by", teacher},
                  {"judged_at", "2026-11-20T10:00:00.000Z"},
                  {"note", ""},
                  {"supersedes_id", QJsonValue::Null}},
                 teacher),
            make("evidence_item", c.photo, photo("At snack time"), school.taId),
            make("evidence_pupil", c.photoLink, {{"evidence_id", c.photo}, {"pupil_id", c.id}}, school.taId),
            make("evidence_target", c.photoTargetLink,
                 {{"evidence_id", c.photo}, {"pupil_id", c.id}, {"target_id", c.target}}, school.taId),
            make("media_reference", c.reference, originalPhoto(c.photo, c.sha), school.taId),
            make("evidence_item", c.otherPhoto, photo("Counting bricks"), school.taId),
            make("evidence_pupil", newUuid(), {{"evidence_id", c.otherPhoto}, {"pupil_id", c.id}},
                 school.taId),
            make("media_reference", newUuid(), originalPhoto(c.otherPhoto, c.otherSha), school.taId),
            make("assessment_moderation_form", c.form, newAssessmentForm(c.target, teacher), teacher),
            make("moderation_form_evidence", c.attached,
                 {{"form_id", c.form}, {"evidence_id", c.photo}, {"sort_order", 0}}, teacher),
            make("target_setting_moderation_form", c.settingForm, settingForm(c.id, c.target, teacher),
                 teacher),
            make("target_setting_form_ehcp_link", c.settingLink,
                 {{"form_id", c.settingForm}, {"ehcp_outcome_id", c.outcome}}, teacher),
            make("parent_response", c.response,
                 {{"ilp_id", c.ilp},
                  {"received_on", "2026-11-25"},
                  {"respondent_name", "A parent"},
                  {"approved", 1},
                  {"comments", ""},
                  {"recorded_by", school.sltId}},
                 school.sltId),
        });
        return c;
    }

    // `tablet` sends the pupil's photos' bytes (so the store keeps them as its uploads too).
    void upload(const Tablet &tablet, const Child &c) const
    {
        for (const auto &[sha, bytes] : {qMakePair(c.sha, c.bytes), qMakePair(c.otherSha, c.otherBytes)})
            REQUIRE(store
                        .request("PUT", "/v1/media/" + sha.toStdString(), tablet.token, bytes.toStdString(),
                                 "application/octet-stream")
                        .status == 201);
    }

    // SLT names `moderator` as the moderator of both of the pupil's forms.
    void nameModerator(const Child &c, const QString &moderator)
    {
        pushAll({make("assessment_moderation_form", c.form, {{"moderator_id", moderator}}, school.sltId),
                 make("target_setting_moderation_form", c.settingForm, {{"moderator_id", moderator}},
                      school.sltId)});
    }

    void setClasses(const Tablet &tablet, const QStringList &classes) const
    {
        QStringList args{QStringLiteral("set-device-classes"), tablet.deviceId};
        for (const QString &c : classes)
            args << QStringLiteral("--class") << c;
        if (classes.isEmpty())
            args << QStringLiteral("--whole-school");
        const CommandResult changed = store.admin(args);
        INFO(changed.err.toStdString());
        REQUIRE(changed.exitCode == 0);
    }

    int status(const char *method, const QString &sha, const Tablet &tablet) const
    {
        return store.request(method, "/v1/media/" + sha.toStdString(), tablet.token).status;
    }

    int refusals(const Tablet &tablet) const
    {
        return store
            .onDatabase(QStringLiteral("SELECT count(*) AS n FROM audit_event WHERE action = "
                                       "'download_refused' AND device_id = ?"),
                        {tablet.deviceId})
            .first()
            .value(QStringLiteral("n"))
            .toInt();
    }

    Store &store;
    School school;
    QString willowTeacher, rowanTeacher;
    Tablet office;
    const QString oak = newUuid(), willow = newUuid(), rowan = newUuid();
    const QString term = newUuid(), area = newUuid(), otherArea = newUuid();

    // A change from the office's tablet, stamped after every one before it.
    QJsonObject make(const char *entity, const QString &id, const QJsonObject &fields, const QString &author)
    {
        return mutation(QString::fromLatin1(entity), id, fields, author, hlc(++m_t, office.deviceId));
    }

    void pushAll(const QList<QJsonObject> &mutations)
    {
        const QJsonObject done = store.push(office, array(mutations));
        INFO(QJsonDocument(done).toJson().toStdString());
        REQUIRE(appliedCount(done) == mutations.size());
    }

private:
    QJsonObject photo(const char *note) const
    {
        QJsonObject f = evidenceFields(school.id, school.taId, QString::fromLatin1(note));
        f.insert(QStringLiteral("kind"), QStringLiteral("photo"));
        return f;
    }

    QJsonObject settingForm(const QString &pupil, const QString &previousTarget, const QString &setter) const
    {
        return {{"pupil_id", pupil},
                {"area_id", area},
                {"term_id", term},
                {"previous_target_id", previousTarget},
                {"setter_id", setter},
                {"previous_status", 3},
                {"next_step", "replace"},
                {"proposed_target_text", "Ask for a drink with a two-picture sentence."},
                {"original_proposed_text", ""},
                {"proposed_target_id", QJsonValue::Null},
                {"reasons", ""},
                {"no_ehcp_link_reason", ""},
                {"planned_provision", ""},
                {"moderator_id", QJsonValue::Null},
                {"created_at", "2026-11-22T11:00:00.000Z"}};
    }

    qint64 m_t = nowMs();
};

// Whether any change of `changes` is an upsert of one of `ids`, or names one in its fields.
bool mentionsAny(const QList<QJsonObject> &changes, const QStringList &ids)
{
    for (const QString &id : ids)
        if (mentions(changes, id))
            return true;
    return false;
}

} // namespace

STORE_TEST_CASE(enrolmentChanges,
                "A tablet's classes change: whole school to one class evicts the others' pupils and refuses "
                "their photos, back to the whole school brings their whole history, one class to another",
                "[server][scope]")
{
    Store store(backend);
    ScopeSchool s(store);
    const auto amira = s.addPupil(s.oak, "Amira", s.school.teacherId);
    const auto ben = s.addPupil(s.willow, "Ben", s.willowTeacher);

    // A shared tablet of the whole school; it took both pupils' photos itself.
    const Tablet shared = store.enrol(s.school.id, QStringLiteral("Shared iPad"));
    s.upload(shared, amira);
    s.upload(shared, ben);
    const Pulled first = pullFrom(store, shared, 0);
    CHECK(has(first.changes, "upsert", "pupil", ben.id));
    CHECK(s.status("GET", ben.sha, shared) == 200);

    // Whole school to Oak: Ben and all of his go at the next pull; Amira stays; nothing of Ben is
    // sent; his photos are refused by hash, though this tablet uploaded them: it may still confirm
    // that the store holds them (HEAD), as it does after an upload, but not take them back.
    s.setClasses(shared, {QStringLiteral("Oak")});
    const Pulled toOak = pullFrom(store, shared, first.cursor);
    CHECK(has(toOak.changes, "evict", "pupil", ben.id));
    CHECK_FALSE(has(toOak.changes, "evict", "pupil", amira.id));
    CHECK_FALSE(has(toOak.changes, "upsert", "pupil", ben.id));
    for (const QString &sha : {ben.sha, ben.otherSha}) {
        CHECK(s.status("GET", sha, shared) == 404);
        CHECK(s.status("HEAD", sha, shared) == 200);
    }
    CHECK(s.refusals(shared) == 2);
    // A class tablet that did not upload them is told nothing, not even by HEAD.
    const Tablet oakTablet = store.enrol(s.school.id, QStringLiteral("Oak iPad"), {QStringLiteral("Oak")});
    CHECK(s.status("HEAD", ben.sha, oakTablet) == 404);
    CHECK(s.status("GET", ben.sha, oakTablet) == 404);
    CHECK(s.refusals(oakTablet) == 2);
    CHECK(s.status("GET", amira.sha, shared) == 200);
    CHECK(s.status("GET", amira.otherSha, shared) == 200);
    // Later changes of Ben's records do not reach it either.
    s.pushAll({s.make("pupil", ben.id, {{"first_name", "Benjamin"}}, s.school.sltId)});
    const Pulled oakLater = pullFrom(store, shared, toOak.cursor);
    CHECK_FALSE(mentionsAny(oakLater.changes, ben.ids()));

    // Oak to the whole school: Ben's whole history arrives (not only what changed since), each row
    // whole, and his photos may be fetched again.
    s.setClasses(shared, {});
    const Pulled toSchool = pullFrom(store, shared, oakLater.cursor);
    const QList<QPair<const char *, QString>> bens{
        {"pupil", ben.id},
        {"ehcp_outcome", ben.outcome},
        {"ehcp_outcome", ben.otherOutcome},
        {"ilp", ben.ilp},
        {"target", ben.target},
        {"target", ben.otherTarget},
        {"target_ehcp_link", ben.targetLink},
        {"judgement", ben.judgement},
        {"evidence_item", ben.photo},
        {"evidence_pupil", ben.photoLink},
        {"evidence_target", ben.photoTargetLink},
        {"media_reference", ben.reference},
        {"evidence_item", ben.otherPhoto},
        {"assessment_moderation_form", ben.form},
        {"moderation_form_evidence", ben.attached},
        {"target_setting_moderation_form", ben.settingForm},
        {"target_setting_form_ehcp_link", ben.settingLink},
        {"parent_response", ben.response},
    };
    for (const auto &[entity, id] : bens) {
        INFO(entity);
        CHECK(has(toSchool.changes, "upsert", entity, id));
    }
    CHECK(fold(toSchool.changes, QStringLiteral("pupil"), ben.id).value(QLatin1String("first_name")) ==
          QLatin1String("Benjamin"));
    CHECK(fold(toSchool.changes, QStringLiteral("pupil"), ben.id).value(QLatin1String("surname")) ==
          QLatin1String("Testpupil"));
    CHECK_FALSE(has(toSchool.changes, "evict", "pupil", amira.id));
    CHECK(s.status("GET", ben.sha, shared) == 200);
    CHECK(s.status("GET", ben.otherSha, shared) == 200);

    // The whole school to Willow: now Amira goes, and her photos are refused.
    s.setClasses(shared, {QStringLiteral("Willow")});
    const Pulled toWillow = pullFrom(store, shared, toSchool.cursor);
    CHECK(has(toWillow.changes, "evict", "pupil", amira.id));
    CHECK_FALSE(has(toWillow.changes, "evict", "pupil", ben.id));
    CHECK_FALSE(has(toWillow.changes, "upsert", "pupil", amira.id));
    CHECK(s.status("GET", amira.sha, shared) == 404);
    CHECK(s.status("GET", ben.sha, shared) == 200);

    // Willow to Oak: Ben goes, Amira comes back whole.
    s.setClasses(shared, {QStringLiteral("Oak")});
    const Pulled backToOak = pullFrom(store, shared, toWillow.cursor);
    CHECK(has(backToOak.changes, "evict", "pupil", ben.id));
    CHECK(has(backToOak.changes, "upsert", "pupil", amira.id));
    CHECK(has(backToOak.changes, "upsert", "evidence_item", amira.photo));
    CHECK(has(backToOak.changes, "upsert", "target_setting_moderation_form", amira.settingForm));
    CHECK_FALSE(mentionsAny(backToOak.changes, {ben.photo, ben.ilp, ben.target, ben.form}));
    CHECK(s.status("GET", amira.sha, shared) == 200);
    CHECK(s.status("GET", ben.sha, shared) == 404);

    // A tablet of a class with no pupils yet holds no pupil at all; given the whole school, it
    // still receives every pupil's history.
    const Tablet rowanTablet =
        store.enrol(s.school.id, QStringLiteral("Rowan iPad"), {QStringLiteral("Rowan")});
    const Pulled rowanFirst = pullFrom(store, rowanTablet, 0);
    CHECK_FALSE(mentionsAny(rowanFirst.changes, {amira.id, ben.id}));
    s.setClasses(rowanTablet, {});
    const Pulled rowanSchool = pullFrom(store, rowanTablet, rowanFirst.cursor);
    CHECK(has(rowanSchool.changes, "upsert", "pupil", amira.id));
    CHECK(has(rowanSchool.changes, "upsert", "pupil", ben.id));
    CHECK(has(rowanSchool.changes, "upsert", "evidence_item", ben.photo));
}

STORE_TEST_CASE(moderatedScope,
                "A moderator's class tablet holds of another class's pupil only what the forms they moderate "
                "need, on pull and on media fetch, and lets it go when the form names someone else",
                "[server][scope]")
{
    Store store(backend);
    ScopeSchool s(store);
    const auto amira = s.addPupil(s.oak, "Amira", s.school.teacherId);
    const auto ben = s.addPupil(s.willow, "Ben", s.willowTeacher);
    const auto cara = s.addPupil(s.willow, "Cara", s.willowTeacher);
    s.upload(s.office, amira);
    s.upload(s.office, ben);
    s.upload(s.office, cara);
    const Tablet oakTablet = store.enrol(s.school.id, QStringLiteral("Oak iPad"), {QStringLiteral("Oak")});
    const Tablet rowanTablet =
        store.enrol(s.school.id, QStringLiteral("Rowan iPad"), {QStringLiteral("Rowan")});
    const Pulled oakFirst = pullFrom(store, oakTablet, 0);
    CHECK_FALSE(mentionsAny(oakFirst.changes, ben.ids() + cara.ids()));
    const Pulled rowanFirst = pullFrom(store, rowanTablet, 0);

    // SLT ask Oak's teacher to moderate Ben's assessment form: Oak's tablet receives the form, its
    // target with the ilp, the target's judgements, and the evidence attached to it with its photo.
    s.pushAll({s.make("assessment_moderation_form", ben.form, {{"moderator_id", s.school.teacherId}},
                      s.school.sltId)});
    const Pulled assessment = pullFrom(store, oakTablet, oakFirst.cursor);
    for (const auto &[entity, id] : QList<QPair<const char *, QString>>{
             {"pupil", ben.id},
             {"ilp", ben.ilp},
             {"target", ben.target},
             {"judgement", ben.judgement},
             {"assessment_moderation_form", ben.form},
             {"moderation_form_evidence", ben.attached},
             {"evidence_item", ben.photo},
             {"evidence_pupil", ben.photoLink},
             {"evidence_target", ben.photoTargetLink},
             {"media_reference", ben.reference},
         }) {
        INFO(entity);
        CHECK(has(assessment.changes, "upsert", entity, id));
    }
    // Nothing else of Ben's: not his other target, other photo, outcomes, other form or the
    // parents' reply; nothing of Cara's.
    CHECK_FALSE(mentionsAny(assessment.changes,
                            {ben.otherTarget, ben.otherPhoto, ben.otherSha, ben.outcome, ben.otherOutcome,
                             ben.targetLink, ben.settingForm, ben.settingLink, ben.response}));
    CHECK_FALSE(mentionsAny(assessment.changes, cara.ids()));
    CHECK(s.status("GET", ben.sha, oakTablet) == 200);
    CHECK(s.status("GET", ben.otherSha, oakTablet) == 404);
    CHECK(s.status("GET", cara.sha, oakTablet) == 404);
    CHECK(s.refusals(oakTablet) == 2);

    // Then Ben's target-setting form too: the form, its earlier target and the EHCP outcome it
    // links, added to what the tablet has, without taking Ben away first.
    s.pushAll({s.make("target_setting_moderation_form", ben.settingForm,
                      {{"moderator_id", s.school.teacherId}}, s.school.sltId)});
    const Pulled both = pullFrom(store, oakTablet, assessment.cursor);
    CHECK_FALSE(has(both.changes, "evict", "pupil", ben.id));
    CHECK(has(both.changes, "upsert", "target_setting_moderation_form", ben.settingForm));
    CHECK(has(both.changes, "upsert", "target_setting_form_ehcp_link", ben.settingLink));
    CHECK(has(both.changes, "upsert", "ehcp_outcome", ben.outcome));
    CHECK_FALSE(mentionsAny(both.changes, {ben.otherTarget, ben.otherPhoto, ben.otherOutcome, ben.response}));
    // The Rowan tablet, whose staff moderate nothing, has nothing of Ben's.
    const Pulled rowanNothing = pullFrom(store, rowanTablet, rowanFirst.cursor);
    CHECK_FALSE(mentionsAny(rowanNothing.changes, ben.ids()));
    CHECK(s.status("GET", ben.sha, rowanTablet) == 404);

    // SLT give both forms to Rowan's teacher instead: Ben leaves Oak's tablet and reaches Rowan's.
    s.nameModerator(ben, s.rowanTeacher);
    const Pulled given = pullFrom(store, oakTablet, both.cursor);
    CHECK(has(given.changes, "evict", "pupil", ben.id));
    CHECK_FALSE(has(given.changes, "upsert", "pupil", ben.id));
    CHECK(s.status("GET", ben.sha, oakTablet) == 404);
    const Pulled rowanGiven = pullFrom(store, rowanTablet, rowanNothing.cursor);
    CHECK(has(rowanGiven.changes, "upsert", "assessment_moderation_form", ben.form));
    CHECK(has(rowanGiven.changes, "upsert", "target_setting_moderation_form", ben.settingForm));
    CHECK(has(rowanGiven.changes, "upsert", "evidence_item", ben.photo));
    CHECK_FALSE(mentionsAny(rowanGiven.changes, {ben.otherPhoto, ben.otherTarget, ben.response}));
    CHECK(s.status("GET", ben.sha, rowanTablet) == 200);
    CHECK(s.status("GET", ben.otherSha, rowanTablet) == 404);
    // Amira, Oak's own, was never touched.
    CHECK_FALSE(has(given.changes, "evict", "pupil", amira.id));
    CHECK(s.status("GET", amira.sha, oakTablet) == 200);
}
