#pragma once

#include "ilprow.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Stride {

class Store;

// The rows of the central ILP spreadsheet, read from what Stride already holds: one row per pupil
// per area per term that has a target, with what it came to (core/termend/targetoutcome.h, so the
// final status is SLT's word on the moderation form where there is one).
namespace IlpRows {

// Every target of the school's pupils in these terms (an empty list: every term), ordered by
// term, class, pupil and area. A few queries for the whole school, whatever its size: the whole
// spreadsheet for 200 pupils over six terms is made in under a second (docs/benchmarks.md).
QList<IlpRow> read(const Store &store, const QString &schoolId, const QStringList &termIds = {});

} // namespace IlpRows
} // namespace Stride
