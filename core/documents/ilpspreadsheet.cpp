#include "ilpspreadsheet.h"

#include "ilpsheetcolumns.h"

#include "media/durablefile.h"
#include "termend/statusbreakdown.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <xlsxwriter.h>

namespace Stride::IlpSpreadsheet {

namespace {

using IlpSheetColumns::Cell;
namespace Breakdown = StatusBreakdown;

QString tr(const char *text)
{
    return QCoreApplication::translate("IlpSpreadsheet", text);
}

// Excel keeps at most 32,767 characters in a cell; a longer text is ended with an ellipsis rather
// than refused, so the row is still there to filter and count.
QByteArray cellText(const QString &text)
{
    constexpr qsizetype kMost = 32000;
    return (text.size() > kMost ? text.left(kMost) + QChar(0x2026) : text).toUtf8();
}

const QList<TargetStatus> kStatuses = {TargetStatus::Unmet, TargetStatus::PartiallyMet, TargetStatus::Met,
                                       TargetStatus::Exceeded};

// Red to blue, as a traffic light with "better than expected" set apart; the same in every chart.
lxw_color_t statusColour(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Unmet:
        return 0xC0504D;
    case TargetStatus::PartiallyMet:
        return 0xF79646;
    case TargetStatus::Met:
        return 0x9BBB59;
    case TargetStatus::Exceeded:
        return 0x4F81BD;
    }
    return 0x808080;
}

struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;
    lxw_format *wrapped = nullptr;
    lxw_format *number = nullptr;
    lxw_format *date = nullptr;
    lxw_format *title = nullptr;
    lxw_format *note = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *totalText = nullptr;
    lxw_format *totalNumber = nullptr;
    lxw_format *totalPercent = nullptr;

    explicit Formats(lxw_workbook *book)
    {
        header = workbook_add_format(book);
        format_set_bold(header);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
        format_set_bg_color(header, 0xD9E1F2);
        format_set_bottom(header, LXW_BORDER_THIN);
        text = workbook_add_format(book);
        format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
        wrapped = workbook_add_format(book);
        format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
        format_set_text_wrap(wrapped);
        number = workbook_add_format(book);
        format_set_align(number, LXW_ALIGN_VERTICAL_TOP);
        date = workbook_add_format(book);
        format_set_align(date, LXW_ALIGN_VERTICAL_TOP);
        format_set_align(date, LXW_ALIGN_LEFT);
        format_set_num_format(date, "dd/mm/yyyy");
        title = workbook_add_format(book);
        format_set_bold(title);
        format_set_font_size(title, 14);
        note = workbook_add_format(book);
        format_set_italic(note);
        percent = workbook_add_format(book);
        format_set_num_format(percent, "0%");
        totalText = workbook_add_format(book);
        format_set_bold(totalText);
        format_set_top(totalText, LXW_BORDER_THIN);
        totalNumber = workbook_add_format(book);
        format_set_bold(totalNumber);
        format_set_top(totalNumber, LXW_BORDER_THIN);
        totalPercent = workbook_add_format(book);
        format_set_bold(totalPercent);
        format_set_top(totalPercent, LXW_BORDER_THIN);
        format_set_num_format(totalPercent, "0%");
    }
};

void writeText(lxw_worksheet *sheet, int row, int column, const QString &text, lxw_format *format)
{
    if (!text.isEmpty())
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), cellText(text).constData(), format);
}

void writeCell(lxw_worksheet *sheet, int row, int column, const Cell &cell, lxw_format *textFormat,
               const Formats &f)
{
    switch (cell.kind) {
    case Cell::Kind::Empty:
        return;
    case Cell::Kind::Text:
        writeText(sheet, row, column, cell.text, textFormat);
        return;
    case Cell::Kind::Number:
        worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), cell.number, f.number);
        return;
    case Cell::Kind::Date: {
        lxw_datetime day = {cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0};
        worksheet_write_datetime(sheet, lxw_row_t(row), lxw_col_t(column), &day, f.date);
        return;
    }
    }
}

void writeDataSheet(lxw_workbook *book, const Formats &f, const QList<IlpRow> &rows)
{
    lxw_worksheet *sheet = workbook_add_worksheet(book, cellText(tr("ILPs")).constData());
    const QList<IlpSheetColumns::Column> &columns = IlpSheetColumns::all();
    for (int c = 0; c < columns.size(); ++c) {
        const IlpSheetColumns::Width width = columns.at(c).width;
        const double characters = width == IlpSheetColumns::Width::Wide     ? 60
                                  : width == IlpSheetColumns::Width::Medium ? 18
                                                                            : 12;
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), characters, nullptr);
        writeText(sheet, 0, c, tr(columns.at(c).header), f.header);
    }
    for (int r = 0; r < rows.size(); ++r) {
        const IlpRow &row = rows.at(r);
        for (int c = 0; c < columns.size(); ++c)
            writeCell(sheet, r + 1, c, columns.at(c).cellOf(row),
                      columns.at(c).width == IlpSheetColumns::Width::Wide ? f.wrapped : f.text, f);
    }
    worksheet_set_row(sheet, 0, 30, nullptr); // room for "Moderator's status" on two lines
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(std::max<qsizetype>(rows.size(), 1)),
                         lxw_col_t(columns.size() - 1));
}

struct AnalysisSheet
{
    Breakdown::Dimension dimension;
    const char *name;  // the sheet's tab
    const char *title; // its first line
};

const QList<AnalysisSheet> &analysisSheets()
{
    using D = Breakdown::Dimension;
    static const QList<AnalysisSheet> sheets = {
        {D::Area, QT_TRANSLATE_NOOP("IlpSpreadsheet", "By area"),
         QT_TRANSLATE_NOOP("IlpSpreadsheet", "Targets at each status, by area of learning")},
        {D::Class, QT_TRANSLATE_NOOP("IlpSpreadsheet", "By class"),
         QT_TRANSLATE_NOOP("IlpSpreadsheet", "Targets at each status, by class")},
        {D::KeyStage, QT_TRANSLATE_NOOP("IlpSpreadsheet", "By key stage"),
         QT_TRANSLATE_NOOP("IlpSpreadsheet", "Targets at each status, by key stage")},
        {D::Need, QT_TRANSLATE_NOOP("IlpSpreadsheet", "By need"),
         QT_TRANSLATE_NOOP("IlpSpreadsheet", "Targets at each status, by need")},
        {D::Term, QT_TRANSLATE_NOOP("IlpSpreadsheet", "By term"),
         QT_TRANSLATE_NOOP("IlpSpreadsheet", "Targets at each status, term by term")},
    };
    return sheets;
}

// The table's columns after the cohort's name: pupils, the four statuses, not judged, targets,
// then the four shares and Met or Exceeded.
constexpr int kFirstCount = 2;
constexpr int kFirstShare = kFirstCount + 4 + 2;

void writeBreakdownRow(lxw_worksheet *sheet, int r, const Breakdown::BreakdownRow &row, const Formats &f,
                       bool total)
{
    lxw_format *number = total ? f.totalNumber : nullptr;
    lxw_format *percent = total ? f.totalPercent : f.percent;
    writeText(sheet, r, 0, row.label, total ? f.totalText : nullptr);
    worksheet_write_number(sheet, lxw_row_t(r), 1, row.pupils, number);
    for (int s = 0; s < kStatuses.size(); ++s)
        worksheet_write_number(sheet, lxw_row_t(r), lxw_col_t(kFirstCount + s),
                               row.counts.count(kStatuses.at(s)), number);
    worksheet_write_number(sheet, lxw_row_t(r), kFirstCount + 4, row.counts.notJudged, number);
    worksheet_write_number(sheet, lxw_row_t(r), kFirstCount + 5, row.counts.total(), number);
    // Shares of the judged targets; blank until one is judged (0% would read as "none met").
    if (row.counts.judged() == 0)
        return;
    for (int s = 0; s < kStatuses.size(); ++s)
        worksheet_write_number(sheet, lxw_row_t(r), lxw_col_t(kFirstShare + s),
                               row.counts.share(kStatuses.at(s)), percent);
    worksheet_write_number(sheet, lxw_row_t(r), kFirstShare + 4, row.counts.metOrExceededShare(), percent);
}

void writeAnalysisSheet(lxw_workbook *book, const Formats &f, const AnalysisSheet &which,
                        const QList<IlpRow> &rows)
{
    const QByteArray sheetName = cellText(tr(which.name));
    lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName.constData());
    writeText(sheet, 0, 0, tr(which.title), f.title);
    QString note = tr("Each target counts under its final status, else the moderator's, else the "
                      "assessor's. Shares are of the targets judged so far.");
    if (const QString overlap = Breakdown::overlapNote(which.dimension); !overlap.isEmpty())
        note += QLatin1Char(' ') + overlap;
    writeText(sheet, 1, 0, note, f.note);

    constexpr int kHeaderRow = 3;
    QStringList headers = {Breakdown::dimensionName(which.dimension), tr("Pupils")};
    for (const TargetStatus s : kStatuses)
        headers << IlpSheetColumns::statusText(s);
    headers << tr("Not judged yet") << tr("Targets");
    for (const TargetStatus s : kStatuses)
        headers << tr("%1 share").arg(IlpSheetColumns::statusText(s));
    headers << tr("Met or Exceeded share");
    worksheet_set_column(sheet, 0, 0, 34, nullptr);
    worksheet_set_column(sheet, 1, lxw_col_t(headers.size() - 1), 11, nullptr);
    for (int c = 0; c < headers.size(); ++c)
        writeText(sheet, kHeaderRow, c, headers.at(c), f.header);
    worksheet_set_row(sheet, kHeaderRow, 30, nullptr); // room for "2 Partially Met" on two lines

    const QList<Breakdown::BreakdownRow> cohorts = Breakdown::by(which.dimension, rows);
    int r = kHeaderRow + 1;
    for (const Breakdown::BreakdownRow &cohort : cohorts)
        writeBreakdownRow(sheet, r++, cohort, f, false);
    if (cohorts.isEmpty()) {
        writeText(sheet, r, 0, tr("No targets to count yet."), f.note);
        return;
    }
    const int lastCohortRow = r - 1;
    writeBreakdownRow(sheet, r, Breakdown::overall(rows, {}, tr("Whole school")), f, true);
    worksheet_freeze_panes(sheet, kHeaderRow + 1, 1);

    // The chart counts the statuses of the judged targets, 100% to a bar, one bar per cohort:
    // terms run left to right as a trend, the other cohorts are bars with room for their names.
    lxw_chart *chart = workbook_add_chart(book, which.dimension == Breakdown::Dimension::Term
                                                    ? LXW_CHART_COLUMN_STACKED_PERCENT
                                                    : LXW_CHART_BAR_STACKED_PERCENT);
    for (int s = 0; s < kStatuses.size(); ++s) {
        lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(series, sheetName.constData(), kHeaderRow + 1, 0,
                                    lxw_row_t(lastCohortRow), 0);
        chart_series_set_values(series, sheetName.constData(), kHeaderRow + 1, lxw_col_t(kFirstCount + s),
                                lxw_row_t(lastCohortRow), lxw_col_t(kFirstCount + s));
        chart_series_set_name_range(series, sheetName.constData(), kHeaderRow, lxw_col_t(kFirstCount + s));
        lxw_chart_fill fill = {statusColour(kStatuses.at(s)), 0, 0};
        chart_series_set_fill(series, &fill);
    }
    chart_title_set_name(chart, cellText(tr(which.title)).constData());
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    // Bars are drawn from the bottom up: the category axis reversed puts the first cohort on top, in
    // the table's order. (In a bar chart libxlsxwriter's y axis is the vertical, category one.)
    if (which.dimension != Breakdown::Dimension::Term)
        chart_axis_set_reverse(chart->y_axis);
    lxw_chart_options placing = {};
    placing.x_scale = 2.0;
    placing.y_scale = std::max(1.0, 0.3 + 0.12 * double(cohorts.size()));
    worksheet_insert_chart_opt(sheet, lxw_row_t(r + 3), 0, chart, &placing);
}

QString folderProblem(const QString &path, const QString &detail)
{
    return tr("The spreadsheet could not be saved to %1 (%2). Nothing there was changed: check that the "
              "folder exists, that you may save files in it and that the disk has space, then try again.")
        .arg(QDir::toNativeSeparators(path), detail);
}

} // namespace

QStringList analysisSheetNames()
{
    QStringList names;
    for (const AnalysisSheet &s : analysisSheets())
        names << tr(s.name);
    return names;
}

Result write(const QList<IlpRow> &rows, const QString &path)
{
    Result result;
    result.path = QFileInfo(path).absoluteFilePath();
    const QFileInfo target(result.path);
    // libxlsxwriter writes the whole file when the workbook is closed: into a temporary file in the
    // same folder, so that the rename into place is atomic and a failure leaves the old file.
    QTemporaryFile temporary(target.dir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!temporary.open()) {
        result.message = folderProblem(result.path, temporary.errorString());
        return result;
    }
    temporary.close();
    const QByteArray temporaryPath = QFile::encodeName(temporary.fileName());

    lxw_workbook *book = workbook_new(temporaryPath.constData());
    if (!book) {
        result.message = folderProblem(result.path, tr("the workbook could not be started"));
        return result;
    }
    const Formats formats(book);
    writeDataSheet(book, formats, rows);
    for (const AnalysisSheet &sheet : analysisSheets())
        writeAnalysisSheet(book, formats, sheet, rows);
    if (const lxw_error error = workbook_close(book); error != LXW_NO_ERROR) {
        result.message = folderProblem(result.path, QString::fromUtf8(lxw_strerror(error)));
        return result;
    }
    QString error;
    if (!DurableFile::sync(temporary.fileName(), &error) ||
        !DurableFile::renameDurably(temporary.fileName(), result.path, &error)) {
        result.message =
            folderProblem(result.path, DurableFile::isDiskFull(error) ? tr("the disk is full") : error);
        return result;
    }
    temporary.setAutoRemove(false); // it is the spreadsheet now
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

} // namespace Stride::IlpSpreadsheet
