#pragma once

#include "validation.h"

#include <QDate>

namespace Stride {

// A term and the dates of each stage of the termly cycle (seed 000). The dates are data, not
// code: a school on six-weekly reviews or two plans a year sets its own.
struct Term
{
    QString id;
    QString schoolId;
    QString name;
    QDate startsOn;
    QDate halfTermStartsOn;
    QDate halfTermEndsOn;
    QDate endsOn;
    QDate assessmentWeekStartsOn;       // 5 weeks to go: every target judged
    QDate moderationWeekStartsOn;       // 4 weeks to go
    QDate progressMeetingsWeekStartsOn; // 3 weeks to go: data into the central spreadsheet
    QDate ilpDocumentsWeekStartsOn;     // 2 weeks to go: ILPs generated, page 1 home to parents
    QDate finalWeekStartsOn;            // last week: provision maps complete

    // Fills the five cycle dates the way seed 000 counts them: the Monday of the week 5, 4, 3, 2
    // and 1 weeks before the end of term.
    void applyStandardCycle();
    bool contains(const QDate &date) const { return date >= startsOn && date <= endsOn; }

    ValidationProblems validate() const;
    bool operator==(const Term &) const = default;
};

} // namespace Stride
