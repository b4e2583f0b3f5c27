// Attacks on the store's own rules (issue 11, "Every rule on the store"), each made as an attacker
// would: over HTTP against the real store, with nothing but one enrolled tablet's device token.
// Each checks the refusal and that the store holds what it held before (docs/security.md).
#include "storeharness.h"

#include <QJsonDocument>

#include <tuple>

using namespace StoreTest;

namespace {

QJsonObject rejectionOf(const QJsonObject &pushResult)
{
    const QJsonArray rejected = pushResult.value(QLatin1String("rejected")).toArray();
    return rejected.isEmpty() ? QJsonObject() : rejected.first().toObject();
}

QString errorOf(const QJsonObject &pushResult)
{
    return rejectionOf(pushResult).value(QLatin1String("error")).toString();
}

QString messageOf(const QJsonObject &pushResult)
{
    return rejectionOf(pushResult).value(QLatin1String("message")).toString();
}

int appliedCount(const QJsonObject &pushResult)
{
    return int(pushResult.value(QLatin1String("applied")).toArray().size());
}

QJsonObject judgementFields(const QString &targetId, const QString &role, const QString &judgedBy)
{
    return {{"target_id", targetId},
            {"role", role},
            {"status", 3},
            {"next_step", "continue"},
            {"judged_by", judgedBy},
            {"judged_at", "2026-11-22T10:15:00.000Z"},
            {"note", ""},
            {"supersedes_id", QJsonValue::Null}};
}

QList<QJsonObject> conflictsIn(const QList<QJsonObject> &changes)
{
    QStringList ids;
    for (const QJsonObject &c : changes)
        if (c.value(QLatin1String("entity")).toString() == QLatin1String("conflict") &&
            !ids.contains(c.value(QLatin1String("entity_id")).toString()))
            ids << c.value(QLatin1String("entity_id")).toString();
    QList<QJsonObject> found;
    for (const QString &id : ids) {
        QJsonObject record = fold(changes, QStringLiteral("conflict"), id);
        record.insert(QStringLiteral("id"), id);
        found << record;
    }
    return found;
}

} // namespace

STORE_TEST_CASE(ownRoles, "Nobody raises, lowers or deactivates their own staff record, whatever their roles",
                "[server][attacks]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);
    qint64 t = nowMs();
    auto staffChange = [&](const QString &staffId, const QJsonObject &fields, const QString &author) {
        return store.push(tablet, QJsonArray{mutation(QStringLiteral("staff"), staffId, fields, author,
                                                      hlc(++t, tablet.deviceId))});
    };
    const QList<QJsonObject> before = store.pullAll(tablet);
    auto rolesOf = [&](const QString &staffId) {
        return fold(store.pullAll(tablet), QStringLiteral("staff"), staffId).value(QLatin1String("roles"));
    };
    const QJsonValue taRoles = rolesOf(school.taId);
    const QJsonValue sltRoles = rolesOf(school.sltId);
    const QJsonValue adminRoles = rolesOf(school.adminId);
    REQUIRE(taRoles == QJsonValue("ta"));

    // A teaching assistant makes themselves a senior leader and the office.
    const QJsonObject ta = staffChange(school.taId, {{"roles", "ta,slt,admin"}}, school.taId);
    CHECK(errorOf(ta) == QLatin1String("forbidden"));
    // A senior leader makes themselves the office too, or steps down to hide what they did.
    const QJsonObject sltUp = staffChange(school.sltId, {{"roles", "teacher,slt,admin"}}, school.sltId);
    CHECK(errorOf(sltUp) == QLatin1String("forbidden"));
    CHECK(messageOf(sltUp).contains(QLatin1String("Nobody changes their own roles")));
    CHECK(errorOf(staffChange(school.sltId, {{"roles", "teacher"}}, school.sltId)) ==
          QLatin1String("forbidden"));
    // The office makes itself a senior leader.
    CHECK(errorOf(staffChange(school.adminId, {{"roles", "admin,slt"}}, school.adminId)) ==
          QLatin1String("forbidden"));
    // A senior leader takes themselves off the list, or deletes their own record.
    CHECK(errorOf(staffChange(school.sltId, {{"active", 0}}, school.sltId)) == QLatin1String("forbidden"));
    CHECK(errorOf(store.push(
              tablet, QJsonArray{mutation(QStringLiteral("staff"), school.sltId, {}, school.sltId,
                                          hlc(++t, tablet.deviceId), {}, QStringLiteral("delete"))})) ==
          QLatin1String("forbidden"));
    // A teacher resets the teaching assistant's PIN, and an "active" the store would read as yes.
    CHECK(errorOf(staffChange(school.taId, {{"pin_hash", "AAAA"}, {"pin_salt", "BBBB"}}, school.teacherId)) ==
          QLatin1String("forbidden"));
    CHECK(errorOf(staffChange(school.taId, {{"active", "no"}}, school.adminId)) ==
          QLatin1String("invalid_value"));

    // Nothing changed.
    CHECK(rolesOf(school.taId) == taRoles);
    CHECK(rolesOf(school.sltId) == sltRoles);
    CHECK(rolesOf(school.adminId) == adminRoles);
    CHECK(store.pullAll(tablet).size() == before.size());

    // What is allowed stays allowed: the office and SLT manage other people's roles, and their own
    // name and email.
    CHECK(appliedCount(staffChange(school.taId, {{"roles", "ta,teacher"}}, school.sltId)) == 1);
    CHECK(appliedCount(staffChange(school.teacherId, {{"active", 0}}, school.adminId)) == 1);
    CHECK(appliedCount(staffChange(school.sltId, {{"first_name", "Priya"}, {"roles", "slt,teacher"}},
                                   school.sltId)) == 1); // the same roles, reordered: not a change
    CHECK(rolesOf(school.taId) == QJsonValue("ta,teacher"));
}

STORE_TEST_CASE(forgedConflict, "Conflict records are the store's: a tablet may only mark one resolved",
                "[server][attacks]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet a = store.enrol(school.id, QStringLiteral("Oak iPad"));
    const Tablet b = store.enrol(school.id, QStringLiteral("Ash iPad"));
    qint64 t = nowMs();

    // A teaching assistant forges a conflict on their own roles, with a "value" in the head's name,
    // for a senior leader to keep without a second look.
    const QString forged = newUuid();
    const QJsonArray values{QJsonObject{{"value", "ta"},
                                        {"hlc", hlc(t, a.deviceId)},
                                        {"device_id", a.deviceId},
                                        {"author_staff_id", school.taId}},
                            QJsonObject{{"value", "ta,slt,admin"},
                                        {"hlc", hlc(t + 1, a.deviceId)},
                                        {"device_id", a.deviceId},
                                        {"author_staff_id", school.sltId}}};
    const QJsonObject forgedFields{
        {"school_id", school.id},
        {"entity", "staff"},
        {"entity_id", school.taId},
        {"field", "roles"},
        {"values", QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact))},
        {"resolved", 0},
        {"created_at", "2026-11-22T10:15:00.000Z"}};
    const QJsonObject made =
        store.push(a, QJsonArray{mutation(QStringLiteral("conflict"), forged, forgedFields, school.taId,
                                          hlc(++t, a.deviceId))});
    CHECK(errorOf(made) == QLatin1String("forbidden"));
    CHECK(messageOf(made).contains(QLatin1String("Only the store records conflicts")));
    // The senior leader "keeps" it: marking it resolved is refused too, as it does not exist.
    CHECK(errorOf(store.push(b, QJsonArray{mutation(QStringLiteral("conflict"), forged, {{"resolved", 1}},
                                                    school.sltId, hlc(++t, b.deviceId))})) ==
          QLatin1String("forbidden"));
    CHECK(conflictsIn(store.pullAll(b)).isEmpty());

    // A real conflict: two people changed a note without seeing each other's change.
    const QString item = newUuid();
    store.push(a, QJsonArray{mutation(QStringLiteral("evidence_item"), item,
                                      evidenceFields(school.id, school.taId, QStringLiteral("Original")),
                                      school.taId, hlc(++t, a.deviceId))});
    store.push(a, QJsonArray{mutation(QStringLiteral("evidence_item"), item, {{"note", "By A"}}, school.taId,
                                      hlc(t += 1000, a.deviceId), {{"note", "Original"}})});
    store.push(b, QJsonArray{mutation(QStringLiteral("evidence_item"), item, {{"note", "By B"}},
                                      school.teacherId, hlc(t += 1000, b.deviceId), {{"note", "Original"}})});
    const QList<QJsonObject> found = conflictsIn(store.pullAll(b));
    REQUIRE(found.size() == 1);
    const QJsonObject real = found.first();
    const QString conflictId = real.value(QLatin1String("id")).toString();
    const qsizetype before = store.pullAll(b).size();

    // A resolution that also points the conflict at another field or record, or rewrites what it
    // holds, or reopens it, or deletes it.
    for (const QJsonObject &fields : {QJsonObject{{"resolved", 1}, {"field", "visibility"}},
                                      QJsonObject{{"resolved", 1}, {"entity", "staff"}},
                                      QJsonObject{{"resolved", 1}, {"entity_id", school.taId}},
                                      QJsonObject{{"values", "[]"}, {"resolved", 1}},
                                      QJsonObject{{"resolved", 0}}, QJsonObject{{"resolved", "yes"}}}) {
        INFO(QJsonDocument(fields).toJson(QJsonDocument::Compact).toStdString());
        CHECK(errorOf(store.push(a, QJsonArray{mutation(QStringLiteral("conflict"), conflictId, fields,
                                                        school.sltId, hlc(t += 10, a.deviceId))})) ==
              QLatin1String("forbidden"));
    }
    CHECK(errorOf(
              store.push(a, QJsonArray{mutation(QStringLiteral("conflict"), conflictId, {}, school.sltId,
                                                hlc(t += 10, a.deviceId), {}, QStringLiteral("delete"))})) ==
          QLatin1String("forbidden"));
    const QList<QJsonObject> after = store.pullAll(b);
    CHECK(after.size() == before);
    CHECK(conflictsIn(after) == found);

    // Marking it resolved, and nothing else, is what a tablet may do.
    CHECK(appliedCount(store.push(
              a, QJsonArray{mutation(QStringLiteral("conflict"), conflictId, {{"resolved", 1}}, school.sltId,
                                     hlc(t += 10, a.deviceId), {{"resolved", 0}})})) == 1);
    const QJsonObject resolved = conflictsIn(store.pullAll(b)).first();
    CHECK(resolved.value(QLatin1String("resolved")).toInt() == 1);
    CHECK(resolved.value(QLatin1String("field")) == real.value(QLatin1String("field")));
    CHECK(resolved.value(QLatin1String("values")) == real.value(QLatin1String("values")));
}

STORE_TEST_CASE(exactValues,
                "Vocabulary values are the core's exact keys: variants are refused as invalid_value",
                "[server][attacks]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);
    const QString target = newUuid();
    qint64 t = nowMs();
    const qsizetype before = store.pullAll(tablet).size();

    // A teacher records a "final" decision, spelt so that a loose reading takes it for one and an
    // exact one does not.
    for (const QString &role : {QStringLiteral("Final"), QStringLiteral("SLT"), QStringLiteral(" final"),
                                QStringLiteral("FINAL"), QStringLiteral("final "), QStringLiteral("Slt")}) {
        INFO(role.toStdString());
        const QJsonObject r =
            store.push(tablet, QJsonArray{mutation(QStringLiteral("judgement"), newUuid(),
                                                   judgementFields(target, role, school.teacherId),
                                                   school.teacherId, hlc(++t, tablet.deviceId))});
        CHECK(errorOf(r) == QLatin1String("invalid_value"));
        CHECK(messageOf(r).contains(QLatin1String("\"role\"")));
        CHECK(messageOf(r).contains(QLatin1String("\"assessor\", \"moderator\", \"slt\", \"final\"")));
    }
    // The office adds someone as "SLT", or with a space in the list; a status as text; a loose
    // visibility, consent and prompt.
    const QList<QPair<QString, QJsonObject>> loose{
        {QStringLiteral("staff"),
         {{"school_id", school.id}, {"first_name", "New"}, {"surname", "Person"}, {"roles", "SLT"}}},
        {QStringLiteral("staff"),
         {{"school_id", school.id}, {"first_name", "New"}, {"surname", "Person"}, {"roles", "ta, teacher"}}},
        {QStringLiteral("staff"),
         {{"school_id", school.id}, {"first_name", "New"}, {"surname", "Person"}, {"roles", "ta;slt"}}},
    };
    for (const auto &[entity, fields] : loose) {
        INFO(QJsonDocument(fields).toJson(QJsonDocument::Compact).toStdString());
        CHECK(errorOf(store.push(tablet, QJsonArray{mutation(entity, newUuid(), fields, school.adminId,
                                                             hlc(++t, tablet.deviceId))})) ==
              QLatin1String("invalid_value"));
    }
    QJsonObject textStatus = judgementFields(target, QStringLiteral("assessor"), school.teacherId);
    textStatus.insert(QStringLiteral("status"), QStringLiteral("3"));
    QJsonObject fiveStatus = judgementFields(target, QStringLiteral("assessor"), school.teacherId);
    fiveStatus.insert(QStringLiteral("status"), 5);
    QJsonObject shareable = evidenceFields(school.id, school.taId, QStringLiteral("x"));
    shareable.insert(QStringLiteral("visibility"), QStringLiteral("Shareable with parents"));
    QJsonObject prompt = evidenceFields(school.id, school.taId, QStringLiteral("x"));
    prompt.insert(QStringLiteral("prompt_level"), QStringLiteral("Spoken"));
    for (const auto &[entity, fields, author] :
         {std::tuple{QStringLiteral("judgement"), textStatus, school.teacherId},
          std::tuple{QStringLiteral("judgement"), fiveStatus, school.teacherId},
          std::tuple{QStringLiteral("evidence_item"), shareable, school.taId},
          std::tuple{QStringLiteral("evidence_item"), prompt, school.taId}}) {
        INFO(QJsonDocument(fields).toJson(QJsonDocument::Compact).toStdString());
        CHECK(errorOf(store.push(tablet, QJsonArray{mutation(entity, newUuid(), fields, author,
                                                             hlc(++t, tablet.deviceId))})) ==
              QLatin1String("invalid_value"));
    }
    // A status no integer holds (fuzz_push_body found that the store converted it, which is
    // undefined behaviour), or a fraction, is refused like any other.
    for (const double status : {7.7e112, -1e19, 1e300, 2.5}) {
        INFO(status);
        QJsonObject fields = judgementFields(target, QStringLiteral("assessor"), school.teacherId);
        fields.insert(QStringLiteral("status"), status);
        CHECK(
            errorOf(store.push(tablet, QJsonArray{mutation(QStringLiteral("judgement"), newUuid(), fields,
                                                           school.teacherId, hlc(++t, tablet.deviceId))})) ==
            QLatin1String("invalid_value"));
    }
    CHECK(store.pullAll(tablet).size() == before);

    // The exact keys are accepted.
    CHECK(appliedCount(store.push(
              tablet, QJsonArray{mutation(QStringLiteral("judgement"), newUuid(),
                                          judgementFields(target, QStringLiteral("final"), school.sltId),
                                          school.sltId, hlc(++t, tablet.deviceId))})) == 1);
    CHECK(appliedCount(store.push(tablet, QJsonArray{mutation(QStringLiteral("staff"), newUuid(),
                                                              {{"school_id", school.id},
                                                               {"first_name", "New"},
                                                               {"surname", "Person"},
                                                               {"roles", "ta,teacher"}},
                                                              school.adminId, hlc(++t, tablet.deviceId))})) ==
          1);
}

STORE_TEST_CASE(canonicalHlc, "A clock stamp in any but its one written form is refused as invalid_hlc",
                "[server][attacks]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);
    const qsizetype before = store.pullAll(tablet).size();
    const QString node = tablet.deviceId;
    const qint64 t = nowMs();
    const QString canonical = hlc(t, node, 0xab); // a counter with letters, "00ab", to upper-case
    const QString wall = canonical.left(12);
    REQUIRE(wall.startsWith(QLatin1String("0")));
    const QString counterAndNode = canonical.mid(12);
    const QStringList variants{
        QStringLiteral("0x") + wall.mid(2) + counterAndNode,                              // a 0x prefix
        wall + QStringLiteral("-00AB-") + node,                                           // upper-case hex
        QStringLiteral("+") + wall.mid(1) + counterAndNode,                               // a sign
        QStringLiteral(" ") + wall.mid(1) + counterAndNode,                               // a leading space
        wall + QStringLiteral("-") + QStringLiteral(" 000") + QStringLiteral("-") + node, // a space inside
        canonical + QStringLiteral(" "),                                                  // a trailing space
        wall + QStringLiteral("-0000- ") + node, // a space before the node
        QStringLiteral("yesterday"),
    };
    for (const QString &stamp : variants) {
        INFO(stamp.toStdString());
        const QJsonObject r = store.push(
            tablet, QJsonArray{mutation(QStringLiteral("evidence_item"), newUuid(),
                                        evidenceFields(school.id, school.taId, QStringLiteral("x")),
                                        school.taId, stamp)});
        CHECK(errorOf(r) == QLatin1String("invalid_hlc"));
        CHECK(!messageOf(r).isEmpty());
    }
    CHECK(store.pullAll(tablet).size() == before);
    CHECK(appliedCount(store.push(
              tablet, QJsonArray{mutation(QStringLiteral("evidence_item"), newUuid(),
                                          evidenceFields(school.id, school.taId, QStringLiteral("x")),
                                          school.taId, canonical)})) == 1);
}

STORE_TEST_CASE(clockAhead,
                "A stamp more than five minutes ahead of the store is refused; two minutes is fine",
                "[server][attacks]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);
    const qint64 minute = 60 * 1000;
    const QString item = newUuid();
    CHECK(appliedCount(store.push(
              tablet, QJsonArray{mutation(QStringLiteral("evidence_item"), item,
                                          evidenceFields(school.id, school.taId, QStringLiteral("Original")),
                                          school.taId, hlc(nowMs(), tablet.deviceId))})) == 1);
    const qsizetype before = store.pullAll(tablet).size();

    // A tablet with its clock set forward, so that its edit wins every merge for the next day.
    const QJsonObject dayAhead = store.push(
        tablet, QJsonArray{mutation(QStringLiteral("evidence_item"), item, {{"note", "Mine all day"}},
                                    school.taId, hlc(nowMs() + 23 * 60 * minute, tablet.deviceId))});
    CHECK(errorOf(dayAhead) == QLatin1String("clock_skew"));
    const QJsonObject tenAhead = store.push(
        tablet, QJsonArray{mutation(QStringLiteral("evidence_item"), item, {{"note", "Mine for ten minutes"}},
                                    school.taId, hlc(nowMs() + 10 * minute, tablet.deviceId))});
    CHECK(errorOf(tenAhead) == QLatin1String("clock_skew"));
    CHECK(messageOf(tenAhead).startsWith(QLatin1String("The tablet's clock is 10 minutes ahead")));
    const QList<QJsonObject> after = store.pullAll(tablet);
    CHECK(after.size() == before);
    CHECK(fold(after, QStringLiteral("evidence_item"), item).value(QLatin1String("note")) ==
          QJsonValue("Original"));
    // The store's clock was not dragged forward by the refused stamps.
    const QJsonObject ok = store.push(
        tablet, QJsonArray{mutation(QStringLiteral("evidence_item"), item, {{"note", "Two minutes fast"}},
                                    school.taId, hlc(nowMs() + 2 * minute, tablet.deviceId))});
    CHECK(appliedCount(ok) == 1);
    CHECK(ok.value(QLatin1String("server_hlc")).toString().left(17) <
          hlc(nowMs() + 5 * minute, tablet.deviceId).left(17));
    CHECK(fold(store.pullAll(tablet), QStringLiteral("evidence_item"), item).value(QLatin1String("note")) ==
          QJsonValue("Two minutes fast"));
}
