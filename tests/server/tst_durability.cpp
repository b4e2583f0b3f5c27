// A store killed with SIGKILL in the middle of a stream of pushes loses nothing it acknowledged
// (docs/sync.md: "The answer is sent only after commit").
#include "storeharness.h"

#include <people/changeproof.h>

#include <QJsonDocument>
#include <QSet>
#include <QThread>

#include <atomic>
#include <mutex>
#include <thread>

using namespace StoreTest;

STORE_TEST_CASE(killedMidPush, "Every acknowledged mutation survives SIGKILL", "[server][durability]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    // No rate limit in the way: this is about durability under a steady stream.
    store.start({QStringLiteral("--rate"), QStringLiteral("100000"), QStringLiteral("--burst"),
                 QStringLiteral("100000")});
    const Tablet tablet = store.enrol(school.id);
    const int port = store.port();

    std::mutex mutex;
    QSet<QString> acknowledged;
    std::atomic<bool> stop{false};
    std::atomic<int> batches{0};
    // The TA's credential on this tablet, got before the thread: it proves each change as the
    // tablet's change log would.
    const QByteArray credential = store.credential(tablet, school.taId);
    REQUIRE(!credential.isEmpty());
    // Plain std::thread and httplib only: Catch2's macros are not thread-safe.
    std::thread pusher([&] {
        httplib::Client client("127.0.0.1", port);
        client.set_read_timeout(10);
        const httplib::Headers auth{{"Authorization", "Bearer " + tablet.token.toStdString()}};
        for (int batch = 0; !stop; ++batch) {
            QJsonArray mutations;
            QStringList ids;
            for (int i = 0; i < 20; ++i) {
                QJsonObject m = mutation(
                    QStringLiteral("evidence_item"), newUuid(),
                    evidenceFields(school.id, school.taId, QStringLiteral("b%1 n%2").arg(batch).arg(i)),
                    school.taId, hlc(nowMs(), tablet.deviceId, i));
                m.insert(QStringLiteral("proof"), Stride::ChangeProof::of(credential, provable(m)));
                mutations.append(m);
                ids << m.value(QLatin1String("mutation_id")).toString();
            }
            const auto r = client.Post(
                "/v1/push", auth, QJsonDocument(QJsonObject{{"mutations", mutations}}).toJson().toStdString(),
                "application/json");
            if (!r)
                return; // the server is gone: whatever was not answered was not acknowledged
            if (r->status != 200)
                continue;
            const QJsonObject body = QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object();
            std::lock_guard lock(mutex);
            for (const QJsonValue &id : body.value(QLatin1String("applied")).toArray())
                acknowledged.insert(id.toString());
            ++batches;
        }
    });
    while (batches < 5)
        QThread::msleep(10);
    QThread::msleep(300);
    store.kill();
    stop = true;
    pusher.join();

    QSet<QString> acked;
    {
        std::lock_guard lock(mutex);
        acked = acknowledged;
    }
    INFO("acknowledged before the kill: " << acked.size());
    REQUIRE(acked.size() >= 100);

    store.start();
    QSet<QString> stored;
    for (const QJsonObject &c : store.pullAll(tablet))
        stored.insert(c.value(QLatin1String("mutation_id")).toString());
    QStringList lost;
    for (const QString &id : acked)
        if (!stored.contains(id))
            lost << id;
    INFO("lost: " << lost.join(QStringLiteral(", ")).toStdString());
    CHECK(lost.isEmpty());
    // The store carries on after the restart, and a resend of everything is all duplicates.
    const QJsonObject more =
        store.push(tablet, QJsonArray{mutation(QStringLiteral("evidence_item"), newUuid(),
                                               evidenceFields(school.id, school.taId, "after"), school.taId,
                                               hlc(nowMs(), tablet.deviceId))});
    CHECK(more.value(QLatin1String("applied")).toArray().size() == 1);
}
