#pragma once

#include "evidencesufficiency.h"

#include "domain/areaoflearning.h"
#include "domain/judgement.h"
#include "domain/pupil.h"
#include "domain/term.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// A class at assessment week, as the teacher plans the week (seed 000: "all targets are judged"):
// one row per pupil, one column per area of learning, and in each cell the target, how much
// evidence it has this term and how recent, whether it is judged yet and, once judged, how. It is
// read from the store in a handful of queries whatever the size of the school's history, because
// a teacher opens it many times a day that week.
namespace Stride {

class Store;

struct GridCell
{
    QString areaId;
    bool applies = false; // the area is one this pupil carries a target in (PfA from Key Stage 4)
    QString targetId;     // empty: no target in this area yet (a gap in the plan)
    QString targetText;
    int evidenceCount = 0;
    QDate latestEvidenceOn;
    // Too little evidence over time (none, all in one week, nothing in the last three weeks): the
    // review page says these with the rest of its sufficiency findings before judging.
    QList<SufficiencyFinding> thin;
    // The class teacher's (assessor's) judgement that stands, if any.
    std::optional<Judgement> judgement;
    bool clash = false; // two judgements disagree (two tablets offline)

    bool hasTarget() const { return !targetId.isEmpty(); }
    bool judged() const { return judgement.has_value(); }
    // Thin evidence, for the grid's filter: too little to show the skill over time. The breadth
    // findings (one setting, one adult, always prompted) matter for some targets and not others,
    // and need every item read, so the review page says them beside the target's aims.
    bool thinEvidence() const { return hasTarget() && !thin.isEmpty(); }
};

struct GridRow
{
    Pupil pupil;
    QList<GridCell> cells; // one per AssessmentGrid::areas, in that order (the store holds one
                           // target per area of an ILP)
};

struct AssessmentGrid
{
    Term term;
    QList<AreaOfLearning> areas; // the columns: the areas any pupil of the class carries
    QList<GridRow> rows;         // pupils in the class's order
    int targetCount = 0;
    int judgedCount = 0;
    int thinCount = 0;
    // The day every target should be judged by: the Friday of the term's assessment week.
    QDate deadline;
};

// `today` is the day the sufficiency rules read "the last three weeks" from.
AssessmentGrid assessmentGrid(const Store &store, const QString &classId, const Term &term,
                              const QDate &today);

// The Friday of a term's assessment week (invalid if the term has no assessment week).
QDate assessmentDeadline(const Term &term);

} // namespace Stride
