// The school's cover letter to parents on the store: a letter with a merge field Stride cannot
// fill in is refused whichever tablet sends it, naming the field (core/termend/coverletter.h).
#include "storeharness.h"

using namespace StoreTest;

namespace {

QJsonObject rejectionOf(const QJsonObject &pushResult)
{
    const QJsonArray rejected = pushResult.value(QLatin1String("rejected")).toArray();
    return rejected.isEmpty() ? QJsonObject() : rejected.first().toObject();
}

int appliedCount(const QJsonObject &pushResult)
{
    return int(pushResult.value(QLatin1String("applied")).toArray().size());
}

} // namespace

STORE_TEST_CASE(coverLetterFields, "The store refuses a cover letter with a merge field it cannot fill in",
                "[server][coverletter]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Millbrook Park"));
    store.start();
    const Tablet tablet = store.enrol(school.id);
    qint64 t = nowMs();
    auto letterChange = [&](const QString &letter) {
        return store.push(
            tablet, QJsonArray{mutation(QStringLiteral("school"), school.id, {{"parent_letter", letter}},
                                        school.sltId, hlc(++t, tablet.deviceId))});
    };

    const QJsonObject refused =
        letterChange(QStringLiteral("Dear parent or carer of <FIRSTNAME>, from <TEACHER>"));
    const QJsonObject rejection = rejectionOf(refused);
    CHECK(rejection.value(QLatin1String("error")).toString() == QLatin1String("invalid_value"));
    const QString message = rejection.value(QLatin1String("message")).toString();
    CHECK(message.contains(QLatin1String("<FIRSTNAME>")));
    CHECK(message.contains(QLatin1String("<TEACHER>")));
    CHECK(message.contains(QLatin1String("<FIRST NAME>"))); // the fields it knows are listed
    CHECK(fold(store.pullAll(tablet), QStringLiteral("school"), school.id)
              .value(QLatin1String("parent_letter"))
              .toString()
              .isEmpty());

    // The same letter spelt right is the school's letter.
    const QString good = QStringLiteral("Dear parent or carer of <FIRST NAME>, <HE/SHE> has done well.");
    CHECK(appliedCount(letterChange(good)) == 1);
    CHECK(fold(store.pullAll(tablet), QStringLiteral("school"), school.id)
              .value(QLatin1String("parent_letter")) == good);
}
