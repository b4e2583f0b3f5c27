#pragma once

#include "csvreader.h"
#include "importcolumns.h"

#include <QList>
#include <QString>

// What an import did, or (in a dry run) would do: row by row, and in plain words for the office.
namespace Stride {

enum class RowAction {
    Add,
    Change,
    Unchanged
};

// One field of an existing record that the file changes, with values as the office would write them
// (class names, not ids; dates as dd/MM/yyyy).
struct FieldChange
{
    QString field; // the CSV column
    QString before;
    QString after;
};

struct RowReport
{
    int line = 0;
    QString record; // who or what the row is about: "Ava Smith", "Oak", "Ava Smith, EO1"
    RowAction action = RowAction::Unchanged;
    QList<FieldChange> changes; // only for RowAction::Change
};

struct FileReport
{
    ImportKind kind = ImportKind::Classes;
    QString file;
    QList<RowReport> rows; // every row that could be read without problems, in file order
    int ilpsAdded = 0;     // targets.csv: plans created because the pupil had none for that term

    int count(RowAction action) const;
};

struct ImportReport
{
    bool dryRun = true;
    bool applied = false;       // the changes are in the store
    QList<FileReport> files;    // in the order they were processed (classes first, targets last)
    QList<CsvProblem> problems; // any problem means nothing was imported
    QString failure;            // why saving failed although the files were fine; nothing was kept

    bool ok() const { return problems.isEmpty() && failure.isEmpty(); }
    int count(RowAction action) const;
    const FileReport *file(ImportKind kind) const;
    // Plain words for a school office administrator, one line per file, e.g.
    // "pupils.csv: 3 to add, 1 to change (Ava Smith: class Oak -> Ash), 20 unchanged."
    QString summary() const;
};

} // namespace Stride
