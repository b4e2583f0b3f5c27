#pragma once

#include "targetoutcome.h"

#include "../domain/areaoflearning.h"
#include "../domain/pupil.h"
#include "../domain/term.h"

#include <QList>
#include <QString>
#include <optional>

namespace Stride {

class Store;

// Everything one pupil's ILP document prints (seed 000, "ILP Template"): page 1, the review of last
// term's targets and the new term's targets, and page 2, the Provision Map. Read once from the
// store; the ILP, the parents' progress report, the cover letter's merge and the readiness check
// all print or check these same values.
struct IlpDocumentData
{
    // One row of "<OLD TERM> ILP Targets": last term's target in an area and what it came to.
    struct ReviewRow
    {
        QString areaId;
        QString areaName; // "Communication and Interaction"
        AreaKind areaKind = AreaKind::SendCodeOfPractice;
        QString targetId;      // empty when the area had no target last term
        QString targetText;    // the target as it stands now, with its success criteria
        TargetOutcome outcome; // status (the final one where SLT gave it) and action
    };
    // One row of "<NEW TERM> ILP Targets" and of the Provision Map.
    struct NewTargetRow
    {
        QString areaId;
        QString areaName;
        AreaKind areaKind = AreaKind::SendCodeOfPractice;
        QString targetId; // empty when the area has no target for the new term yet
        QString targetText;
        QString provision; // "Interventions and Strategies": what the class teacher writes in
    };

    Pupil pupil;
    QString className;  // empty when the pupil has no class
    QString schoolName; // printed at the top of the parents' cover letter
    // The class's teachers ("Sam Jones and Priya Patel"), for the cover letter's signature.
    QString classTeachers;
    Term newTerm;                // the term the document is for ("Spring 2027")
    std::optional<Term> oldTerm; // the term before it by start date ("Autumn 2026"), if there is one
    bool hasNewIlp = false;      // an ILP has been started for the new term
    QString additionalProvision; // "Additional/General Provision" of the new term's ILP

    // In the school's order of areas: the SEND Code of Practice areas, always, with an empty row to
    // write in where there is no target, as on paper; then the Preparing for Adulthood pathways a
    // pupil at Key Stage 4 or 5 had or has a target in. Any other area with a target is listed too.
    QList<ReviewRow> review;
    QList<NewTargetRow> newTargets;

    QString oldTermName() const { return oldTerm ? oldTerm->name : QString(); }
    // The new term's targets that have words in them.
    int newTargetCount() const;

    // A few queries whatever the number of areas. A pupil or term that is not in the store gives
    // data with an empty pupil id.
    static IlpDocumentData read(const Store &store, const QString &pupilId, const QString &newTermId);
};

} // namespace Stride
