#pragma once

#include "../domain/pupil.h"
#include "../domain/term.h"

#include <QList>
#include <QString>
#include <optional>

// The year-end class move (seed 000: "At the end of the summer term, these complete and updated
// documents are handed over to a new class or staff team"): who goes where, previewed, changed by
// SLT pupil by pupil, then applied. Each pupil goes up a year (key stage worked out again) to
// their class's next class (SchoolClass::nextClassId). A class with no next class keeps its pupils
// (special schools often teach several years in one class), and pupils already in the school's
// last year leave at the end of the term. History is the pupil's: ILPs, targets, evidence and
// judgements are held by pupil, so the new class team sees every earlier term.
namespace Stride {

class Store;

// Whether `term` is the last of its school year, after which pupils move up a year: the term
// after it (if the school has added it) begins in a later school year (school years turn on
// 1 August), or, with no term after it yet, it ends between June and August. Read from the
// terms' dates.
bool endsSchoolYear(const Term &term, const QList<Term> &schoolTerms);

// The term whose end the next class move is at, on `today`: the first term ending a school year
// that ended no more than eight weeks ago (the summer holidays) or is still to end.
std::optional<Term> classMoveTerm(const QList<Term> &schoolTerms, const QDate &today);
// The first day the move may be made: the term's final week (or its last five days).
QDate classMoveOpensOn(const Term &term);

struct ClassMoveLine
{
    Pupil pupil; // as held now
    QString fromClassName;
    QString toClassId; // empty when the pupil leaves
    QString toClassName;
    int toYearGroup = 0;
    int toKeyStage = 0;
    bool leaves = false;
    bool chosenBySlt = false; // changed from what the classes' next classes say
    QString note;             // why they leave or stay, in a few words
};

struct ClassMovePreview
{
    Term term;                  // the term the move happens at the end of
    QString problem;            // why no move can be made (not the end of a school year), else empty
    QList<ClassMoveLine> lines; // on-roll pupils, by class then name
    // The school's classes a pupil may be sent to: { id, name }.
    QList<std::pair<QString, QString>> classes;

    int movingCount() const;
    int leavingCount() const;
    // SLT's choice for one pupil: a class of the school, or empty for "leaves at the end of term".
    // False if the pupil or class is not in the preview.
    bool setDestination(const QString &pupilId, const QString &classId);
};

// The move at the end of `term` for its school, from the store as it is now. The school's last
// year is Year 14, or its oldest pupils' year if lower.
ClassMovePreview classMovePreview(const Store &store, const Term &term);

struct ClassMoveResult
{
    bool ok = false;
    int moved = 0;
    int left = 0;
    QString message;
};

// Saves every pupil of the preview in one transaction, all or none. Refused, with nothing saved,
// when a pupil's class or year has changed since the preview (moved on another tablet, or the
// move already made): preview again.
ClassMoveResult applyClassMove(Store &store, const ClassMovePreview &preview);

} // namespace Stride
