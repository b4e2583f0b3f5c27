#pragma once

#include "../domain/ilp.h"
#include "../domain/target.h"
#include "../domain/term.h"
#include "../domain/vocabulary.h"

#include <QList>
#include <QString>
#include <optional>

// At the term's end the agreed new targets become next term's ILPs (seed 000: "By the end of the
// final week of each term, all Individual Learning Plans have been updated to include final agreed
// targets for the new term"). For every pupil on roll with targets this term, next term's ILP is
// made if it is missing and, in each area, the target the standing next step asks for: Continue
// and Amend carry the target's words, links and provision (Amend for the class teacher to adjust).
// The action is the one that stands for the target (targetOutcome: SLT's final word on the
// moderation form first). The targets are made exactly as a teacher's own "Continue into next term"
// makes them (nextTermTarget, same ids), so a target a teacher already carried is not made twice.
namespace Stride {

class Store;

struct RolloverLine
{
    QString pupilId;
    QString pupilName; // "Ava Smith"
    QString className;
    QString areaName;
    QString fromTargetId; // this term's target
    QString fromText;
    std::optional<NextStep> action;
    // toMake: the target as it will be saved, and the pupil's new ILP if they have none yet.
    // alreadyThere: the target next term's ILP holds in that area.
    Target target;
    std::optional<Ilp> newIlp;
    QString reason; // cannotMake: why, in a sentence naming the pupil and area; else a note
};

struct RolloverPreview
{
    Term term;
    std::optional<Term> nextTerm;
    QString problem; // why nothing can be rolled over at all (no next term), else empty
    QList<RolloverLine> toMake;
    QList<RolloverLine> alreadyThere;
    QList<RolloverLine> cannotMake;
    // Pupils with targets this term and no ILP for next term, whose ILP is made even where none of
    // their targets can be (a Replace to write goes into it).
    QList<Ilp> ilpsToMake;

    int pupilCount = 0; // pupils on roll with targets this term
};

// What rolling `term` over into the term after it would make, from the store as it is now.
RolloverPreview rolloverPreview(const Store &store, const Term &term);

struct RolloverResult
{
    bool ok = false;
    int ilpsMade = 0;
    int targetsMade = 0;
    QString message; // what was done, or why nothing was
};

// Saves the preview's new ILPs and targets in one transaction: all of them or none. A target or
// ILP made on another tablet since the preview (the same id) is saved over with the same values.
RolloverResult applyRollover(Store &store, const RolloverPreview &preview);

} // namespace Stride
