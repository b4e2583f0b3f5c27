#pragma once

#include "importcolumns.h"
#include "importreport.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

// Importing a school's classes, staff, pupils, EHCP outcomes and ILP targets from the CSV files the
// office exports from its spreadsheets or MIS (docs/import.md describes the files).
namespace Stride {

class Store;

// Phase one reads and checks every file, resolving each row against the store and against what the
// earlier files of the same import add; phase two, only if nothing at all is wrong, saves every change
// in one store transaction. So a file is either imported whole or not at all, and a dry run reports
// exactly what a real import would do. Rows are matched on natural keys (class name, staff email,
// pupil UPN, UPN + outcome reference, UPN + term + area) and update the record they match, keeping
// its id; nothing absent from the files is ever deleted.
class SchoolImporter
{
public:
    SchoolImporter(Store &store, const QString &schoolId);

    // A file whose kind is taken from its name (classes.csv, staff.csv, pupils.csv, ehcp_outcomes.csv,
    // targets.csv, in any case). Any other name, or a second file of a kind, is a problem in the report.
    void addFile(const QString &path);
    void addFile(ImportKind kind, const QString &path);
    // Contents already in memory (from a share sheet or a download). `fileName` names the file in
    // problems and in the report; by default the kind's own file name.
    void addData(ImportKind kind, const QByteArray &bytes, const QString &fileName = {});

    // Checks everything and reports what importing would do; changes nothing.
    ImportReport dryRun() const;
    // Checks everything, then, if there is not a single problem, makes every change at once.
    ImportReport run();

private:
    struct Source
    {
        std::optional<ImportKind> kind;
        QString name;
        QString path; // read when the import runs, so a dry run and the import see the same file
        QByteArray bytes;
    };

    ImportReport process(bool apply) const;

    Store &m_store;
    QString m_schoolId;
    QList<Source> m_sources;
};

} // namespace Stride
