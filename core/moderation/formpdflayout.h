#pragma once

#include <QFont>
#include <QList>
#include <QPainter>
#include <QString>
#include <functional>

class QPagedPaintDevice;

namespace Stride {

// One box of a row of a paper form: a label in bold (with the form's question in italics under
// it), or a value written in, or something drawn (tick boxes, circled numbers).
struct FormCell
{
    QString label;
    QString hint;     // the form's question in italics, "What could they already do?"
    QString text;     // what was written in
    double share = 1; // of the row's width, against the other cells' shares
    bool shaded = false;
    bool boxed = true; // false: no box and no shade, a gap beside a smaller table (the ILP's key)
    Qt::Alignment align = Qt::AlignLeft;
    bool bold = false;
    double textPoints = 9;
    // Drawn after the text, inside the box; its height is added under the text when it has one.
    std::function<void(QPainter &, const QRectF &)> draw;
    double drawHeight = 0;  // in points
    bool drawFirst = false; // the drawing above the words (a circled number over its descriptor)

    static FormCell labelled(const QString &label, const QString &hint = {}, double share = 1)
    {
        FormCell c;
        c.label = label;
        c.hint = hint;
        c.share = share;
        c.shaded = true;
        return c;
    }
    static FormCell value(const QString &text, double share = 1)
    {
        FormCell c;
        c.text = text;
        c.share = share;
        return c;
    }
};

// Draws the paper forms onto PDF pages as the school's printed forms look: boxes in rows across an
// A4 page, grey section bars, labels on the left and space to write on the right. Rows never
// split across pages: one that does not fit starts the next page. Measures are in points.
class FormPdfLayout
{
public:
    explicit FormPdfLayout(QPagedPaintDevice *device);
    ~FormPdfLayout();
    // Draws the last page's footer and ends painting; false if the device could not be written.
    bool finish();

    bool isActive() const { return m_painter.isActive(); }
    QPainter &painter() { return m_painter; }
    double pt(double points) const { return points * m_unit; }
    double contentWidth() const { return m_width; }
    // Where the next row goes, from the top of the page's content.
    double y() const { return m_y; }
    // Moves the next row down by `height` device units of something drawn directly (evidence cards).
    void placed(double height)
    {
        m_y += height;
        m_pageHasContent = true;
    }
    double roomLeft() const { return m_height - m_y; }

    // The words at the foot of every page from now on ("Ava S. - Communication ... page 3").
    void setFooter(const QString &footer) { m_footer = footer; }
    // Starts a new page unless nothing is on this one yet.
    void startPage();
    // A new page if fewer than `points` are left on this one.
    void ensureRoom(double points);

    void title(const QString &text);
    void sectionBar(const QString &text);
    // Words across the page in one box, as the forms' instructions are printed.
    void instructions(const QString &text, bool italic = false, bool boxed = true);
    // A row of boxes; `minHeight` (points) leaves room to write, as on paper. A row taller than a
    // page goes on over the pages it needs, broken between words: nothing written is cut off.
    void row(const QList<FormCell> &cells, double minHeight = 0);
    // Plain words without a box (captions, the notes printed for SLT under a section).
    void paragraph(const QString &text, const QFont &font);

    QFont font(double points = 9, bool bold = false, bool italic = false) const;
    // The height `text` takes wrapped to `width` (device units) in `font`.
    double textHeight(const QString &text, const QFont &font, double width);

    // Drawings the forms share: a tick box, ticked or not, with its word after it; a number (or
    // word) circled, and crossed through when it was a mind changed.
    static void tickBox(QPainter &p, const QPointF &topLeft, double side, bool ticked);
    static void circle(QPainter &p, const QRectF &around, bool crossedOut);

private:
    void drawFooter();
    QList<double> cellWidths(const QList<FormCell> &cells) const;
    double cellHeight(const FormCell &cell, double width);
    void drawRow(const QList<FormCell> &cells, const QList<double> &widths, double rowHeight);
    bool continueOverPages(const QList<FormCell> &cells, const QList<double> &widths);
    // How many characters of `text` from its start, ending between words, fit in `height`.
    int fittingLength(const QString &text, const QFont &font, double width, double height);

    QPagedPaintDevice *m_device;
    QPainter m_painter;
    double m_unit = 1; // device units per point
    double m_width = 0;
    double m_height = 0;
    double m_y = 0;
    bool m_pageHasContent = false;
    int m_page = 1;
    QString m_footer;
};

} // namespace Stride
