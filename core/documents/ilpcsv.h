#pragma once

#include "termend/ilprow.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The central ILP spreadsheet's data sheet as a CSV file (RFC 4180), for a school that keeps its
// own spreadsheet or loads it into another system: the same columns as the XLSX's "ILPs" sheet
// (core/documents/ilpsheetcolumns.h).
//  - UTF-8 with a byte order mark, so Excel shows "Zoë" and "Siobhán" as written;
//  - CRLF between records; a cell with a comma, a quote or a line break is quoted, its quotes
//    doubled, so a target's text comes back whole;
//  - a cell a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage
//    return; OWASP "CSV Injection") gets a leading apostrophe, so it is shown as the words typed
//    and never run.
namespace Stride::IlpCsv {

struct Result
{
    bool ok = false;
    QString message; // what was saved, or what went wrong and what to do, in plain words
    QString path;
    int rows = 0;
};

QByteArray bytes(const QList<IlpRow> &rows);
// One cell as written between the commas: neutralised, then quoted where it needs to be.
QByteArray field(const QString &value);
// Written to a temporary file beside `path` and renamed into place (QSaveFile): a full disk leaves
// any earlier file at `path` as it was, and says so.
Result write(const QList<IlpRow> &rows, const QString &path);

} // namespace Stride::IlpCsv
