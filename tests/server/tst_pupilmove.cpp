// Who may move a pupil to another class or year group (server/pupilmoverules.h): senior leaders
// and the office, at the year-end class move; never a teacher, who keeps the rest of the record.
#include "storeharness.h"

#include <QJsonDocument>

using namespace StoreTest;

namespace {

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

} // namespace

STORE_TEST_CASE(pupilMove, "Only senior leaders or the office move a pupil to another class or year group",
                "[server][pupilmove]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);
    qint64 t = nowMs();
    auto make = [&](const char *entity, const QString &id, const QJsonObject &fields, const QString &author) {
        return mutation(QString::fromLatin1(entity), id, fields, author, hlc(++t, tablet.deviceId));
    };
    const QString oak = newUuid();
    const QString ash = newUuid();
    const QString amira = newUuid();
    const QJsonObject setUp = store.push(
        tablet,
        QJsonArray{make("school_class", oak, {{"school_id", school.id}, {"name", "Oak"}}, school.adminId),
                   make("school_class", ash, {{"school_id", school.id}, {"name", "Ash"}}, school.adminId),
                   make("class_staff", newUuid(), {{"class_id", oak}, {"staff_id", school.teacherId}},
                        school.adminId),
                   make("pupil", amira,
                        {{"school_id", school.id},
                         {"class_id", ash},
                         {"first_name", "Amira"},
                         {"surname", "Khan"},
                         {"initials", QString()},
                         {"year_group", 4},
                         {"key_stage", 2},
                         {"pronouns", "she"},
                         {"media_consent", "internal"}},
                        school.adminId)});
    INFO(QJsonDocument(setUp).toJson().toStdString());
    REQUIRE(appliedCount(setUp) == 4);
    auto pupilNow = [&] { return fold(store.pullAll(tablet), QStringLiteral("pupil"), amira); };
    auto change = [&](const QJsonObject &fields, const QString &author) {
        return store.push(tablet, QJsonArray{make("pupil", amira, fields, author)});
    };

    // A teacher moving a pupil into their own class, or up a year, is refused; nothing changes.
    CHECK(errorOf(change({{"class_id", oak}}, school.teacherId)) == QLatin1String("forbidden"));
    CHECK(errorOf(change({{"year_group", 5}}, school.teacherId)) == QLatin1String("forbidden"));
    CHECK(errorOf(change({{"key_stage", 3}}, school.teacherId)) == QLatin1String("forbidden"));
    CHECK(pupilNow().value(QLatin1String("class_id")).toString() == ash);
    CHECK(pupilNow().value(QLatin1String("year_group")).toInt() == 4);

    // The rest of the record stays the teacher's, sent whole with the class and year unchanged.
    const QJsonObject needs =
        change({{"class_id", ash}, {"year_group", 4}, {"key_stage", 2}, {"specific_needs", "ASD"}},
               school.teacherId);
    CHECK(appliedCount(needs) == 1);
    CHECK(pupilNow().value(QLatin1String("specific_needs")).toString() == QLatin1String("ASD"));

    // A teaching assistant may not move a pupil either.
    CHECK(errorOf(change({{"class_id", oak}}, school.taId)) == QLatin1String("forbidden"));

    // Senior leaders move the pupil to their new class and year; the office may too.
    CHECK(appliedCount(change({{"class_id", oak}, {"year_group", 5}, {"key_stage", 2}}, school.sltId)) == 1);
    CHECK(pupilNow().value(QLatin1String("class_id")).toString() == oak);
    CHECK(appliedCount(change({{"year_group", 6}}, school.adminId)) == 1);
    CHECK(pupilNow().value(QLatin1String("year_group")).toInt() == 6);
}
