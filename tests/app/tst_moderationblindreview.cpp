// Blind moderation beyond the form: a teacher named as a form's moderator who has not judged it yet
// is not shown the class teacher's judgement on assessment week's pages either (the target's review
// and the class grid), and cannot judge the target as its assessor there; everyone else reads it as
// before (docs/moderation.md, "Blind moderation").

#include "appfixture.h"

#include "moderation/blindorder.h"
#include "review/assessmentgridmodel.h"
#include "review/targetreviewdetail.h"
#include "store/store.h"

#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::Testing;

TEST_CASE("A moderator who has not judged yet is not shown the assessor's judgement on the review pages",
          "[moderation][blind]")
{
    DemoTablet t;
    // The demo's meeting has a form waiting for its named moderator, its target judged by the
    // class teacher.
    std::optional<AssessmentModerationForm> waiting;
    for (const PlacedAssessmentForm &placed :
         t.store().placedAssessmentModerationForms(t.session().schoolId(), t.session().termId())) {
        const auto moderator = t.store().staff(placed.form.moderatorId);
        const QList<Judgement> judgements = t.store().judgementsOfTarget(placed.form.targetId);
        const bool assessed = std::any_of(judgements.cbegin(), judgements.cend(), [](const Judgement &j) {
            return j.role == JudgementRole::Assessor;
        });
        if (moderator && assessed && !mayShowAssessorJudgement(placed.form, judgements, *moderator)) {
            waiting = placed.form;
            break;
        }
    }
    REQUIRE(waiting);
    const auto moderator = t.store().staff(waiting->moderatorId);
    const auto assessor = t.store().staff(waiting->assessorId);
    REQUIRE(moderator);
    REQUIRE(assessor);

    REQUIRE(t.signInAs(moderator->firstName));
    CHECK(targetsModeratedBlindBy(t.store(), *moderator, t.session().termId()).contains(waiting->targetId));
    TargetReviewDetail review;
    review.setSession(&t.session());
    review.setTargetId(waiting->targetId);
    REQUIRE(review.found());
    CHECK(review.currentStatus() == 0);
    CHECK_FALSE(review.judged());
    for (const QVariant &entry : review.history())
        CHECK(entry.toMap().value(QStringLiteral("roleText")).toString() != toLabel(JudgementRole::Assessor));
    CHECK_FALSE(review.canJudge());
    CHECK(review.readOnlyText().startsWith(QStringLiteral("You are moderating this target")));
    CHECK_FALSE(review.judge(3, QStringLiteral("continue"), QStringLiteral("Can do it"), {}, {}));

    // The class grid, where this person can open the pupil's class at all.
    const auto target = t.store().target(waiting->targetId);
    const auto plan = target ? t.store().ilp(target->ilpId) : std::nullopt;
    const auto pupil = plan ? t.store().pupil(plan->pupilId) : std::nullopt;
    REQUIRE(pupil);
    AssessmentGridModel grid;
    grid.setSession(&t.session());
    grid.setClassId(pupil->classId);
    if (grid.className() == t.store().schoolClass(pupil->classId)->name) {
        for (int r = 0; r < grid.rowCount(); ++r)
            for (const QVariant &cell : grid.data(grid.index(r), AssessmentGridModel::CellsRole).toList())
                if (cell.toMap().value(QStringLiteral("targetId")).toString() == waiting->targetId) {
                    CHECK(cell.toMap().value(QStringLiteral("status")).toInt() == 0);
                    CHECK(cell.toMap().value(QStringLiteral("statusText")).toString() ==
                          QStringLiteral("Hidden while you moderate it"));
                }
    }

    // The class teacher reads their own judgement as before.
    REQUIRE(t.signInAs(assessor->firstName));
    review.setTargetId({});
    review.setTargetId(waiting->targetId);
    CHECK(review.currentStatus() > 0);
    CHECK(review.canJudge());
}
