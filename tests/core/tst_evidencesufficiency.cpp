// Is there enough evidence to judge a target safely (core/review/evidencesufficiency.h)? Each rule
// on its own, and an evidence set that raises none.
#include "review/evidencesufficiency.h"

#include <catch2/catch.hpp>

using namespace Stride;
using Kind = SufficiencyFinding::Kind;

namespace {

const QDate kToday(2026, 11, 23); // the Monday of assessment week, Autumn 2026

EvidenceItem item(const QDate &day, const QString &setting, const QString &by, const QString &people,
                  std::optional<PromptLevel> prompt)
{
    static int serial = 0;
    EvidenceItem e;
    e.id = QStringLiteral("item-%1").arg(++serial);
    e.capturedAt = QDateTime(day, QTime(11, 0));
    e.setting = setting;
    e.capturedBy = by;
    e.peoplePresent = people;
    e.promptLevel = prompt;
    return e;
}

// Evidence a teacher could judge on with confidence: several weeks, recent, two settings, two
// adults, one independent item.
QList<EvidenceItem> enough()
{
    return {
        item(QDate(2026, 10, 6), QStringLiteral("classroom"), QStringLiteral("ta-1"),
             QStringLiteral("Mrs Hughes (TA)"), PromptLevel::Spoken),
        item(QDate(2026, 11, 4), QStringLiteral("hall"), QStringLiteral("ta-2"), QString(),
             PromptLevel::Gestural),
        item(QDate(2026, 11, 18), QStringLiteral("cafe"), QStringLiteral("ta-1"), QString(),
             PromptLevel::Independent),
    };
}

QList<Kind> kindsOf(const QList<SufficiencyFinding> &findings)
{
    QList<Kind> kinds;
    for (const SufficiencyFinding &f : findings) {
        CHECK_FALSE(f.sentence.isEmpty());
        kinds << f.kind;
    }
    return kinds;
}

} // namespace

TEST_CASE("Sufficiency: enough evidence raises nothing", "[review][sufficiency]")
{
    CHECK(evidenceSufficiency(enough(), kToday).isEmpty());
}

TEST_CASE("Sufficiency: no evidence at all is the one thing said", "[review][sufficiency]")
{
    const QList<SufficiencyFinding> findings = evidenceSufficiency({}, kToday);
    REQUIRE(kindsOf(findings) == QList<Kind>{Kind::NoEvidence});
    CHECK(findings.first().sentence.contains(QStringLiteral("You can still judge it")));
}

TEST_CASE("Sufficiency: all of it in one setting", "[review][sufficiency]")
{
    QList<EvidenceItem> items = enough();
    for (EvidenceItem &e : items)
        e.setting = QStringLiteral("Swimming_pool");
    items[1].setting = QStringLiteral("swimming pool");
    SECTION("one setting, however it is spelt")
    {
        const QList<SufficiencyFinding> findings = evidenceSufficiency(items, kToday);
        REQUIRE(kindsOf(findings) == QList<Kind>{Kind::OneSetting});
        CHECK(findings.first().sentence.contains(QStringLiteral("(swimming pool)")));
    }
    SECTION("an item without a setting does not count as a second one")
    {
        items[2].setting.clear();
        CHECK(kindsOf(evidenceSufficiency(items, kToday)) == QList<Kind>{Kind::OneSetting});
    }
    SECTION("no setting recorded anywhere")
    {
        for (EvidenceItem &e : items)
            e.setting.clear();
        const QList<SufficiencyFinding> findings = evidenceSufficiency(items, kToday);
        REQUIRE(kindsOf(findings) == QList<Kind>{Kind::OneSetting});
        CHECK(findings.first().sentence.contains(QStringLiteral("where it happened")));
    }
}

TEST_CASE("Sufficiency: all of it with one adult", "[review][sufficiency]")
{
    QList<EvidenceItem> items = enough();
    for (EvidenceItem &e : items) {
        e.capturedBy = QStringLiteral("ta-1");
        e.peoplePresent = QStringLiteral("Mrs Hughes (TA)");
    }
    items[2].peoplePresent = QStringLiteral("  mrs hughes (ta) ");
    CHECK(kindsOf(evidenceSufficiency(items, kToday)) == QList<Kind>{Kind::OneAdult});

    // One adult captured it all, but someone else was there: that is a second person.
    items[2].peoplePresent = QStringLiteral("Mrs Hughes (TA), speech and language therapist");
    CHECK(evidenceSufficiency(items, kToday).isEmpty());

    // Nobody named, but two members of staff captured it.
    for (EvidenceItem &e : items)
        e.peoplePresent.clear();
    items[1].capturedBy = QStringLiteral("ta-2");
    CHECK(evidenceSufficiency(items, kToday).isEmpty());
}

TEST_CASE("Sufficiency: all of it within one week", "[review][sufficiency]")
{
    QList<EvidenceItem> items = enough();
    items[0].capturedAt = QDateTime(QDate(2026, 11, 16), QTime(9, 0)); // Monday
    items[1].capturedAt = QDateTime(QDate(2026, 11, 18), QTime(9, 0));
    items[2].capturedAt = QDateTime(QDate(2026, 11, 22), QTime(9, 0)); // the Sunday of that week
    const QList<SufficiencyFinding> findings = evidenceSufficiency(items, kToday);
    REQUIRE(kindsOf(findings) == QList<Kind>{Kind::OneWeek});
    CHECK(findings.first().sentence.contains(QStringLiteral("16 November")));

    items[2].capturedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0)); // the next Monday
    CHECK(evidenceSufficiency(items, kToday).isEmpty());
}

TEST_CASE("Sufficiency: nothing in the last three weeks", "[review][sufficiency]")
{
    QList<EvidenceItem> items = enough();
    items[1].capturedAt = QDateTime(QDate(2026, 10, 20), QTime(9, 0));
    items[2].capturedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0)); // 21 days before today
    const QList<SufficiencyFinding> findings = evidenceSufficiency(items, kToday);
    REQUIRE(kindsOf(findings) == QList<Kind>{Kind::NothingRecent});
    CHECK(findings.first().sentence.contains(QStringLiteral("2 November")));

    items[2].capturedAt = QDateTime(QDate(2026, 11, 3), QTime(9, 0)); // 20 days: inside the three weeks
    CHECK(evidenceSufficiency(items, kToday).isEmpty());
}

TEST_CASE("Sufficiency: every item prompted", "[review][sufficiency]")
{
    QList<EvidenceItem> items = enough();
    items[2].promptLevel = PromptLevel::FullPhysical;
    CHECK(kindsOf(evidenceSufficiency(items, kToday)) == QList<Kind>{Kind::EveryItemPrompted});

    // An item without a prompt level is not known to be independent, so it changes nothing...
    items[2].promptLevel.reset();
    CHECK(kindsOf(evidenceSufficiency(items, kToday)) == QList<Kind>{Kind::EveryItemPrompted});

    // ...and when no item records a prompt level at all, there is nothing to say about prompting.
    for (EvidenceItem &e : items)
        e.promptLevel.reset();
    CHECK(evidenceSufficiency(items, kToday).isEmpty());
}

TEST_CASE("Sufficiency: a single old item raises every rule that applies, in a fixed order",
          "[review][sufficiency]")
{
    const QList<EvidenceItem> items{item(QDate(2026, 9, 15), QStringLiteral("classroom"),
                                         QStringLiteral("ta-1"), QString(), PromptLevel::Physical)};
    CHECK(kindsOf(evidenceSufficiency(items, kToday)) == QList<Kind>{Kind::OneSetting, Kind::OneAdult,
                                                                     Kind::OneWeek, Kind::NothingRecent,
                                                                     Kind::EveryItemPrompted});
}
