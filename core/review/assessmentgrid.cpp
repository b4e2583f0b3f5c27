#include "assessmentgrid.h"

#include "aspectfigures.h"
#include "judgementhistory.h"

#include "store/store.h"

#include <QHash>
#include <QSet>

namespace Stride {

QDate assessmentDeadline(const Term &term)
{
    if (!term.assessmentWeekStartsOn.isValid())
        return {};
    // The cycle dates are Mondays; a school that starts its week another day still has its
    // deadline on the fifth school day.
    return term.assessmentWeekStartsOn.addDays(4);
}

AssessmentGrid assessmentGrid(const Store &store, const QString &classId, const Term &term,
                              const QDate &today)
{
    AssessmentGrid grid;
    grid.term = term;
    grid.deadline = assessmentDeadline(term);

    struct Plan
    {
        Pupil pupil;
        QList<Target> targets;
    };
    QList<Plan> plans;
    QStringList targetIds;
    for (const Pupil &pupil : store.pupilsInClass(classId)) {
        Plan plan{pupil, {}};
        if (const auto ilp = store.ilpFor(pupil.id, term.id))
            plan.targets = store.targetsOfIlp(ilp->id);
        for (const Target &t : plan.targets)
            targetIds << t.id;
        plans << plan;
    }

    // The columns: every area some pupil carries, in the school's order (the send areas first,
    // then Preparing for Adulthood, as the school sorted them).
    QSet<QString> carried;
    for (const Plan &plan : plans)
        for (const Target &t : plan.targets)
            carried.insert(t.areaId);
    for (const AreaOfLearning &area : store.areasOfSchool(term.schoolId)) {
        bool used = carried.contains(area.id);
        for (const Plan &plan : plans)
            used = used || area.appliesTo(plan.pupil.keyStage);
        if (used)
            grid.areas << area;
    }
    QHash<QString, qsizetype> column;
    for (qsizetype i = 0; i < grid.areas.size(); ++i)
        column.insert(grid.areas.at(i).id, i);

    const QHash<QString, EvidenceSpan> spans = store.evidenceSpansOfTargets(targetIds);
    QHash<QString, QList<Judgement>> judgements;
    for (const Judgement &j : store.judgementsOfTargets(targetIds))
        judgements[j.targetId] << j;

    auto cellFor = [&](const Target &t) {
        GridCell cell;
        cell.areaId = t.areaId;
        cell.applies = true;
        cell.targetId = t.id;
        cell.targetText = t.text;
        const EvidenceSpan span = spans.value(t.id);
        cell.evidenceCount = span.count;
        cell.latestEvidenceOn = localDay(span.last);
        cell.thin = timeFindings(span.count, localDay(span.first), cell.latestEvidenceOn, today);
        const JudgementHistory history = judgementHistory(judgements.value(t.id));
        cell.judgement = history.current(JudgementRole::Assessor);
        for (const JudgementClash &clash : history.clashes)
            cell.clash = cell.clash || clash.role == JudgementRole::Assessor;
        return cell;
    };

    for (const Plan &plan : plans) {
        GridRow row{plan.pupil, {}};
        for (const AreaOfLearning &area : grid.areas) {
            GridCell empty;
            empty.areaId = area.id;
            empty.applies = area.appliesTo(plan.pupil.keyStage);
            row.cells << empty;
        }
        for (const Target &t : plan.targets) {
            const qsizetype c = column.value(t.areaId, -1);
            if (c < 0)
                continue; // not reachable: every carried area is a column
            row.cells[c] = cellFor(t);
            ++grid.targetCount;
            grid.judgedCount += row.cells.at(c).judged() ? 1 : 0;
            grid.thinCount += row.cells.at(c).thinEvidence() ? 1 : 0;
        }
        grid.rows << row;
    }
    return grid;
}

} // namespace Stride
