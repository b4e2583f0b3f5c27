#pragma once

#include "domain/evidenceitem.h"

#include <QDate>
#include <QList>
#include <QString>

// Before a teacher judges a target: is there enough evidence, of enough kinds, to judge it
// safely? Each finding is a sentence the teacher can act on (go and look for it somewhere else,
// with someone else, this week). None of them stops a judgement: a target with no evidence at all
// can still be judged (issue 10), the page only says so first.
namespace Stride {

struct SufficiencyFinding
{
    enum class Kind {
        NoEvidence,        // nothing linked to the target
        OneSetting,        // every item in one setting, or no setting recorded at all
        OneAdult,          // one adult captured it all, and no one else is named as present
        OneWeek,           // every item from the same week
        NothingRecent,     // nothing in the three weeks up to today
        EveryItemPrompted, // prompt levels recorded, none of them independent
    };
    Kind kind;
    QString sentence;

    bool operator==(const SufficiencyFinding &) const = default;
};

// `items` are the target's evidence for the period being judged; `today` is the day of the review.
QList<SufficiencyFinding> evidenceSufficiency(const QList<EvidenceItem> &items, const QDate &today);

// The findings about time alone, from how many items there are and the days of the first and the
// latest: no evidence, all in one week, nothing in the last three weeks. evidenceSufficiency()
// gives the same ones among the rest; the class grid marks a target thin with these, read from
// the store's kept counts without reading the items.
QList<SufficiencyFinding> timeFindings(int count, const QDate &firstDay, const QDate &lastDay,
                                       const QDate &today);

} // namespace Stride
