#pragma once

#include "csvreader.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// What each import file is called and which columns it has. Kept apart from the importer so the
// docs, the app's file picker and the header check all read the same list.
namespace Stride {

// In dependency order: a later kind may refer to records of an earlier one, so the importer
// works through them in this order whatever order the files were given in.
enum class ImportKind {
    Classes,
    Staff,
    Pupils,
    EhcpOutcomes,
    Targets
};

QList<ImportKind> allImportKinds();
// The file name the office is asked to use: "classes.csv", "staff.csv", "pupils.csv",
// "ehcp_outcomes.csv", "targets.csv".
QString importFileName(ImportKind kind);
// The kind a file holds, from its name ("Pupils.CSV" too); nullopt when the name is not one of them.
std::optional<ImportKind> importKindForFileName(const QString &fileName);

struct ImportColumn
{
    const char *name;
    bool required; // must be in the header; optional columns may be left out altogether
};
const QList<ImportColumn> &importColumns(ImportKind kind);

// A header name as the importer compares it: trimmed, lower case, runs of spaces or hyphens as
// one underscore, so "First Name" and "first-name" both mean first_name.
QString normaliseColumnName(const QString &name);

// Where the header row of a file is and where each of its names starts (1-based, counted the way
// CsvReader counts), so a misspelt heading can be pointed at. CsvTable keeps only the names.
struct HeaderPosition
{
    int line = 1;
    QList<int> columns;
};
HeaderPosition locateHeader(const QByteArray &bytes);

// Problems with a file's header: each required column that is missing, and each column the
// importer doesn't know (usually a typo). Maps each known column to its index in the table.
struct HeaderCheck
{
    QList<CsvProblem> problems;
    QHash<QString, int> indexOf; // normalised column name -> index into the row's fields
};
HeaderCheck checkHeader(ImportKind kind, const CsvTable &table, const HeaderPosition &position);

} // namespace Stride
