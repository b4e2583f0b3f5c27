#include "importreport.h"

#include <algorithm>

namespace Stride {

namespace {

// Enough to check a file at a glance; the full list is in the report's rows.
constexpr int kChangesShown = 5;
constexpr int kValueLength = 40;

QString shortValue(const QString &value)
{
    if (value.isEmpty())
        return QStringLiteral("(blank)");
    QString text = value;
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > kValueLength)
        text = text.left(kValueLength - 1).trimmed() + QChar(0x2026);
    return text;
}

QString describeChanges(const RowReport &row)
{
    QStringList parts;
    for (const FieldChange &c : row.changes)
        parts << QStringLiteral("%1 %2 -> %3").arg(c.field, shortValue(c.before), shortValue(c.after));
    return row.record + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
}

QString fileLine(const FileReport &file, bool dryRun)
{
    if (file.rows.isEmpty())
        return QStringLiteral("%1: no rows.").arg(file.file);

    QStringList parts;
    const int added = file.count(RowAction::Add);
    const int changed = file.count(RowAction::Change);
    const int unchanged = file.count(RowAction::Unchanged);
    if (added > 0) {
        QString part =
            dryRun ? QStringLiteral("%1 to add").arg(added) : QStringLiteral("%1 added").arg(added);
        if (file.ilpsAdded > 0)
            part += file.ilpsAdded == 1 ? QStringLiteral(" (with 1 new ILP)")
                                        : QStringLiteral(" (with %1 new ILPs)").arg(file.ilpsAdded);
        parts << part;
    }
    if (changed > 0) {
        QStringList details;
        for (const RowReport &row : file.rows)
            if (row.action == RowAction::Change && details.size() < kChangesShown)
                details << describeChanges(row);
        if (changed > kChangesShown)
            details << QStringLiteral("and %1 more").arg(changed - kChangesShown);
        parts << QStringLiteral("%1 (%2)").arg(dryRun ? QStringLiteral("%1 to change").arg(changed)
                                                      : QStringLiteral("%1 changed").arg(changed),
                                               details.join(QStringLiteral("; ")));
    }
    if (unchanged > 0)
        parts << QStringLiteral("%1 unchanged").arg(unchanged);
    return QStringLiteral("%1: %2.").arg(file.file, parts.join(QStringLiteral(", ")));
}

} // namespace

int FileReport::count(RowAction action) const
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [&](const RowReport &r) { return r.action == action; }));
}

int ImportReport::count(RowAction action) const
{
    int n = 0;
    for (const FileReport &f : files)
        n += f.count(action);
    return n;
}

const FileReport *ImportReport::file(ImportKind kind) const
{
    for (const FileReport &f : files)
        if (f.kind == kind)
            return &f;
    return nullptr;
}

QString ImportReport::summary() const
{
    QStringList lines;
    if (!problems.isEmpty()) {
        lines << (problems.size() == 1
                      ? QStringLiteral(
                            "Nothing has been imported. Fix this problem in the file, then import again:")
                      : QStringLiteral(
                            "Nothing has been imported. Fix these %1 problems in the files, then import "
                            "again:")
                            .arg(problems.size()));
        for (const CsvProblem &p : problems)
            lines << p.toString();
        return lines.join(QLatin1Char('\n'));
    }
    if (!failure.isEmpty())
        return QStringLiteral("Nothing has been imported. %1").arg(failure);
    if (files.isEmpty())
        return QStringLiteral("No files were given, so there was nothing to import.");

    const bool anyChange = count(RowAction::Add) + count(RowAction::Change) > 0;
    if (dryRun)
        lines << (anyChange
                      ? QStringLiteral("Preview: nothing has been changed yet. Importing these files will "
                                       "make these changes:")
                      : QStringLiteral("Preview: these files match what Stride already holds, so importing "
                                       "them would change nothing."));
    else
        lines << (anyChange
                      ? QStringLiteral("The import is finished.")
                      : QStringLiteral("The import is finished. The files matched what Stride already held, "
                                       "so nothing changed."));
    for (const FileReport &f : files)
        lines << fileLine(f, dryRun);
    if (anyChange)
        lines << QStringLiteral(
            "Records that are not in the files are left as they are; nothing is deleted.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace Stride
