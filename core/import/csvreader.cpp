#include "csvreader.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <optional>

namespace Stride {

namespace {

// Enough to fix a file in one sitting; beyond that the list only buries the first (usually the cause).
constexpr int kMaxProblems = 200;

constexpr char kQuote = '"';
constexpr char kComma = ',';

bool isNewline(char c)
{
    return c == '\r' || c == '\n';
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isContinuation(uchar c)
{
    return (c & 0xC0) == 0x80;
}

// Length of a UTF-8 sequence from its lead byte; only called on input that has passed firstInvalidUtf8().
int sequenceLength(uchar lead)
{
    if (lead < 0x80)
        return 1;
    if (lead < 0xE0)
        return 2;
    if (lead < 0xF0)
        return 3;
    return 4;
}

// Offset of the first byte that starts an invalid sequence, or -1. Checked by hand rather than with
// QStringDecoder because the office needs to be told *where* the bad character is, and the decoder only
// says that there was one. Overlong forms, surrogates and code points past U+10FFFF are rejected, as
// is NUL: a CSV never contains it, and it is the tell-tale of UTF-16 text that has lost its BOM.
qsizetype firstInvalidUtf8(const QByteArray &bytes, qsizetype from)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = from;
    while (i < size) {
        const uchar c = data[i];
        if (c >= 0x01 && c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar secondMin = 0x80;
        uchar secondMax = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                secondMin = 0xA0; // overlong
            else if (c == 0xED)
                secondMax = 0x9F; // UTF-16 surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                secondMin = 0x90; // overlong
            else if (c == 0xF4)
                secondMax = 0x8F; // beyond U+10FFFF
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        if (data[i + 1] < secondMin || data[i + 1] > secondMax)
            return i;
        for (int k = 2; k < length; ++k) {
            if (!isContinuation(data[i + k]))
                return i;
        }
        i += length;
    }
    return -1;
}

// Spreadsheet users see columns as letters, so header problems name them the way Excel does.
QString spreadsheetColumn(int index)
{
    QString letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString countOfColumns(qsizetype n)
{
    return n == 1 ? QStringLiteral("1 column") : QStringLiteral("%1 columns").arg(n);
}

struct Field
{
    QByteArray bytes;
    int line = 0;
    int column = 0;
    bool quoted = false;
};

struct Record
{
    int line = 0;
    QList<Field> fields;
    bool unterminated = false; // ran into the end of the file inside quotes: its fields are meaningless

    bool isEmpty() const
    {
        return std::all_of(fields.cbegin(), fields.cend(),
                           [](const Field &f) { return !f.quoted && f.bytes.trimmed().isEmpty(); });
    }
};

class Parser
{
public:
    Parser(const QByteArray &bytes, qsizetype start, const QString &file)
        : m_bytes(bytes), m_pos(start), m_file(file)
    {}

    CsvReadResult run();

private:
    bool atEnd() const { return m_pos >= m_bytes.size(); }
    char peek() const { return m_bytes.at(m_pos); }

    void consumeNewline()
    {
        if (peek() == '\r' && m_pos + 1 < m_bytes.size() && m_bytes.at(m_pos + 1) == '\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
        m_column = 1;
    }

    // Columns count characters, not bytes, so a name like "Zoë" doesn't push later columns out.
    void consumeChar(QByteArray *into)
    {
        const int length = sequenceLength(uchar(peek()));
        if (into)
            into->append(m_bytes.constData() + m_pos, length);
        m_pos += length;
        ++m_column;
    }

    bool restOfLineIsBlank() const
    {
        qsizetype i = m_pos;
        while (i < m_bytes.size() && isBlank(m_bytes.at(i)))
            ++i;
        return i == m_bytes.size() || isNewline(m_bytes.at(i));
    }

    void skipLine()
    {
        while (!atEnd() && !isNewline(peek()))
            consumeChar(nullptr);
        if (!atEnd())
            consumeNewline();
    }

    Record parseRecord();
    void parseQuoted(Field &field, qsizetype fieldIndex, Record &record);
    void parseUnquoted(Field &field, qsizetype fieldIndex, bool quoteAlreadyReported);

    void report(int line, int column, const QString &message)
    {
        m_problems.append({m_file, line, column, message});
    }
    QString where(int line, int column, qsizetype fieldIndex) const;
    QString excerptAfter(qsizetype pos) const;

    void takeHeader(const Record &record);
    void takeRow(const Record &record);

    const QByteArray &m_bytes;
    qsizetype m_pos;
    int m_line = 1;
    int m_column = 1;
    QString m_file;
    std::optional<QStringList> m_header;
    CsvTable m_table;
    QList<CsvProblem> m_problems;
};

QString Parser::where(int line, int column, qsizetype fieldIndex) const
{
    // Naming the column's heading lets them find the cell in the spreadsheet, where character positions
    // mean nothing.
    if (m_header && fieldIndex < m_header->size() && !m_header->at(fieldIndex).isEmpty())
        return QStringLiteral("Line %1, column %2 (in \"%3\")")
            .arg(line)
            .arg(column)
            .arg(m_header->at(fieldIndex));
    return QStringLiteral("Line %1, column %2").arg(line).arg(column);
}

QString Parser::excerptAfter(qsizetype pos) const
{
    constexpr int kLength = 20;
    qsizetype end = pos;
    while (end < m_bytes.size() && !isNewline(m_bytes.at(end)) && end - pos < kLength * 4)
        ++end;
    QString text = QString::fromUtf8(m_bytes.constData() + pos, end - pos);
    if (text.size() > kLength) {
        text.truncate(text.at(kLength - 1).isHighSurrogate() ? kLength - 1 : kLength);
        text += u'…';
    }
    return text;
}

void Parser::parseQuoted(Field &field, qsizetype fieldIndex, Record &record)
{
    const int openLine = m_line;
    const int openColumn = m_column;
    const qsizetype openPos = m_pos;
    consumeChar(nullptr);
    for (;;) {
        if (atEnd()) {
            const QString excerpt = excerptAfter(openPos + 1);
            const QString near =
                excerpt.isEmpty() ? QString() : QStringLiteral(" (just before \"%1\")").arg(excerpt);
            report(
                openLine, openColumn,
                QStringLiteral("%1: the double quote here%2 is never closed, so everything after it to the "
                               "end of the file was read as one value. Add the missing closing quote, or "
                               "remove the stray one.")
                    .arg(where(openLine, openColumn, fieldIndex), near));
            record.unterminated = true;
            return;
        }
        const char c = peek();
        if (c == kQuote) {
            consumeChar(nullptr);
            if (!atEnd() && peek() == kQuote) {
                consumeChar(&field.bytes);
                continue;
            }
            break;
        }
        if (isNewline(c)) {
            // Normalised so a value doesn't change depending on which program last saved the file.
            consumeNewline();
            field.bytes.append('\n');
            continue;
        }
        consumeChar(&field.bytes);
    }

    const qsizetype afterQuote = m_pos;
    const int afterQuoteColumn = m_column;
    while (!atEnd() && isBlank(peek()))
        consumeChar(nullptr);
    if (atEnd() || peek() == kComma || isNewline(peek()))
        return;

    report(m_line, m_column,
           QStringLiteral("%1: there is text after the closing double quote of a value. A quoted value must "
                          "end with a quote followed by a comma or the end of the line. If the value itself "
                          "contains a double quote, write it twice (\"\").")
               .arg(where(m_line, m_column, fieldIndex)));
    // Keep the stray text (and any blanks before it) rather than drop it, so the row still lines up with
    // the header and only this one problem is reported for it.
    m_pos = afterQuote;
    m_column = afterQuoteColumn;
    parseUnquoted(field, fieldIndex, true);
}

void Parser::parseUnquoted(Field &field, qsizetype fieldIndex, bool quoteAlreadyReported)
{
    while (!atEnd() && peek() != kComma && !isNewline(peek())) {
        if (peek() == kQuote && !quoteAlreadyReported) {
            report(m_line, m_column,
                   QStringLiteral("%1: there is a double quote in the middle of a value. If a value contains "
                                  "a double quote, put the whole value in double quotes and write the quote "
                                  "inside it twice, like \"Jo \"\"JJ\"\" Smith\".")
                       .arg(where(m_line, m_column, fieldIndex)));
            quoteAlreadyReported = true;
        }
        consumeChar(&field.bytes);
    }
}

Record Parser::parseRecord()
{
    Record record;
    record.line = m_line;
    for (;;) {
        Field field;
        field.line = m_line;
        field.column = m_column;
        const qsizetype fieldStart = m_pos;
        const int fieldStartColumn = m_column;

        while (!atEnd() && isBlank(peek()))
            consumeChar(nullptr);
        if (!atEnd() && peek() == kQuote) {
            field.quoted = true;
            parseQuoted(field, record.fields.size(), record);
            if (record.unterminated)
                return record;
        } else {
            // Not quoted after all: the leading blanks are part of the value.
            m_pos = fieldStart;
            m_column = fieldStartColumn;
            parseUnquoted(field, record.fields.size(), false);
        }
        record.fields.append(field);

        if (atEnd())
            return record;
        if (peek() == kComma) {
            consumeChar(nullptr);
            continue;
        }
        consumeNewline();
        return record;
    }
}

void Parser::takeHeader(const Record &record)
{
    QStringList names;
    for (const Field &field : record.fields)
        names.append(QString::fromUtf8(field.bytes).trimmed());

    for (qsizetype i = 0; i < names.size(); ++i) {
        const Field &field = record.fields.at(i);
        if (names.at(i).isEmpty()) {
            report(field.line, field.column,
                   QStringLiteral("Line %1: column %2 of the header row has no name. Give every column a "
                                  "heading, or delete the empty column.")
                       .arg(field.line)
                       .arg(spreadsheetColumn(int(i))));
            continue;
        }
        for (qsizetype j = 0; j < i; ++j) {
            if (names.at(j).compare(names.at(i), Qt::CaseInsensitive) == 0) {
                report(
                    field.line, field.column,
                    QStringLiteral("Line %1: the column name \"%2\" is used more than once (columns %3 and "
                                   "%4). Give each column a different name.")
                        .arg(field.line)
                        .arg(names.at(i), spreadsheetColumn(int(j)), spreadsheetColumn(int(i))));
                break;
            }
        }
    }
    m_header = names;
    m_table.header = names;
}

void Parser::takeRow(const Record &record)
{
    const qsizetype expected = m_header->size();
    const qsizetype found = record.fields.size();
    if (found != expected) {
        // A record that runs over several lines is one row to them, so say where it starts.
        const QString subject = record.fields.constLast().line == record.line
                                    ? QStringLiteral("Line %1").arg(record.line)
                                    : QStringLiteral("The row starting on line %1").arg(record.line);
        const QString advice =
            found > expected
                ? QStringLiteral(
                      "Check for an extra comma, or a comma inside a value (such as \"Smith, Jo\") "
                      "that isn't in double quotes.")
                : QStringLiteral("Check for a missing comma, or a line break inside a value that isn't in "
                                 "double quotes.");
        // Point at the first surplus value when it is on the line named; otherwise at the row itself.
        int column = 1;
        if (found > expected && record.fields.at(expected).line == record.line)
            column = record.fields.at(expected).column;
        report(record.line, column,
               QStringLiteral("%1 has %2 but the header has %3. %4")
                   .arg(subject, countOfColumns(found), QString::number(expected), advice));
        return;
    }

    CsvTable::Row row;
    row.line = record.line;
    row.fields.reserve(found);
    row.fieldColumns.reserve(found);
    for (const Field &field : record.fields) {
        row.fields.append(QString::fromUtf8(field.bytes));
        row.fieldColumns.append(field.column);
    }
    m_table.rows.append(row);
}

CsvReadResult Parser::run()
{
    m_table.file = m_file;
    while (!atEnd()) {
        if (restOfLineIsBlank()) {
            skipLine();
            continue;
        }
        const Record record = parseRecord();
        if (record.unterminated)
            break; // the rest of the file is inside the quote: nothing more can be said about it
        if (record.isEmpty())
            continue;
        if (!m_header)
            takeHeader(record);
        else
            takeRow(record);
    }

    if (!m_header && m_problems.isEmpty()) {
        report(0, 0,
               QStringLiteral("The file is empty. Export the spreadsheet again as CSV, with a header row "
                              "naming the columns followed by one row per record."));
    }
    return {m_table, m_problems};
}

CsvProblem notUtf8Problem(const QByteArray &bytes, qsizetype start, qsizetype bad, const QString &file)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = start; i < bad; ++i) {
        const char c = bytes.at(i);
        if (c == '\r' || (c == '\n' && (i == start || bytes.at(i - 1) != '\r'))) {
            ++line;
            column = 1;
        } else if (c != '\n' && !isContinuation(uchar(c))) {
            ++column;
        }
    }

    // Excel's "Unicode Text" is UTF-16; it needs the same fix but deserves a name they will recognise.
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    const QString what = utf16 ? QStringLiteral("This file is saved as Unicode (UTF-16) text, not UTF-8 text")
                               : QStringLiteral("This file is not UTF-8 text, so some characters (such as "
                                                "accented letters in names) can't be read correctly; the "
                                                "first one is here");
    return {file, line, column,
            QStringLiteral("Line %1, column %2: %3. In Excel, use File > Save As and choose \"CSV UTF-8 "
                           "(Comma delimited)\", then import the new file.")
                .arg(line)
                .arg(column)
                .arg(what)};
}

} // namespace

QString CsvProblem::toString() const
{
    if (line <= 0)
        return QStringLiteral("%1: %2").arg(file, message);
    // One multi-argument arg() call, so a "%1" in a file name or message can't be substituted again.
    if (column <= 0)
        return QStringLiteral("%1:%2: %3").arg(file, QString::number(line), message);
    return QStringLiteral("%1:%2:%3: %4").arg(file, QString::number(line), QString::number(column), message);
}

int CsvTable::columnIndex(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).compare(wanted, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

CsvReadResult CsvReader::read(const QByteArray &bytes, const QString &fileName)
{
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;

    // Decoding with replacement characters would quietly corrupt names, so a file in the wrong encoding
    // is rejected outright; the fix (re-save as UTF-8) is the same wherever the bad characters are.
    const qsizetype bad = firstInvalidUtf8(bytes, start);
    if (bad >= 0) {
        CsvReadResult result;
        result.table.file = fileName;
        result.problems.append(notUtf8Problem(bytes, start, bad, fileName));
        return result;
    }

    CsvReadResult result = Parser(bytes, start, fileName).run();

    // Problems are found a record at a time (a row's column count only once the row ends), so put them in
    // file order before deciding which ones to show.
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const CsvProblem &a, const CsvProblem &b) {
                         return a.line != b.line ? a.line < b.line : a.column < b.column;
                     });
    if (result.problems.size() > kMaxProblems) {
        const qsizetype more = result.problems.size() - kMaxProblems;
        result.problems.resize(kMaxProblems);
        result.problems.append(
            {fileName, 0, 0,
             QStringLiteral("...and %1 more %2. Fix the ones above, then import the file "
                            "again to see the rest.")
                 .arg(more)
                 .arg(more == 1 ? QStringLiteral("problem") : QStringLiteral("problems"))});
    }
    return result;
}

CsvReadResult CsvReader::readFile(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    QByteArray bytes;
    bool readOk = file.open(QIODevice::ReadOnly);
    if (readOk) {
        bytes = file.readAll();
        readOk = file.error() == QFileDevice::NoError;
    }
    if (!readOk) {
        CsvReadResult result;
        result.table.file = fileName;
        result.problems.append({fileName, 0, 0,
                                QStringLiteral("The file could not be read (%1). Check that it still exists "
                                               "and that Stride is allowed to open it.")
                                    .arg(file.errorString())});
        return result;
    }
    return read(bytes, fileName);
}

} // namespace Stride
