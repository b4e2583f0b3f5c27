#include "importcolumns.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace Stride {

QList<ImportKind> allImportKinds()
{
    return {ImportKind::Classes, ImportKind::Staff, ImportKind::Pupils, ImportKind::EhcpOutcomes,
            ImportKind::Targets};
}

QString importFileName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Classes:
        return QStringLiteral("classes.csv");
    case ImportKind::Staff:
        return QStringLiteral("staff.csv");
    case ImportKind::Pupils:
        return QStringLiteral("pupils.csv");
    case ImportKind::EhcpOutcomes:
        return QStringLiteral("ehcp_outcomes.csv");
    case ImportKind::Targets:
        return QStringLiteral("targets.csv");
    }
    return {};
}

std::optional<ImportKind> importKindForFileName(const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    for (ImportKind kind : allImportKinds())
        if (name.compare(importFileName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    return std::nullopt;
}

const QList<ImportColumn> &importColumns(ImportKind kind)
{
    static const QList<ImportColumn> classes{{"name", true}};
    static const QList<ImportColumn> staff{
        {"first_name", true}, {"surname", true}, {"email", true}, {"roles", true}, {"classes", true}};
    // Initials and key stage are usually worked out (from the names, from the year group), so a
    // school's MIS export without them is still a complete file.
    static const QList<ImportColumn> pupils{
        {"upn", true},      {"first_name", true},   {"surname", true},    {"initials", false},
        {"class", true},    {"year_group", true},   {"key_stage", false}, {"specific_needs", true},
        {"pronouns", true}, {"media_consent", true}};
    static const QList<ImportColumn> outcomes{{"upn", true}, {"reference", true}, {"outcome", true}};
    static const QList<ImportColumn> targets{
        {"upn", true},     {"term", true},          {"area", true},
        {"target", true},  {"ehcp_outcomes", true}, {"no_ehcp_link_reason", true},
        {"aspects", true}, {"provision", true},     {"predicted_completion", true}};
    switch (kind) {
    case ImportKind::Classes:
        return classes;
    case ImportKind::Staff:
        return staff;
    case ImportKind::Pupils:
        return pupils;
    case ImportKind::EhcpOutcomes:
        return outcomes;
    case ImportKind::Targets:
        return targets;
    }
    return classes;
}

QString normaliseColumnName(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-]+"));
    return name.trimmed().toLower().replace(separators, QStringLiteral("_"));
}

HeaderPosition locateHeader(const QByteArray &bytes)
{
    // Mirrors CsvReader's counting: the BOM is not a character, lines end at CRLF, LF or a lone CR,
    // blank lines before the header are skipped, columns count characters (UTF-8 lead bytes).
    HeaderPosition position;
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype size = bytes.size();
    auto isNewline = [](char c) { return c == '\r' || c == '\n'; };
    auto skipNewline = [&] {
        if (bytes.at(i) == '\r' && i + 1 < size && bytes.at(i + 1) == '\n')
            ++i;
        ++i;
    };
    for (;;) {
        qsizetype j = i;
        while (j < size && (bytes.at(j) == ' ' || bytes.at(j) == '\t'))
            ++j;
        if (j >= size || !isNewline(bytes.at(j)))
            break;
        i = j;
        skipNewline();
        ++position.line;
    }
    int column = 1;
    bool inQuotes = false;
    bool fieldStart = true;
    bool onlyBlanksSoFar = true; // a quote opens a quoted value only before any other text
    while (i < size) {
        const char c = bytes.at(i);
        if (fieldStart) {
            position.columns << column;
            fieldStart = false;
            onlyBlanksSoFar = true;
        }
        if (inQuotes) {
            if (c == '"') {
                const bool doubled = i + 1 < size && bytes.at(i + 1) == '"';
                i += doubled ? 2 : 1;
                column += doubled ? 2 : 1;
                inQuotes = doubled;
                continue;
            }
            if (isNewline(c)) {
                skipNewline();
                column = 1;
                continue;
            }
        } else if (isNewline(c)) {
            break;
        } else if (c == ',') {
            fieldStart = true;
        } else if (c == '"' && onlyBlanksSoFar) {
            inQuotes = true;
        } else if (c != ' ' && c != '\t') {
            onlyBlanksSoFar = false;
        }
        if ((uchar(c) & 0xC0) != 0x80)
            ++column;
        ++i;
    }
    if (fieldStart)
        position.columns << column; // a trailing comma starts one more (empty) name
    return position;
}

HeaderCheck checkHeader(ImportKind kind, const CsvTable &table, const HeaderPosition &position)
{
    HeaderCheck check;
    const QString file = table.file;
    const QList<ImportColumn> &columns = importColumns(kind);

    QStringList expected;
    QStringList optional;
    for (const ImportColumn &c : columns) {
        expected << QString::fromLatin1(c.name);
        if (!c.required)
            optional << QString::fromLatin1(c.name);
    }
    QString listing = QStringLiteral("The columns of %1 are: %2.")
                          .arg(importFileName(kind), expected.join(QStringLiteral(", ")));
    if (!optional.isEmpty())
        listing += QStringLiteral(" %1 may be left out.").arg(optional.join(QStringLiteral(" and ")));

    for (qsizetype i = 0; i < table.header.size(); ++i) {
        const QString name = normaliseColumnName(table.header.at(i));
        if (name.isEmpty())
            continue; // CsvReader has already said that the heading is missing
        const bool known = std::any_of(columns.cbegin(), columns.cend(),
                                       [&](const ImportColumn &c) { return name == QLatin1String(c.name); });
        const int column = i < position.columns.size() ? position.columns.at(i) : 0;
        if (known) {
            // "First Name" and "first_name" are the same column to Stride, though not to CsvReader.
            if (const int first = check.indexOf.value(name, -1); first >= 0) {
                if (table.header.at(first).compare(table.header.at(i), Qt::CaseInsensitive) != 0)
                    check.problems.append({file, position.line, column,
                                           QStringLiteral("Line %1, column %2: \"%3\" is the same column as "
                                                          "\"%4\" before it. Keep one of the two.")
                                               .arg(position.line)
                                               .arg(column)
                                               .arg(table.header.at(i), table.header.at(first))});
            } else {
                check.indexOf.insert(name, int(i));
            }
            continue;
        }
        check.problems.append(
            {file, position.line, column,
             QStringLiteral("Line %1, column %2: Stride doesn't know the column \"%3\". Check "
                            "its spelling, or delete the column. %4")
                 .arg(position.line)
                 .arg(column)
                 .arg(table.header.at(i), listing)});
    }
    for (const ImportColumn &c : columns) {
        const QString name = QString::fromLatin1(c.name);
        if (c.required && !check.indexOf.contains(name))
            check.problems.append(
                {file, position.line, 0,
                 QStringLiteral("Line %1: the header row has no \"%2\" column. Add it, with "
                                "that heading. %3")
                     .arg(position.line)
                     .arg(name, listing)});
    }
    return check;
}

} // namespace Stride
