// Rollover (core/termend/rollover.h): at the term's end the agreed new targets become next term's
// ILPs, made exactly as a teacher's own "Continue into next term" makes them, so nothing is made
// twice; what cannot be made is named with the reason.
#include "testsupport.h"

#include "demo/demoschool.h"
#include "review/nexttermtarget.h"
#include "termend/rollover.h"
#include "termend/targetoutcome.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace Stride;
using namespace Stride::Testing;

namespace {

struct Demo
{
    TempStore t;
    QString schoolId;
    Term autumn;
    Term spring;

    Demo()
    {
        const DemoSchool::Result r = DemoSchool::load(t.store);
        INFO(r.message.toStdString());
        REQUIRE(r.ok);
        schoolId = r.schoolId;
        autumn = *t.store.currentTerm(schoolId, QDate(2026, 12, 15));
        spring = *nextTermAfter(t.store.termsOfSchool(schoolId), autumn);
    }

    Staff person(const QString &firstName) const
    {
        for (const Staff &s : t.store.staffOfSchool(schoolId))
            if (s.firstName == firstName)
                return s;
        FAIL("No " << firstName.toStdString() << " in the demo school");
        return {};
    }
};

const RolloverLine *lineOf(const QList<RolloverLine> &lines, const QString &fromTargetId)
{
    for (const RolloverLine &l : lines)
        if (l.fromTargetId == fromTargetId)
            return &l;
    return nullptr;
}

} // namespace

TEST_CASE("Rollover: the preview sorts every target of the term into made, there, or not made and why",
          "[termend][rollover]")
{
    Demo demo;
    const RolloverPreview preview = rolloverPreview(demo.t.store, demo.autumn);
    REQUIRE(preview.problem.isEmpty());
    REQUIRE(preview.nextTerm);
    CHECK(preview.nextTerm->id == demo.spring.id);
    REQUIRE_FALSE(preview.toMake.isEmpty());
    REQUIRE_FALSE(preview.cannotMake.isEmpty());

    int autumnTargets = 0;
    for (const Pupil &p : demo.t.store.pupilsOfSchool(demo.schoolId))
        if (const auto ilp = demo.t.store.ilpFor(p.id, demo.autumn.id))
            autumnTargets += int(demo.t.store.targetsOfIlp(ilp->id).size());
    CHECK(preview.toMake.size() + preview.alreadyThere.size() + preview.cannotMake.size() == autumnTargets);

    for (const RolloverLine &line : preview.toMake) {
        // The same id a teacher's "Continue into next term" gives it, in the pupil's spring ILP.
        CHECK(line.target.id == nextTermTargetId(line.fromTargetId, demo.spring.id));
        CHECK(line.target.lineageTargetId == line.fromTargetId);
        REQUIRE(line.action);
        CHECK(*line.action != NextStep::Replace);
        CHECK(line.target.text == line.fromText);
    }
    bool sawReplace = false;
    bool sawUnjudged = false;
    for (const RolloverLine &line : preview.cannotMake) {
        CHECK(line.reason.startsWith(line.pupilName + QStringLiteral(", ") + line.areaName +
                                     QStringLiteral(": ")));
        if (line.action == NextStep::Replace) {
            sawReplace = true;
            CHECK(line.reason.contains(QLatin1String("Replace needs a new target written")));
        }
        sawUnjudged = sawUnjudged || line.reason.endsWith(QLatin1String("has not been judged."));
    }
    CHECK(sawReplace);
    CHECK(sawUnjudged);
}

TEST_CASE("Rollover: a target the teacher already carried forward is not made twice; apply makes the rest",
          "[termend][rollover]")
{
    Demo demo;
    Store &store = demo.t.store;
    const RolloverPreview before = rolloverPreview(store, demo.autumn);
    REQUIRE_FALSE(before.toMake.isEmpty());

    // The class teacher carries one target forward themselves, from its review.
    const RolloverLine first = before.toMake.first();
    const Target autumnTarget = *store.target(first.fromTargetId);
    Judgement standing;
    standing.targetId = autumnTarget.id;
    standing.nextStep = first.action;
    const NextTermTarget own = nextTermTarget(store, autumnTarget, standing);
    REQUIRE(own.ok());
    if (own.newIlp)
        REQUIRE(store.save(*own.newIlp));
    REQUIRE(store.save(own.target));

    const RolloverPreview preview = rolloverPreview(store, demo.autumn);
    CHECK(lineOf(preview.toMake, first.fromTargetId) == nullptr);
    const RolloverLine *there = lineOf(preview.alreadyThere, first.fromTargetId);
    REQUIRE(there);
    CHECK(there->target.id == own.target.id);
    CHECK(preview.toMake.size() == before.toMake.size() - 1);

    const RolloverResult result = applyRollover(store, preview);
    INFO(result.message.toStdString());
    REQUIRE(result.ok);
    CHECK(result.targetsMade == preview.toMake.size());
    CHECK(result.ilpsMade == preview.ilpsToMake.size());

    // Every pupil with targets this term has a spring ILP with one target per area carried, and
    // the teacher's own target is the one there.
    for (const RolloverLine &line : preview.toMake) {
        const auto made = store.target(line.target.id);
        REQUIRE(made);
        CHECK(made->text == line.fromText);
        CHECK(store.ilp(made->ilpId)->termId == demo.spring.id);
    }
    const auto ownIlp = store.ilpFor(first.pupilId, demo.spring.id);
    REQUIRE(ownIlp);
    QSet<QString> areas;
    for (const Target &t : store.targetsOfIlp(ownIlp->id)) {
        CHECK_FALSE(areas.contains(t.areaId));
        areas.insert(t.areaId);
    }

    // Again: nothing left to make, nothing made.
    const RolloverPreview after = rolloverPreview(store, demo.autumn);
    CHECK(after.toMake.isEmpty());
    CHECK(after.ilpsToMake.isEmpty());
    CHECK(after.cannotMake.size() == preview.cannotMake.size());
    const RolloverResult again = applyRollover(store, after);
    CHECK(again.ok);
    CHECK(again.targetsMade == 0);
}

TEST_CASE("Rollover: SLT's final word decides the action; leavers and a missing next term",
          "[termend][rollover]")
{
    Demo demo;
    Store &store = demo.t.store;
    const RolloverPreview before = rolloverPreview(store, demo.autumn);
    const RolloverLine continued = before.toMake.first();

    // SLT's final word: Replace. The target can no longer be carried as it was.
    Judgement final;
    final.id = linkId(continued.fromTargetId, QStringLiteral("final"));
    final.targetId = continued.fromTargetId;
    final.role = JudgementRole::Final;
    final.status = TargetStatus::Exceeded;
    final.nextStep = NextStep::Replace;
    final.judgedBy = demo.person(QStringLiteral("Claire")).id;
    final.judgedAt = QDateTime(QDate(2026, 11, 27), QTime(15, 0), Qt::UTC);
    REQUIRE(store.save(final));
    CHECK(targetOutcome(store.judgementsOfTargets({continued.fromTargetId})).action == NextStep::Replace);
    const RolloverPreview afterFinal = rolloverPreview(store, demo.autumn);
    CHECK(lineOf(afterFinal.toMake, continued.fromTargetId) == nullptr);
    const RolloverLine *replace = lineOf(afterFinal.cannotMake, continued.fromTargetId);
    REQUIRE(replace);
    CHECK(replace->reason.contains(QLatin1String("Replace needs a new target written")));

    // A pupil leaving at Christmas has no spring ILP made.
    Pupil leaver = *store.pupil(continued.pupilId);
    leaver.leftOn = QDate(2026, 12, 18);
    REQUIRE(store.save(leaver));
    const RolloverPreview withoutLeaver = rolloverPreview(store, demo.autumn);
    for (const QList<RolloverLine> *lines :
         {&withoutLeaver.toMake, &withoutLeaver.alreadyThere, &withoutLeaver.cannotMake})
        for (const RolloverLine &l : *lines)
            CHECK(l.pupilId != leaver.id);
    CHECK(withoutLeaver.pupilCount == before.pupilCount - 1);

    // The spring term has no term after it: nothing can be rolled over, and it says why.
    const RolloverPreview noNext = rolloverPreview(store, demo.spring);
    CHECK(noNext.problem.startsWith(QLatin1String("There is no term after Spring 2027 yet.")));
    CHECK_FALSE(applyRollover(store, noNext).ok);
}
