// Assessment week through the view models the pages bind to, on the demo school: the class grid
// and its deadline count, judging and changing one's mind, a TA reading only, Continue carrying a
// target into next term, Amend opening the editor with the checker, and the provision map.

#include "appfixture.h"

#include "review/assessmentgridmodel.h"
#include "review/judgementhistory.h"
#include "review/nexttermtarget.h"
#include "review/provisionmap.h"
#include "review/targeteditor.h"
#include "review/targetreviewdetail.h"
#include "store/store.h"

#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::Testing;

namespace {

QVariantMap cellFor(const AssessmentGridModel &grid, const QString &targetId)
{
    for (int r = 0; r < grid.rowCount(); ++r)
        for (const QVariant &cell : grid.data(grid.index(r), AssessmentGridModel::CellsRole).toList())
            if (cell.toMap().value(QStringLiteral("targetId")).toString() == targetId)
                return cell.toMap();
    return {};
}

// The first of the teacher's class's targets with no judgement yet.
Target unjudgedTarget(DemoTablet &t, const QString &classId)
{
    for (const Pupil &p : t.store().pupilsInClass(classId))
        for (const Target &target : t.targetsOf(p.id))
            if (t.store().judgementsOfTarget(target.id).isEmpty())
                return target;
    return {};
}

QString oakId(DemoTablet &t)
{
    return t.store().classByName(t.session().schoolId(), QStringLiteral("Oak"))->id;
}

// Hannah, Oak's class teacher, signed in on the demo and reviewing one of her class's targets that
// nobody has judged yet.
struct ReviewingUnjudged
{
    DemoTablet t;
    Target target;
    TargetReviewDetail review;

    ReviewingUnjudged()
    {
        REQUIRE(t.signInAs(QStringLiteral("Hannah")));
        target = unjudgedTarget(t, oakId(t));
        REQUIRE_FALSE(target.id.isEmpty());
        review.setSession(&t.session());
        review.setTargetId(target.id);
    }
};

} // namespace

TEST_CASE("The class grid counts the judged targets against the week's deadline", "[assessment]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Hannah"))); // Oak's class teacher
    AssessmentGridModel grid;
    grid.setSession(&t.session());
    CHECK(grid.className() == QStringLiteral("Oak")); // her own class, without asking
    CHECK(grid.classChoices().size() == 1);           // and only hers

    // The counts agree with the store, target by target.
    int targets = 0;
    int judged = 0;
    for (const Pupil &p : t.store().pupilsInClass(oakId(t)))
        for (const Target &target : t.targetsOf(p.id)) {
            ++targets;
            judged +=
                judgementHistory(t.store().judgementsOfTarget(target.id)).current(JudgementRole::Assessor)
                    ? 1
                    : 0;
        }
    REQUIRE(targets > 0);
    CHECK(grid.targetCount() == targets);
    CHECK(grid.judgedCount() == judged);
    CHECK(grid.rowCount() == t.store().pupilsInClass(oakId(t)).size());
    // The demo's today (Sunday 22 November) is after the Friday deadline.
    CHECK(grid.progressText() ==
          QStringLiteral("Was due Friday 20 November: %1 of %2 judged").arg(judged).arg(targets));

    // Not yet judged: every pupil shown has a target without a judgement, and the first one
    // offered is one of them.
    grid.setFilter(AssessmentGridModel::Filter::NotJudged);
    REQUIRE(grid.rowCount() > 0);
    const QString next = grid.firstUnjudgedTargetId();
    REQUIRE_FALSE(next.isEmpty());
    CHECK(t.store().judgementsOfTarget(next).isEmpty());
    CHECK(grid.filterText().startsWith(QStringLiteral("Showing")));

    // Judging it here moves the count, without anyone reloading the grid by hand.
    TargetReviewDetail review;
    review.setSession(&t.session());
    review.setTargetId(next);
    REQUIRE(review.judge(3, QStringLiteral("replace"), QStringLiteral("Asks for a drink with a symbol."),
                         QString(), QString()));
    CHECK(grid.judgedCount() == judged + 1);
    grid.setFilter(AssessmentGridModel::Filter::All);
    const QVariantMap cell = cellFor(grid, next);
    CHECK(cell.value(QStringLiteral("judged")).toBool());
    CHECK(cell.value(QStringLiteral("statusText")).toString() == QStringLiteral("3 Met"));
    CHECK(cell.value(QStringLiteral("nextStepText")).toString() == QStringLiteral("Replace"));
}

TEST_CASE("A senior leader chooses any class; the thin-evidence filter shows only thin targets",
          "[assessment]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Claire")));
    AssessmentGridModel grid;
    grid.setSession(&t.session());
    CHECK(grid.classChoices().size() == 3);
    const QString willow = t.store().classByName(t.session().schoolId(), QStringLiteral("Willow"))->id;
    grid.setClassId(willow);
    CHECK(grid.className() == QStringLiteral("Willow"));
    grid.setFilter(AssessmentGridModel::Filter::ThinEvidence);
    REQUIRE(grid.thinCount() > 0);
    int thin = 0;
    for (int r = 0; r < grid.rowCount(); ++r)
        for (const QVariant &v : grid.data(grid.index(r), AssessmentGridModel::CellsRole).toList()) {
            const QVariantMap cell = v.toMap();
            if (cell.value(QStringLiteral("matches")).toBool() &&
                cell.value(QStringLiteral("hasTarget")).toBool()) {
                CHECK(cell.value(QStringLiteral("thin")).toBool());
                CHECK_FALSE(cell.value(QStringLiteral("thinText")).toString().isEmpty());
                ++thin;
            }
        }
    CHECK(thin == grid.thinCount());
}

TEST_CASE("A changed mind supersedes the judgement; a TA reads and cannot judge", "[assessment]")
{
    ReviewingUnjudged f;
    DemoTablet &t = f.t;
    const Target &target = f.target;
    TargetReviewDetail &review = f.review;
    REQUIRE(review.found());
    CHECK(review.canJudge());
    CHECK(review.statusChoices().size() == 4);
    CHECK(review.nextStepChoices().size() == 3);
    CHECK_FALSE(review.judged());

    REQUIRE(review.judge(2, QStringLiteral("continue"), QStringLiteral("Points to the cup with a prompt."),
                         QStringLiteral("'Drink!'"), QString()));
    CHECK(review.currentStatus() == 2);
    CHECK(review.currentLearnerVoice() == QStringLiteral("'Drink!'"));
    // Saying the same again adds nothing to the history.
    REQUIRE(review.judge(2, QStringLiteral("continue"), QStringLiteral("Points to the cup with a prompt."),
                         QStringLiteral("'Drink!'"), QString()));
    CHECK(t.store().judgementsOfTarget(target.id).size() == 1);

    REQUIRE(review.judge(3, QStringLiteral("amend"), QStringLiteral("Asks for a drink every snack time."),
                         QString(), QStringLiteral("Mrs Patel's tally changed my mind.")));
    const QList<Judgement> all = t.store().judgementsOfTarget(target.id);
    REQUIRE(all.size() == 2);
    CHECK(all.at(1).supersedesId == all.at(0).id);
    const QVariantList history = review.history();
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).toMap().value(QStringLiteral("superseded")).toBool()); // crossed out
    CHECK(history.at(1).toMap().value(QStringLiteral("current")).toBool());
    CHECK(review.currentStatus() == 3);
    CHECK(review.currentNextStep() == QStringLiteral("amend"));

    // A TA on the same tablet: the judgements are there to read, the form is not.
    REQUIRE(t.signInAs(QStringLiteral("Priya")));
    CHECK_FALSE(review.canJudge());
    CHECK_FALSE(review.readOnlyText().isEmpty());
    CHECK(review.history().size() == 2);
    CHECK_FALSE(review.judge(4, QStringLiteral("replace"), QString(), QString(), QString()));
    CHECK(review.message() == review.readOnlyText());
    CHECK(t.store().judgementsOfTarget(target.id).size() == 2);
}

TEST_CASE("Continue carries the target into next term once; Amend opens it in the editor with the checker",
          "[assessment]")
{
    ReviewingUnjudged f;
    DemoTablet &t = f.t;
    const Target &target = f.target;
    TargetReviewDetail &review = f.review;
    REQUIRE_FALSE(t.session().nextTermId().isEmpty()); // Spring 2027, in the demo

    // Before a judgement there is nothing to carry.
    CHECK(review.continueTarget().isEmpty());
    CHECK_FALSE(review.message().isEmpty());

    REQUIRE(review.judge(2, QStringLiteral("continue"), QString(), QString(), QString()));
    const QString carried = review.continueTarget();
    REQUIRE_FALSE(carried.isEmpty());
    CHECK(review.continueTarget() == carried); // a second tap adds nothing
    const auto next = t.store().target(carried);
    REQUIRE(next);
    CHECK(next->lineage == TargetLineage::Continues);
    CHECK(next->lineageTargetId == target.id);
    CHECK(next->text == target.text);
    const auto ilp = t.store().ilp(next->ilpId);
    REQUIRE(ilp);
    CHECK(ilp->termId == t.session().nextTermId());
    CHECK(review.nextTermTargetId() == carried);

    // A changed mind: Amend. The editor opens on the same next-term target (one per area), now to edit.
    REQUIRE(review.judge(2, QStringLiteral("amend"), QString(), QString(), QString()));
    TargetEditor editor;
    editor.setSession(&t.session());
    editor.setFromTargetId(target.id);
    REQUIRE(editor.ready());
    CHECK(editor.termName() == t.session().nextTermName());
    CHECK(editor.previousText() == target.text);

    // The teacher types a vague target: the checker says so, in the guidance's terms.
    editor.setText(QStringLiteral("To develop his communication skills."));
    QStringList kinds;
    for (const QVariant &f : editor.findings())
        kinds << f.toMap().value(QStringLiteral("kind")).toString();
    CHECK(kinds.contains(QStringLiteral("verb")));
    CHECK(kinds.contains(QStringLiteral("criterion")));
    CHECK_FALSE(editor.suggestions().isEmpty());
    // ...and fixes what it flags.
    editor.setText(QStringLiteral("To ask for a drink at snack time using his PECS book, with no more than a "
                                  "gestural prompt, on 4 out of 5 days, 3 weeks in a row."));
    CHECK(editor.findings().isEmpty());
    // The aspects the words aim at are ticked for the teacher.
    bool independence = false;
    for (const QVariant &a : editor.aspects())
        if (a.toMap().value(QStringLiteral("key")).toString() == QStringLiteral("independence"))
            independence = a.toMap().value(QStringLiteral("chosen")).toBool();
    CHECK(independence);
    REQUIRE(editor.save());
    CHECK_FALSE(editor.dirty());
    CHECK(t.store().target(carried)->text.startsWith(QStringLiteral("To ask for a drink")));
}

TEST_CASE("Replace starts a blank target; saved with the checker's warnings, they are still there",
          "[assessment]")
{
    ReviewingUnjudged f;
    DemoTablet &t = f.t;
    const Target &target = f.target;
    TargetReviewDetail &review = f.review;
    REQUIRE(review.judge(3, QStringLiteral("replace"), QString(), QString(), QString()));

    TargetEditor editor;
    editor.setSession(&t.session());
    editor.setFromTargetId(target.id);
    REQUIRE(editor.ready());
    CHECK(editor.isNew());
    CHECK(editor.text().isEmpty());
    CHECK(editor.lineageText() == QStringLiteral("Replaces last term's target"));
    editor.setText(QStringLiteral("To improve his independence at lunch."));
    REQUIRE_FALSE(editor.findings().isEmpty());
    REQUIRE(editor.save()); // never blocked by the checker
    TargetEditor reopened;
    reopened.setSession(&t.session());
    reopened.setTargetId(review.nextTermTargetId());
    REQUIRE(reopened.ready());
    CHECK(reopened.text() == QStringLiteral("To improve his independence at lunch."));
    CHECK(reopened.findings().size() == editor.findings().size());
}

TEST_CASE("Next term's target is refused, in words, for a pupil who has left", "[assessment]")
{
    ReviewingUnjudged f;
    DemoTablet &t = f.t;
    const Target &target = f.target;
    TargetReviewDetail &review = f.review;
    REQUIRE(review.judge(3, QStringLiteral("continue"), QString(), QString(), QString()));
    Pupil leaver = *t.store().pupil(review.pupilId());
    leaver.leftOn = QDate(2026, 12, 18); // the end of the autumn term
    REQUIRE(t.store().save(leaver).ok);
    review.reload();
    CHECK(review.continueTarget().isEmpty());
    CHECK(review.message().contains(QStringLiteral("left the school on 18 December 2026")));
    TargetEditor editor;
    editor.setSession(&t.session());
    editor.setFromTargetId(target.id);
    CHECK_FALSE(editor.ready());
    CHECK(editor.problem().contains(QStringLiteral("left the school on 18 December 2026")));
}

TEST_CASE("The provision map edits next term's interventions and the additional provision", "[assessment]")
{
    ReviewingUnjudged f;
    DemoTablet &t = f.t;
    TargetReviewDetail &review = f.review;
    ProvisionMap map;
    map.setSession(&t.session());
    map.setPupilId(review.pupilId());
    // Nothing set for next term yet: the page says how to begin.
    CHECK_FALSE(map.ready());
    CHECK(map.problem().contains(t.session().nextTermName()));

    REQUIRE(review.judge(3, QStringLiteral("continue"), QString(), QString(), QString()));
    const QString carried = review.continueTarget();
    REQUIRE(map.ready());
    REQUIRE(map.rows().size() == 1);
    map.setProvision(carried, QStringLiteral("PECS book at snack time; Mrs Patel models the exchange."));
    map.setAdditionalProvision(QStringLiteral("Speech and language therapy block in the spring."));
    CHECK(map.dirty());
    REQUIRE(map.save());
    CHECK_FALSE(map.dirty());
    CHECK(t.store().target(carried)->provision.startsWith(QStringLiteral("PECS book")));
    CHECK(t.store()
              .ilp(t.store().target(carried)->ilpId)
              ->additionalProvision.startsWith(QStringLiteral("Speech")));

    // A TA may read it, not change it.
    REQUIRE(t.signInAs(QStringLiteral("Priya")));
    map.setAdditionalProvision(QStringLiteral("Changed by a TA"));
    CHECK_FALSE(map.save());
    CHECK(t.store()
              .ilp(t.store().target(carried)->ilpId)
              ->additionalProvision.startsWith(QStringLiteral("Speech")));
}
