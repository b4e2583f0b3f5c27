// The per-field merge rule the tablets and the school's store share (core/store/fieldmerge.h):
// which of two writes of a field wins, and when two writes are a true conflict.
#include "testsupport.h"

#include "store/remoteapplier.h"

#include "store/fieldmerge.h"

#include <catch2/catch.hpp>

#include <QJsonObject>

using namespace Stride;
using namespace Stride::Testing;

namespace {

constexpr qint64 kNovember2026 = 1'790'000'000'000;

QString text(qint64 wallMs, quint32 counter, const QString &node)
{
    return HlcTimestamp{wallMs, counter, node}.toString();
}

// The same timestamp as `stamp`, written with upper-case hex digits: another writer's spelling,
// which HlcTimestamp::parse reads as the same time.
QString upperCaseSpelling(const HlcTimestamp &stamp)
{
    const QString lower = stamp.toString();
    return lower.left(17).toUpper() + lower.mid(17);
}

} // namespace

TEST_CASE("The later write of a field wins, whichever arrives first", "[merge][fieldmerge]")
{
    const HlcTimestamp earlier{kNovember2026, 0, QStringLiteral("tablet-a")};
    const HlcTimestamp later{kNovember2026 + 1, 0, QStringLiteral("tablet-a")};
    CHECK(FieldMerge::incomingWins(later, earlier.toString()));
    CHECK_FALSE(FieldMerge::incomingWins(earlier, later.toString()));

    // Within one millisecond the counter orders the writes.
    const HlcTimestamp first{kNovember2026, 1, QStringLiteral("tablet-z")};
    const HlcTimestamp second{kNovember2026, 2, QStringLiteral("tablet-a")};
    CHECK(FieldMerge::incomingWins(second, first.toString()));
    CHECK_FALSE(FieldMerge::incomingWins(first, second.toString()));

    // A value from before field clocks (no clock, or one that cannot be read) loses to any write.
    CHECK(FieldMerge::incomingWins(earlier, QString()));
    CHECK(FieldMerge::incomingWins(earlier, QStringLiteral("yesterday")));
}

TEST_CASE("Two writes stamped at the same moment are settled the same way everywhere", "[merge][fieldmerge]")
{
    const HlcTimestamp onA{kNovember2026, 3, QStringLiteral("tablet-a")};
    const HlcTimestamp onB{kNovember2026, 3, QStringLiteral("tablet-b")};
    // The node breaks the tie, and exactly one of the two wins, so a copy that saw A first and one
    // that saw B first both end with B.
    CHECK(FieldMerge::incomingWins(onB, onA.toString()));
    CHECK_FALSE(FieldMerge::incomingWins(onA, onB.toString()));

    // The same write seen twice (a page fetched again) replaces nothing.
    CHECK_FALSE(FieldMerge::incomingWins(onA, onA.toString()));
}

TEST_CASE("Clocks compare as times even when their text sorts the other way", "[merge][fieldmerge]")
{
    // Upper-case hex: 'B' sorts before 'a' as text, but ...0b is later than ...0a.
    const HlcTimestamp held{0x1a0c85b6f40a, 0, QStringLiteral("tablet-a")};
    const HlcTimestamp incoming{0x1a0c85b6f40b, 0, QStringLiteral("tablet-a")};
    const QString incomingText = upperCaseSpelling(incoming);
    REQUIRE(HlcTimestamp::parse(incomingText) == incoming);
    REQUIRE(incomingText < held.toString()); // what the old text comparison went by
    CHECK(FieldMerge::incomingWins(*HlcTimestamp::parse(incomingText), held.toString()));
    CHECK_FALSE(FieldMerge::incomingWins(held, incomingText));

    // A different number of digits: a signed, 11-digit wall time that parses to a later time than
    // the 12-digit one held.
    const QString signedText = QStringLiteral("+00000000fff-0000-tablet-b");
    const QString heldText = text(0x100, 0, QStringLiteral("tablet-a"));
    REQUIRE(HlcTimestamp::parse(signedText));
    REQUIRE(signedText < heldText);
    CHECK(FieldMerge::incomingWins(*HlcTimestamp::parse(signedText), heldText));
}

TEST_CASE("A tablet applies a pulled value by its time, not by how its clock is spelled",
          "[merge][fieldmerge][applyremote]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    const QString pupil = QStringLiteral("pupil");
    const QString needs = QStringLiteral("specific_needs");
    auto change = [&](const QString &value, const QString &hlc) {
        RemoteChange c;
        c.seq = 1;
        c.mutationId = newId();
        c.entity = pupil;
        c.entityId = m.ava.id;
        c.op = QStringLiteral("upsert");
        c.fields = {{needs, value}};
        c.hlc = hlc;
        return c;
    };
    const HlcTimestamp local = *HlcTimestamp::parse(t.store.fieldClock(pupil, m.ava.id, needs));
    // Two later writes whose text sorts the wrong way round: ...0a (lower case) then ...0b (upper).
    const HlcTimestamp held{((local.wallMs >> 4) + 1) << 4 | 0xa, 0, QStringLiteral("tablet-a")};
    const HlcTimestamp incoming{held.wallMs + 1, 0, QStringLiteral("tablet-a")};
    REQUIRE(held > local);
    REQUIRE(upperCaseSpelling(incoming) < held.toString());

    REQUIRE(RemoteApplier(t.store).apply(change(QStringLiteral("first"), held.toString())).ok());
    const RemoteApplyResult r =
        RemoteApplier(t.store).apply(change(QStringLiteral("second"), upperCaseSpelling(incoming)));
    CHECK(r.outcome == RemoteApplyResult::Outcome::Applied);
    CHECK(t.store.pupil(m.ava.id)->specificNeeds == QLatin1String("second"));

    // And the older one, arriving again afterwards, does not undo it.
    CHECK(RemoteApplier(t.store).apply(change(QStringLiteral("first"), held.toString())).outcome ==
          RemoteApplyResult::Outcome::Unchanged);
    CHECK(t.store.pupil(m.ava.id)->specificNeeds == QLatin1String("second"));
}

TEST_CASE("A true conflict is two different changes made without seeing each other",
          "[merge][fieldmerge][conflict]")
{
    const QJsonValue held(QStringLiteral("Uses a symbol card"));
    const QJsonValue incoming(QStringLiteral("Uses two symbol cards"));

    // The author changed the field from something else: they never saw the value held here.
    CHECK(FieldMerge::isTrueConflict(held, incoming, QJsonValue(QStringLiteral("Points to a card"))));
    CHECK(FieldMerge::isTrueConflict(held, incoming, QJsonValue(QJsonValue::Undefined)));

    // The author saw the value held here and changed it: an ordinary edit.
    CHECK_FALSE(FieldMerge::isTrueConflict(held, incoming, held));
    // Both made the same change: nothing to choose between.
    CHECK_FALSE(FieldMerge::isTrueConflict(held, held, QJsonValue(QStringLiteral("Points to a card"))));
    // Nothing held yet for the field.
    CHECK_FALSE(FieldMerge::isTrueConflict(QJsonValue(QJsonValue::Undefined), incoming, QJsonValue()));
    // A missing value and null are the same value: a field cleared, seen as missing by the author.
    CHECK_FALSE(FieldMerge::isTrueConflict(QJsonValue(QJsonValue::Null), incoming,
                                           QJsonValue(QJsonValue::Undefined)));
    CHECK(FieldMerge::sameValue(QJsonValue(QJsonValue::Null), QJsonObject().value(QStringLiteral("absent"))));
    CHECK_FALSE(FieldMerge::sameValue(QJsonValue(1), QJsonValue(QStringLiteral("1"))));
}
