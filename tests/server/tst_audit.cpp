// The audit log (issue 11, "Audit"; docs/security.md): over HTTP against the real store, on SQLite
// and PostgreSQL. Tablets push, pull, download a photo and record who opened it; `stride-store
// audit --pupil/--staff` says so in plain lines; nobody else's tablet ever receives the openings;
// the database itself refuses to change or delete a row of the log.
#include "storeharness.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace StoreTest;

namespace {

QJsonObject pupilFields(const QString &school, const QString &classId, const char *first, const char *surname)
{
    return {{"school_id", school}, {"class_id", classId},   {"first_name", first},
            {"surname", surname},  {"initials", QString()}, {"year_group", 4},
            {"key_stage", 2},      {"pronouns", "they"},    {"media_consent", "internal"}};
}

QString errorOf(const QJsonObject &pushResult)
{
    const QJsonArray rejected = pushResult.value(QLatin1String("rejected")).toArray();
    return rejected.isEmpty() ? QString()
                              : rejected.first().toObject().value(QLatin1String("error")).toString();
}

int appliedCount(const QJsonObject &pushResult)
{
    return int(pushResult.value(QLatin1String("applied")).toArray().size());
}

bool anyOpening(const QList<QJsonObject> &changes)
{
    for (const QJsonObject &c : changes)
        if (c.value(QLatin1String("entity")).toString() == QLatin1String("evidence_view"))
            return true;
    return false;
}

// One statement straight on the store's database, as someone with the database's password would.
// Returns the database's error, empty if the statement worked.
QString runOnDatabase(const Store &store, const QString &sql)
{
    QString error;
    store.onDatabase(sql, {}, &error);
    return error;
}

int countRows(const Store &store)
{
    return store.onDatabase(QStringLiteral("SELECT count(*) AS n FROM audit_event"))
        .value(0)
        .value(QStringLiteral("n"))
        .toInt();
}

bool hasLine(const QString &report, const QString &part1, const QString &part2 = {})
{
    for (const QString &line : report.split(QLatin1Char('\n')))
        if (line.contains(part1) && line.contains(part2))
            return true;
    return false;
}

} // namespace

STORE_TEST_CASE(auditTrail,
                "The audit log says who changed, opened, downloaded and received a pupil's photo, and "
                "nobody else's tablet receives the openings",
                "[server][audit]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet oak = store.enrol(school.id, QStringLiteral("Oak iPad"));
    const Tablet ash = store.enrol(school.id, QStringLiteral("Ash iPad"));
    qint64 t = nowMs();
    auto make = [&](const Tablet &tablet, const char *entity, const QString &id, const QJsonObject &fields,
                    const QString &author, const QString &op = QStringLiteral("upsert")) {
        return mutation(QString::fromLatin1(entity), id, fields, author, hlc(++t, tablet.deviceId), {}, op);
    };

    // The office sets up Oak with Ruby and Alfie.
    const QString oakClass = newUuid();
    const QString ruby = newUuid();
    const QString alfie = newUuid();
    REQUIRE(appliedCount(store.push(
                oak, QJsonArray{make(oak, "school_class", oakClass,
                                     {{"school_id", school.id}, {"name", "Oak"}}, school.adminId),
                                make(oak, "pupil", ruby, pupilFields(school.id, oakClass, "Ruby", "Clarke"),
                                     school.adminId),
                                make(oak, "pupil", alfie, pupilFields(school.id, oakClass, "Alfie", "Brown"),
                                     school.adminId)})) == 3);

    // Jo (teacher) photographs Ruby on the Oak iPad; the photo goes up.
    const QByteArray photo = QByteArray("a photo of Ruby at snack time ").repeated(200);
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex());
    const QString item = newUuid();
    QJsonObject fields = evidenceFields(school.id, school.teacherId, QStringLiteral("Asked for a drink"));
    fields.insert(QStringLiteral("kind"), QStringLiteral("photo"));
    const QJsonObject captured =
        store.push(oak, QJsonArray{make(oak, "evidence_item", item, fields, school.teacherId),
                                   make(oak, "evidence_pupil", newUuid(),
                                        {{"evidence_id", item}, {"pupil_id", ruby}}, school.teacherId),
                                   make(oak, "media_reference", newUuid(),
                                        {{"evidence_id", item},
                                         {"sha256", sha},
                                         {"role", "original"},
                                         {"mime_type", "image/jpeg"},
                                         {"byte_size", double(photo.size())}},
                                        school.teacherId)});
    INFO(QJsonDocument(captured).toJson().toStdString());
    REQUIRE(appliedCount(captured) == 3);
    REQUIRE(store.request("PUT", "/v1/media/" + sha.toStdString(), oak.token, photo.toStdString(),
                          "application/octet-stream")
                    .status /
                100 ==
            2);
    // Alfie's evidence, which Ruby's report must not mention.
    const QString alfieItem = newUuid();
    REQUIRE(appliedCount(store.push(
                oak,
                QJsonArray{make(oak, "evidence_item", alfieItem,
                                evidenceFields(school.id, school.teacherId, QStringLiteral("Alfie only")),
                                school.teacherId),
                           make(oak, "evidence_pupil", newUuid(),
                                {{"evidence_id", alfieItem}, {"pupil_id", alfie}}, school.teacherId)})) == 2);

    // Sam (TA) changes the note, then opens the photo on the Oak iPad.
    REQUIRE(appliedCount(store.push(
                oak, QJsonArray{make(oak, "evidence_item", item,
                                     {{"note", "Asked for a drink with a symbol"}}, school.taId)})) == 1);
    const QString opening = newUuid();
    const QJsonObject opened = store.push(
        oak, QJsonArray{make(oak, "evidence_view", opening,
                             {{"evidence_id", item},
                              {"viewed_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                              {"staff_id", school.taId}},
                             school.taId)});
    INFO(QJsonDocument(opened).toJson().toStdString());
    REQUIRE(appliedCount(opened) == 1);

    // The Ash iPad syncs and downloads the photo. Neither tablet ever receives an opening.
    const QList<QJsonObject> ashChanges = store.pullAll(ash);
    CHECK_FALSE(anyOpening(ashChanges));
    CHECK_FALSE(anyOpening(store.pullAll(oak)));
    REQUIRE(store.get("/v1/media/" + sha.toStdString(), ash.token).status == 200);
    // A download cut short and resumed, and a HEAD (which sends no bytes).
    REQUIRE(store
                .request("GET", "/v1/media/" + sha.toStdString(), ash.token, {}, "application/json",
                         {{"Range", "bytes=100-"}})
                .status == 206);
    REQUIRE(store.request("HEAD", "/v1/media/" + sha.toStdString(), oak.token).status == 200);

    // An opening in someone else's name, a delete of one, and the same opening made again are
    // refused; so is the TA deleting Jo's photo.
    const QJsonObject forged = store.push(
        oak, QJsonArray{make(oak, "evidence_view", newUuid(),
                             {{"evidence_id", item},
                              {"viewed_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                              {"staff_id", school.teacherId}},
                             school.taId)});
    CHECK(errorOf(forged) == QStringLiteral("forbidden"));
    CHECK(errorOf(store.push(oak, QJsonArray{make(oak, "evidence_view", opening, {}, school.taId,
                                                  QStringLiteral("delete"))})) ==
          QStringLiteral("append_only"));
    CHECK(
        errorOf(store.push(
            oak, QJsonArray{make(oak, "evidence_view", opening,
                                 {{"evidence_id", item},
                                  {"viewed_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                  {"staff_id", school.taId}},
                                 school.taId)})) == QStringLiteral("append_only"));
    CHECK(errorOf(store.push(oak, QJsonArray{make(oak, "evidence_item", item, {}, school.taId,
                                                  QStringLiteral("delete"))})) ==
          QStringLiteral("forbidden"));
    CHECK_FALSE(anyOpening(store.pullAll(ash)));

    // Who has looked at Ruby's photo?
    const CommandResult rubyReport = store.admin({QStringLiteral("audit"), QStringLiteral("--pupil"), ruby});
    INFO(rubyReport.out.toStdString() << rubyReport.err.toStdString());
    REQUIRE(rubyReport.exitCode == 0);
    const QString &r = rubyReport.out;
    CHECK(r.startsWith(QStringLiteral("Audit log of Ruby Clarke (pupil)")));
    CHECK(hasLine(r, QStringLiteral("Dee Okafor (Admin), on \"Oak iPad\": added Ruby Clarke's details")));
    CHECK(hasLine(
        r,
        QStringLiteral("Jo Bloggs (Teacher), on \"Oak iPad\": recorded the photo of Ruby Clarke, captured")));
    CHECK(hasLine(
        r, QStringLiteral(
               "Jo Bloggs (Teacher), on \"Oak iPad\": named Ruby Clarke in the photo of Ruby Clarke")));
    CHECK(hasLine(
        r, QStringLiteral("Sam Patel (Teaching assistant), on \"Oak iPad\": changed the note of the photo of "
                          "Ruby Clarke, captured")));
    CHECK(hasLine(
        r,
        QStringLiteral("Sam Patel (Teaching assistant), on \"Oak iPad\": opened the photo of Ruby Clarke, "
                       "captured"),
        QStringLiteral("by Jo Bloggs")));
    CHECK(hasLine(r, QStringLiteral("Tablet \"Ash iPad\": received"),
                  QStringLiteral("changes to Ruby Clarke's records in a sync")));
    CHECK(hasLine(r, QStringLiteral("Tablet \"Ash iPad\": downloaded the photo of Ruby Clarke, captured")));
    CHECK(hasLine(r, QStringLiteral("Tablet \"Ash iPad\": downloaded the photo of Ruby Clarke, captured"),
                  QStringLiteral("(the rest of a download cut short before)")));
    CHECK_FALSE(hasLine(r, QStringLiteral("Tablet \"Oak iPad\": downloaded")));
    CHECK(hasLine(
        r,
        QStringLiteral("Someone in the name of Sam Patel (Teaching assistant), on \"Oak iPad\": was REFUSED"),
        QStringLiteral("the photo of Ruby Clarke")));
    CHECK_FALSE(r.contains(QStringLiteral("Alfie")));
    // Oldest first: the photo was recorded before it was opened.
    CHECK(r.indexOf(QStringLiteral("recorded the photo")) < r.indexOf(QStringLiteral("opened the photo")));

    // The office may type her name instead of her id.
    const CommandResult byName =
        store.admin({QStringLiteral("audit"), QStringLiteral("--pupil"), QStringLiteral("ruby clarke")});
    CHECK(byName.exitCode == 0);
    CHECK(byName.out == rubyReport.out);

    // What did Sam do? Jo opened nothing.
    const CommandResult samReport =
        store.admin({QStringLiteral("audit"), QStringLiteral("--staff"), school.taId});
    INFO(samReport.out.toStdString() << samReport.err.toStdString());
    REQUIRE(samReport.exitCode == 0);
    CHECK(hasLine(samReport.out, QStringLiteral("changed the note of the photo of Ruby Clarke")));
    CHECK(hasLine(samReport.out, QStringLiteral("opened the photo of Ruby Clarke")));
    CHECK(hasLine(samReport.out, QStringLiteral("REFUSED"),
                  QStringLiteral("a record of opening the photo of Ruby Clarke")));
    CHECK_FALSE(samReport.out.contains(QStringLiteral("Tablet \"Ash iPad\"")));
    const CommandResult joReport =
        store.admin({QStringLiteral("audit"), QStringLiteral("--staff"), school.teacherId});
    REQUIRE(joReport.exitCode == 0);
    CHECK(hasLine(joReport.out, QStringLiteral("Jo Bloggs (Teacher), on \"Oak iPad\": recorded the photo")));
    CHECK_FALSE(joReport.out.contains(QStringLiteral(": opened ")));

    // Nothing since a later date, said so; an unknown id, or no person, is an error.
    const CommandResult later = store.admin({QStringLiteral("audit"), QStringLiteral("--pupil"), ruby,
                                             QStringLiteral("--since"), QStringLiteral("2099-01-01")});
    CHECK(later.exitCode == 0);
    CHECK(later.out.contains(QStringLiteral("Nothing in the audit log for Ruby Clarke since 1 Jan 2099.")));
    const CommandResult unknown =
        store.admin({QStringLiteral("audit"), QStringLiteral("--pupil"), newUuid()});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("The store has no pupil with the id")));
    CHECK(store.admin({QStringLiteral("audit"), QStringLiteral("--staff"), newUuid()}).exitCode == 1);
    CHECK(store.admin({QStringLiteral("audit")}).exitCode == 2);
    CHECK(store
              .admin({QStringLiteral("audit"), QStringLiteral("--pupil"), ruby, QStringLiteral("--since"),
                      QStringLiteral("last week")})
              .exitCode == 2);
}

STORE_TEST_CASE(auditAppendOnly, "The database itself refuses to change or delete a row of the audit log",
                "[server][audit]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet oak = store.enrol(school.id, QStringLiteral("Oak iPad"));
    REQUIRE(store.pullAll(oak).size() > 0); // a sync that received the school: at least one row
    const int rows = countRows(store);
    REQUIRE(rows > 0);

    const QString update =
        runOnDatabase(store, QStringLiteral("UPDATE audit_event SET staff_id = 'someone'"));
    INFO(update.toStdString());
    CHECK(update.contains(QStringLiteral("append-only")));
    const QString remove = runOnDatabase(store, QStringLiteral("DELETE FROM audit_event"));
    INFO(remove.toStdString());
    CHECK(remove.contains(QStringLiteral("append-only")));
    if (backend == Backend::Postgres)
        CHECK(runOnDatabase(store, QStringLiteral("TRUNCATE audit_event"))
                  .contains(QStringLiteral("append-only")));
    CHECK(countRows(store) == rows);
    // Appending still works: another sync adds its row.
    REQUIRE(store
                .admin({QStringLiteral("add-staff"), QStringLiteral("--school"), school.id,
                        QStringLiteral("--first-name"), QStringLiteral("Ann"), QStringLiteral("--surname"),
                        QStringLiteral("Lee"), QStringLiteral("--roles"), QStringLiteral("ta")})
                .exitCode == 0);
    CHECK(countRows(store) > rows);
}

STORE_TEST_CASE(auditDetailText,
                "An audit row's detail reads as JSON, whatever characters a change's names and ids hold",
                "[server][audit]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet oak = store.enrol(school.id, QStringLiteral("Oak iPad"));
    qint64 t = nowMs();

    // A new item, applied: the row says it was made, and names its fields and the ids they refer to.
    const QString item = newUuid();
    const QJsonObject made =
        mutation(QStringLiteral("evidence_item"), item,
                 evidenceFields(school.id, school.teacherId, QStringLiteral("Asked for a drink")),
                 school.teacherId, hlc(++t, oak.deviceId));
    REQUIRE(appliedCount(store.push(oak, QJsonArray{made})) == 1);

    // A link refused (its author is nobody the store knows): its row still names its fields and
    // the ids it refers to, with every character JSON has to escape, cut at 128 characters.
    const QString oddId =
        QStringLiteral("\"quoted\" \\ back\nnew\ttab\x01 caf\u00e9 \u2603 ") + QString(200, QLatin1Char('x'));
    const QJsonObject link =
        mutation(QStringLiteral("evidence_pupil"), newUuid(), {{"evidence_id", oddId}, {"pupil_id", item}},
                 newUuid(), hlc(++t, oak.deviceId));
    const QJsonObject refusedAnswer = store.push(oak, QJsonArray{link});
    REQUIRE(appliedCount(refusedAnswer) == 0);
    const QJsonObject rejection = refusedAnswer.value(QLatin1String("rejected")).toArray().first().toObject();

    const QList<QVariantMap> rows = store.onDatabase(
        QStringLiteral("SELECT action, detail FROM audit_event WHERE device_id = ? AND action IN "
                       "('changed', 'refused') ORDER BY seq"),
        {oak.deviceId});
    REQUIRE(rows.size() == 2);
    const auto detailOf = [&](int i) { return rows.at(i).value(QStringLiteral("detail")).toString(); };
    const auto compact = [](const QJsonObject &o) {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    const QJsonObject madeFields = made.value(QLatin1String("fields")).toObject();
    CHECK(rows.at(0).value(QStringLiteral("action")).toString() == QLatin1String("changed"));
    CHECK(detailOf(0) ==
          compact({{"created", true},
                   {"fields", QJsonArray::fromStringList(madeFields.keys())},
                   {"mutation_id", made.value(QLatin1String("mutation_id"))},
                   {"refs", QJsonObject{{"captured_by", school.teacherId}, {"school_id", school.id}}}}));
    CHECK(rows.at(1).value(QStringLiteral("action")).toString() == QLatin1String("refused"));
    CHECK(detailOf(1) ==
          compact({{"error", rejection.value(QLatin1String("error"))},
                   {"fields", QJsonArray{"evidence_id", "pupil_id"}},
                   {"message", rejection.value(QLatin1String("message"))},
                   {"mutation_id", link.value(QLatin1String("mutation_id"))},
                   {"op", "upsert"},
                   {"refs", QJsonObject{{"evidence_id", oddId.left(128)}, {"pupil_id", item}}}}));
}
