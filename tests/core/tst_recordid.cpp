#include "domain/recordid.h"
#include "domain/validation.h"

#include <QDateTime>
#include <QSet>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace Stride;

namespace {

QByteArray bytesOf(const QString &id)
{
    return QUuid::fromString(id).toRfc4122();
}

qint64 msOf(const QString &id)
{
    const QByteArray b = bytesOf(id);
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | uchar(b[i]);
    return ms;
}

} // namespace

TEST_CASE("A new id is a version 7 UUID holding the time it was made", "[recordid]")
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QString id = newId();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    REQUIRE(isValidId(id));
    CHECK(id.size() == 36);
    CHECK((uchar(bytesOf(id)[6]) >> 4) == 7); // Qt 6.4's QUuid::version() knows only 1 to 5
    CHECK(QUuid::fromString(id).variant() == QUuid::DCE);
    CHECK(msOf(id) >= before);
    CHECK(msOf(id) <= after + 1); // at most one borrowed millisecond
}

TEST_CASE("Ids made one after another sort one after another, within a millisecond too", "[recordid]")
{
    RecordId::Sequence ids;
    const qint64 ms = 1'790'000'000'000;
    QString previous = ids.next(ms, 0xffff'ffff'ffff'ffffULL); // the largest start and random bits
    // 10,000 in one millisecond: more than the sequence holds, so the time is borrowed.
    for (int i = 0; i < 10'000; ++i) {
        const QString id = ids.next(ms, quint64(i) * 0x9e37'79b9'7f4a'7c15ULL);
        REQUIRE(previous < id);
        REQUIRE(bytesOf(previous) < bytesOf(id));
        previous = id;
    }
    CHECK(msOf(previous) > ms);
    // A later millisecond sorts after every borrowed one until it passes them.
    const QString later = ids.next(ms + 1, 0);
    CHECK(previous < later);
}

TEST_CASE("A clock set back does not make an id that sorts before the last", "[recordid]")
{
    RecordId::Sequence ids;
    const qint64 ms = 1'790'000'000'000;
    const QString first = ids.next(ms, 42);
    const QString afterSetBack = ids.next(ms - 3'600'000, 43);
    CHECK(first < afterSetBack);
    CHECK(msOf(afterSetBack) == ms);
}

TEST_CASE("Ids made in the same millisecond with the same start still differ in their random bits",
          "[recordid]")
{
    RecordId::Sequence a;
    RecordId::Sequence b;
    const qint64 ms = 1'790'000'000'000;
    // Two tablets, the same millisecond and the same sequence start (bits 20..30 equal).
    const QString fromA = a.next(ms, 0x0123'4567'0000'0000ULL);
    const QString fromB = b.next(ms, 0x0fed'cba9'0000'0000ULL);
    CHECK(fromA != fromB);
    QSet<QString> many;
    for (int i = 0; i < 1000; ++i)
        many.insert(newId());
    CHECK(many.size() == 1000);
}
