#include "ilpcsv.h"

#include "ilpsheetcolumns.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Stride::IlpCsv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IlpCsv", text);
}

void appendRecord(QByteArray &out, const QStringList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        out += field(values.at(i));
    }
    out += "\r\n";
}

} // namespace

QByteArray field(const QString &value)
{
    QString text = value;
    // Excel, LibreOffice and Google Sheets run a cell starting with one of these as a formula
    // ("=HYPERLINK(...)", "-2+3"); the apostrophe makes it text, and it is what a person would type.
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    const bool quoted = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quoted)
        return text.toUtf8();
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + text.toUtf8() + '"';
}

QByteArray bytes(const QList<IlpRow> &rows)
{
    QByteArray out("\xEF\xBB\xBF");
    out.reserve(rows.size() * 400);
    appendRecord(out, IlpSheetColumns::headers());
    QStringList values;
    for (const IlpRow &row : rows) {
        values.clear();
        for (const IlpSheetColumns::Cell &cell : IlpSheetColumns::cellsOf(row))
            values << cell.toText();
        appendRecord(out, values);
    }
    return out;
}

Result write(const QList<IlpRow> &rows, const QString &path)
{
    Result result;
    result.path = QFileInfo(path).absoluteFilePath();
    const QByteArray content = bytes(rows);
    QSaveFile file(result.path);
    // Unbuffered, so a write that does not reach the disk fails here rather than unnoticed in
    // QSaveFile's last buffer (Qt 6.4), as the moderation pack does.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(content) != content.size() ||
        !file.commit()) {
        result.message = tr("The spreadsheet could not be saved to %1 (%2). Nothing there was changed: check "
                            "that the folder exists, that you may save files in it and that the disk has "
                            "space, then try again.")
                             .arg(QDir::toNativeSeparators(result.path), file.errorString());
        file.cancelWriting();
        return result;
    }
    result.ok = true;
    result.rows = int(rows.size());
    result.message =
        rows.size() == 1
            ? tr("Saved the ILP spreadsheet to %1: 1 target.").arg(QDir::toNativeSeparators(result.path))
            : tr("Saved the ILP spreadsheet to %1: %2 targets.")
                  .arg(QDir::toNativeSeparators(result.path))
                  .arg(rows.size());
    return result;
}

} // namespace Stride::IlpCsv
