#include "importcells.h"

#include <QRegularExpression>

namespace Stride {

ImportRow::ImportRow(const CsvTable &table, const CsvTable::Row &row, const QHash<QString, int> &indexOf,
                     QList<CsvProblem> &problems)
    : m_table(table), m_row(row), m_indexOf(indexOf), m_problems(problems)
{}

QString ImportRow::text(const char *column) const
{
    const int index = m_indexOf.value(QLatin1String(column), -1);
    if (index < 0 || index >= m_row.fields.size())
        return {};
    return m_row.fields.at(index).trimmed();
}

void ImportRow::blocked(const char *column)
{
    m_blocked = true;
    m_settledColumns.insert(QLatin1String(column));
}

void ImportRow::problem(const char *column, const QString &message)
{
    ++m_problemCount;
    m_settledColumns.insert(QLatin1String(column));
    const int index = m_indexOf.value(QLatin1String(column), -1);
    if (index < 0 || index >= m_row.fieldColumns.size()) {
        m_problems.append(
            {m_table.file, m_row.line, 0, QStringLiteral("Line %1: %2").arg(m_row.line).arg(message)});
        return;
    }
    const int position = m_row.fieldColumns.at(index);
    // The heading as the file spells it, so they can find the cell in their spreadsheet.
    m_problems.append({m_table.file, m_row.line, position,
                       QStringLiteral("Line %1, column %2 (in \"%3\"): %4")
                           .arg(m_row.line)
                           .arg(position)
                           .arg(m_table.header.value(index), message)});
}

void ImportRow::report(const ValidationProblems &validation, const QHash<QString, const char *> &fields)
{
    for (const ValidationProblem &p : validation) {
        const char *column = fields.value(p.field, "");
        if (!m_settledColumns.contains(QLatin1String(column)))
            problem(column, p.message);
    }
}

std::optional<int> parseYearGroup(const QString &text)
{
    static const QRegularExpression reception(
        QStringLiteral("^(r|reception|yr|year\\s*r|year\\s*reception)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression year(QStringLiteral("^(?:year|yr|y)?\\s*(\\d{1,2})$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString t = text.trimmed();
    if (reception.match(t).hasMatch())
        return 0;
    if (const auto m = year.match(t); m.hasMatch())
        return m.captured(1).toInt();
    return std::nullopt;
}

std::optional<int> parseKeyStage(const QString &text)
{
    static const QRegularExpression eyfs(QStringLiteral("^(eyfs|early\\s*years)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression stage(QStringLiteral("^(?:ks|key\\s*stage)?\\s*(\\d)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QString t = text.trimmed();
    if (eyfs.match(t).hasMatch())
        return 0;
    if (const auto m = stage.match(t); m.hasMatch())
        return m.captured(1).toInt();
    return std::nullopt;
}

std::optional<QDate> parseDate(const QString &text, QString *problem)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression uk(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    QDate date;
    bool shaped = false;
    if (const auto m = iso.match(t); m.hasMatch()) {
        shaped = true;
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else if (const auto u = uk.match(t); u.hasMatch()) {
        // Day first, as UK spreadsheets write it: 03/04/2026 is 3 April.
        shaped = true;
        date = QDate(u.captured(3).toInt(), u.captured(2).toInt(), u.captured(1).toInt());
    }
    if (date.isValid())
        return date;
    if (problem)
        *problem =
            shaped ? QStringLiteral("\"%1\" is not a real date. Check the day and the month: Stride reads "
                                    "dates day first, so 03/04/2026 is 3 April 2026.")
                         .arg(t)
                   : QStringLiteral("\"%1\" is not a date Stride can read. Write the day, month and year "
                                    "in full, as 27/03/2026 or 2026-03-27.")
                         .arg(t);
    return std::nullopt;
}

QString displayDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QStringList splitList(const QString &text, const QString &separators)
{
    QStringList parts;
    const QRegularExpression split(QStringLiteral("[%1]").arg(QRegularExpression::escape(separators)));
    for (const QString &part : text.split(split, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    return parts;
}

QString quotedList(const QStringList &names, int limit)
{
    if (names.isEmpty())
        return QStringLiteral("(none yet)");
    QStringList quoted;
    for (const QString &name : names.mid(0, limit))
        quoted << QLatin1Char('"') + name + QLatin1Char('"');
    QString text = quoted.join(QStringLiteral(", "));
    if (names.size() > limit)
        text += QStringLiteral(" and %1 more").arg(names.size() - limit);
    return text;
}

} // namespace Stride
