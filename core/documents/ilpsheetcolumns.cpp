#include "ilpsheetcolumns.h"

#include <QCoreApplication>

namespace Stride::IlpSheetColumns {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IlpSheetColumns", text);
}

Cell statusCell(const std::optional<TargetStatus> &status)
{
    return status ? Cell::words(statusText(*status)) : Cell();
}

// Reception is year group 0 and the Early Years Foundation Stage key stage 0: written as words so
// that nobody reads them as "no year".
Cell yearGroupCell(const IlpRow &row)
{
    return row.yearGroup == 0 ? Cell::words(tr(QT_TRANSLATE_NOOP("IlpSheetColumns", "Reception")))
                              : Cell::count(row.yearGroup);
}

Cell keyStageCell(const IlpRow &row)
{
    return row.keyStage == 0 ? Cell::words(tr(QT_TRANSLATE_NOOP("IlpSheetColumns", "EYFS")))
                             : Cell::count(row.keyStage);
}

Cell parentsReplyCell(const IlpRow &row)
{
    if (!row.parentsApproved)
        return Cell::words(tr(QT_TRANSLATE_NOOP("IlpSheetColumns", "No reply recorded")));
    return Cell::words(*row.parentsApproved ? tr(QT_TRANSLATE_NOOP("IlpSheetColumns", "Approved"))
                                            : tr(QT_TRANSLATE_NOOP("IlpSheetColumns", "Not approved")));
}

} // namespace

Cell Cell::words(const QString &text)
{
    Cell c;
    c.kind = text.isEmpty() ? Kind::Empty : Kind::Text;
    c.text = text;
    return c;
}

Cell Cell::count(double number)
{
    Cell c;
    c.kind = Kind::Number;
    c.number = number;
    return c;
}

Cell Cell::day(const QDate &date)
{
    Cell c;
    if (date.isValid()) {
        c.kind = Kind::Date;
        c.date = date;
    }
    return c;
}

QString Cell::toText() const
{
    switch (kind) {
    case Kind::Empty:
        return {};
    case Kind::Text:
        return text;
    case Kind::Number:
        return QString::number(number, 'g', 15);
    case Kind::Date:
        return date.toString(Qt::ISODate);
    }
    return {};
}

QString statusText(TargetStatus status)
{
    return QStringLiteral("%1 %2").arg(int(status)).arg(toLabel(status));
}

const QList<Column> &all()
{
    using W = Width;
    static const QList<Column> columns = {
        {QT_TRANSLATE_NOOP("IlpSheetColumns", "Term"), W::Medium,
         [](const IlpRow &r) { return Cell::words(r.termName); }},
        {QT_TRANSLATE_NOOP("IlpSheetColumns", "Term starts"), W::Medium,
         [](const IlpRow &r) { return Cell::day(r.termStartsOn); }},
        {QT_TRANSLATE_NOOP("IlpSheetColumns", "Pupil"), W::Medium,
         [](const IlpRow &r) { return Cell::words(r.pupilName); }},
        {QT_TRANSLATE_NOOP("IlpSheetColumns", "UPN"), W::Medium,
         [](const IlpRow &r) { return Cell::words(r.upn); }},
        {QT_TRANSLATE_NOOP("IlpSheetColumns", "Class"), W::Medium,
         [](const IlpRow &r) { return Cell::words(r.className); }},
        {QT_TRANSLATE_NOOP("IlpSheetColumns", "Year group"), W::Narrow, yearGroupCell},
        {QT_TRANSLATE_NOOP("IlpSheetColumns", "Key stage"), W::Narrow, keyStageCell},
        {QT_TRANSLATE_NOOP("IlpSheetColumns", "Specific needs"), W::Medium,
         [](const IlpRow &r) { return Cell::words(r.specificNeeds); }},
        {QT_TRANSLATE_NOOP("IlpSheetColumns", "Area of learning"), W::Medium,
         [](const IlpRow &r) { return Cell::words(r.areaName); }},
        {QT_TRANSLATE_NOOP("IlpSheetColumns", "Target"), W::Wide,
         [](const IlpRow &r) { return Cell::words(r.targetText); }},
        {QT_TRANSLATE_NOOP("IlpSheetColumns", "EHCP outcomes"), W::Wide,
         [](const IlpRow &r) { return Cell::words(r.ehcpLinks.join(QLatin1Char('\n'))); }},
        {QT_TRANSLATE_NOOP("IlpSheetColumns", "Assessor's status"), W::Narrow,
         [](const IlpRow &r) { return statusCell(r.assessorStatus); }},
        {QT_TRANSLATE_NOOP("IlpSheetColumns", "Moderator's status"), W::Narrow,
         [](const IlpRow &r) { return statusCell(r.moderatorStatus); }},
        {QT_TRANSLATE_NOOP("IlpSheetColumns", "Final status"), W::Narrow,
         [](const IlpRow &r) { return statusCell(r.finalStatus); }},
        {QT_TRANSLATE_NOOP("IlpSheetColumns", "Status"), W::Narrow,
         [](const IlpRow &r) { return statusCell(r.status()); }},
        {QT_TRANSLATE_NOOP("IlpSheetColumns", "Status number"), W::Narrow,
         [](const IlpRow &r) { return r.status() ? Cell::count(int(*r.status())) : Cell(); }},
        {QT_TRANSLATE_NOOP("IlpSheetColumns", "Next step"), W::Narrow,
         [](const IlpRow &r) { return r.nextStep ? Cell::words(toLabel(*r.nextStep)) : Cell(); }},
        {QT_TRANSLATE_NOOP("IlpSheetColumns", "Moderation outcome"), W::Narrow,
         [](const IlpRow &r) {
             return r.moderationOutcome ? Cell::words(toLabel(*r.moderationOutcome)) : Cell();
         }},
        {QT_TRANSLATE_NOOP("IlpSheetColumns", "Evidence items"), W::Narrow,
         [](const IlpRow &r) { return Cell::count(r.evidenceCount); }},
        {QT_TRANSLATE_NOOP("IlpSheetColumns", "Parents' reply"), W::Medium, parentsReplyCell},
        {QT_TRANSLATE_NOOP("IlpSheetColumns", "Reply received"), W::Medium,
         [](const IlpRow &r) { return Cell::day(r.parentsRepliedOn); }},
    };
    return columns;
}

QStringList headers()
{
    QStringList names;
    for (const Column &c : all())
        names << tr(c.header);
    return names;
}

QList<Cell> cellsOf(const IlpRow &row)
{
    QList<Cell> cells;
    cells.reserve(all().size());
    for (const Column &c : all())
        cells << c.cellOf(row);
    return cells;
}

} // namespace Stride::IlpSheetColumns
