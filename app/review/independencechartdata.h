#pragma once

#include "review/targetreview.h"

#include <QStringList>
#include <QVariantList>

namespace Stride {

// The Independence chart of assessment week (qml/components/IndependenceChart.qml), worked out once
// for the review page and the moderation form, so the moderator and SLT see the very chart the
// teacher judged from.
struct IndependenceChartData
{
    // [{ x (0..1 across the term), step (0 full physical .. 4 independent), levelText, dayText,
    // evidenceId }]
    QVariantList points;
    QStringList steps;   // bottom to top
    QVariantList months; // [{ x, text }]
    double halfTermX = -1.0;
    QString sentence;
};

IndependenceChartData independenceChartData(const TargetReview &review);

// The chart's prompt levels, bottom (full physical) to top (independent), as independenceStep()
// numbers them.
QStringList promptStepNames();

// Where `day` falls across the term, 0 at its first day and 1 at its last: the x of the term's
// charts (the prompt levels, the weeks with evidence).
double termFraction(const Term &term, const QDate &day);

} // namespace Stride
