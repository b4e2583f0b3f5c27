// The termly cycle as the header and the term's timeline show it: both are read from one list, so
// they name the same stage on every day of the term.

#include "appfixture.h"

#include "session.h"

#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::Testing;

namespace {

// The timeline's entry marked current, or an empty map.
QVariantMap currentStage(const Session &session)
{
    for (const QVariant &v : session.termCalendar())
        if (v.toMap().value(QStringLiteral("current")).toBool())
            return v.toMap();
    return {};
}

} // namespace

TEST_CASE("The header's stage and the timeline's Now are the same stage", "[session]")
{
    DemoTablet t;
    // The demo term: assessment week from 16 November, progress meetings from 30 November.
    Session inAssessment(t.store(), QDate(2026, 11, 22));
    CHECK(currentStage(inAssessment).value(QStringLiteral("label")).toString() ==
          QStringLiteral("Assessment week"));
    CHECK(inAssessment.termStage() == QStringLiteral("Now: assessment week"));

    Session inMeetings(t.store(), QDate(2026, 12, 2));
    const QVariantMap now = currentStage(inMeetings);
    CHECK(now.value(QStringLiteral("label")).toString() == QStringLiteral("Pupil progress meetings"));
    CHECK(inMeetings.termStage() == QStringLiteral("Now: pupil progress meetings"));
    // What a tap on the stage shows: when it is and what happens then.
    CHECK(now.value(QStringLiteral("when")).toString() == QStringLiteral("The week of Monday 30 November"));
    CHECK(now.value(QStringLiteral("about")).toString().contains(QStringLiteral("spreadsheet")));

    // Every day of the term has exactly one current stage, and the header names it.
    const QDate start = QDate::fromString(inMeetings.termStartIso(), Qt::ISODate);
    REQUIRE(start.isValid());
    for (QDate day = start; day <= QDate(2026, 12, 18); day = day.addDays(1)) {
        Session s(t.store(), day);
        int current = 0;
        for (const QVariant &v : s.termCalendar())
            current += v.toMap().value(QStringLiteral("current")).toBool() ? 1 : 0;
        INFO(day.toString(Qt::ISODate).toStdString());
        CHECK(current == 1);
        CHECK(s.termStage().startsWith(QStringLiteral("Now: ")));
    }
}
