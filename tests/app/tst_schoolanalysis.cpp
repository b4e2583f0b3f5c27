// SLT's whole-school analysis page model on the demo school: the current term to begin with, the
// figures counted from every target of the term's ILPs, the filters (a cohort with no targets says
// so), a term with nothing judged shown as such rather than as empty bars, the trend in date
// order, and nothing at all for a teacher or a TA.

#include "appfixture.h"

#include "store/store.h"
#include "termend/schoolanalysis.h"

#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::Testing;

namespace {

std::optional<Term> termNamed(DemoTablet &t, const QString &name)
{
    for (const Term &term : t.store().termsOfSchool(t.session().schoolId()))
        if (term.name == name)
            return term;
    return std::nullopt;
}

QStringList names(const QVariantList &list)
{
    QStringList n;
    for (const QVariant &item : list)
        n << item.toMap().value(QStringLiteral("name")).toString();
    return n;
}

// Counted from the store directly, not through the spreadsheet's rows: the targets of a term's
// ILPs and the pupils who have them, of the pupils `keep` keeps.
struct Expected
{
    int targets = 0;
    int pupils = 0;
};
Expected expected(DemoTablet &t, const QString &termId, const std::function<bool(const Pupil &)> &keep)
{
    Expected e;
    for (const SchoolClass &c : t.store().classesOfSchool(t.session().schoolId()))
        for (const Pupil &p : t.store().pupilsInClass(c.id)) {
            if (!keep(p))
                continue;
            const auto plan = t.store().ilpFor(p.id, termId);
            const int targets = plan ? int(t.store().targetsOfIlp(plan->id).size()) : 0;
            e.targets += targets;
            e.pupils += targets > 0 ? 1 : 0;
        }
    return e;
}

} // namespace

TEST_CASE("SLT read the whole school's targets at each status for the term", "[termend][analysis]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Claire")));
    const auto autumn = termNamed(t, QStringLiteral("Autumn 2026"));
    const auto summer = termNamed(t, QStringLiteral("Summer 2026"));
    REQUIRE(autumn);
    REQUIRE(summer);
    SchoolAnalysis analysis;
    analysis.setSession(&t.session());

    REQUIRE(analysis.allowed());
    CHECK(analysis.termId() == autumn->id);
    // Terms that have begun, newest first, then every term; Spring 2027 is still to come.
    CHECK(names(analysis.termChoices()) == QStringList{QStringLiteral("Autumn 2026"),
                                                       QStringLiteral("Summer 2026"),
                                                       QStringLiteral("All terms")});

    // Every target of the autumn ILPs is counted once; the demo has judged some of them.
    const Expected all = expected(t, autumn->id, [](const Pupil &) { return true; });
    const StatusBreakdown::StatusCounts &c = analysis.overallRow().counts;
    CHECK(c.total() == all.targets);
    CHECK(analysis.overallRow().pupils == all.pupils);
    CHECK(c.judged() > 0);
    CHECK(c.notJudged > 0);
    CHECK(analysis.hasFigures());
    CHECK(analysis.overall().size() == 1);
    CHECK(analysis.overallText().startsWith(
        QStringLiteral("Whole school: %1 of %2 judged targets Met or Exceeded")
            .arg(c.metOrExceeded())
            .arg(c.judged())));
    // The areas, classes and key stages add up to the whole school; the needs to more.
    const auto totalOf = [](const QVariantList &bars) {
        int sum = 0;
        for (const QVariant &bar : bars)
            sum += bar.toMap().value(QStringLiteral("total")).toInt();
        return sum;
    };
    CHECK(totalOf(analysis.byArea()) == c.total());
    CHECK(totalOf(analysis.byClass()) == c.total());
    CHECK(totalOf(analysis.byKeyStage()) == c.total());
    CHECK(names(analysis.byClass()).first().startsWith(QStringLiteral("Oak (")));
    CHECK(analysis.needNote().contains(QStringLiteral("counted under each")));
    // Each bar reads as a sentence.
    const QVariantMap firstArea = analysis.byArea().first().toMap();
    CHECK(firstArea.value(QStringLiteral("text"))
              .toString()
              .startsWith(firstArea.value(QStringLiteral("name")).toString() + QStringLiteral(": ")));

    // Last term was judged throughout.
    analysis.setTermId(summer->id);
    CHECK(analysis.overallRow().counts.total() ==
          expected(t, summer->id, [](const Pupil &) { return true; }).targets);
    CHECK(analysis.overallRow().counts.notJudged == 0);
    CHECK(analysis.hasFigures());

    // The trend runs oldest first, whatever term is shown, over the terms that have begun.
    CHECK(names(analysis.trendTerms()) ==
          QStringList{QStringLiteral("Summer 2026"), QStringLiteral("Autumn 2026")});
    CHECK(analysis.trend().size() == 2);
    CHECK(analysis.trendText().startsWith(
        QStringLiteral("Targets Met or Exceeded, term by term: Summer 2026 ")));
    CHECK_FALSE(analysis.trendByArea().isEmpty());
}

TEST_CASE("SLT narrow the analysis by class, key stage, need and area", "[termend][analysis]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("David")));
    SchoolAnalysis analysis;
    analysis.setSession(&t.session());
    REQUIRE(analysis.allowed());
    const QString termId = analysis.termId();
    CHECK_FALSE(analysis.filtered());

    QString oakId;
    for (const SchoolClass &c : t.store().classesOfSchool(t.session().schoolId()))
        if (c.name == QLatin1String("Oak"))
            oakId = c.id;
    REQUIRE_FALSE(oakId.isEmpty());
    analysis.setClassId(oakId);
    CHECK(analysis.filtered());
    const Expected oak = expected(t, termId, [&](const Pupil &p) { return p.classId == oakId; });
    CHECK(analysis.overallRow().counts.total() == oak.targets);
    CHECK(analysis.overallRow().pupils == oak.pupils);
    CHECK(analysis.byClass().size() == 1);
    CHECK(analysis.scopeText().startsWith(QStringLiteral("Autumn 2026, Oak: ")));

    // Oak is Key Stage 2: no Key Stage 3 pupil in it, and the page says so instead of drawing.
    analysis.setKeyStage(3);
    CHECK(analysis.overallRow().counts.total() == 0);
    CHECK_FALSE(analysis.hasFigures());
    CHECK(analysis.overall().isEmpty());
    CHECK(analysis.noFiguresHeading() == QStringLiteral("No targets"));
    CHECK(analysis.noFiguresText().contains(QStringLiteral("match these filters")));

    analysis.clearFilters();
    CHECK_FALSE(analysis.filtered());
    CHECK(analysis.termId() == termId);

    // A need: each pupil whose specific needs name it, however it was typed.
    analysis.setNeed(QStringLiteral("asd"));
    const Expected asd = expected(t, termId, [](const Pupil &p) {
        const QList<StatusBreakdown::Need> needs = StatusBreakdown::needsOf(p.specificNeeds);
        return std::any_of(needs.cbegin(), needs.cend(),
                           [](const StatusBreakdown::Need &n) { return n.label == QLatin1String("ASD"); });
    });
    CHECK(asd.pupils >= 2);
    CHECK(analysis.overallRow().pupils == asd.pupils);
    CHECK(analysis.overallRow().counts.total() == asd.targets);

    // An area on top: its targets only.
    const QVariantList areas = analysis.areaChoices();
    REQUIRE(areas.size() > 1);
    analysis.setAreaId(areas.at(1).toMap().value(QStringLiteral("value")).toString());
    CHECK(analysis.byArea().size() <= 1);
    CHECK(analysis.overallRow().pupils <= asd.pupils);
    CHECK(analysis.overallRow().counts.total() <= asd.targets);
}

TEST_CASE("A term with nothing judged says so rather than drawing empty bars", "[termend][analysis]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Claire")));
    SchoolAnalysis analysis;
    analysis.setSession(&t.session());
    // Next term, not begun: its ILPs (if rollover has made any) have no judgement.
    const auto spring = termNamed(t, QStringLiteral("Spring 2027"));
    REQUIRE(spring);
    analysis.setTermId(spring->id);
    CHECK(analysis.termName() == QStringLiteral("Spring 2027"));
    CHECK(analysis.overallRow().counts.judged() == 0);
    CHECK_FALSE(analysis.hasFigures());
    CHECK(analysis.overall().isEmpty());
    CHECK_FALSE(analysis.noFiguresText().isEmpty());
    CHECK(analysis.noFiguresText().contains(QStringLiteral("Spring 2027")));
}

TEST_CASE("The whole-school analysis is refused to teachers and TAs", "[termend][analysis]")
{
    for (const QString &who : {QStringLiteral("Hannah"), QStringLiteral("Priya")}) {
        DemoTablet t;
        REQUIRE(t.signInAs(who));
        SchoolAnalysis analysis;
        analysis.setSession(&t.session());
        CHECK_FALSE(analysis.allowed());
        CHECK(analysis.rows().isEmpty());
        CHECK(analysis.overall().isEmpty());
        CHECK(analysis.byArea().isEmpty());
        CHECK(analysis.trend().isEmpty());
        CHECK(analysis.termChoices().isEmpty());
        CHECK(analysis.refusedText() == QStringLiteral("The whole-school analysis is for senior leaders."));
        CHECK(analysis.summary() == QStringLiteral("not shown: not a senior leader"));
    }
}
