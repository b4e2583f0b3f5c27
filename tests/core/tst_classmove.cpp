// The year-end class move (core/termend/classmove.h): the preview of who goes where, SLT's own
// choices, applying it in one go, the leavers, and a moved pupil's history still theirs: the new
// class team reads every earlier term of it.
#include "testsupport.h"

#include "demo/demoschool.h"
#include "review/targetreview.h"
#include "termend/classmove.h"

#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::Testing;

namespace {

struct Demo
{
    TempStore t;
    QString schoolId;
    Term summer;
    Term autumn;
    SchoolClass oak, willow, rowan;

    Demo()
    {
        const DemoSchool::Result r = DemoSchool::load(t.store);
        INFO(r.message.toStdString());
        REQUIRE(r.ok);
        schoolId = r.schoolId;
        summer = *t.store.currentTerm(schoolId, QDate(2026, 7, 20));
        autumn = *t.store.currentTerm(schoolId, QDate(2026, 11, 20));
        oak = *t.store.classByName(schoolId, QStringLiteral("Oak"));
        willow = *t.store.classByName(schoolId, QStringLiteral("Willow"));
        rowan = *t.store.classByName(schoolId, QStringLiteral("Rowan"));
        // Oak moves up to Willow, Willow to Rowan; Rowan keeps its pupils until they leave.
        oak.nextClassId = willow.id;
        willow.nextClassId = rowan.id;
        REQUIRE(t.store.save(oak));
        REQUIRE(t.store.save(willow));
    }
};

const ClassMoveLine &lineOf(const ClassMovePreview &preview, const QString &pupilId)
{
    for (const ClassMoveLine &l : preview.lines)
        if (l.pupil.id == pupilId)
            return l;
    FAIL("The pupil is not in the preview");
    return preview.lines.first();
}

} // namespace

TEST_CASE("Class move: the preview sends each class to its next class a year up; the oldest leave",
          "[termend][classmove]")
{
    Demo demo;
    const ClassMovePreview preview = classMovePreview(demo.t.store, demo.summer);
    REQUIRE(preview.problem.isEmpty());
    const QList<Pupil> pupils = demo.t.store.pupilsOfSchool(demo.schoolId);
    REQUIRE(preview.lines.size() == pupils.size());
    int oldest = 0;
    for (const Pupil &p : pupils)
        oldest = std::max(oldest, p.yearGroup);

    int leaving = 0;
    for (const Pupil &p : pupils) {
        const ClassMoveLine &line = lineOf(preview, p.id);
        if (p.yearGroup == oldest) {
            ++leaving;
            CHECK(line.leaves);
            CHECK(line.note == QStringLiteral("Leaves: Year %1 is the school's last year").arg(oldest));
            continue;
        }
        CHECK_FALSE(line.leaves);
        CHECK(line.toYearGroup == p.yearGroup + 1);
        CHECK(line.toKeyStage == Pupil::keyStageForYear(p.yearGroup + 1));
        if (p.classId == demo.oak.id)
            CHECK(line.toClassName == QLatin1String("Willow"));
        else if (p.classId == demo.willow.id)
            CHECK(line.toClassName == QLatin1String("Rowan"));
        else {
            CHECK(line.toClassId == demo.rowan.id); // no next class: stays
            CHECK(line.note == QLatin1String("Stays: Rowan has no next class set"));
        }
    }
    CHECK(leaving > 0);
    CHECK(preview.leavingCount() == leaving);
    CHECK(preview.movingCount() == pupils.size() - leaving);
    // Sorted by class, then name: Oak's pupils first.
    CHECK(preview.lines.first().fromClassName == QLatin1String("Oak"));

    // Autumn is not the end of a school year: no move, and it says so.
    const ClassMovePreview autumn = classMovePreview(demo.t.store, demo.autumn);
    CHECK(autumn.lines.isEmpty());
    CHECK(autumn.problem.startsWith(QLatin1String("Autumn 2026 is not the last term of the school year")));
    CHECK_FALSE(applyClassMove(demo.t.store, autumn).ok);
}

TEST_CASE("Class move: SLT change a destination, then apply moves everyone at once, and only once",
          "[termend][classmove]")
{
    Demo demo;
    Store &store = demo.t.store;
    ClassMovePreview preview = classMovePreview(store, demo.summer);
    const QList<Pupil> oakPupils = store.pupilsInClass(demo.oak.id);
    REQUIRE(oakPupils.size() >= 2);
    const Pupil staysInOak = oakPupils.at(0);
    const Pupil movesUp = oakPupils.at(1);
    const Pupil leaves = store.pupilsInClass(demo.willow.id).first();

    CHECK(preview.setDestination(staysInOak.id, demo.oak.id));
    CHECK(preview.setDestination(leaves.id, {}));
    CHECK_FALSE(preview.setDestination(staysInOak.id, QStringLiteral("not-a-class")));
    CHECK(lineOf(preview, staysInOak.id).chosenBySlt);
    CHECK(lineOf(preview, staysInOak.id).toClassName == QLatin1String("Oak"));
    CHECK(lineOf(preview, leaves.id).leaves);

    const ClassMoveResult result = applyClassMove(store, preview);
    INFO(result.message.toStdString());
    REQUIRE(result.ok);
    CHECK(result.moved == preview.movingCount());
    CHECK(result.left == preview.leavingCount());

    const Pupil stayed = *store.pupil(staysInOak.id);
    CHECK(stayed.classId == demo.oak.id);
    CHECK(stayed.yearGroup == staysInOak.yearGroup + 1);
    const Pupil moved = *store.pupil(movesUp.id);
    CHECK(moved.classId == demo.willow.id);
    CHECK(moved.yearGroup == movesUp.yearGroup + 1);
    CHECK(moved.keyStage == Pupil::keyStageForYear(moved.yearGroup));
    const Pupil left = *store.pupil(leaves.id);
    CHECK(left.leftOn == demo.summer.endsOn);
    CHECK(left.classId == leaves.classId); // their class and records stay
    CHECK(left.yearGroup == leaves.yearGroup);

    // The same preview again changes nothing: every pupil has moved since it was made.
    const ClassMoveResult again = applyClassMove(store, preview);
    CHECK_FALSE(again.ok);
    CHECK(again.message.contains(QLatin1String("has changed since this preview")));
    CHECK(store.pupil(moved.id)->yearGroup == movesUp.yearGroup + 1);
}

TEST_CASE("Class move: a moved pupil's earlier terms stay theirs, read by the new class team",
          "[termend][classmove]")
{
    Demo demo;
    Store &store = demo.t.store;
    // A pupil who moves up (not a leaver) with an autumn target that continues a summer one.
    const ClassMovePreview preview = classMovePreview(store, demo.summer);
    QString pupilId;
    QString newClassId;
    QString continuingTargetId;
    for (const ClassMoveLine &line : preview.lines) {
        const auto ilp = store.ilpFor(line.pupil.id, demo.autumn.id);
        for (const Target &t : ilp ? store.targetsOfIlp(ilp->id) : QList<Target>())
            if (t.lineage == TargetLineage::Continues && !line.leaves &&
                line.toClassId != line.pupil.classId && pupilId.isEmpty()) {
                pupilId = line.pupil.id;
                newClassId = line.toClassId;
                continuingTargetId = t.id;
            }
    }
    REQUIRE_FALSE(pupilId.isEmpty());
    const int evidenceBefore = int(store.evidence(EvidenceFilter{pupilId, {}, {}, {}, {}, {}}, 1000).size());
    const auto reviewBefore = targetReview(store, continuingTargetId, QDate(2026, 11, 20));
    REQUIRE(reviewBefore);
    REQUIRE_FALSE(reviewBefore->earlier.isEmpty());

    const ClassMoveResult result = applyClassMove(store, preview);
    REQUIRE(result.ok);
    REQUIRE(store.pupil(pupilId)->classId == newClassId);

    // The new class's team finds the pupil in their class, with the summer and autumn ILPs,
    // targets, judgements and evidence as they were.
    bool inNewClass = false;
    for (const Pupil &p : store.pupilsInClass(newClassId))
        inNewClass = inNewClass || p.id == pupilId;
    CHECK(inNewClass);
    for (const Term &term : {demo.summer, demo.autumn}) {
        const auto ilp = store.ilpFor(pupilId, term.id);
        REQUIRE(ilp);
        CHECK_FALSE(store.targetsOfIlp(ilp->id).isEmpty());
    }
    CHECK(store.evidence(EvidenceFilter{pupilId, {}, {}, {}, {}, {}}, 1000).size() == evidenceBefore);
    const auto review = targetReview(store, continuingTargetId, QDate(2026, 11, 20));
    REQUIRE(review);
    CHECK(review->pupil.classId == newClassId);
    CHECK(review->earlier.size() == reviewBefore->earlier.size());
    CHECK(review->earlier.first().target.id == reviewBefore->earlier.first().target.id);
    CHECK(review->history.entries.size() == reviewBefore->history.entries.size());
}
