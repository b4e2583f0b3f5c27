#pragma once

#include "review/targetreview.h"

#include <QStringList>
#include <QVariantList>

namespace Stride {

// The Independence chart of assessment week (qml/components/IndependenceChart.qml), for a
// moderation form: the same points, steps and months the review page draws, so the moderator
// and SLT see the chart the teacher judged from.
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

} // namespace Stride
