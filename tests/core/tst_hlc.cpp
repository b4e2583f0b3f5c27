#include "testsupport.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Stride;
using namespace Stride::Testing;

TEST_CASE("HLC stays monotonic when the wall clock jumps backwards", "[hlc]")
{
    qint64 wall = 1'790'000'000'000; // November 2026
    HybridLogicalClock clock(QStringLiteral("device-a"), [&] { return wall; });
    HlcTimestamp previous = clock.now();
    for (int step = 0; step < 1000; ++step) {
        // Forward a little, then every tenth step back by an hour, as when a tablet's clock is fixed.
        wall += (step % 10 == 9) ? -3'600'000 : 7;
        const HlcTimestamp next = clock.now();
        REQUIRE(previous < next);
        REQUIRE(previous.toString() < next.toString()); // the text form sorts the same way
        previous = next;
    }
    // The logical time never fell behind the largest wall time seen.
    CHECK(previous.wallMs >= 1'790'000'000'000);
}

TEST_CASE("HLC counter overflow steps the logical millisecond", "[hlc]")
{
    const qint64 wall = 1'790'000'000'000;
    HybridLogicalClock clock(QStringLiteral("n"), [&] { return wall; });
    HlcTimestamp previous = clock.now();
    for (int i = 0; i < 70'000; ++i) {
        const HlcTimestamp next = clock.now();
        REQUIRE(previous < next);
        previous = next;
    }
    CHECK(previous.wallMs == wall + 1);
}

TEST_CASE("HLC merges remote timestamps and refuses wild ones", "[hlc]")
{
    qint64 wall = 1'000'000;
    HybridLogicalClock clock(QStringLiteral("a"), [&] { return wall; });
    const HlcTimestamp remote{wall + 5'000, 3, QStringLiteral("b")};
    REQUIRE(clock.receive(remote));
    CHECK(clock.now() > remote);
    const HlcTimestamp farFuture{wall + 48LL * 3600 * 1000, 0, QStringLiteral("c")};
    CHECK_FALSE(clock.receive(farFuture));
    CHECK(clock.now() < farFuture);
}

TEST_CASE("HLC text round-trips and rejects garbage", "[hlc]")
{
    const HlcTimestamp t{1'790'000'000'123, 42, QStringLiteral("6f1c1a52-4b8e-4d8e-9a55-5d6c9b2e7a10")};
    CHECK(HlcTimestamp::parse(t.toString()) == t);
    CHECK_FALSE(HlcTimestamp::parse(QStringLiteral("yesterday")));
    CHECK_FALSE(HlcTimestamp::parse(QStringLiteral("zzzzzzzzzzzz-0000-a")));
}

TEST_CASE("Only the written form of a stamp is canonical", "[hlc]")
{
    const HlcTimestamp t{1'790'000'000'123, 0xab, QStringLiteral("6f1c1a52-4b8e-4d8e-9a55-5d6c9b2e7a10")};
    const QString text = t.toString();
    CHECK(HlcTimestamp::parseCanonical(text) == t);
    // Every other spelling of the same stamp, and anything that is not one, is refused.
    const QString wall = text.left(12);
    const QString node = text.mid(18);
    const QStringList others{
        text.toUpper(),
        wall.toUpper() + text.mid(12),
        text.left(13) + QStringLiteral("00AB") + text.mid(17),
        QStringLiteral("+") + wall.mid(1) + text.mid(12),
        QStringLiteral("0x") + wall.mid(2) + text.mid(12),
        QStringLiteral(" ") + wall.mid(1) + text.mid(12),
        wall + QStringLiteral("-  ab-") + node,
        wall + QStringLiteral("-00ab-"),
        wall + QStringLiteral("-00ab-") + node + QStringLiteral(" "),
        wall + QStringLiteral("-00ab-tab") + QChar(0x01) + QStringLiteral("let"),
        wall + QStringLiteral("-00ab-tab") + QChar(0xFFFE) + QStringLiteral("let"),
        wall.left(11) + QStringLiteral("-00ab-") + node,
        wall + QStringLiteral("0-00ab-") + node,
        wall + QStringLiteral("-0ab-") + node,
        wall + QStringLiteral("_00ab_") + node,
        QStringLiteral("zzzzzzzzzzzz-0000-a"),
        QString(),
    };
    // The rule as first written: what parse() reads must be written back the same, and the node
    // holds no space or control character.
    const auto asFirstWritten = [](const QString &other) -> std::optional<HlcTimestamp> {
        const auto read = HlcTimestamp::parse(other);
        if (!read || read->toString() != other ||
            std::any_of(read->node.cbegin(), read->node.cend(), [](QChar c) {
                return c.isSpace() || c.isNonCharacter() || c.category() == QChar::Other_Control;
            }))
            return std::nullopt;
        return read;
    };
    for (const QString &other : others) {
        INFO(other.toStdString());
        CHECK_FALSE(HlcTimestamp::parseCanonical(other));
        CHECK_FALSE(asFirstWritten(other));
    }
    CHECK(asFirstWritten(text) == t);
    // The largest of each part, and a node of one character.
    const HlcTimestamp largest{0xffffffffffffLL, 0xffff, QStringLiteral("a")};
    CHECK(HlcTimestamp::parseCanonical(largest.toString()) == largest);
    CHECK(HlcTimestamp::parseCanonical(QStringLiteral("000000000000-0000-a")) ==
          HlcTimestamp{0, 0, QStringLiteral("a")});
}

TEST_CASE("A store's clock does not go backwards across a restart with the clock set back", "[hlc][store]")
{
    qint64 wall = 1'790'000'000'000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    QString lastBefore;
    {
        Store store([&] { return wall; });
        REQUIRE(store.open(path).ok());
        makeMiniSchool(store);
        lastBefore = store.mutations(0, 100000).last().hlc;
    }
    wall -= 24LL * 3600 * 1000; // a day back
    Store store([&] { return wall; });
    REQUIRE(store.open(path).ok());
    School other;
    other.id = newId();
    other.name = QStringLiteral("Second school");
    REQUIRE(store.save(other).ok);
    CHECK(store.mutationsOf(QStringLiteral("school"), other.id).first().hlc > lastBefore);
}
