#include "schoolimport.h"

#include "importplan.h"

#include "../store/store.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Stride {

namespace {

// A long list of problems buries the first, which is usually the cause; CsvReader stops at the same.
constexpr int kMaxProblemsPerFile = 200;

void sortAndCap(QList<CsvProblem> &problems, const QString &file)
{
    std::stable_sort(problems.begin(), problems.end(), [](const CsvProblem &a, const CsvProblem &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    if (problems.size() <= kMaxProblemsPerFile)
        return;
    const qsizetype more = problems.size() - kMaxProblemsPerFile;
    problems.resize(kMaxProblemsPerFile);
    problems.append(
        {file, 0, 0,
         QStringLiteral("...and %1 more %2. Fix the ones above, then import the file again to see the "
                        "rest.")
             .arg(more)
             .arg(more == 1 ? QStringLiteral("problem") : QStringLiteral("problems"))});
}

// Saves one planned record; on failure says which row it came from, so the office knows where to look.
template <typename T> bool saveAll(Store &store, const QList<PlannedSave<T>> &saves, QString &failure)
{
    for (const PlannedSave<T> &save : saves) {
        const WriteResult result = store.save(save.record);
        if (!result) {
            failure = QStringLiteral("Saving %1 (line %2 of %3) failed, so every change from this import was "
                                     "undone: %4 Try the import again; if it fails the same way, send this "
                                     "message to whoever looks after Stride.")
                          .arg(save.origin.record)
                          .arg(save.origin.line)
                          .arg(save.origin.file, result.message);
            return false;
        }
    }
    return true;
}

} // namespace

SchoolImporter::SchoolImporter(Store &store, const QString &schoolId) : m_store(store), m_schoolId(schoolId)
{}

void SchoolImporter::addFile(const QString &path)
{
    m_sources.append({importKindForFileName(path), QFileInfo(path).fileName(), path, {}});
}

void SchoolImporter::addFile(ImportKind kind, const QString &path)
{
    m_sources.append({kind, QFileInfo(path).fileName(), path, {}});
}

void SchoolImporter::addData(ImportKind kind, const QByteArray &bytes, const QString &fileName)
{
    m_sources.append({kind, fileName.isEmpty() ? importFileName(kind) : fileName, {}, bytes});
}

ImportReport SchoolImporter::dryRun() const
{
    return process(false);
}

ImportReport SchoolImporter::run()
{
    return process(true);
}

ImportReport SchoolImporter::process(bool apply) const
{
    ImportReport report;
    report.dryRun = !apply;

    if (!m_store.isOpen() || !m_store.school(m_schoolId)) {
        report.failure = QStringLiteral("The school to import into could not be found in Stride.");
        return report;
    }

    // Which file is which, and each kind only once; these are about the set of files, not a line.
    QList<const Source *> byKind(allImportKinds().size(), nullptr);
    for (const Source &source : m_sources) {
        if (!source.kind) {
            QStringList names;
            for (ImportKind kind : allImportKinds())
                names << importFileName(kind);
            report.problems.append(
                {source.name, 0, 0,
                 QStringLiteral(
                     "Stride can't tell what this file holds from its name. Rename it to one of %1.")
                     .arg(names.join(QStringLiteral(", ")))});
            continue;
        }
        const Source *&slot = byKind[int(*source.kind)];
        if (slot) {
            report.problems.append({source.name, 0, 0,
                                    QStringLiteral("This is a second file of %1 (the first is %2). Put them "
                                                   "together in one file and import that.")
                                        .arg(importFileName(*source.kind), slot->name)});
            continue;
        }
        slot = &source;
    }

    ImportPlanner planner(m_store, m_schoolId);
    for (ImportKind kind : allImportKinds()) {
        const Source *source = byKind[int(kind)];
        if (!source)
            continue;
        QByteArray bytes = source->bytes;
        CsvReadResult read;
        if (source->path.isEmpty()) {
            read = CsvReader::read(bytes, source->name);
        } else {
            read = CsvReader::readFile(source->path);
            // The header's positions are only needed to point at a misspelt heading.
            if (QFile file(source->path); file.open(QIODevice::ReadOnly))
                bytes = file.readAll();
        }
        QList<CsvProblem> problems = read.problems;
        HeaderCheck header;
        if (!read.table.header.isEmpty()) {
            header = checkHeader(kind, read.table, locateHeader(bytes));
            problems << header.problems;
        }
        FileReport fileReport;
        planner.planFile(kind, read.table, header, !problems.isEmpty(), fileReport, problems);
        fileReport.file = source->name;
        sortAndCap(problems, source->name);
        report.problems << problems;
        report.files << fileReport;
    }

    if (!apply || !report.problems.isEmpty())
        return report;

    const ImportChanges changes = planner.changes();
    if (changes.isEmpty()) {
        report.applied = true; // nothing to do is done
        return report;
    }
    // One transaction: classes before the staff and pupils in them, pupils (with their outcomes)
    // before their ILPs, ILPs before targets. Any failure rolls every earlier save back too.
    QString failure;
    const bool saved = m_store.transaction([&] {
        return saveAll(m_store, changes.classes, failure) && saveAll(m_store, changes.staff, failure) &&
               saveAll(m_store, changes.pupils, failure) && saveAll(m_store, changes.ilps, failure) &&
               saveAll(m_store, changes.targets, failure);
    });
    if (!saved) {
        report.failure =
            failure.isEmpty()
                ? QStringLiteral("Saving the changes failed, so none of them were kept (%1). Try the "
                                 "import again; if it fails the same way, send this message to "
                                 "whoever looks after Stride.")
                      .arg(m_store.lastError())
                : failure;
        return report;
    }
    report.applied = true;
    return report;
}

} // namespace Stride
