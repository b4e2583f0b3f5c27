#pragma once

#include "../domain/staff.h"
#include "../domain/term.h"

#include <QDate>
#include <QList>
#include <QString>

// What is due soon for the person signed in, in words, for the top of their home page: "Assessment
// week ends Friday: 17 of 32 targets judged", "Moderation meeting next week: 3 forms to fill",
// "ILP documents go home Monday: 4 pupils not final". Every item follows the term's stage dates,
// which are the school's data (seed 000's termly cycle, six-weekly reviews, two plans a year): an
// item whose stage date is not set is never shown, and nothing here knows a calendar of its own.
namespace Stride {

class Store;

struct DueItem
{
    enum class Kind {
        Assessment,    // assessment week: targets judged (a TA: targets whose evidence is thin)
        Moderation,    // the moderation meeting: forms to fill, to moderate, awaiting SLT
        IlpDocuments,  // ILP documents go home: pupils whose new targets are not final
        ProvisionMaps, // next term's Provision Maps: pupils without interventions written
        ParentReplies, // the families who have not replied to the progress report
        Rollover,      // SLT: the agreed targets carried into next term's ILPs
        ClassMove      // SLT and the office: the year-end move to new classes
    };
    Kind kind = Kind::Assessment;
    QDate dueOn;       // the day it is due, or the first day of the week it happens in
    QString text;      // the whole line: "Assessment week ends Friday: 17 of 32 targets judged"
    bool done = false; // nothing left to do for it (said, so the person knows it is in hand)

    bool operator==(const DueItem &) const = default;
};

// How far ahead an item shows: two weeks before its stage.
constexpr int kDueLeadDays = 14;

// When a day falls, as said on the home page: "today", "tomorrow", "Friday" (within the week),
// "next week", "in 2 weeks"; a day gone: "Friday 20 November".
QString dueDayWords(const QDate &today, const QDate &day);
// When a week-long stage falls: "this week", "next week", "in 2 weeks"; a week gone: "the week of
// 16 November".
QString dueWeekWords(const QDate &today, const QDate &weekStartsOn);

// The items for `person` on `today` in `term` (the school's current term), soonest first,
// counted from the store with a few queries per item shown: a teacher's counts are of their
// classes, SLT's of the whole school; a TA sees only thin evidence at assessment week; the office
// only the class move.
QList<DueItem> dueItems(const Store &store, const Staff &person, const Term &term, const QDate &today);

} // namespace Stride
