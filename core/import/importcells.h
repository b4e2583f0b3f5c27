#pragma once

#include "csvreader.h"

#include "../domain/validation.h"
#include "../domain/vocabulary.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

// Reading the cells of one import row: the values people type into spreadsheets, and problems
// pinned to the cell they are in (file, line and column, with the column's heading).
namespace Stride {

class ImportRow
{
public:
    // `indexOf` maps normalised column names to field indexes (see checkHeader()).
    ImportRow(const CsvTable &table, const CsvTable::Row &row, const QHash<QString, int> &indexOf,
              QList<CsvProblem> &problems);

    int line() const { return m_row.line; }
    bool hasColumn(const char *column) const { return m_indexOf.contains(QLatin1String(column)); }
    // The cell's value with surrounding spaces removed; empty when the file has no such column.
    QString text(const char *column) const;
    // A problem with one cell, in the CsvReader's words: "Line 4, column 12 (in "class"): ...".
    void problem(const char *column, const QString &message);
    // The cell refers to a row that has problems of its own (or to a file that couldn't be read):
    // this row can't be planned, but saying so again would only bury the problem that matters.
    void blocked(const char *column);
    // Domain validation problems, each pinned to the cell its field came from (`fields` maps a
    // record's field name to a column; anything unmapped is pinned to the whole row). A cell that
    // already has a problem gets no second one: "the class is missing" after "there is no class
    // called Oak" would only confuse.
    void report(const ValidationProblems &validation, const QHash<QString, const char *> &fields);
    bool hasProblems() const { return m_problemCount > 0; }
    bool canPlan() const { return m_problemCount == 0 && !m_blocked; }

private:
    const CsvTable &m_table;
    const CsvTable::Row &m_row;
    const QHash<QString, int> &m_indexOf;
    QList<CsvProblem> &m_problems;
    int m_problemCount = 0;
    bool m_blocked = false;
    QSet<QString> m_settledColumns; // columns that already have a problem, or are blocked
};

// "R", "Reception", "YR" -> 0; "7", "Year 7", "Y7", "Yr 7" -> 7. Range is Pupil::validate()'s job.
std::optional<int> parseYearGroup(const QString &text);
// "3", "KS3", "Key Stage 3" -> 3; "EYFS" -> 0.
std::optional<int> parseKeyStage(const QString &text);

// Dates as ISO (2026-03-27) or as UK spreadsheets write them (27/03/2026, 27/3/2026). A blank cell
// is an invalid QDate; nullopt means the text is not a date, and `problem` says why.
std::optional<QDate> parseDate(const QString &text, QString *problem);
QString displayDate(const QDate &date); // dd/MM/yyyy, as the office writes it; blank if invalid

// A list cell ("Oak; Ash") split on the given separators, trimmed, blanks dropped.
QStringList splitList(const QString &text, const QString &separators);

// "ta (Teaching assistant), teacher, slt (Assessment lead / SLT) or admin": every accepted value,
// for problems about a word Stride doesn't know.
template <typename E> QString acceptedValues()
{
    QStringList values;
    for (const auto &entry : Vocabulary<E>::entries()) {
        const QString key = QString::fromLatin1(entry.key);
        const QString label = QString::fromUtf8(entry.label);
        values << (key.compare(label, Qt::CaseInsensitive) == 0 ? key
                                                                : QStringLiteral("%1 (%2)").arg(key, label));
    }
    const QString last = values.takeLast();
    return values.isEmpty() ? last : values.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

// Labels of a set of values in the vocabulary's own order, so two cells listing the same values
// in different orders read the same.
template <typename E> QString displayValues(const QList<E> &values)
{
    QStringList labels;
    for (const auto &entry : Vocabulary<E>::entries())
        if (values.contains(entry.value))
            labels << QString::fromUtf8(entry.label);
    return labels.join(QStringLiteral("; "));
}

// Quoted and joined for a message: "Autumn 2025", "Spring 2026" (names may contain commas).
QString quotedList(const QStringList &names, int limit = 20);

} // namespace Stride
