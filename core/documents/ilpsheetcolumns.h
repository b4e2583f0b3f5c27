#pragma once

#include "termend/ilprow.h"

#include <QDate>
#include <QList>
#include <QString>

// The columns of the central ILP spreadsheet's data sheet, one row per pupil per area per term:
// the XLSX (ilpspreadsheet.h) and the CSV (ilpcsv.h) write the same columns in the same order, so
// a school that moves between them finds every column where it was. docs/spreadsheet.md says what
// each one means and where it comes from.
namespace Stride::IlpSheetColumns {

// One cell: words, a number or a date, or nothing (a status nobody has given yet).
struct Cell
{
    enum class Kind {
        Empty,
        Text,
        Number,
        Date
    };
    Kind kind = Kind::Empty;
    QString text;
    double number = 0;
    QDate date;

    static Cell words(const QString &text);
    static Cell count(double number);
    static Cell day(const QDate &date);
    // The cell as a CSV or a reader shows it: dates as 2026-11-23, which Excel reads as a date in
    // every country; whole numbers without a decimal point.
    QString toText() const;
    bool operator==(const Cell &) const = default;
};

// How a column is laid out in the XLSX.
enum class Width {
    Narrow, // numbers, years, statuses
    Medium, // names, areas, dates
    Wide    // a target, its EHCP outcomes: wrapped
};

struct Column
{
    const char *header = nullptr; // untranslated: headers() gives it in the reader's language
    Width width = Width::Medium;
    Cell (*cellOf)(const IlpRow &row) = nullptr;
};

const QList<Column> &all();
QStringList headers();
QList<Cell> cellsOf(const IlpRow &row);

// "1 Unmet", "2 Partially Met", "3 Met", "4 Exceeded": the seed's numbers with their words, so a
// filter in Excel lists them in order and a person reads them without a key.
QString statusText(TargetStatus status);

} // namespace Stride::IlpSheetColumns
