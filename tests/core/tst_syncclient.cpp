// The sync client against a fake server (unit tests; tests/e2e runs the real stride-store):
// enrolment, push in bounded batches, rejected changes kept in the server's words, pull pages
// applied with their cursor, and a revoked tablet erasing itself.
#include "fakehttpserver.h"
#include "testsupport.h"

#include "capture/evidencecapture.h"
#include "media/mediastore.h"
#include "sync/devicefiles.h"
#include "sync/httpchannel.h"
#include "sync/syncclient.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Stride;
using namespace Stride::Testing;

namespace {

QJsonObject bodyOf(const FakeRequest &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A minimal in-memory stand-in for the store's push and pull.
struct MiniServer
{
    QList<QJsonObject> log; // changes in server order
    QSet<QString> seen;
    QStringList refuseEntities;
    bool clockAhead = false; // every change is refused as stamped ahead of the store's clock
    QString unanswered;      // a change this server neither takes nor answers for, the first time
    QStringList pushedIds;   // every change pushed, in the order received, resent ones again
    int pushes = 0;
    int maxBatch = 0;    // the most changes in a push taken
    int storeLimit = -1; // more changes than this in one push are refused as too many (-1: none)
    int tooLarge = 0;    // pushes refused so

    FakeResponse handle(const FakeRequest &r)
    {
        if (r.header("authorization") != "Bearer token-1")
            return FakeResponse::json(401, R"({"error":"unauthenticated","message":"Unknown device."})");
        if (r.path == QLatin1String("/v1/push")) {
            ++pushes;
            QJsonArray applied, duplicates, rejected;
            const QJsonArray list = bodyOf(r).value(QLatin1String("mutations")).toArray();
            if (storeLimit >= 0 && list.size() > storeLimit) {
                ++tooLarge;
                return FakeResponse::json(
                    413, R"({"error":"batch_too_large","message":"A push holds at most )" +
                             QByteArray::number(storeLimit) + R"( changes. Send them in smaller batches."})");
            }
            maxBatch = std::max(maxBatch, int(list.size()));
            for (const QJsonValue &v : list) {
                const QJsonObject m = v.toObject();
                const QString id = m.value(QLatin1String("mutation_id")).toString();
                pushedIds << id;
                if (id == unanswered) {
                    unanswered.clear();
                } else if (seen.contains(id)) {
                    duplicates.append(id);
                } else if (clockAhead) {
                    rejected.append(QJsonObject{
                        {QStringLiteral("mutation_id"), id},
                        {QStringLiteral("error"), QStringLiteral("clock_skew")},
                        {QStringLiteral("message"),
                         QStringLiteral(
                             "The tablet's clock is 9 minutes ahead of the store's (more than 5 is "
                             "refused). Set the tablet's date and time to the right time.")}});
                } else if (refuseEntities.contains(m.value(QLatin1String("entity")).toString())) {
                    rejected.append(
                        QJsonObject{{QStringLiteral("mutation_id"), id},
                                    {QStringLiteral("error"), QStringLiteral("forbidden")},
                                    {QStringLiteral("message"),
                                     QStringLiteral("Only teachers and senior leaders judge targets.")}});
                } else {
                    seen.insert(id);
                    QJsonObject change = m;
                    change.insert(QStringLiteral("seq"), log.size() + 1);
                    change.insert(QStringLiteral("device_id"), QStringLiteral("dev-1"));
                    log << change;
                    applied.append(id);
                }
            }
            return FakeResponse::json(
                200, compact({{QStringLiteral("applied"), applied},
                              {QStringLiteral("duplicates"), duplicates},
                              {QStringLiteral("rejected"), rejected},
                              {QStringLiteral("server_hlc"), QStringLiteral("000000000001-0000-server")}}));
        }
        if (r.path == QLatin1String("/v1/changes")) {
            const int since = r.query.queryItemValue(QStringLiteral("since")).toInt();
            const int limit = r.query.queryItemValue(QStringLiteral("limit")).toInt();
            QJsonArray page;
            int cursor = since;
            for (int i = since; i < log.size() && page.size() < limit; ++i) {
                page.append(log[i]);
                cursor = i + 1;
            }
            return FakeResponse::json(200, compact({{QStringLiteral("changes"), page},
                                                    {QStringLiteral("cursor"), cursor},
                                                    {QStringLiteral("more"), cursor < log.size()}}));
        }
        return FakeResponse::json(404, R"({"error":"not_found","message":"No such thing."})");
    }
};

void enrolDirectly(SyncClient &client, const QUrl &url)
{
    Enrolment e;
    e.serverUrl = url;
    e.deviceId = QStringLiteral("dev-1");
    e.deviceToken = QStringLiteral("token-1");
    e.schoolName = QStringLiteral("Millbrook Park School");
    REQUIRE(client.ledger().saveEnrolment(e));
}

// `times` edits of Ava's needs by her teacher: changes to push.
void editAva(Store &store, const MiniSchool &m, int times)
{
    store.setActingStaffId(m.teacher.id);
    Pupil ava = *store.pupil(m.ava.id);
    for (int i = 0; i < times; ++i) {
        ava.specificNeeds = QStringLiteral("ASD, edit %1").arg(i);
        REQUIRE(store.save(ava).ok);
    }
}

// The tablet's unsent changes, oldest first.
QStringList unsentIds(Store &store)
{
    QSqlQuery q(store.database());
    REQUIRE(q.exec(QStringLiteral("SELECT mutation_id FROM change_log WHERE sent_at IS NULL ORDER BY seq")));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QStringList idsInLog(const QList<QJsonObject> &log)
{
    QStringList ids;
    for (const QJsonObject &change : log)
        ids << change.value(QLatin1String("mutation_id")).toString();
    return ids;
}

SyncReport runSync(SyncClient &client)
{
    QSignalSpy done(&client, &SyncClient::syncFinished);
    client.sync();
    if (done.isEmpty())
        REQUIRE(done.wait(20000));
    return done.first().first().value<SyncReport>();
}

} // namespace

TEST_CASE("Enrolment keeps the server's credentials; a wrong code says what to do", "[sync][client][enrol]")
{
    FakeHttpServer server([](const FakeRequest &r) {
        const QString code = bodyOf(r).value(QLatin1String("code")).toString();
        if (r.path == QLatin1String("/v1/enrol") && code == QLatin1String("ABCDE23456"))
            return FakeResponse::json(200, R"({"device_id":"d-9","device_token":"tok","school_id":"s-1",)"
                                           R"("school_name":"Millbrook Park School"})");
        return FakeResponse::json(
            403, R"({"error":"enrolment_code_invalid","message":"That code is not valid."})");
    });
    TempStore t;
    SyncClient client(t.store, nullptr, {});
    QSignalSpy enrolled(&client, &SyncClient::enrolFinished);

    client.enrol(server.url(), QStringLiteral("wrong-code1"), QStringLiteral("Oak iPad 2"));
    REQUIRE(enrolled.wait(10000));
    CHECK_FALSE(enrolled.last().at(0).toBool());
    CHECK(enrolled.last().at(1).toString().contains(QStringLiteral("new code")));
    CHECK_FALSE(client.isEnrolled());

    client.enrol(server.url(), QStringLiteral("abcde-23456"), QStringLiteral("Oak iPad 2"));
    REQUIRE(enrolled.wait(10000));
    CHECK(enrolled.last().at(0).toBool());
    CHECK(enrolled.last().at(1).toString().contains(QStringLiteral("Millbrook Park School")));
    const auto e = client.ledger().enrolment();
    REQUIRE(e);
    CHECK(e->deviceToken == QLatin1String("tok"));
    CHECK(e->deviceId == QLatin1String("d-9"));
    CHECK(server.requests.last().header("authorization").isEmpty());
}

TEST_CASE("Push sends unsent changes in batches of at most 1,000, once", "[sync][client][push]")
{
    MiniServer mini;
    FakeHttpServer server([&](const FakeRequest &r) { return mini.handle(r); });
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    editAva(t.store, m, 2100); // enough changes for three batches
    const int batch = SyncClient::kMaxBatch;
    REQUIRE(batch == 1000);
    const qint64 unsent = t.store.unsentMutationCount();
    REQUIRE(unsent > 2100);
    SyncClient client(t.store, nullptr, {});
    enrolDirectly(client, server.url());

    const SyncReport first = runSync(client);
    INFO(first.message.toStdString());
    REQUIRE(first.ok);
    CHECK(first.pushed == unsent);
    CHECK(mini.maxBatch == batch);
    CHECK(mini.pushes == int((unsent + batch - 1) / batch));
    CHECK(t.store.unsentMutationCount() == 0);
    // Its own changes came back in the pull and changed nothing.
    CHECK(first.pulled == unsent);
    CHECK(t.store.pupil(m.ava.id)->specificNeeds == QLatin1String("ASD, edit 2099"));
    CHECK(client.ledger().cursor() == unsent);
    // The pushes went over one kept-alive connection of their own, closed once pushing was over,
    // so it holds none of the store's workers while the tablet pulls and after.
    CHECK(client.api().recordsChannel()->connectionsOpened() == 1);
    CHECK_FALSE(client.api().recordsChannel()->isConnected());

    const SyncReport second = runSync(client);
    REQUIRE(second.ok);
    CHECK(second.pushed == 0);
    CHECK(second.pulled == 0);
    CHECK(mini.pushes == int((unsent + batch - 1) / batch)); // nothing to send: no push at all
}

TEST_CASE("A store that takes fewer changes a push gets smaller batches, each change once",
          "[sync][client][push]")
{
    MiniServer mini;
    mini.storeLimit = 300; // fewer than half of 1,000: the batch is halved twice
    FakeHttpServer server([&](const FakeRequest &r) { return mini.handle(r); });
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    editAva(t.store, m, 1200);
    const qint64 unsent = t.store.unsentMutationCount();
    SyncClient client(t.store, nullptr, {});
    enrolDirectly(client, server.url());

    const SyncReport report = runSync(client);
    INFO(report.message.toStdString());
    REQUIRE(report.ok);
    CHECK(report.pushed == unsent);
    CHECK(report.rejected == 0);
    CHECK(mini.tooLarge == 2); // 1,000, then 500, then batches of 250
    CHECK(mini.maxBatch == 250);
    CHECK(mini.log.size() == unsent); // every change once, in the order recorded
    CHECK(t.store.unsentMutationCount() == 0);
    CHECK(t.store.pupil(m.ava.id)->specificNeeds == QLatin1String("ASD, edit 1199"));

    // One change at a time and still too many is an error the office can act on, not a loop.
    mini.storeLimit = 0;
    editAva(t.store, m, 1);
    const SyncReport refused = runSync(client);
    CHECK_FALSE(refused.ok);
    CHECK(refused.message.contains(QStringLiteral("smaller batches")));
    CHECK(t.store.unsentMutationCount() == 1);
}

TEST_CASE("Push batches go in the order recorded; one sent ahead is sent again if the answer before it "
          "cannot be written",
          "[sync][client][push]")
{
    MiniServer mini;
    FakeHttpServer server([&](const FakeRequest &r) { return mini.handle(r); });
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    editAva(t.store, m, 8);
    const QStringList recorded = unsentIds(t.store);
    REQUIRE(recorded.size() > 10);
    SyncClient client(t.store, nullptr, {});
    client.setBatchSize(2);
    enrolDirectly(client, server.url());

    // Writing the answer to the second batch fails here (as on a full disk). By then the third
    // batch is on its way: the store has taken it, but the tablet never wrote that down.
    QSqlQuery trigger(t.store.database());
    REQUIRE(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_second_answer BEFORE INSERT ON "
                                        "mutation_sync WHEN NEW.mutation_id = '%1' BEGIN SELECT "
                                        "RAISE(ABORT, 'disk I/O error'); END")
                             .arg(recorded.at(2))));
    const SyncReport failed = runSync(client);
    CHECK_FALSE(failed.ok);
    CHECK(failed.message.contains(QStringLiteral("could not be recorded on this tablet")));
    QTest::qWait(50); // the third batch's answer, had it been taken, would be by now
    CHECK(mini.pushes == 3);
    CHECK(mini.pushedIds == recorded.mid(0, 6));
    CHECK(unsentIds(t.store) == recorded.mid(2)); // only the first batch's answer was written
    CHECK(t.store.unsentMutationCount() == recorded.size() - 2);

    // Next time both go again, the store counts them as duplicates, and nothing is on it twice.
    REQUIRE(trigger.exec(QStringLiteral("DROP TRIGGER refuse_second_answer")));
    const SyncReport mended = runSync(client);
    INFO(mended.message.toStdString());
    REQUIRE(mended.ok);
    CHECK(mended.duplicates == 4);
    CHECK(mended.pushed == recorded.size() - 6);
    CHECK(t.store.unsentMutationCount() == 0);
    CHECK(idsInLog(mini.log) == recorded);
    CHECK(mini.pushedIds == recorded.mid(0, 6) + recorded.mid(2));
}

TEST_CASE("A change the store left unanswered is sent again in the same round, in its place",
          "[sync][client][push]")
{
    MiniServer mini;
    FakeHttpServer server([&](const FakeRequest &r) { return mini.handle(r); });
    TempStore t;
    makeMiniSchool(t.store);
    const QStringList recorded = unsentIds(t.store);
    REQUIRE(recorded.size() > 4);
    mini.unanswered = recorded.at(1);
    SyncClient client(t.store, nullptr, {});
    client.setBatchSize(2);
    enrolDirectly(client, server.url());

    // The batch built ahead (the third and fourth) does not go: the next batch starts again from
    // the oldest change not yet answered for.
    const SyncReport report = runSync(client);
    INFO(report.message.toStdString());
    REQUIRE(report.ok);
    CHECK(report.pushed == recorded.size());
    CHECK(mini.pushedIds.mid(0, 4) ==
          QStringList{recorded.at(0), recorded.at(1), recorded.at(1), recorded.at(2)});
    CHECK(idsInLog(mini.log) == recorded);
    CHECK(t.store.unsentMutationCount() == 0);
}

TEST_CASE("Rejected changes are kept with the server's words and not sent again", "[sync][client][push]")
{
    MiniServer mini;
    mini.refuseEntities << QStringLiteral("judgement");
    FakeHttpServer server([&](const FakeRequest &r) { return mini.handle(r); });
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    Judgement j;
    j.id = newId();
    j.targetId = m.avaTargets.first().id;
    j.role = JudgementRole::Assessor;
    j.status = TargetStatus::Met;
    j.judgedBy = m.teacher.id;
    j.judgedAt = QDateTime::currentDateTimeUtc();
    REQUIRE(t.store.save(j).ok);
    SyncClient client(t.store, nullptr, {});
    enrolDirectly(client, server.url());

    const SyncReport report = runSync(client);
    REQUIRE(report.ok);
    CHECK(report.rejected == 1);
    CHECK(report.summary().contains(QStringLiteral("refused 1 change")));
    const auto rejected = client.ledger().rejectedMutations();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected.first().entity == QLatin1String("judgement"));
    CHECK(rejected.first().message == QLatin1String("Only teachers and senior leaders judge targets."));
    CHECK(t.store.unsentMutationCount() == 0);
    const int pushes = mini.pushes;
    REQUIRE(runSync(client).ok);
    CHECK(mini.pushes == pushes);

    // Someone has read it: it leaves the list, once, and is still not sent.
    const QString mutationId = rejected.first().mutationId;
    REQUIRE(client.ledger().dismissRejected(mutationId, m.teacher.id));
    CHECK(client.ledger().rejectedMutations().isEmpty());
    CHECK_FALSE(client.ledger().dismissRejected(mutationId, m.teacher.id));
    CHECK_FALSE(client.ledger().dismissRejected(QStringLiteral("no-such-mutation"), m.teacher.id));
    REQUIRE(runSync(client).ok);
    CHECK(mini.pushes == pushes);
    CHECK(t.store.unsentMutationCount() == 0);
}

TEST_CASE("Changes refused for a clock ahead of the store's wait on the tablet and go once it is right",
          "[sync][client][push]")
{
    MiniServer mini;
    mini.clockAhead = true;
    FakeHttpServer server([&](const FakeRequest &r) { return mini.handle(r); });
    TempStore t;
    makeMiniSchool(t.store);
    const qint64 unsent = t.store.unsentMutationCount();
    REQUIRE(unsent > 0);
    SyncClient client(t.store, nullptr, {});
    enrolDirectly(client, server.url());

    const SyncReport refused = runSync(client);
    CHECK_FALSE(refused.ok);
    CHECK(refused.message.contains(QStringLiteral("clock is 9 minutes ahead")));
    CHECK(refused.message.contains(QStringLiteral("kept on this tablet")));
    CHECK(mini.pushes == 1); // not sent again and again in one round
    CHECK(client.ledger().rejectedMutations().isEmpty());
    CHECK(t.store.unsentMutationCount() == unsent);

    // The clock put right (the store's time has caught up with the stamps): all of it goes.
    mini.clockAhead = false;
    const SyncReport sent = runSync(client);
    REQUIRE(sent.ok);
    CHECK(sent.pushed == unsent);
    CHECK(t.store.unsentMutationCount() == 0);
}

TEST_CASE("Two tablets converge through pull pages", "[sync][client][pull]")
{
    MiniServer mini;
    FakeHttpServer server([&](const FakeRequest &r) { return mini.handle(r); });
    TempStore a;
    TempStore b;
    MiniSchool m = makeMiniSchool(a.store);
    Judgement judged;
    judged.id = newId();
    judged.targetId = m.avaTargets.first().id;
    judged.status = TargetStatus::PartiallyMet;
    judged.nextStep = NextStep::Amend;
    judged.judgedBy = m.teacher.id;
    judged.judgedAt = QDateTime(QDate(2026, 11, 18), QTime(15, 20), Qt::UTC);
    judged.currentAbilities = QStringLiteral("Asks for a drink with her PECS book after a gestural prompt");
    judged.learnerVoice = QStringLiteral("Pointed to the café photo when asked where she wants to practise");
    REQUIRE(a.store.save(judged).ok);
    SyncClient clientA(a.store, nullptr, {});
    SyncClient clientB(b.store, nullptr, {});
    clientB.setPageSize(7); // many small pages
    enrolDirectly(clientA, server.url());
    enrolDirectly(clientB, server.url());
    REQUIRE(runSync(clientA).ok);
    const SyncReport pulled = runSync(clientB);
    REQUIRE(pulled.ok);
    CHECK(pulled.pulled == mini.log.size());
    CHECK(clientB.ledger().cursor() == mini.log.size());
    REQUIRE(b.store.pupil(m.ava.id));
    CHECK(*b.store.pupil(m.ava.id) == *a.store.pupil(m.ava.id));
    CHECK(b.store.judgementsOfTarget(judged.targetId) == QList<Judgement>{judged});
    CHECK(b.store.unsentMutationCount() == 0);
}

TEST_CASE("A change that cannot be applied is kept aside, not dropped", "[sync][client][pull]")
{
    int calls = 0;
    FakeHttpServer server([&](const FakeRequest &r) {
        ++calls;
        if (r.path == QLatin1String("/v1/changes"))
            return FakeResponse::json(
                200, R"({"changes":[{"seq":1,"mutation_id":"x","entity":"school","entity_id":"s1",)"
                     R"("op":"upsert","fields":{"name":"A"},"hlc":"not a clock"}],"cursor":1,"more":false})");
        return FakeResponse::json(200, R"({"applied":[],"duplicates":[],"rejected":[]})");
    });
    TempStore t;
    SyncClient client(t.store, nullptr, {});
    enrolDirectly(client, server.url());
    const SyncReport report = runSync(client);
    // An unreadable change is kept aside (parked), never dropped; the cursor moves past it.
    CHECK(report.ok);
    CHECK(report.parked == 1);
    CHECK(client.ledger().parkedCount() == 1);
}

TEST_CASE("A page fetched ahead is not written when the page before it cannot be saved",
          "[sync][client][pull]")
{
    // Three pages of one change each. The second names an eviction the tablet cannot carry out
    // (only pupils are evicted), so that page fails and the round ends; the third was already
    // asked for while the second was being written, and must not be written after it.
    bool secondMendedLater = false;
    QList<int> asked;
    FakeHttpServer server([&](const FakeRequest &r) {
        if (r.path != QLatin1String("/v1/changes"))
            return FakeResponse::json(200, R"({"applied":[],"duplicates":[],"rejected":[]})");
        const int since = r.query.queryItemValue(QStringLiteral("since")).toInt();
        asked << since;
        const auto school = [](int seq, const QString &id, const QString &name) {
            return QJsonObject{{QStringLiteral("seq"), seq},
                               {QStringLiteral("mutation_id"), QStringLiteral("m%1").arg(seq)},
                               {QStringLiteral("entity"), QStringLiteral("school")},
                               {QStringLiteral("entity_id"), id},
                               {QStringLiteral("op"), QStringLiteral("upsert")},
                               {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), name}}},
                               {QStringLiteral("hlc"), QStringLiteral("00000000000%1-0000-server").arg(seq)}};
        };
        QJsonObject change;
        if (since == 0)
            change = school(1, QStringLiteral("s1"), QStringLiteral("Millbrook Park School"));
        else if (since == 1 && !secondMendedLater)
            change = QJsonObject{{QStringLiteral("seq"), 2},
                                 {QStringLiteral("mutation_id"), QStringLiteral("m2")},
                                 {QStringLiteral("entity"), QStringLiteral("school")},
                                 {QStringLiteral("entity_id"), QStringLiteral("s1")},
                                 {QStringLiteral("op"), QStringLiteral("evict")},
                                 {QStringLiteral("fields"), QJsonObject{}},
                                 {QStringLiteral("hlc"), QStringLiteral("000000000002-0000-server")}};
        else if (since == 1)
            change = school(2, QStringLiteral("s2"), QStringLiteral("Hawthorn Brook School"));
        else
            change = school(3, QStringLiteral("s3"), QStringLiteral("Ashgrove School"));
        return FakeResponse::json(200, compact({{QStringLiteral("changes"), QJsonArray{change}},
                                                {QStringLiteral("cursor"), since + 1},
                                                {QStringLiteral("more"), since + 1 < 3}}));
    });
    TempStore t;
    SyncClient client(t.store, nullptr, {});
    client.setPageSize(1);
    enrolDirectly(client, server.url());

    const SyncReport failed = runSync(client);
    CHECK_FALSE(failed.ok);
    CHECK(failed.message.contains(QStringLiteral("could not be saved on this tablet")));
    CHECK(client.ledger().cursor() == 1);
    CHECK(t.store.school(QStringLiteral("s1")));
    // The third page was fetched ahead (the store prepares it while the tablet writes the page
    // before it), but dropped with the round.
    for (int waited = 0; waited < 5000 && asked.size() < 3; waited += 20)
        QTest::qWait(20);
    CHECK(asked == QList<int>{0, 1, 2});
    QTest::qWait(50); // its answer, had it been written, would be by now
    CHECK_FALSE(t.store.school(QStringLiteral("s3")));

    // Next time the store sends a page the tablet can take: it carries on from the page it kept.
    secondMendedLater = true;
    asked.clear();
    const SyncReport mended = runSync(client);
    CHECK(mended.ok);
    CHECK(asked == QList<int>{1, 2});
    CHECK(client.ledger().cursor() == 3);
    CHECK(t.store.school(QStringLiteral("s2")));
    CHECK(t.store.school(QStringLiteral("s3")));
}

TEST_CASE("A server that is not there is reported in plain words, nothing is lost", "[sync][client]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    const qint64 unsent = t.store.unsentMutationCount();
    SyncClient client(t.store, nullptr, {});
    quint16 port = 0;
    {
        FakeHttpServer gone([](const FakeRequest &) { return FakeResponse(); });
        port = gone.port();
    }
    enrolDirectly(client, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    const SyncReport report = runSync(client);
    CHECK_FALSE(report.ok);
    CHECK_FALSE(report.reachedServer);
    CHECK(report.message.contains(QStringLiteral("not answering")));
    CHECK(t.store.unsentMutationCount() == unsent);
    CHECK(client.ledger().record().consecutiveFailures == 1);
    (void)m;
}

TEST_CASE("A full store keeps a photo waiting on the tablet, saying why, and it goes once there is room",
          "[sync][client][media]")
{
    MiniServer records;
    bool full = true;
    int creations = 0;
    QHash<QString, QByteArray> held;    // sha256 -> bytes the store holds
    QHash<QString, QByteArray> uploads; // upload path -> bytes received
    QHash<QString, QString> uploadSha;  // upload path -> declared sha256
    FakeHttpServer server([&](const FakeRequest &r) {
        const QString path = r.path;
        if (path.startsWith(QLatin1String("/v1/media/uploads"))) {
            if (r.method == "POST") {
                ++creations;
                if (full)
                    return FakeResponse::json(
                        507, R"({"error":"storage_full","message":"The school's store is full."})");
                const QString location = QStringLiteral("/v1/media/uploads/u%1").arg(creations);
                uploads[location] = {};
                uploadSha[location] = QString::fromLatin1(
                    QByteArray::fromBase64(r.header("upload-metadata").split(' ').value(1)));
                return FakeResponse{201, {{"Location", location.toLatin1()}, {"Tus-Resumable", "1.0.0"}}, {}};
            }
            if (r.method == "PATCH") {
                uploads[path] += r.body;
                held[uploadSha.value(path)] = uploads[path];
                return FakeResponse{204, {{"Upload-Offset", QByteArray::number(uploads[path].size())}}, {}};
            }
        }
        if (path.startsWith(QLatin1String("/v1/media/")) && r.method == "HEAD")
            return FakeResponse{held.contains(path.mid(10)) ? 200 : 404, {}, {}};
        return records.handle(r);
    });

    TempStore t;
    const MiniSchool m = makeMiniSchool(t.store);
    const QString mediaDir = t.dir.filePath(QStringLiteral("stride.db-media"));
    MediaStore media = keyedMediaStore(mediaDir, t.store.deviceKeys().media);
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(QColor(200, 120, 40));
    CapturedMedia photo;
    photo.kind = EvidenceKind::Photo;
    QBuffer buffer(&photo.bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    EvidenceItem draft;
    draft.schoolId = m.school.id;
    draft.capturedAt = QDateTime::currentDateTimeUtc();
    draft.capturedBy = m.assistant.id;
    draft.pupils = {{m.ava.id, {m.avaTargets.first().id}}};
    EvidenceCapture capture(t.store, media);
    const auto saved = capture.save(draft, &photo);
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok);
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(photo.bytes, QCryptographicHash::Sha256).toHex());

    SyncClient client(t.store, &media, mediaDir);
    enrolDirectly(client, server.url());
    const qint64 waiting = client.pendingItems();
    SyncReport report = runSync(client);
    // The round itself went through (records were sent); the photo and its thumbnail wait.
    CHECK(report.ok);
    CHECK(report.mediaFailed == 2);
    CHECK(report.mediaUploaded == 0);
    CHECK(report.problems == QStringList{TusUploader::storeFullMessage()});
    CHECK(client.ledger().mediaState(sha) == QLatin1String("pending"));
    CHECK(client.ledger().mediaProblems() == QStringList{TusUploader::storeFullMessage()});
    CHECK(media.contains(sha));
    CHECK(client.pendingItems() == 2);
    CHECK(waiting > 2);

    // Still full: tried again, still waiting, nothing lost.
    report = runSync(client);
    CHECK(creations == 4);
    CHECK(client.ledger().mediaState(sha) == QLatin1String("pending"));
    CHECK(media.contains(sha));

    // The office made room: the next round sends both, and the reason goes.
    full = false;
    report = runSync(client);
    CHECK(report.ok);
    CHECK(report.mediaUploaded == 2);
    CHECK(held.value(sha) == photo.bytes);
    CHECK(client.ledger().mediaState(sha) == QLatin1String("confirmed"));
    CHECK(client.ledger().mediaProblems().isEmpty());
    CHECK(client.pendingItems() == 0);
}

TEST_CASE("A revoked tablet erases its database and media", "[sync][client][revoke]")
{
    FakeHttpServer server([](const FakeRequest &) {
        return FakeResponse::json(410, R"({"error":"device_revoked","erase":true,"message":"Removed."})");
    });
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("stride.db"));
    const QString mediaDir = DeviceFiles::mediaDirFor(dbPath);
    Store store;
    REQUIRE(store.open(dbPath).ok());
    makeMiniSchool(store);
    MediaStore media = keyedMediaStore(mediaDir, store.deviceKeys().media);
    REQUIRE(media.put(QByteArrayLiteral("a photo of Ava's work")).ok);
    SyncClient client(store, &media, mediaDir);
    enrolDirectly(client, server.url());
    QSignalSpy erased(&client, &SyncClient::deviceErased);

    const SyncReport report = runSync(client);
    CHECK(report.deviceErased);
    CHECK(report.message ==
          QLatin1String("This tablet was removed from Stride by your school; its data has been erased"));
    CHECK(erased.size() == 1);
    CHECK_FALSE(store.isOpen());
    CHECK_FALSE(QFile::exists(dbPath));
    CHECK_FALSE(QFile::exists(dbPath + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(mediaDir));
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}
