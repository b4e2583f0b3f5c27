// The settings a school needs for a lost tablet (docs/security.md, "A lost tablet"): the days a
// tablet may stay offline before it locks itself, changed on a tablet by senior leaders or the
// office only, as an ordinary proved change of the school row; and whom the tablet serves, as the
// school's store says in every pull answer, kept to tell the people using it.
#include "fakehttpserver.h"
#include "testsupport.h"

#include "people/offlinelock.h"
#include "people/offlinelocksetting.h"
#include "sync/syncclient.h"
#include "sync/tabletclasses.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Stride;
using namespace Stride::Testing;

namespace {

// The school row's changes in the change log, oldest first: {fields, author, proof}.
QList<QStringList> schoolChanges(Store &store, const QString &schoolId)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT fields, author_staff_id, proof FROM change_log"
                             " WHERE entity = 'school' AND entity_id = ? ORDER BY seq"));
    q.addBindValue(schoolId);
    QList<QStringList> rows;
    if (q.exec())
        while (q.next())
            rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return rows;
}

} // namespace

TEST_CASE("Senior leaders and the office change the school's offline-lock days, as a proved change",
          "[schoolsettings][offlinelock]")
{
    TempStore t;
    const MiniSchool m = makeMiniSchool(t.store);
    Staff office;
    office.id = QStringLiteral("11111111-2222-4333-8444-555555555555");
    office.schoolId = m.school.id;
    office.firstName = QStringLiteral("Julie");
    office.surname = QStringLiteral("Thornton");
    office.roles = {StaffRole::Admin};
    REQUIRE(t.store.save(office).ok);
    const int before = int(schoolChanges(t.store, m.school.id).size());

    CHECK(OfflineLockSetting::mayChange(t.store, m.seniorLeader.id));
    CHECK(OfflineLockSetting::mayChange(t.store, office.id));
    CHECK_FALSE(OfflineLockSetting::mayChange(t.store, m.teacher.id));
    CHECK_FALSE(OfflineLockSetting::mayChange(t.store, m.assistant.id));
    CHECK_FALSE(OfflineLockSetting::mayChange(t.store, QString()));

    // A senior leader signed in with their credential: saved, and the change carries their proof.
    t.store.setActingStaffId(m.seniorLeader.id, QByteArray(32, '\x31'));
    const WriteResult saved = OfflineLockSetting::change(t.store, m.school.id, QStringLiteral(" 21 "));
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok);
    CHECK(t.store.school(m.school.id)->offlineLockDays == 21);
    QList<QStringList> changes = schoolChanges(t.store, m.school.id);
    REQUIRE(changes.size() == before + 1);
    const QJsonObject fields = QJsonDocument::fromJson(changes.last().at(0).toUtf8()).object();
    CHECK(fields.value(QLatin1String("offline_lock_days")).toInt() == 21);
    CHECK(changes.last().at(1) == m.seniorLeader.id);
    CHECK_FALSE(changes.last().at(2).isEmpty());

    // The office too.
    t.store.setActingStaffId(office.id, QByteArray(32, '\x32'));
    REQUIRE(OfflineLockSetting::change(t.store, m.school.id, QStringLiteral("7")).ok);
    CHECK(t.store.school(m.school.id)->offlineLockDays == 7);
    changes = schoolChanges(t.store, m.school.id);
    CHECK(changes.last().at(1) == office.id);
    // The same again sends nothing.
    REQUIRE(OfflineLockSetting::change(t.store, m.school.id, QStringLiteral("7")).ok);
    CHECK(schoolChanges(t.store, m.school.id).size() == changes.size());

    // Out of range, empty or not a number: refused in words, nothing written.
    for (const char *bad : {"0", "400", "", "  ", "two weeks", "-3", "14.5"}) {
        INFO(bad);
        const WriteResult refused =
            OfflineLockSetting::change(t.store, m.school.id, QString::fromLatin1(bad));
        CHECK_FALSE(refused.ok);
        CHECK_FALSE(refused.message.isEmpty());
    }
    CHECK(OfflineLockSetting::change(t.store, m.school.id, QStringLiteral("400"))
              .message.contains(QLatin1String("between 1 and 365 days")));
    CHECK(OfflineLockSetting::change(t.store, m.school.id, QStringLiteral("0"))
              .message.contains(QLatin1String("(found 0)")));
    CHECK(OfflineLockSetting::change(t.store, m.school.id, QString())
              .message.contains(QLatin1String("Type how many days")));
    CHECK(OfflineLockSetting::parse(QStringLiteral("1")) == 1);
    CHECK(OfflineLockSetting::parse(QStringLiteral("365")) == 365);
    CHECK_FALSE(OfflineLockSetting::parse(QStringLiteral("366")));
    CHECK(t.store.school(m.school.id)->offlineLockDays == 7);
    CHECK(schoolChanges(t.store, m.school.id).size() == changes.size());

    // A TA or a teacher is refused on the tablet, whatever they type; nothing is written.
    for (const Staff &who : {m.assistant, m.teacher}) {
        t.store.setActingStaffId(who.id, QByteArray(32, '\x33'));
        const WriteResult refused = OfflineLockSetting::change(t.store, m.school.id, QStringLiteral("30"));
        CHECK_FALSE(refused.ok);
        CHECK(refused.message.contains(QLatin1String("Only a senior leader or the office")));
    }
    t.store.setActingStaffId({});
    CHECK_FALSE(OfflineLockSetting::change(t.store, m.school.id, QStringLiteral("30")).ok);
    CHECK(t.store.school(m.school.id)->offlineLockDays == 7);
    CHECK(schoolChanges(t.store, m.school.id).size() == changes.size());
}

TEST_CASE("Whom the store says the tablet serves is kept from each pull answer", "[schoolsettings][sync]")
{
    QByteArray scope = R"({"whole_school":false,"class_ids":["class-oak","class-willow"]})";
    FakeHttpServer server([&](const FakeRequest &request) {
        if (request.path.startsWith(QLatin1String("/v1/changes")))
            return FakeResponse::json(200, R"({"changes":[],"cursor":0,"more":false,"scope":)" + scope + "}");
        // The school's own records, made here, taken as they come.
        QJsonArray applied;
        for (const QJsonValue &m :
             QJsonDocument::fromJson(request.body).object().value("mutations").toArray())
            applied.append(m.toObject().value(QLatin1String("mutation_id")));
        return FakeResponse::json(200, QJsonDocument(QJsonObject{{"applied", applied},
                                                                 {"duplicates", QJsonArray()},
                                                                 {"rejected", QJsonArray()}})
                                           .toJson(QJsonDocument::Compact));
    });
    TempStore t;
    const MiniSchool m = makeMiniSchool(t.store);
    Enrolment e;
    e.serverUrl = server.url();
    e.deviceId = QStringLiteral("dev-1");
    e.deviceToken = QStringLiteral("token-1");
    e.schoolId = m.school.id;
    e.schoolName = m.school.name;
    e.enrolledAt = QDateTime::currentDateTimeUtc();
    REQUIRE(SyncLedger(t.store).saveEnrolment(e));
    CHECK_FALSE(TabletClasses::read(t.store)); // the store has not said yet

    SyncClient client(t.store, nullptr, {});
    auto syncOnce = [&] {
        QSignalSpy done(&client, &SyncClient::syncFinished);
        client.sync();
        REQUIRE(done.wait(20000));
        REQUIRE(done.first().first().value<SyncReport>().ok);
    };
    syncOnce();
    auto classes = TabletClasses::read(t.store);
    REQUIRE(classes);
    CHECK_FALSE(classes->wholeSchool);
    CHECK(classes->classIds == QStringList{QStringLiteral("class-oak"), QStringLiteral("class-willow")});

    // Kept across a restart, and changed when the store says otherwise.
    t.store.close();
    REQUIRE(t.store.open(t.path()).ok());
    CHECK(TabletClasses::read(t.store) == classes);
    scope = R"({"whole_school":true,"class_ids":[]})";
    syncOnce();
    classes = TabletClasses::read(t.store);
    REQUIRE(classes);
    CHECK(classes->wholeSchool);

    // An answer without a scope (a store from before it said so), or with one that makes no
    // sense, leaves what was kept.
    for (const QByteArray &odd : {QByteArray("null"), QByteArray(R"({"whole_school":false,"class_ids":[]})"),
                                  QByteArray(R"({"class_ids":["x"]})")}) {
        scope = odd;
        syncOnce();
        CHECK(TabletClasses::read(t.store) == classes);
    }
}
