// The days a tablet may go without reaching the store before it locks itself
// (school.offline_lock_days): the school's senior leaders or office change them, like the school's
// other fields; a teacher or TA cannot, and no push can set a number that would lock every tablet
// at once or never.
#include "storeharness.h"

using namespace StoreTest;

STORE_TEST_CASE(offlineLockDays, "Senior leaders set the days a tablet may stay offline; nobody sets 0",
                "[server][offlinelock]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);
    qint64 t = nowMs();
    auto setDays = [&](const QJsonValue &days, const QString &by) {
        return store.push(tablet,
                          QJsonArray{mutation(QStringLiteral("school"), school.id,
                                              {{"offline_lock_days", days}}, by, hlc(++t, tablet.deviceId))});
    };
    auto held = [&] {
        return fold(store.pullAll(tablet), QStringLiteral("school"), school.id)
            .value(QLatin1String("offline_lock_days"));
    };
    auto errorOf = [](const QJsonObject &result) {
        const QJsonArray rejected = result.value(QLatin1String("rejected")).toArray();
        return rejected.isEmpty() ? QString()
                                  : rejected.first().toObject().value(QLatin1String("error")).toString();
    };

    CHECK(errorOf(setDays(7, school.sltId)).isEmpty());
    CHECK(held().toInt() == 7);
    CHECK(errorOf(setDays(21, school.adminId)).isEmpty());
    CHECK(held().toInt() == 21);

    CHECK(errorOf(setDays(30, school.taId)) == QLatin1String("forbidden"));
    CHECK(errorOf(setDays(30, school.teacherId)) == QLatin1String("forbidden"));
    for (const QJsonValue &bad : {QJsonValue(0), QJsonValue(-3), QJsonValue(366), QJsonValue(2.5),
                                  QJsonValue(QStringLiteral("14")), QJsonValue(QJsonValue::Null)})
        CHECK(errorOf(setDays(bad, school.sltId)) == QLatin1String("invalid_value"));
    CHECK(held().toInt() == 21);
}
