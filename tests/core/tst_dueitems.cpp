// What is due for the person signed in, on their home page (core/termend/dueitems.h): each item's
// words at dates across the demo's autumn term, for a teacher, SLT, a TA and the office; a school
// on six-weekly reviews whose stage dates are its own; and an unset stage date showing nothing.
#include "testsupport.h"

#include "demo/demoschool.h"
#include "moderation/moderationqueue.h"
#include "review/assessmentgrid.h"
#include "termend/dueitems.h"
#include "termend/ilpdocumentdata.h"
#include "termend/ilpreadiness.h"

#include <catch2/catch.hpp>

// The words compared, printed as words when a check fails.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

using namespace Stride;
using namespace Stride::Testing;

namespace {

struct Demo
{
    TempStore t;
    QString schoolId;

    Demo()
    {
        const DemoSchool::Result r = DemoSchool::load(t.store);
        INFO(r.message.toStdString());
        REQUIRE(r.ok);
        schoolId = r.schoolId;
    }

    Staff person(const QString &firstName) const
    {
        for (const Staff &s : t.store.staffOfSchool(schoolId))
            if (s.firstName == firstName)
                return s;
        FAIL("No " << firstName.toStdString() << " in the demo school");
        return {};
    }

    Term termOn(const QDate &day) const { return *t.store.currentTerm(schoolId, day); }

    QStringList texts(const QString &firstName, const QDate &day) const
    {
        return textsOf(dueItems(t.store, person(firstName), termOn(day), day));
    }

    static QStringList textsOf(const QList<DueItem> &items)
    {
        QStringList texts;
        for (const DueItem &i : items)
            texts << i.text;
        return texts;
    }

    // The class grid's own count, which the home page must agree with.
    QString judgedOf(const QString &firstName, const QDate &day) const
    {
        const Staff who = person(firstName);
        int judged = 0;
        int total = 0;
        for (const QString &classId : who.classIds) {
            const AssessmentGrid grid = assessmentGrid(t.store, classId, termOn(day), day);
            judged += grid.judgedCount;
            total += grid.targetCount;
        }
        return QStringLiteral("%1 of %2 targets judged").arg(judged).arg(total);
    }
};

std::optional<DueItem> itemOf(const QList<DueItem> &items, DueItem::Kind kind)
{
    for (const DueItem &i : items)
        if (i.kind == kind)
            return i;
    return std::nullopt;
}

} // namespace

TEST_CASE("Due items: when a day or a week falls, in the home page's words", "[termend][dueitems]")
{
    const QDate friday(2026, 11, 20);
    CHECK(dueDayWords(friday, friday) == QLatin1String("today"));
    CHECK(dueDayWords(QDate(2026, 11, 19), friday) == QLatin1String("tomorrow"));
    CHECK(dueDayWords(QDate(2026, 11, 16), friday) == QLatin1String("Friday"));
    CHECK(dueDayWords(friday, QDate(2026, 11, 23)) == QLatin1String("Monday"));
    CHECK(dueDayWords(QDate(2026, 11, 16), QDate(2026, 11, 23)) == QLatin1String("next week"));
    CHECK(dueDayWords(QDate(2026, 11, 13), QDate(2026, 11, 23)) == QLatin1String("in 2 weeks"));
    CHECK(dueDayWords(QDate(2026, 11, 2), friday) == QLatin1String("in 2 weeks"));
    CHECK(dueDayWords(QDate(2026, 11, 23), friday) == QLatin1String("Friday 20 November"));
    CHECK(dueWeekWords(QDate(2026, 11, 25), QDate(2026, 11, 23)) == QLatin1String("this week"));
    CHECK(dueWeekWords(friday, QDate(2026, 11, 23)) == QLatin1String("next week"));
    CHECK(dueWeekWords(QDate(2026, 11, 9), QDate(2026, 11, 23)) == QLatin1String("in 2 weeks"));
}

TEST_CASE("Due items: a teacher's home page across the demo's autumn term", "[termend][dueitems]")
{
    Demo demo;
    const Staff hannah = demo.person(QStringLiteral("Hannah"));

    // Half term: nothing is due within two weeks.
    CHECK(demo.texts(QStringLiteral("Hannah"), QDate(2026, 10, 28)).isEmpty());

    // Two weeks before assessment week: it is coming, with the count so far.
    const QDate early(2026, 11, 2);
    CHECK(
        demo.texts(QStringLiteral("Hannah"), early) ==
        QStringList{QStringLiteral("Assessment week starts in 2 weeks: ") + demo.judgedOf("Hannah", early)});

    // In assessment week, the Friday deadline (the class grid's count), and the meeting coming.
    const QDate wednesday(2026, 11, 18);
    const QStringList midWeek = demo.texts(QStringLiteral("Hannah"), wednesday);
    REQUIRE(midWeek.size() == 2);
    CHECK(midWeek.at(0) ==
          QStringLiteral("Assessment week ends Friday: ") + demo.judgedOf("Hannah", wednesday));
    CHECK(midWeek.at(1).startsWith(QLatin1String("Moderation meeting next week: ")));
    const QDate friday(2026, 11, 20);
    CHECK(demo.texts(QStringLiteral("Hannah"), friday).first() ==
          QStringLiteral("Assessment week ends today: ") + demo.judgedOf("Hannah", friday));

    // Moderation week: the forms the queue has for her, in its own counts.
    const QDate meeting(2026, 11, 25);
    const QList<DueItem> atMeeting = dueItems(demo.t.store, hannah, demo.termOn(meeting), meeting);
    const auto moderation = itemOf(atMeeting, DueItem::Kind::Moderation);
    REQUIRE(moderation);
    const ModerationQueue queue = moderationQueue(demo.t.store, hannah, demo.termOn(meeting).id);
    QStringList parts;
    if (!queue.mineToFill.isEmpty())
        parts << QStringLiteral("%1 form%2 to fill")
                     .arg(queue.mineToFill.size())
                     .arg(queue.mineToFill.size() == 1 ? "" : "s");
    if (!queue.toModerate.isEmpty())
        parts << QStringLiteral("%1 to moderate").arg(queue.toModerate.size());
    REQUIRE_FALSE(parts.isEmpty());
    CHECK(moderation->text ==
          QStringLiteral("Moderation meeting this week: ") + parts.join(QStringLiteral(", ")));
    CHECK(moderation->dueOn == QDate(2026, 11, 23));

    // The Friday before the ILP documents go home: the pupils whose new targets are not final.
    const QDate beforeDocuments(2026, 12, 4);
    const Term autumn = demo.termOn(beforeDocuments);
    const QString spring = demo.t.store.termsOfSchool(demo.schoolId).last().id;
    int notFinal = 0;
    for (const Pupil &p : demo.t.store.pupilsInClass(hannah.classIds.first())) {
        const IlpReadiness r = ilpReadiness(IlpDocumentData::read(demo.t.store, p.id, spring));
        notFinal += (!r.newTargetsFinal || !r.canPrint()) ? 1 : 0;
    }
    REQUIRE(notFinal > 0);
    const auto documents =
        itemOf(dueItems(demo.t.store, hannah, autumn, beforeDocuments), DueItem::Kind::IlpDocuments);
    REQUIRE(documents);
    CHECK(documents->text == QStringLiteral("ILP documents go home Monday: %1 pupil%2 not final")
                                 .arg(notFinal)
                                 .arg(notFinal == 1 ? "" : "s"));
    CHECK_FALSE(documents->done);

    // The ILP documents week: they go home today; the Provision Maps are due at the end of term.
    const QStringList documentsWeek = demo.texts(QStringLiteral("Hannah"), QDate(2026, 12, 7));
    REQUIRE(documentsWeek.size() == 2);
    CHECK(documentsWeek.at(0).startsWith(QLatin1String("ILP documents go home today: ")));
    CHECK(
        documentsWeek.at(1).startsWith(QLatin1String("Provision maps due by the end of term (next week): ")));
    CHECK(documentsWeek.at(1).endsWith(QLatin1String("without interventions written")));

    // The last week: the Provision Maps by Friday, and the families yet to reply; no ILP documents.
    const QList<DueItem> lastWeek = dueItems(demo.t.store, hannah, autumn, QDate(2026, 12, 15));
    CHECK_FALSE(itemOf(lastWeek, DueItem::Kind::IlpDocuments));
    const auto maps = itemOf(lastWeek, DueItem::Kind::ProvisionMaps);
    REQUIRE(maps);
    CHECK(maps->text.startsWith(QLatin1String("Provision maps due by the end of term (Friday): ")));
    CHECK_FALSE(itemOf(lastWeek, DueItem::Kind::Rollover)); // SLT's
}

TEST_CASE("Due items: SLT count the whole school and see the rollover; the office the class move",
          "[termend][dueitems]")
{
    Demo demo;
    const QDate wednesday(2026, 11, 18);
    int judged = 0;
    int total = 0;
    for (const SchoolClass &c : demo.t.store.classesOfSchool(demo.schoolId)) {
        const AssessmentGrid grid = assessmentGrid(demo.t.store, c.id, demo.termOn(wednesday), wednesday);
        judged += grid.judgedCount;
        total += grid.targetCount;
    }
    const QStringList claire = demo.texts(QStringLiteral("Claire"), wednesday);
    REQUIRE_FALSE(claire.isEmpty());
    CHECK(claire.first() ==
          QStringLiteral("Assessment week ends Friday: %1 of %2 targets judged").arg(judged).arg(total));

    const QList<DueItem> lastWeek = dueItems(demo.t.store, demo.person(QStringLiteral("Claire")),
                                             demo.termOn(QDate(2026, 12, 15)), QDate(2026, 12, 15));
    const auto rollover = itemOf(lastWeek, DueItem::Kind::Rollover);
    REQUIRE(rollover);
    CHECK(rollover->text.startsWith(QLatin1String("Term ends Friday: ")));
    CHECK(rollover->text.endsWith(QLatin1String("into Spring 2027")));
    // Autumn is not the end of the school year: no class move.
    CHECK_FALSE(itemOf(lastWeek, DueItem::Kind::ClassMove));

    // The office sees nothing of assessment, but at the summer term's last week, the class move.
    CHECK(demo.texts(QStringLiteral("Julie"), wednesday).isEmpty());
    const QDate summerLastWeek(2026, 7, 20);
    CHECK(demo.termOn(summerLastWeek).name == QLatin1String("Summer 2026"));
    CHECK(demo.texts(QStringLiteral("Julie"), summerLastWeek) ==
          QStringList{QStringLiteral("Pupils move up to their new classes Wednesday: check who goes where")});
    const auto claireSummer = dueItems(demo.t.store, demo.person(QStringLiteral("Claire")),
                                       demo.termOn(summerLastWeek), summerLastWeek);
    CHECK(itemOf(claireSummer, DueItem::Kind::ClassMove));
}

TEST_CASE("Due items: a teaching assistant sees only the thin evidence at assessment week",
          "[termend][dueitems]")
{
    Demo demo;
    const QDate wednesday(2026, 11, 18);
    const Staff priya = demo.person(QStringLiteral("Priya"));
    const AssessmentGrid grid =
        assessmentGrid(demo.t.store, priya.classIds.first(), demo.termOn(wednesday), wednesday);
    REQUIRE(grid.thinCount > 0);
    CHECK(demo.texts(QStringLiteral("Priya"), wednesday) ==
          QStringList{QStringLiteral("Assessment week ends Friday: evidence for %1 target%2 is thin")
                          .arg(grid.thinCount)
                          .arg(grid.thinCount == 1 ? "" : "s")});
    // No moderation meeting, ILP documents or Provision Maps: those are the teachers'.
    CHECK(demo.texts(QStringLiteral("Priya"), QDate(2026, 11, 25)).isEmpty());
    CHECK(demo.texts(QStringLiteral("Priya"), QDate(2026, 12, 7)).isEmpty());
}

TEST_CASE("Due items: a school on six-weekly reviews sets its own stage dates; unset stages show nothing",
          "[termend][dueitems]")
{
    Demo demo;
    const Staff hannah = demo.person(QStringLiteral("Hannah"));
    Term sixWeekly = demo.termOn(QDate(2026, 11, 18));
    // Seed 002: evaluated every six weeks, ready for the end of each half term. No moderation
    // meeting, no ILP documents week, no final week in its cycle.
    sixWeekly.assessmentWeekStartsOn = QDate(2026, 10, 12);
    sixWeekly.moderationWeekStartsOn = {};
    sixWeekly.progressMeetingsWeekStartsOn = {};
    sixWeekly.ilpDocumentsWeekStartsOn = {};
    sixWeekly.finalWeekStartsOn = {};

    const QList<DueItem> review = dueItems(demo.t.store, hannah, sixWeekly, QDate(2026, 10, 14));
    REQUIRE(review.size() == 1);
    CHECK(review.first().text.startsWith(QLatin1String("Assessment week ends Friday: ")));
    CHECK(review.first().dueOn == QDate(2026, 10, 16));
    // The dates the demo's standard cycle has are not this school's: nothing at all then.
    for (const QDate &day :
         {QDate(2026, 11, 18), QDate(2026, 11, 25), QDate(2026, 12, 4), QDate(2026, 12, 15)})
        CHECK(Demo::textsOf(dueItems(demo.t.store, hannah, sixWeekly, day)).isEmpty());

    // Two plans a year (seed 004): a review in February, the only stage that school dates.
    Term twoPlans = sixWeekly;
    twoPlans.assessmentWeekStartsOn = {};
    CHECK(dueItems(demo.t.store, hannah, twoPlans, QDate(2026, 10, 14)).isEmpty());
}
