// Roles and the append-only rules, checked by the server against its own staff records
// (docs/sync.md, "Roles" and "Append-only").
#include "storeharness.h"

using namespace StoreTest;

namespace {

QJsonObject judgementFields(const QString &targetId, const QString &role, int status, const QString &judgedBy)
{
    return {{"target_id", targetId},
            {"role", role},
            {"status", status},
            {"next_step", "continue"},
            {"judged_by", judgedBy},
            {"judged_at", "2026-11-22T10:15:00.000Z"},
            {"note", ""},
            {"supersedes_id", QJsonValue::Null}};
}

QString errorOf(const QJsonObject &pushResult, int index = 0)
{
    const QJsonArray rejected = pushResult.value(QLatin1String("rejected")).toArray();
    return index < rejected.size() ? rejected.at(index).toObject().value(QLatin1String("error")).toString()
                                   : QString();
}

QString messageOf(const QJsonObject &pushResult)
{
    const QJsonArray rejected = pushResult.value(QLatin1String("rejected")).toArray();
    return rejected.isEmpty() ? QString()
                              : rejected.first().toObject().value(QLatin1String("message")).toString();
}

} // namespace

STORE_TEST_CASE(roles, "Writes are checked against the author's roles in the server's staff records",
                "[server][roles]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);
    const QString target = newUuid();
    qint64 t = nowMs();
    auto one = [&](const QString &entity, const QJsonObject &fields, const QString &author) {
        return store.push(tablet,
                          QJsonArray{mutation(entity, newUuid(), fields, author, hlc(++t, tablet.deviceId))});
    };

    // A teaching assistant judging a target.
    const QJsonObject taJudges =
        one(QStringLiteral("judgement"), judgementFields(target, "assessor", 3, school.taId), school.taId);
    CHECK(errorOf(taJudges) == QLatin1String("forbidden"));
    CHECK(messageOf(taJudges) == QLatin1String("Only teachers and senior leaders judge targets."));
    // A teacher may assess; only SLT record the final decision.
    CHECK(one(QStringLiteral("judgement"), judgementFields(target, "assessor", 3, school.teacherId),
              school.teacherId)
              .value(QLatin1String("applied"))
              .toArray()
              .size() == 1);
    CHECK(errorOf(one(QStringLiteral("judgement"), judgementFields(target, "final", 3, school.teacherId),
                      school.teacherId)) == QLatin1String("forbidden"));
    CHECK(one(QStringLiteral("judgement"), judgementFields(target, "final", 3, school.sltId), school.sltId)
              .value(QLatin1String("applied"))
              .toArray()
              .size() == 1);

    // Anyone on the staff records evidence.
    CHECK(one(QStringLiteral("evidence_item"), evidenceFields(school.id, school.taId, "x"), school.taId)
              .value(QLatin1String("applied"))
              .toArray()
              .size() == 1);
    // Targets are for teachers; the staff list for the office and SLT.
    CHECK(errorOf(one(QStringLiteral("target"), {{"text", "To walk"}}, school.taId)) ==
          QLatin1String("forbidden"));
    CHECK(errorOf(one(QStringLiteral("staff"), {{"school_id", school.id}, {"first_name", "New"}},
                      school.teacherId)) == QLatin1String("forbidden"));
    CHECK(one(QStringLiteral("staff"),
              {{"school_id", school.id}, {"first_name", "New"}, {"surname", "Person"}, {"roles", "ta"}},
              school.adminId)
              .value(QLatin1String("applied"))
              .toArray()
              .size() == 1);

    // A teacher starts a moderation form, but cannot fill in its SLT part.
    const QString form = newUuid();
    const QJsonObject formFields{{"target_id", target},
                                 {"assessor_id", school.teacherId},
                                 {"starting_point", "Some"},
                                 {"senior_leader_id", QJsonValue::Null},
                                 {"slt_comments", ""},
                                 {"final_status", QJsonValue::Null},
                                 {"created_at", "2026-11-22T10:15:00.000Z"}};
    CHECK(store
              .push(tablet, QJsonArray{mutation(QStringLiteral("assessment_moderation_form"), form,
                                                formFields, school.teacherId, hlc(++t, tablet.deviceId))})
              .value(QLatin1String("applied"))
              .toArray()
              .size() == 1);
    const QJsonObject teacherSlt = store.push(
        tablet, QJsonArray{mutation(QStringLiteral("assessment_moderation_form"), form, {{"final_status", 3}},
                                    school.teacherId, hlc(++t, tablet.deviceId))});
    CHECK(errorOf(teacherSlt) == QLatin1String("forbidden"));
    CHECK(store
              .push(tablet, QJsonArray{mutation(QStringLiteral("assessment_moderation_form"), form,
                                                {{"final_status", 3}, {"slt_comments", "Agreed"}},
                                                school.sltId, hlc(++t, tablet.deviceId))})
              .value(QLatin1String("applied"))
              .toArray()
              .size() == 1);

    // Unknown or missing authors.
    CHECK(errorOf(one(QStringLiteral("evidence_item"), evidenceFields(school.id, school.taId, "x"),
                      newUuid())) == QLatin1String("unknown_staff"));
    CHECK(errorOf(one(QStringLiteral("evidence_item"), evidenceFields(school.id, school.taId, "x"),
                      QString())) == QLatin1String("unknown_staff"));

    // Someone made inactive by the office can no longer write.
    const QJsonObject off =
        store.push(tablet, QJsonArray{mutation(QStringLiteral("staff"), school.taId, {{"active", 0}},
                                               school.adminId, hlc(++t, tablet.deviceId))});
    CHECK(off.value(QLatin1String("applied")).toArray().size() == 1);
    CHECK(errorOf(one(QStringLiteral("evidence_item"), evidenceFields(school.id, school.taId, "x"),
                      school.taId)) == QLatin1String("forbidden"));
}

STORE_TEST_CASE(appendOnly, "Judgements and how evidence was captured never change after the first insert",
                "[server][roles]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);
    qint64 t = nowMs();
    const QString judgement = newUuid();
    const QJsonObject fields = judgementFields(newUuid(), "assessor", 2, school.teacherId);
    REQUIRE(store
                .push(tablet, QJsonArray{mutation(QStringLiteral("judgement"), judgement, fields,
                                                  school.teacherId, hlc(++t, tablet.deviceId))})
                .value(QLatin1String("applied"))
                .toArray()
                .size() == 1);

    QJsonObject changed = fields;
    changed.insert(QStringLiteral("status"), 4);
    const QJsonObject rewrite =
        store.push(tablet, QJsonArray{mutation(QStringLiteral("judgement"), judgement, changed,
                                               school.teacherId, hlc(++t, tablet.deviceId))});
    CHECK(errorOf(rewrite) == QLatin1String("append_only"));
    // The same judgement sent again under a new mutation id is harmless.
    CHECK(store
              .push(tablet, QJsonArray{mutation(QStringLiteral("judgement"), judgement, fields,
                                                school.teacherId, hlc(++t, tablet.deviceId))})
              .value(QLatin1String("applied"))
              .toArray()
              .size() == 1);
    CHECK(errorOf(store.push(
              tablet, QJsonArray{mutation(QStringLiteral("judgement"), judgement, {}, school.teacherId,
                                          hlc(++t, tablet.deviceId), {}, QStringLiteral("delete"))})) ==
          QLatin1String("append_only"));

    const QString item = newUuid();
    store.push(tablet, QJsonArray{mutation(QStringLiteral("evidence_item"), item,
                                           evidenceFields(school.id, school.taId, QStringLiteral("First")),
                                           school.taId, hlc(++t, tablet.deviceId))});
    const QJsonObject kind = store.push(
        tablet, QJsonArray{mutation(QStringLiteral("evidence_item"), item, {{"kind", "photo"}}, school.taId,
                                    hlc(++t, tablet.deviceId), {{"kind", "written"}})});
    CHECK(errorOf(kind) == QLatin1String("append_only"));
    const QJsonObject capturedBy =
        store.push(tablet, QJsonArray{mutation(QStringLiteral("evidence_item"), item,
                                               {{"captured_by", school.teacherId}}, school.teacherId,
                                               hlc(++t, tablet.deviceId), {{"captured_by", school.taId}})});
    CHECK(errorOf(capturedBy) == QLatin1String("append_only"));
    // Its caption is people-edited and merges normally.
    const QJsonObject caption =
        store.push(tablet, QJsonArray{mutation(QStringLiteral("evidence_item"), item, {{"note", "Second"}},
                                               school.taId, hlc(++t, tablet.deviceId), {{"note", "First"}})});
    CHECK(caption.value(QLatin1String("applied")).toArray().size() == 1);
    const QJsonObject record = fold(store.pullAll(tablet), QStringLiteral("evidence_item"), item);
    CHECK(record.value(QLatin1String("note")).toString() == QLatin1String("Second"));
    CHECK(record.value(QLatin1String("kind")).toString() == QLatin1String("written"));
    CHECK(fold(store.pullAll(tablet), QStringLiteral("judgement"), judgement)
              .value(QLatin1String("status"))
              .toInt() == 2);
}

STORE_TEST_CASE(judgementRules,
                "A judgement is taken only from a teacher of the target's school, with every answer it holds",
                "[server][roles]")
{
    Store store(backend);
    const School a = store.createSchool(QStringLiteral("Alder School"));
    const School b = store.createSchool(QStringLiteral("Birch School"));
    store.start();
    const Tablet tabletA = store.enrol(a.id);
    const Tablet otherTabletA = store.enrol(a.id, QStringLiteral("Class iPad"));
    const Tablet tabletB = store.enrol(b.id);
    qint64 t = nowMs();
    auto push = [&](const Tablet &tablet, const QString &entity, const QString &id, const QJsonObject &fields,
                    const QString &author) {
        return store.push(tablet,
                          QJsonArray{mutation(entity, id, fields, author, hlc(++t, tablet.deviceId))});
    };
    auto targetFields = [](const QString &text) {
        return QJsonObject{{"ilp_id", newUuid()}, {"area_id", newUuid()}, {"text", text}};
    };
    auto pulledIds = [&](const Tablet &tablet) {
        QSet<QString> ids;
        for (const QJsonObject &c : store.pullAll(tablet))
            ids.insert(c.value(QLatin1String("entity_id")).toString());
        return ids;
    };
    const QString targetA = newUuid();
    const QString targetB = newUuid();
    REQUIRE(push(tabletA, QStringLiteral("target"), targetA,
                 targetFields(QStringLiteral("To ask for a drink with his PECS book at snack time")),
                 a.teacherId)
                .value(QLatin1String("applied"))
                .toArray()
                .size() == 1);
    REQUIRE(push(tabletB, QStringLiteral("target"), targetB,
                 targetFields(QStringLiteral("To walk to the hall holding the rail")), b.teacherId)
                .value(QLatin1String("applied"))
                .toArray()
                .size() == 1);

    // A teacher of Alder judging a target of Birch's, from Alder's tablet: refused, and stored nowhere.
    const QString acrossSchools = newUuid();
    const QJsonObject wrongSchool = push(tabletA, QStringLiteral("judgement"), acrossSchools,
                                         judgementFields(targetB, "assessor", 3, a.teacherId), a.teacherId);
    CHECK(errorOf(wrongSchool) == QLatin1String("wrong_school"));
    CHECK(wrongSchool.value(QLatin1String("applied")).toArray().isEmpty());
    CHECK_FALSE(pulledIds(tabletA).contains(acrossSchools));
    CHECK_FALSE(pulledIds(tabletB).contains(acrossSchools));

    // A teaching assistant's judgement: refused in the words the sync page shows, and not stored.
    const QString byTa = newUuid();
    const QJsonObject taJudges = push(tabletA, QStringLiteral("judgement"), byTa,
                                      judgementFields(targetA, "assessor", 3, a.taId), a.taId);
    CHECK(errorOf(taJudges) == QLatin1String("forbidden"));
    CHECK(messageOf(taJudges) == QLatin1String("Only teachers and senior leaders judge targets."));
    CHECK_FALSE(pulledIds(otherTabletA).contains(byTa));

    // The class teacher's judgement, with what the pupil can do now and their own voice on the
    // target: taken, and another tablet of the school pulls every answer back.
    const QString byTeacher = newUuid();
    QJsonObject answers = judgementFields(targetA, "assessor", 2, a.teacherId);
    answers.insert(QStringLiteral("current_abilities"),
                   QStringLiteral("Asks for a drink with his PECS book after a gestural prompt"));
    answers.insert(QStringLiteral("learner_voice"),
                   QStringLiteral("Pointed to the café photo when asked where he wants to practise"));
    const QJsonObject accepted = push(tabletA, QStringLiteral("judgement"), byTeacher, answers, a.teacherId);
    CHECK(accepted.value(QLatin1String("applied")).toArray().size() == 1);
    CHECK(accepted.value(QLatin1String("rejected")).toArray().isEmpty());
    const QJsonObject pulled = fold(store.pullAll(otherTabletA), QStringLiteral("judgement"), byTeacher);
    CHECK(pulled.value(QLatin1String("current_abilities")).toString() ==
          answers.value(QLatin1String("current_abilities")).toString());
    CHECK(pulled.value(QLatin1String("learner_voice")).toString() ==
          answers.value(QLatin1String("learner_voice")).toString());
    CHECK(pulled.value(QLatin1String("judged_by")).toString() == a.teacherId);
    CHECK(pulled.value(QLatin1String("status")).toInt() == 2);
    CHECK_FALSE(pulledIds(tabletB).contains(byTeacher));

    // A teacher's judgement in someone else's name (here the assessment lead's): the roles checked
    // are the author's, so it is refused rather than shown as the other person's decision.
    const QString inAnotherName = newUuid();
    const QJsonObject named = push(tabletA, QStringLiteral("judgement"), inAnotherName,
                                   judgementFields(targetA, "assessor", 4, a.sltId), a.teacherId);
    CHECK(errorOf(named) == QLatin1String("forbidden"));
    CHECK(messageOf(named).contains(QStringLiteral("in your own name")));
    CHECK_FALSE(pulledIds(otherTabletA).contains(inAnotherName));
    // The assessment lead judging in their own name is taken.
    CHECK(push(tabletA, QStringLiteral("judgement"), newUuid(), judgementFields(targetA, "final", 3, a.sltId),
               a.sltId)
              .value(QLatin1String("applied"))
              .toArray()
              .size() == 1);
}
