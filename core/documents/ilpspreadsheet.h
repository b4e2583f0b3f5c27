#pragma once

#include "termend/ilprow.h"

#include <QList>
#include <QString>

// The central ILP spreadsheet as an Excel workbook (seed 000: "Information is entered into the
// central ILPs spreadsheet, and senior leaders analyse ILP data at a whole school level and by
// cohort"). Stride fills it from what the school already recorded:
//  - "ILPs": one row per pupil per area per term (core/documents/ilpsheetcolumns.h), with a frozen
//    header and a filter on every column;
//  - "By area", "By class", "By key stage", "By need", "By term": how many targets were Unmet,
//    Partially Met, Met or Exceeded in each cohort (core/termend/statusbreakdown.h, as on SLT's
//    analysis page), each with a native Excel chart of the shares.
// docs/spreadsheet.md describes every sheet and column.
namespace Stride::IlpSpreadsheet {

struct Result
{
    bool ok = false;
    QString message; // what was saved, or what went wrong and what to do, in plain words
    QString path;
    int rows = 0; // rows on the data sheet
};

// Written whole to a temporary file beside `path` and renamed into place: a full disk or a folder
// that cannot be written leaves any earlier spreadsheet at `path` as it was, and says so.
Result write(const QList<IlpRow> &rows, const QString &path);

// The analysis sheets, in the workbook's order: their names and what each counts by.
QStringList analysisSheetNames();

} // namespace Stride::IlpSpreadsheet
