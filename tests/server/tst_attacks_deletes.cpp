// Attacks on consent and on deletes, made as an attacker would make them: a push over HTTP to the
// real store with one tablet's device token, naming whichever author suits. Each is refused with a
// reason the sync page can show, and leaves the store exactly as it was (docs/security.md).
#include "storeharness.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace StoreTest;

namespace {

QString errorOf(const QJsonObject &pushResult, int index = 0)
{
    const QJsonArray rejected = pushResult.value(QLatin1String("rejected")).toArray();
    return index < rejected.size() ? rejected.at(index).toObject().value(QLatin1String("error")).toString()
                                   : QString();
}

QString messageOf(const QJsonObject &pushResult, int index = 0)
{
    const QJsonArray rejected = pushResult.value(QLatin1String("rejected")).toArray();
    return index < rejected.size() ? rejected.at(index).toObject().value(QLatin1String("message")).toString()
                                   : QString();
}

int appliedCount(const QJsonObject &pushResult)
{
    return int(pushResult.value(QLatin1String("applied")).toArray().size());
}

// A school with two classes: Oak (Alfie, who may be photographed for the school's own use; Ruby,
// who may not be recorded at all) and Ash (Amira, whose photos may go home). The harness's teacher
// and TA work in Oak; a second teacher and a second TA work in Ash.
struct Classes
{
    School school;
    Tablet tablet;
    QString oak, ash;
    QString alfie, ruby, amira;
    QString ashTeacher, ashTa;
};

class Attacker
{
public:
    explicit Attacker(Store &store) : m_store(store) {}

    Classes setUp()
    {
        Classes c;
        c.school = m_store.createSchool(QStringLiteral("Millbrook Park"));
        c.ashTeacher = m_store.addStaff(c.school.id, QStringLiteral("Priya"), QStringLiteral("Shah"),
                                        QStringLiteral("teacher"));
        c.ashTa = m_store.addStaff(c.school.id, QStringLiteral("Tom"), QStringLiteral("Reed"),
                                   QStringLiteral("ta"));
        m_store.start();
        c.tablet = m_store.enrol(c.school.id);
        m_tablet = c.tablet;
        c.oak = newUuid();
        c.ash = newUuid();
        const QString admin = c.school.adminId;
        QList<QJsonObject> setup{
            make("school_class", c.oak, {{"school_id", c.school.id}, {"name", "Oak"}}, admin),
            make("school_class", c.ash, {{"school_id", c.school.id}, {"name", "Ash"}}, admin),
            make("class_staff", newUuid(), {{"class_id", c.oak}, {"staff_id", c.school.teacherId}}, admin),
            make("class_staff", newUuid(), {{"class_id", c.oak}, {"staff_id", c.school.taId}}, admin),
            make("class_staff", newUuid(), {{"class_id", c.ash}, {"staff_id", c.ashTeacher}}, admin),
            make("class_staff", newUuid(), {{"class_id", c.ash}, {"staff_id", c.ashTa}}, admin),
        };
        c.alfie = newUuid();
        c.ruby = newUuid();
        c.amira = newUuid();
        setup << make("pupil", c.alfie, pupil(c.school.id, c.oak, "Alfie", "Brown", "internal"), admin)
              << make("pupil", c.ruby, pupil(c.school.id, c.oak, "Ruby", "Clarke", "none"), admin)
              << make("pupil", c.amira, pupil(c.school.id, c.ash, "Amira", "Khan", "shareable"), admin);
        const QJsonObject done = m_store.push(c.tablet, array(setup));
        INFO(QJsonDocument(done).toJson().toStdString());
        REQUIRE(appliedCount(done) == setup.size());
        return c;
    }

    QJsonObject make(const char *entity, const QString &id, const QJsonObject &fields, const QString &author,
                     const QString &op = QStringLiteral("upsert"))
    {
        return mutation(QString::fromLatin1(entity), id, fields, author, hlc(++m_t, m_tablet.deviceId), {},
                        op);
    }

    // An item of `kind` by `capturedBy`, with one pupil link per pupil, and a recording for photos,
    // video and voice notes: the mutations a tablet sends for one capture, in its order.
    QList<QJsonObject> capture(const Classes &c, const QString &itemId, const QString &kind,
                               const QString &visibility, const QString &capturedBy,
                               const QStringList &pupils)
    {
        QJsonObject fields = evidenceFields(c.school.id, capturedBy, QStringLiteral("Snack time"));
        fields.insert(QStringLiteral("kind"), kind);
        fields.insert(QStringLiteral("visibility"), visibility);
        QList<QJsonObject> list{make("evidence_item", itemId, fields, capturedBy)};
        for (const QString &p : pupils)
            list << make("evidence_pupil", newUuid(), {{"evidence_id", itemId}, {"pupil_id", p}}, capturedBy);
        if (kind != QLatin1String("written"))
            list << make("media_reference", newUuid(),
                         {{"evidence_id", itemId},
                          {"sha256", QString(64, QLatin1Char('a'))},
                          {"role", "original"},
                          {"mime_type", kind == QLatin1String("video") ? "video/mp4" : "image/jpeg"},
                          {"byte_size", 1000}},
                         capturedBy);
        return list;
    }

    // The tablet's delete of an item: its links first, then the item (Store::removeEvidenceItem).
    QList<QJsonObject> removal(const QString &itemId, const QList<QJsonObject> &captured,
                               const QString &author)
    {
        QList<QJsonObject> list;
        for (const QJsonObject &m : captured)
            if (m.value(QLatin1String("entity")).toString() != QLatin1String("evidence_item"))
                list << make(qPrintable(m.value(QLatin1String("entity")).toString()),
                             m.value(QLatin1String("entity_id")).toString(), {}, author,
                             QStringLiteral("delete"));
        list << make("evidence_item", itemId, {}, author, QStringLiteral("delete"));
        return list;
    }

    // Everything the store holds for the school, as a tablet pulls it.
    QList<QJsonObject> everything() { return m_store.pullAll(m_tablet); }

private:
    static QJsonObject pupil(const QString &school, const QString &classId, const char *first,
                             const char *surname, const char *consent)
    {
        return {{"school_id", school}, {"class_id", classId},   {"first_name", first},
                {"surname", surname},  {"initials", QString()}, {"year_group", 4},
                {"key_stage", 2},      {"pronouns", "they"},    {"media_consent", consent}};
    }

    Store &m_store;
    Tablet m_tablet;
    qint64 m_t = nowMs();
};

bool isLive(const QList<QJsonObject> &changes, const QString &entity, const QString &id)
{
    bool live = false;
    for (const QJsonObject &c : changes)
        if (c.value(QLatin1String("entity")).toString() == entity &&
            c.value(QLatin1String("entity_id")).toString() == id)
            live = c.value(QLatin1String("op")).toString() == QLatin1String("upsert");
    return live;
}

} // namespace

STORE_TEST_CASE(noConsentRecordings,
                "Photos and video of a pupil without media consent are refused by the store",
                "[server][attacks][consent]")
{
    Store store(backend);
    Attacker attacker(store);
    const Classes c = attacker.setUp();

    for (const char *kind : {"photo", "video"}) {
        INFO(kind);
        const QString item = newUuid();
        const QList<QJsonObject> capture =
            attacker.capture(c, item, QString::fromLatin1(kind), "internal", c.school.taId, {c.ruby});
        // The item alone is harmless; the link of Ruby to it is what the store must refuse, and the
        // recording with it.
        const QJsonObject itemFirst = store.push(c.tablet, QJsonArray{capture.first()});
        REQUIRE(appliedCount(itemFirst) == 1);
        const auto before = attacker.everything();
        const QJsonObject result = store.push(c.tablet, array(capture.mid(1)));
        CHECK(appliedCount(result) == 1); // the recording of an item with no pupil in it
        CHECK(errorOf(result) == QLatin1String("consent"));
        CHECK(messageOf(result).startsWith(
            QStringLiteral("Ruby Clarke has no consent for photos, video or voice "
                           "recordings. Record a written observation instead")));
        const auto after = attacker.everything();
        CHECK(after.size() == before.size() + 1);
        CHECK_FALSE(
            isLive(after, QStringLiteral("evidence_pupil"), capture.at(1).value("entity_id").toString()));
    }

    // A written observation of Ruby is fine.
    const QString written = newUuid();
    CHECK(appliedCount(store.push(c.tablet, array(attacker.capture(c, written, "written", "internal",
                                                                   c.school.taId, {c.ruby})))) == 2);
    // And a recording slipped onto it afterwards is refused, as a recording of Ruby.
    const auto before = attacker.everything();
    const QJsonObject slipped =
        store.push(c.tablet, QJsonArray{attacker.make("media_reference", newUuid(),
                                                      {{"evidence_id", written},
                                                       {"sha256", QString(64, QLatin1Char('b'))},
                                                       {"role", "original"},
                                                       {"mime_type", "video/mp4"},
                                                       {"byte_size", 1000}},
                                                      c.school.taId)});
    CHECK(errorOf(slipped) == QLatin1String("consent"));
    CHECK(messageOf(slipped).contains(QStringLiteral("leave them out of this video")));
    CHECK(attacker.everything().size() == before.size());
}

STORE_TEST_CASE(mixedConsentPhoto,
                "A photo of a consenting and a non-consenting pupil keeps only the consenting one",
                "[server][attacks][consent]")
{
    Store store(backend);
    Attacker attacker(store);
    const Classes c = attacker.setUp();
    const QString item = newUuid();
    const QList<QJsonObject> capture =
        attacker.capture(c, item, "photo", "internal", c.school.taId, {c.alfie, c.ruby});
    const QJsonObject result = store.push(c.tablet, array(capture));
    REQUIRE(result.value(QLatin1String("rejected")).toArray().size() == 1);
    CHECK(result.value(QLatin1String("rejected"))
              .toArray()
              .first()
              .toObject()
              .value("mutation_id")
              .toString() == capture.at(2).value("mutation_id").toString());
    CHECK(errorOf(result) == QLatin1String("consent"));
    CHECK(messageOf(result).contains(QStringLiteral("Ruby Clarke has no consent")));
    const auto pulled = attacker.everything();
    CHECK(isLive(pulled, QStringLiteral("evidence_pupil"), capture.at(1).value("entity_id").toString()));
    CHECK_FALSE(
        isLive(pulled, QStringLiteral("evidence_pupil"), capture.at(2).value("entity_id").toString()));
}

STORE_TEST_CASE(visibilityAboveConsent,
                "Evidence is never shared beyond the most restrictive consent of its pupils",
                "[server][attacks][consent]")
{
    Store store(backend);
    Attacker attacker(store);
    const Classes c = attacker.setUp();

    // Shareable from the start, of Alfie (internal only): his link is refused.
    const QString shared = newUuid();
    const QList<QJsonObject> capture =
        attacker.capture(c, shared, "written", "shareable", c.school.taId, {c.alfie});
    const QJsonObject result = store.push(c.tablet, array(capture));
    CHECK(errorOf(result) == QLatin1String("consent"));
    CHECK(messageOf(result) ==
          QLatin1String(
              "This cannot be shared with parents: consent for Alfie Brown does not allow it. Keep it "
              "internal."));
    CHECK_FALSE(isLive(attacker.everything(), QStringLiteral("evidence_pupil"),
                       capture.at(1).value("entity_id").toString()));

    // Internal at first, then widened to shareable: the widening is refused and nothing changes.
    const QString item = newUuid();
    REQUIRE(appliedCount(store.push(c.tablet, array(attacker.capture(c, item, "photo", "internal",
                                                                     c.school.taId, {c.alfie})))) == 3);
    const auto before = attacker.everything();
    const QJsonObject widen = store.push(
        c.tablet,
        QJsonArray{attacker.make("evidence_item", item, {{"visibility", "shareable"}}, c.school.teacherId)});
    CHECK(errorOf(widen) == QLatin1String("consent"));
    CHECK(messageOf(widen).contains(QStringLiteral("consent for Alfie Brown does not allow it")));
    const auto after = attacker.everything();
    CHECK(after.size() == before.size());
    CHECK(fold(after, QStringLiteral("evidence_item"), item).value("visibility").toString() ==
          QLatin1String("internal"));

    // Amira's photos may go home: shareable is taken.
    CHECK(appliedCount(store.push(c.tablet, array(attacker.capture(c, newUuid(), "photo", "shareable",
                                                                   c.ashTa, {c.amira})))) == 3);
}

STORE_TEST_CASE(whoDeletesEvidence,
                "Evidence is deleted only by its capturer, a teacher of the pupil's class or SLT",
                "[server][attacks][deletes]")
{
    Store store(backend);
    Attacker attacker(store);
    const Classes c = attacker.setUp();
    auto captured = [&](const QString &by, const QString &pupil) {
        const QString item = newUuid();
        const QList<QJsonObject> list = attacker.capture(c, item, "photo", "internal", by, {pupil});
        REQUIRE(appliedCount(store.push(c.tablet, array(list))) == list.size());
        return std::make_pair(item, list);
    };
    auto refusedAndUnchanged = [&](const QString &item, const QList<QJsonObject> &list,
                                   const QString &author) {
        const auto before = attacker.everything();
        const QJsonObject result = store.push(c.tablet, array(attacker.removal(item, list, author)));
        CHECK(appliedCount(result) == 0);
        CHECK(errorOf(result) == QLatin1String("forbidden"));
        CHECK(messageOf(result).startsWith(
            QStringLiteral("Only the person who captured this evidence, a teacher of the pupil's class or a "
                           "senior leader can")));
        const auto after = attacker.everything();
        CHECK(after.size() == before.size());
        CHECK(isLive(after, QStringLiteral("evidence_item"), item));
    };
    auto deleted = [&](const QString &item, const QList<QJsonObject> &list, const QString &author) {
        const QJsonObject result = store.push(c.tablet, array(attacker.removal(item, list, author)));
        INFO(QJsonDocument(result).toJson().toStdString());
        CHECK(appliedCount(result) == list.size());
        CHECK_FALSE(isLive(attacker.everything(), QStringLiteral("evidence_item"), item));
    };

    // A TA deleting another TA's evidence, even of a pupil in the TA's own class.
    const auto byAshTa = captured(c.ashTa, c.alfie);
    refusedAndUnchanged(byAshTa.first, byAshTa.second, c.school.taId);
    // A teacher of another class.
    const auto ofAlfie = captured(c.school.taId, c.alfie);
    refusedAndUnchanged(ofAlfie.first, ofAlfie.second, c.ashTeacher);

    // The capturer deletes their own; the teacher of the pupil's class, and SLT, delete anyone's.
    deleted(ofAlfie.first, ofAlfie.second, c.school.taId);
    const auto another = captured(c.ashTa, c.alfie);
    deleted(another.first, another.second, c.school.teacherId);
    const auto ofAmira = captured(c.ashTa, c.amira);
    deleted(ofAmira.first, ofAmira.second, c.school.sltId);
}

STORE_TEST_CASE(sltFilledForm, "A moderation form SLT have filled in is deleted only by SLT",
                "[server][attacks][deletes]")
{
    Store store(backend);
    Attacker attacker(store);
    const Classes c = attacker.setUp();
    const QString target = newUuid();
    const QString form = newUuid();
    const QJsonObject formFields{{"target_id", target},
                                 {"assessor_id", c.school.teacherId},
                                 {"starting_point", "Some"},
                                 {"senior_leader_id", QJsonValue::Null},
                                 {"slt_comments", ""},
                                 {"final_status", QJsonValue::Null},
                                 {"created_at", "2026-11-22T10:15:00.000Z"}};
    REQUIRE(appliedCount(store.push(c.tablet, QJsonArray{attacker.make("assessment_moderation_form", form,
                                                                       formFields, c.school.teacherId)})) ==
            1);
    REQUIRE(appliedCount(store.push(c.tablet, QJsonArray{attacker.make("assessment_moderation_form", form,
                                                                       {{"senior_leader_id", c.school.sltId},
                                                                        {"slt_comments", "Agreed"},
                                                                        {"final_status", 3}},
                                                                       c.school.sltId)})) == 1);
    const auto before = attacker.everything();
    const QJsonObject result =
        store.push(c.tablet, QJsonArray{attacker.make("assessment_moderation_form", form, {},
                                                      c.school.teacherId, QStringLiteral("delete"))});
    CHECK(errorOf(result) == QLatin1String("forbidden"));
    CHECK(messageOf(result) ==
          QLatin1String("A senior leader has filled in this moderation form, so only the "
                        "assessment lead or SLT can delete it."));
    const auto after = attacker.everything();
    CHECK(after.size() == before.size());
    CHECK(fold(after, QStringLiteral("assessment_moderation_form"), form).value("slt_comments").toString() ==
          QLatin1String("Agreed"));

    // A form SLT have not touched is the teacher's to delete; a filled one is SLT's.
    const QString draft = newUuid();
    REQUIRE(appliedCount(store.push(c.tablet, QJsonArray{attacker.make("assessment_moderation_form", draft,
                                                                       formFields, c.school.teacherId)})) ==
            1);
    CHECK(appliedCount(store.push(
              c.tablet, QJsonArray{attacker.make("assessment_moderation_form", draft, {}, c.school.teacherId,
                                                 QStringLiteral("delete"))})) == 1);
    CHECK(appliedCount(store.push(c.tablet,
                                  QJsonArray{attacker.make("assessment_moderation_form", form, {},
                                                           c.school.sltId, QStringLiteral("delete"))})) == 1);
}

namespace {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

STORE_TEST_CASE(
    softDeleteAndRestore,
    "A delete is soft: the store keeps the evidence, and only SLT restore it, links and media too",
    "[server][deletes][restore]")
{
    Store store(backend);
    Attacker attacker(store);
    const Classes c = attacker.setUp();
    const Tablet second = store.enrol(c.school.id, QStringLiteral("Oak iPad 2"));

    // A photo of Alfie and Amira by the Oak TA, its bytes on the store.
    const QByteArray photo = QByteArray("a photo of snack time ") + newUuid().toLatin1();
    const QString sha = sha256Hex(photo);
    REQUIRE(store.request("PUT", "/v1/media/" + sha.toStdString(), c.tablet.token, photo.toStdString(),
                          "application/octet-stream")
                    .status /
                100 ==
            2);
    const QString item = newUuid();
    QJsonObject fields = evidenceFields(c.school.id, c.school.taId, QStringLiteral("Asked for a biscuit"));
    fields.insert(QStringLiteral("kind"), QStringLiteral("photo"));
    const QString alfieLink = newUuid();
    const QString amiraLink = newUuid();
    const QString recording = newUuid();
    const QList<QJsonObject> captured{
        attacker.make("evidence_item", item, fields, c.school.taId),
        attacker.make("evidence_pupil", alfieLink, {{"evidence_id", item}, {"pupil_id", c.alfie}},
                      c.school.taId),
        attacker.make("evidence_pupil", amiraLink, {{"evidence_id", item}, {"pupil_id", c.amira}},
                      c.school.taId),
        attacker.make("media_reference", recording,
                      {{"evidence_id", item},
                       {"sha256", sha},
                       {"role", "original"},
                       {"mime_type", "image/jpeg"},
                       {"byte_size", double(photo.size())}},
                      c.school.taId)};
    REQUIRE(appliedCount(store.push(c.tablet, array(captured))) == captured.size());

    // The Ash teacher takes Amira off it, on purpose, in a push of its own: that stays undone.
    REQUIRE(appliedCount(store.push(c.tablet, QJsonArray{attacker.make("evidence_pupil", amiraLink, {},
                                                                       c.ashTeacher, "delete")})) == 1);
    // The TA who captured it deletes it, as a tablet does: its links first, in one push.
    const QList<QJsonObject> removal{attacker.make("evidence_pupil", alfieLink, {}, c.school.taId, "delete"),
                                     attacker.make("media_reference", recording, {}, c.school.taId, "delete"),
                                     attacker.make("evidence_item", item, {}, c.school.taId, "delete")};
    REQUIRE(appliedCount(store.push(c.tablet, array(removal))) == removal.size());

    // Every tablet loses it: the second tablet's pull deletes the item and its links.
    auto pulled = store.pullAll(second);
    CHECK_FALSE(isLive(pulled, QStringLiteral("evidence_item"), item));
    CHECK_FALSE(isLive(pulled, QStringLiteral("evidence_pupil"), alfieLink));
    CHECK_FALSE(isLive(pulled, QStringLiteral("media_reference"), recording));
    // ... and learns what was deleted, for SLT's list: of whom, captured and deleted by whom.
    const QJsonObject summary = fold(pulled, QStringLiteral("deleted_evidence"), item);
    CHECK(summary.value("kind").toString() == QLatin1String("photo"));
    CHECK(summary.value("captured_by").toString() == c.school.taId);
    CHECK(summary.value("captured_at").toString() == fields.value("captured_at").toString());
    CHECK(summary.value("deleted_by").toString() == c.school.taId);
    CHECK_FALSE(summary.value("deleted_at").toString().isEmpty());
    CHECK(summary.value("pupil_ids").toString() == QStringLiteral("[\"%1\"]").arg(c.alfie));
    CHECK(summary.value("restored_by").isNull());
    CHECK_FALSE(summary.contains("note")); // what it said stays on the store

    // The store kept the item and the links deleted with it; Amira's link went on its own.
    const auto kept =
        store.onDatabase(QStringLiteral("SELECT entity, entity_id, fields, deleted_by, item_deleted_hlc"
                                        " FROM deleted_record WHERE evidence_id = ? ORDER BY entity"),
                         {item});
    REQUIRE(kept.size() == 4);
    QSet<QString> withItem;
    QString itemHlc;
    for (const QVariantMap &row : kept) {
        if (row.value("entity").toString() == QLatin1String("evidence_item")) {
            itemHlc = row.value("item_deleted_hlc").toString();
            CHECK(QJsonDocument::fromJson(row.value("fields").toString().toUtf8())
                      .object()
                      .value("note")
                      .toString() == QLatin1String("Asked for a biscuit"));
            CHECK(row.value("deleted_by").toString() == c.school.taId);
        }
    }
    REQUIRE_FALSE(itemHlc.isEmpty());
    for (const QVariantMap &row : kept)
        if (row.value("item_deleted_hlc").toString() == itemHlc)
            withItem.insert(row.value("entity_id").toString());
    CHECK(withItem == QSet<QString>{item, alfieLink, recording});

    // A TA, a teacher, and SLT in someone else's name cannot restore it.
    auto restoreBy = [&](const QString &author, const QString &inNameOf) {
        return store.push(
            c.tablet, QJsonArray{attacker.make(
                          "deleted_evidence", item,
                          {{"restored_by", inNameOf}, {"restored_at", "2026-11-23T09:00:00.000Z"}}, author)});
    };
    const int before = store.pullAll(second).size();
    for (const QString &who : {c.school.taId, c.school.teacherId}) {
        const QJsonObject refused = restoreBy(who, who);
        CHECK(errorOf(refused) == QLatin1String("forbidden"));
        CHECK(messageOf(refused).startsWith(
            QStringLiteral("Only the assessment lead or SLT restore deleted evidence")));
    }
    CHECK(errorOf(restoreBy(c.school.sltId, c.school.taId)) == QLatin1String("forbidden"));
    // Nor write the list itself.
    const QJsonObject forged =
        store.push(c.tablet, QJsonArray{attacker.make("deleted_evidence", item,
                                                      {{"deleted_by", c.school.sltId}}, c.school.sltId)});
    CHECK(errorOf(forged) == QLatin1String("forbidden"));
    CHECK(store.pullAll(second).size() == before);

    // SLT restore it: the second tablet gets the item, Alfie's link and the recording back, whole,
    // and the photo's bytes are there to fetch.
    const QJsonObject restored = restoreBy(c.school.sltId, c.school.sltId);
    INFO(QJsonDocument(restored).toJson().toStdString());
    REQUIRE(appliedCount(restored) == 1);
    pulled = store.pullAll(second);
    CHECK(isLive(pulled, QStringLiteral("evidence_item"), item));
    CHECK(isLive(pulled, QStringLiteral("evidence_pupil"), alfieLink));
    CHECK(isLive(pulled, QStringLiteral("media_reference"), recording));
    CHECK_FALSE(isLive(pulled, QStringLiteral("evidence_pupil"), amiraLink));
    QJsonObject last;
    for (const QJsonObject &change : pulled)
        if (change.value("entity").toString() == QLatin1String("evidence_item") &&
            change.value("entity_id").toString() == item)
            last = change;
    const QJsonObject back = last.value("fields").toObject();
    for (const QString &column : fields.keys()) {
        INFO(column.toStdString());
        CHECK(back.value(column) == fields.value(column));
    }
    CHECK(last.value("author_staff_id").toString() == c.school.sltId);
    CHECK(fold(pulled, QStringLiteral("deleted_evidence"), item).value("restored_by").toString() ==
          c.school.sltId);
    CHECK(store.request("GET", "/v1/media/" + sha.toStdString(), second.token).body == photo.toStdString());

    // Restoring twice is harmless: applied, and nothing more changes.
    const int afterRestore = int(pulled.size());
    CHECK(appliedCount(restoreBy(c.school.sltId, c.school.sltId)) == 1);
    CHECK(store.pullAll(second).size() == afterRestore);

    // Deleted again (by SLT, who may), it is listed again and can come back again. A tablet that
    // pulled the restored item stamps its delete after the store's restore, as its clock took in
    // the store's stamp (docs/sync.md, decision 4).
    qint64 later = nowMs() + 1000;
    auto deleteLater = [&](const char *entity, const QString &id) {
        return mutation(QString::fromLatin1(entity), id, {}, c.school.sltId, hlc(++later, c.tablet.deviceId),
                        {}, QStringLiteral("delete"));
    };
    const QList<QJsonObject> again{deleteLater("evidence_pupil", alfieLink),
                                   deleteLater("media_reference", recording),
                                   deleteLater("evidence_item", item)};
    REQUIRE(appliedCount(store.push(c.tablet, array(again))) == again.size());
    pulled = store.pullAll(second);
    CHECK_FALSE(isLive(pulled, QStringLiteral("evidence_item"), item));
    CHECK(fold(pulled, QStringLiteral("deleted_evidence"), item).value("restored_by").isNull());
    CHECK(fold(pulled, QStringLiteral("deleted_evidence"), item).value("deleted_by").toString() ==
          c.school.sltId);
    REQUIRE(appliedCount(restoreBy(c.school.sltId, c.school.sltId)) == 1);
    pulled = store.pullAll(second);
    CHECK(isLive(pulled, QStringLiteral("evidence_item"), item));
    CHECK(isLive(pulled, QStringLiteral("media_reference"), recording));
}
