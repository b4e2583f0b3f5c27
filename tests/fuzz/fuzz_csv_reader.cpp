// libFuzzer target: a CSV file as the school office might give the importer (core/import), read by
// CsvReader and then cell by cell as the import reads them (core/import/importcells.h): year
// groups, key stages, dates, lists and vocabulary words. Besides not crashing, the reader keeps
// the promise the import relies on: every row it keeps has one field (and one column) per heading.
#include <import/csvreader.h>
#include <import/importcells.h>

#include <cstddef>
#include <cstdint>

using namespace Stride;

namespace {

void require(bool condition)
{
    if (!condition)
        __builtin_trap();
}

void readCell(ImportRow &row, const char *column, const QString &text)
{
    QString problem;
    (void)parseYearGroup(text);
    (void)parseKeyStage(text);
    if (const auto date = parseDate(text, &problem))
        (void)displayDate(*date);
    else
        row.problem(column, problem);
    (void)splitList(text, QStringLiteral(";"));
    (void)splitList(text, QStringLiteral(";,"));
    (void)fromKeyList<StaffRole>(text);
    (void)fromKey<MediaConsent>(text);
    (void)fromKey<Pronouns>(text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const CsvReadResult result = CsvReader::read(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("pupils.csv"));
    const CsvTable &table = result.table;
    QList<CsvProblem> problems = result.problems;
    for (const CsvProblem &p : problems) {
        require(p.line >= 0 && p.column >= 0);
        (void)p.toString();
    }

    // The import names its columns by heading (ImportRow); here every heading is a column, named
    // by its position so that any heading text can be looked up.
    QHash<QString, int> indexOf;
    QList<QByteArray> names;
    for (int i = 0; i < table.header.size(); ++i) {
        names << QByteArray::number(i);
        indexOf.insert(QString::fromLatin1(names.last()), i);
        (void)table.columnIndex(table.header.at(i));
    }
    for (const CsvTable::Row &r : table.rows) {
        require(r.line >= 1);
        require(r.fields.size() == table.header.size());
        require(r.fieldColumns.size() == r.fields.size());
        ImportRow row(table, r, indexOf, problems);
        for (const QByteArray &name : names)
            readCell(row, name.constData(), row.text(name.constData()));
        row.problem("missing", QStringLiteral("no such column"));
    }
    return 0;
}
