#include "formpdftables.h"

#include "formpdftext.h"

#include "../review/judgementhistory.h"
#include "../store/store.h"

namespace Stride {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FormPdf", text);
}

const char *const kStatusWords[] = {
    QT_TRANSLATE_NOOP("FormPdf", "Unmet"), QT_TRANSLATE_NOOP("FormPdf", "Partially Met"),
    QT_TRANSLATE_NOOP("FormPdf", "Met"), QT_TRANSLATE_NOOP("FormPdf", "Exceeded")};
const char *const kDescriptors[] = {
    QT_TRANSLATE_NOOP("FormPdf", "Progress is limited or has not taken place with this target."),
    QT_TRANSLATE_NOOP("FormPdf", "Progress is substantial, but this target is not yet fully met."),
    QT_TRANSLATE_NOOP("FormPdf", "Progress is at the expected rate, and the target is fully achieved."),
    QT_TRANSLATE_NOOP("FormPdf", "Progress is significantly better than expected with this target.")};

QList<FormCell> statusHeadings(double firstShare)
{
    QList<FormCell> cells;
    if (firstShare > 0)
        cells << centredCell(QString(), firstShare, false, true);
    for (const char *word : kStatusWords)
        cells << centredCell(tr(word), 1, true, true);
    return cells;
}
} // namespace

FormDrawing circledChoices(const QStringList &words, int chosen, const QList<int> &crossedOut, double points)
{
    return [=](QPainter &p, const QRectF &r) {
        QFont f = p.font();
        f.setPointSizeF(points);
        f.setBold(false);
        f.setItalic(false);
        p.setFont(f);
        const double slot = r.width() / words.size();
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QRectF cell(r.left() + slot * i, r.top(), slot, r.height());
            p.setPen(Qt::black);
            p.drawText(cell, Qt::AlignCenter, words.at(i));
            const QRectF text = p.boundingRect(cell, Qt::AlignCenter, words.at(i));
            const double h = text.height() * 1.3;
            // A round ring around a number, an oval one around a word.
            const double w = text.width() < h * 0.8 ? h : text.width() + h * 1.1;
            const QRectF ring(text.center().x() - w / 2, text.center().y() - h / 2, w, h);
            if (int(i) == chosen)
                FormPdfLayout::circle(p, ring, false);
            else if (crossedOut.contains(int(i)))
                FormPdfLayout::circle(p, ring, true);
        }
    };
}

FormDrawing tickChoices(const QStringList &words, int ticked, double points)
{
    return [=](QPainter &p, const QRectF &r) {
        QFont f = p.font();
        f.setPointSizeF(points);
        f.setBold(false);
        f.setItalic(false);
        p.setFont(f);
        const double slot = r.width() / words.size();
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QRectF cell(r.left() + slot * i, r.top(), slot, r.height());
            const QRectF text = p.boundingRect(cell, Qt::AlignCenter, words.at(i));
            const double side = text.height() * 1.1;
            const double total = text.width() + side * 1.4;
            const double x = cell.center().x() - total / 2;
            p.setPen(Qt::black);
            p.drawText(QRectF(x, cell.top(), text.width() + side * 0.2, cell.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, words.at(i));
            FormPdfLayout::tickBox(p, QPointF(x + text.width() + side * 0.4, cell.center().y() - side / 2),
                                   side, int(i) == ticked);
        }
    };
}

FormCell drawnCell(FormDrawing draw, double height, double share)
{
    FormCell c;
    c.draw = std::move(draw);
    c.drawHeight = height;
    c.share = share;
    return c;
}

FormCell centredCell(const QString &text, double share, bool bold, bool shaded)
{
    FormCell c = FormCell::value(text, share);
    c.align = Qt::AlignHCenter;
    c.bold = bold;
    c.shaded = shaded;
    return c;
}

void criteriaTable(FormPdfLayout &layout, int circled)
{
    layout.row(statusHeadings(0));
    QList<FormCell> descriptors;
    for (int i = 0; i < 4; ++i) {
        FormCell c = centredCell(tr(kDescriptors[i]), 1);
        c.textPoints = 8;
        c.draw = circledChoices({QString::number(i + 1)}, circled == i ? 0 : -1, {}, 11);
        c.drawHeight = 16;
        c.drawFirst = true;
        descriptors << c;
    }
    layout.row(descriptors);
}

void assessmentTable(FormPdfLayout &layout, const Store &store, const QList<Judgement> &judgementsOfTarget)
{
    const JudgementHistory history = judgementHistory(judgementsOfTarget);
    auto nameOf = [&store](const QString &staffId) {
        const auto s = store.staff(staffId);
        return s ? s->displayName() : QString();
    };
    layout.row(statusHeadings(1.2));
    const QList<std::pair<JudgementRole, QString>> roles{{JudgementRole::Assessor, tr("Assessor")},
                                                         {JudgementRole::Moderator, tr("Moderator")},
                                                         {JudgementRole::SeniorLeader, tr("SLT")}};
    QStringList inWords;
    for (const auto &[role, word] : roles) {
        QList<int> crossed;
        QList<int> standing;
        QStringList steps;
        QString judge;
        for (const JudgementEntry &e : history.entries) {
            if (e.judgement.role != role)
                continue;
            const int index = int(e.judgement.status) - 1;
            if (e.current || e.inClash) {
                standing << index;
                judge = nameOf(e.judgement.judgedBy);
            } else if (e.superseded) {
                crossed << index;
            }
            steps << tr("%1 on %2").arg(int(e.judgement.status)).arg(dayText(e.judgement.judgedAt));
        }
        FormCell label = FormCell::labelled(word, judge, 1.2);
        QList<FormCell> cells{label};
        for (int i = 0; i < 4; ++i) {
            const bool stands = standing.contains(i);
            cells << drawnCell(circledChoices({QString::number(i + 1)}, stands ? 0 : -1,
                                              !stands && crossed.contains(i) ? QList<int>{0} : QList<int>{},
                                              12),
                               18, 1);
        }
        layout.row(cells, 26);
        if (steps.size() > 1)
            inWords << tr("%1 changed their mind: %2 (the earlier crossed out).")
                           .arg(word, steps.join(tr(", then ")));
    }
    QList<FormCell> descriptors{centredCell(QString(), 1.2, false, true)};
    for (const char *d : kDescriptors) {
        FormCell c = centredCell(tr(d), 1);
        c.textPoints = 7.5;
        descriptors << c;
    }
    layout.row(descriptors);
    for (const JudgementClash &clash : history.clashes)
        inWords << clash.sentence;
    if (!inWords.isEmpty())
        layout.paragraph(inWords.join(QLatin1Char('\n')), layout.font(8, false, true));
}

} // namespace Stride
