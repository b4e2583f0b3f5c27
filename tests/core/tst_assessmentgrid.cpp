// The class grid at assessment week and one target's review, read from a real store: counts,
// latest dates, thin evidence and judgements per cell; the targets a continued target carries on.

#include "review/assessmentgrid.h"
#include "review/nexttermtarget.h"
#include "review/targetreview.h"
#include "store/rowmapping.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::Testing;

namespace {

EvidenceItem evidenceFor(const MiniSchool &m, const Pupil &pupil, const Target &target, const QDateTime &when,
                         const QString &setting, const Staff &by, std::optional<PromptLevel> prompt)
{
    EvidenceItem item;
    item.id = newId();
    item.schoolId = m.school.id;
    item.kind = EvidenceKind::Written;
    item.capturedAt = when;
    item.capturedBy = by.id;
    item.setting = setting;
    item.promptLevel = prompt;
    item.note = QStringLiteral("Asked for a drink.");
    item.pupils = {{pupil.id, {target.id}}};
    return item;
}

Judgement judgementOf(const Target &target, const Staff &by, TargetStatus status, NextStep step,
                      const QDateTime &when, const QString &supersedes = {})
{
    Judgement j;
    j.id = newId();
    j.targetId = target.id;
    j.role = JudgementRole::Assessor;
    j.status = status;
    j.nextStep = step;
    j.judgedBy = by.id;
    j.judgedAt = when;
    j.supersedesId = supersedes;
    return j;
}

QDateTime at(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0));
}

const GridCell &cellOf(const AssessmentGrid &grid, const QString &targetId)
{
    for (const GridRow &row : grid.rows)
        for (const GridCell &cell : row.cells)
            if (cell.targetId == targetId)
                return cell;
    FAIL("no cell for the target");
    static GridCell none;
    return none;
}

} // namespace

TEST_CASE("The class grid counts, dates and judges each target of the term", "[review][grid]")
{
    TempStore t;
    const MiniSchool m = makeMiniSchool(t.store);
    const Target &drinks = m.avaTargets.at(0);
    const Target &thin = m.avaTargets.at(1);
    // Four items across settings, adults and weeks for the first target; one for the second.
    REQUIRE(t.store
                .save(evidenceFor(m, m.ava, drinks, at(9, 14), QStringLiteral("classroom"), m.assistant,
                                  PromptLevel::Physical))
                .ok);
    REQUIRE(t.store
                .save(evidenceFor(m, m.ava, drinks, at(10, 5), QStringLiteral("hall"), m.teacher,
                                  PromptLevel::Gestural))
                .ok);
    REQUIRE(t.store
                .save(evidenceFor(m, m.ava, drinks, at(11, 2), QStringLiteral("dining room"), m.assistant,
                                  PromptLevel::Independent))
                .ok);
    REQUIRE(t.store
                .save(evidenceFor(m, m.ava, drinks, at(11, 12), QStringLiteral("hall"), m.teacher,
                                  PromptLevel::Independent))
                .ok);
    REQUIRE(t.store
                .save(evidenceFor(m, m.ava, thin, at(9, 20), QStringLiteral("classroom"), m.assistant,
                                  PromptLevel::Spoken))
                .ok);
    // The third: every week or so, all in the classroom with one TA. Thin in breadth (the review
    // page says so), not in time: the grid does not mark it thin.
    const Target &narrow = m.avaTargets.at(2);
    for (const QDateTime &when : {at(10, 1), at(10, 15), at(11, 5), at(11, 16)})
        REQUIRE(t.store
                    .save(evidenceFor(m, m.ava, narrow, when, QStringLiteral("classroom"), m.assistant,
                                      PromptLevel::Independent))
                    .ok);
    // The first target judged, then a changed mind: only the later judgement stands.
    const Judgement first =
        judgementOf(drinks, m.teacher, TargetStatus::PartiallyMet, NextStep::Continue, at(11, 16));
    REQUIRE(t.store.save(first).ok);
    REQUIRE(
        t.store
            .save(judgementOf(drinks, m.teacher, TargetStatus::Met, NextStep::Replace, at(11, 17), first.id))
            .ok);

    const QDate today(2026, 11, 18);
    const AssessmentGrid grid = assessmentGrid(t.store, m.oak.id, m.term, today);
    CHECK(grid.deadline == QDate(2026, 11, 20)); // the Friday of assessment week
    REQUIRE(grid.rows.size() == 2);
    CHECK(grid.rows.at(0).pupil.id == m.ava.id);
    CHECK(grid.targetCount == m.avaTargets.size() + m.benTargets.size());
    CHECK(grid.judgedCount == 1);

    const GridCell &judged = cellOf(grid, drinks.id);
    CHECK(judged.evidenceCount == 4);
    CHECK(judged.latestEvidenceOn == QDate(2026, 11, 12));
    REQUIRE(judged.judged());
    CHECK(judged.judgement->status == TargetStatus::Met);
    CHECK(judged.judgement->nextStep == NextStep::Replace);
    CHECK_FALSE(judged.thinEvidence());
    CHECK_FALSE(judged.clash);

    const GridCell &one = cellOf(grid, thin.id);
    CHECK(one.evidenceCount == 1);
    CHECK_FALSE(one.judged());
    REQUIRE(one.thinEvidence());
    // All in one week, and nothing in the last three weeks.
    REQUIRE(one.thin.size() == 2);
    CHECK(one.thin.at(0).kind == SufficiencyFinding::Kind::OneWeek);
    CHECK(one.thin.at(1).kind == SufficiencyFinding::Kind::NothingRecent);

    const GridCell &breadth = cellOf(grid, narrow.id);
    CHECK(targetReview(t.store, narrow.id, today)->sufficiency.size() == 2); // one setting, one adult
    CHECK_FALSE(breadth.thinEvidence());

    // Ben has no evidence at all: every one of his targets is thin, and says so first.
    const GridCell &none = cellOf(grid, m.benTargets.first().id);
    CHECK(none.evidenceCount == 0);
    CHECK_FALSE(none.latestEvidenceOn.isValid());
    REQUIRE(none.thin.size() == 1);
    CHECK(none.thin.first().kind == SufficiencyFinding::Kind::NoEvidence);
    CHECK(grid.thinCount == grid.targetCount - 2);

    // The grid's thin evidence, read from the store's kept spans, is what the review page says
    // about time from the items themselves, cell by cell.
    for (const GridRow &row : grid.rows)
        for (const GridCell &cell : row.cells) {
            if (!cell.hasTarget())
                continue;
            const auto review = targetReview(t.store, cell.targetId, today); // held: the loop reads into it
            REQUIRE(review);
            QList<SufficiencyFinding> overTime;
            for (const SufficiencyFinding &f : review->sufficiency)
                if (f.kind == SufficiencyFinding::Kind::NoEvidence ||
                    f.kind == SufficiencyFinding::Kind::OneWeek ||
                    f.kind == SufficiencyFinding::Kind::NothingRecent)
                    overTime << f;
            CHECK(cell.thin == overTime);
        }

    // Every column is an area a Key Stage 2 pupil carries: no Preparing for Adulthood column.
    for (const AreaOfLearning &area : grid.areas)
        CHECK(area.kind == AreaKind::SendCodeOfPractice);
    for (const GridRow &row : grid.rows)
        CHECK(row.cells.size() == grid.areas.size());
}

TEST_CASE("The grid shows a clash, and Preparing for Adulthood columns for Key Stage 4", "[review][grid]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    const Target &drinks = m.avaTargets.at(0);
    // Two teachers judged it on two tablets offline, differently: a clash. It is still judged.
    REQUIRE(
        t.store.save(judgementOf(drinks, m.teacher, TargetStatus::Met, NextStep::Replace, at(11, 16))).ok);
    REQUIRE(t.store
                .save(judgementOf(drinks, m.seniorLeader, TargetStatus::PartiallyMet, NextStep::Continue,
                                  at(11, 16, 11)))
                .ok);
    // Ben moves up to Key Stage 4 (a test of the columns, not of the calendar).
    m.ben.keyStage = 4;
    m.ben.yearGroup = 10;
    REQUIRE(t.store.save(m.ben).ok);

    const AssessmentGrid grid = assessmentGrid(t.store, m.oak.id, m.term, QDate(2026, 11, 18));
    const GridCell &clash = cellOf(grid, drinks.id);
    CHECK(clash.clash);
    CHECK(clash.judged());

    REQUIRE(grid.rows.size() == 2);
    CHECK(grid.targetCount == m.avaTargets.size() + m.benTargets.size());

    // Ben is in Key Stage 4, so the Preparing for Adulthood areas are columns, open to him (a gap
    // in his plan where he has no target yet) and not to Ava.
    bool anyPfa = false;
    for (qsizetype c = 0; c < grid.areas.size(); ++c) {
        if (grid.areas.at(c).kind != AreaKind::PreparingForAdulthood)
            continue;
        anyPfa = true;
        CHECK_FALSE(grid.rows.at(0).cells.at(c).applies);
        CHECK(grid.rows.at(1).cells.at(c).applies);
        CHECK_FALSE(grid.rows.at(1).cells.at(c).hasTarget());
    }
    CHECK(anyPfa);
}

TEST_CASE("A target's review reads its figures, sufficiency, history and the targets it continues",
          "[review]")
{
    TempStore t;
    const MiniSchool m = makeMiniSchool(t.store);
    // Last term's target, with evidence, continued into this term's.
    Term summer;
    summer.id = newId();
    summer.schoolId = m.school.id;
    summer.name = QStringLiteral("Summer 2026");
    summer.startsOn = QDate(2026, 4, 15);
    summer.halfTermStartsOn = QDate(2026, 5, 25);
    summer.halfTermEndsOn = QDate(2026, 5, 29);
    summer.endsOn = QDate(2026, 7, 22);
    summer.applyStandardCycle();
    REQUIRE(t.store.save(summer).ok);
    const Ilp summerIlp{newId(), m.ava.id, summer.id, {}};
    REQUIRE(t.store.save(summerIlp).ok);
    Target last = m.avaTargets.at(0);
    last.id = newId();
    last.ilpId = summerIlp.id;
    REQUIRE(t.store.save(last).ok);
    REQUIRE(t.store
                .save(evidenceFor(m, m.ava, last, at(6, 3), QStringLiteral("classroom"), m.assistant,
                                  PromptLevel::FullPhysical))
                .ok);
    Target now = m.avaTargets.at(0);
    now.lineage = TargetLineage::Continues;
    now.lineageTargetId = last.id;
    REQUIRE(t.store.save(now).ok);
    REQUIRE(t.store
                .save(evidenceFor(m, m.ava, now, at(9, 14), QStringLiteral("classroom"), m.assistant,
                                  PromptLevel::Physical))
                .ok);
    REQUIRE(t.store
                .save(evidenceFor(m, m.ava, now, at(11, 9), QStringLiteral("hall"), m.teacher,
                                  PromptLevel::Gestural))
                .ok);

    const auto review =
        targetReview(t.store, now.id, QDate(2026, 11, 18), QLocale(QLocale::English, QLocale::UnitedKingdom));
    REQUIRE(review);
    CHECK(review->pupil.id == m.ava.id);
    CHECK(review->term.id == m.term.id);
    CHECK(review->evidenceCount == 2); // this term's only: last term's is listed with last term
    REQUIRE(review->earlier.size() == 1);
    CHECK(review->earlier.first().target.id == last.id);
    CHECK(review->earlier.first().term.name == QStringLiteral("Summer 2026"));
    CHECK(review->earlier.first().evidenceCount == 1);
    REQUIRE(review->figures.independence.points.size() == 2);
    CHECK(review->figures.independence.points.at(0).level == PromptLevel::Physical);
    CHECK(review->figures.generalisation.settings.size() == 2);
    CHECK(review->history.entries.isEmpty());
    // Two settings and two adults, but both items prompted.
    REQUIRE(review->sufficiency.size() == 1);
    CHECK(review->sufficiency.first().kind == SufficiencyFinding::Kind::EveryItemPrompted);

    CHECK_FALSE(targetReview(t.store, newId(), QDate(2026, 11, 18)));

    // Next term's target read from the store says so, in words, when the target's plan is not there.
    Target stray = now;
    stray.ilpId = newId();
    const NextTermTarget next = nextTermTarget(
        t.store, stray, judgementOf(now, m.teacher, TargetStatus::Met, NextStep::Continue, at(11, 16)));
    CHECK(next.refusal == NextTermTarget::Refusal::NotOnTablet);
    CHECK_FALSE(next.refusalSentence.isEmpty());
}

TEST_CASE("The store keeps each target's evidence count and span as evidence comes and goes",
          "[review][grid]")
{
    TempStore t;
    const MiniSchool m = makeMiniSchool(t.store);
    const Target &target = m.avaTargets.at(0);
    auto span = [&] { return t.store.evidenceSpansOfTargets({target.id}).value(target.id); };
    CHECK(span().count == 0);

    const EvidenceItem october =
        evidenceFor(m, m.ava, target, at(10, 5), QStringLiteral("hall"), m.teacher, {});
    const EvidenceItem september =
        evidenceFor(m, m.ava, target, at(9, 14), QStringLiteral("hall"), m.teacher, {});
    const EvidenceItem november =
        evidenceFor(m, m.ava, target, at(11, 12), QStringLiteral("hall"), m.teacher, {});
    REQUIRE(t.store.save(october).ok);
    REQUIRE(t.store.save(september).ok);
    CHECK(span() == EvidenceSpan{2, september.capturedAt.toUTC(), october.capturedAt.toUTC()});

    REQUIRE(t.store.save(november).ok);
    CHECK(span() == EvidenceSpan{3, september.capturedAt.toUTC(), november.capturedAt.toUTC()});

    // A row written again with another time (the store refuses such a change from a tablet, but
    // the span must not be left behind if one ever arrives) moves the span with it.
    EvidenceItem later = november;
    later.capturedAt = at(11, 19);
    REQUIRE(t.store.transaction([&] { return t.store.writeRow(RowMapping::toRow(later)); }));
    CHECK(span().last == later.capturedAt.toUTC());

    // Removing the earliest moves the start of the span on.
    t.store.setActingStaffId(m.teacher.id);
    REQUIRE(t.store.removeEvidenceItem(september.id).ok);
    CHECK(span() == EvidenceSpan{2, october.capturedAt.toUTC(), later.capturedAt.toUTC()});
}
