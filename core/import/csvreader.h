#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Stride {

// Where a CSV file is wrong and what to do about it. The message is for the school office, so it
// names the line itself and says how to fix the file; toString() is the compiler-style form for logs.
struct CsvProblem
{
    QString file;
    int line = 0;   // 1-based; 0 when the problem is about the whole file
    int column = 0; // 1-based, in characters; 0 when the problem is about the whole line
    QString message;

    QString toString() const; // "pupils.csv:12:5: message"
};

struct CsvTable
{
    QString file;       // display name used in problems
    QStringList header; // trimmed header names

    struct Row
    {
        int line = 0; // where the record starts (1-based); a quoted value may carry it onto later lines
        QStringList fields;
        QList<int> fieldColumns; // column (1-based, in characters) where each field starts
    };
    // Only records with exactly header.size() fields are kept, so fields[columnIndex(...)] is always
    // safe; a record with the wrong count is reported as a problem instead.
    QList<Row> rows;

    int columnIndex(const QString &name) const; // case-insensitive, -1 if absent
};

struct CsvReadResult
{
    CsvTable table;
    QList<CsvProblem> problems;

    bool ok() const { return problems.isEmpty(); }
};

// A strict RFC 4180 reader (comma-delimited, UTF-8) that also accepts what spreadsheets really write:
// a UTF-8 BOM, CRLF / LF / lone-CR line endings, blank lines and rows of empty cells. Anything it
// cannot read unambiguously becomes a CsvProblem; every problem in the file is reported, not just the
// first, so the office can fix them all in one pass.
//
// Deliberate leniencies, each because refusing would only confuse the person fixing the file:
//  - spaces or tabs around a quoted value ( "Smith", "Jo" ) are ignored;
//  - a record whose cells are all empty (",,,," as Excel writes for formatted but empty rows) is
//    skipped like a blank line.
// Unquoted values are otherwise kept exactly as written (header names are trimmed); line breaks
// inside quoted values are returned as "\n" whatever the file used.
class CsvReader
{
public:
    static CsvReadResult read(const QByteArray &bytes, const QString &fileName);
    // Problems name the file by QFileInfo(path).fileName(); an unreadable file is one problem at line 0.
    static CsvReadResult readFile(const QString &path);
};

} // namespace Stride
