#pragma once

#include "csvreader.h"
#include "importcells.h"
#include "importcolumns.h"
#include "importreport.h"

#include "../domain/areaoflearning.h"
#include "../domain/ilp.h"
#include "../domain/pupil.h"
#include "../domain/schoolclass.h"
#include "../domain/staff.h"
#include "../domain/target.h"
#include "../domain/term.h"

#include <QHash>
#include <QSet>

// Phase one of an import: every row checked and turned into the record it will save, against the
// store *and* what earlier files of the same import add (a pupil may join a class that classes.csv
// creates), without writing anything. Used by SchoolImporter; not meant for other callers.
namespace Stride {

class Store;

// Where a planned save came from, to name it if saving fails.
struct ImportOrigin
{
    QString file;
    int line = 0;
    QString record;
};

template <typename T> struct PlannedSave
{
    T record;
    ImportOrigin origin;
};

// Everything phase two saves, in the order it must be saved (a record before those that refer to it).
struct ImportChanges
{
    QList<PlannedSave<SchoolClass>> classes;
    QList<PlannedSave<Staff>> staff;
    QList<PlannedSave<Pupil>> pupils; // with all their EHCP outcomes, old and new
    QList<PlannedSave<Ilp>> ilps;
    QList<PlannedSave<Target>> targets;

    bool isEmpty() const
    {
        return classes.isEmpty() && staff.isEmpty() && pupils.isEmpty() && ilps.isEmpty() &&
               targets.isEmpty();
    }
};

class ImportPlanner
{
public:
    ImportPlanner(const Store &store, const QString &schoolId);

    // Checks one file's rows and plans their saves; files must come in ImportKind order.
    // `unreadable` says the file lost rows to CSV or header problems: references to what it would
    // have added are then not reported again (the file's own problems say what to fix).
    void planFile(ImportKind kind, const CsvTable &table, const HeaderCheck &header, bool unreadable,
                  FileReport &report, QList<CsvProblem> &problems);
    ImportChanges changes() const;

private:
    void planClass(ImportRow &row, FileReport &report);
    void planStaff(ImportRow &row, FileReport &report);
    void planPupil(ImportRow &row, FileReport &report);
    void planOutcome(ImportRow &row, FileReport &report);
    void planTarget(ImportRow &row, FileReport &report);

    // Each returns nullptr (after reporting a problem, unless the reference is to a row that
    // already has one) when the row can't be planned.
    const SchoolClass *findClass(ImportRow &row, const char *column, const QString &name);
    Pupil *findPupil(ImportRow &row);
    bool unreadable(ImportKind kind) const { return m_unreadable.contains(int(kind)); }

    QString className(const QString &classId) const;
    QString classNames(const QStringList &classIds) const;
    QString outcomeReferences(const Pupil &pupil, const QStringList &outcomeIds) const;
    void queuePupil(const QString &upn, const ImportOrigin &origin);

    const Store &m_store;
    QString m_schoolId;
    QString m_file;
    QSet<int> m_unreadable;
    QHash<QString, int> m_firstLine; // key of a row in the current file -> the line it was first on

    // The school as it will be after the import; keys are lower case (UPNs upper case).
    QHash<QString, SchoolClass> m_classes;
    QHash<QString, Staff> m_staff;
    QHash<QString, Pupil> m_pupils;
    QMultiHash<QString, Term> m_terms; // names are not unique in the store, so a name may be ambiguous
    QHash<QString, AreaOfLearning> m_areas;
    QHash<QString, Ilp> m_ilps;                    // "pupilId/termId" -> plan, loaded or new
    QHash<QString, QList<Target>> m_storedTargets; // ILP id -> its targets in the store
    // Keys of rows that had problems: what refers to them is not planned, and not reported twice.
    QSet<QString> m_brokenClasses;
    QSet<QString> m_brokenPupils;
    QSet<QString> m_brokenOutcomes; // "UPN/reference"

    QList<std::pair<QString, ImportOrigin>> m_classSaves;
    QList<std::pair<QString, ImportOrigin>> m_staffSaves;
    QList<std::pair<QString, ImportOrigin>> m_pupilSaves;
    QList<std::pair<QString, ImportOrigin>> m_ilpSaves;
    QList<PlannedSave<Target>> m_targetSaves;
};

} // namespace Stride
