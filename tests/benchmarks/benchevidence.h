#pragma once

#include "domain/term.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QRandomGenerator;

namespace Stride {
class Store;
}

// Evidence for the benchmarks, recorded the way staff record it: mostly one pupil and one or two of
// their targets, sometimes a small group of classmates, on the term's school days, tagged with a
// prompt level (less support as the term goes on), a setting, the people present and now and then
// a measure. Saved through Store::save, so every item is validated and change-logged as on a
// tablet.
namespace BenchEvidence {

// A pupil evidence can be about: the targets it may show and the staff who may record it. A pupil
// (or target) listed more than once is picked that many times as often, which is how a benchmark
// makes some pupils and targets busier than others.
struct Pupil
{
    QString pupilId;
    QString classId;
    QStringList targetIds;
    QStringList staffIds;
};

// The weekdays of `term` outside half term, up to and including `until`.
QList<QDate> schoolDays(const Stride::Term &term, const QDate &until);

// Adds `count` items about `pupils` on the school days of `term` up to `until`, in transactions of
// 1,000. Returns the store's message for the first item it refused, or "" when all were saved.
QString add(Stride::Store &store, const QString &schoolId, const QList<Pupil> &pupils,
            const Stride::Term &term, const QDate &until, int count, QRandomGenerator &random);

} // namespace BenchEvidence
