#include "parentsreport.h"

#include "ilpdocument.h"

#include "moderation/formpdflayout.h"
#include "termend/ilpdocumentdata.h"

#include <QCoreApplication>
#include <QLocale>

namespace Stride {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(ParentsReport)
};

const QLocale kUk(QLocale::English, QLocale::UnitedKingdom);

void coverLetter(FormPdfLayout &layout, const IlpDocumentData &data, const QString &mergedLetter)
{
    layout.startPage();
    layout.setFooter(Words::tr("%1 - Progress Report, %2").arg(data.pupil.displayName(), data.newTerm.name));
    layout.title(data.schoolName);
    layout.placed(layout.pt(16));
    layout.paragraph(mergedLetter, layout.font(10.5));
}

// A tick box with its words after it, as the reply slip's choices are printed.
FormCell choice(const QString &words)
{
    FormCell c;
    c.draw = [words](QPainter &p, const QRectF &r) {
        const double side = r.height() * 0.7;
        FormPdfLayout::tickBox(p, QPointF(r.left(), r.top() + (r.height() - side) / 2), side, false);
        QFont f = p.font();
        f.setPointSizeF(10);
        p.setFont(f);
        p.drawText(r.adjusted(side * 1.8, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, words);
    };
    c.drawHeight = 18;
    return c;
}

// Ruled lines to write comments on.
FormCell lines(double height)
{
    FormCell c;
    c.hint = Words::tr("Comments:");
    c.draw = [](QPainter &p, const QRectF &r) {
        p.save();
        p.setPen(QPen(QColor(0x99, 0x99, 0x99), r.height() / 600));
        const double gap = r.height() / 7;
        for (double y = r.top() + gap; y <= r.bottom() + 0.5; y += gap)
            p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
        p.restore();
    };
    c.drawHeight = height;
    return c;
}

void replySlip(FormPdfLayout &layout, const IlpDocumentData &data)
{
    layout.startPage();
    layout.title(Words::tr("Reply slip"));
    layout.paragraph(Words::tr("Progress Report and new ILP targets for %1").arg(data.newTerm.name),
                     layout.font(10, false, true));
    layout.placed(layout.pt(6));
    FormCell name = FormCell::value(data.pupil.displayName(), 2.6);
    FormCell schoolClass = FormCell::value(data.className, 1.6);
    name.textPoints = schoolClass.textPoints = 10;
    layout.row({FormCell::labelled(Words::tr("Name:"), {}, 0.8), name,
                FormCell::labelled(Words::tr("Class:"), {}, 0.8), schoolClass});
    layout.placed(layout.pt(10));
    layout.paragraph(Words::tr("Please tick one:"), layout.font(10, true));
    layout.row({choice(Words::tr("I approve the new targets"))});
    layout.row({choice(Words::tr("I would like to comment on the new targets"))});
    layout.placed(layout.pt(10));
    layout.row({lines(210)});
    layout.placed(layout.pt(10));
    const auto written = [&](const QString &label) {
        layout.row({FormCell::labelled(label, {}, 1.6), FormCell::value({}, 4.4)}, 26);
    };
    written(Words::tr("Signed"));
    written(Words::tr("Relationship to %1").arg(data.pupil.firstName));
    written(Words::tr("Date"));
    layout.placed(layout.pt(12));
    const QDate by = ParentsReport::replyBy(data);
    if (by.isValid())
        layout.paragraph(Words::tr("Please return this slip to school by %1.")
                             .arg(kUk.toString(by, QStringLiteral("dddd d MMMM yyyy"))),
                         layout.font(10, true));
    else
        layout.paragraph(Words::tr("Please return this slip to school."), layout.font(10, true));
}

} // namespace

QDate ParentsReport::replyBy(const IlpDocumentData &data)
{
    if (data.oldTerm && data.oldTerm->finalWeekStartsOn.isValid())
        return data.oldTerm->finalWeekStartsOn.addDays(4);
    return data.newTerm.startsOn;
}

void ParentsReport::draw(FormPdfLayout &layout, const IlpDocumentData &data, const QString &mergedLetter)
{
    coverLetter(layout, data, mergedLetter);
    IlpDocument::drawProgressReport(layout, data);
    layout.setFooter(Words::tr("%1 - Progress Report, %2").arg(data.pupil.displayName(), data.newTerm.name));
    replySlip(layout, data);
}

} // namespace Stride
