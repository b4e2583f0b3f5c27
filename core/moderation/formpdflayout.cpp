#include "formpdflayout.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>

namespace Stride {

namespace {
constexpr double kPadX = 5;    // points inside a box, left and right
constexpr double kPadY = 4;    // and top and bottom
constexpr double kFooter = 16; // points kept free at the foot of each page
constexpr double kLine = 0.75; // the boxes' lines
const QColor kShade(0xe4, 0xe4, 0xe4);
const QColor kBar(0xc8, 0xc8, 0xc8);
constexpr int kWrap = Qt::TextWordWrap;
} // namespace

FormPdfLayout::FormPdfLayout(QPagedPaintDevice *device) : m_device(device)
{
    m_painter.begin(device);
    m_unit = device->logicalDpiY() / 72.0;
    m_width = device->width();
    m_height = device->height() - pt(kFooter);
}

FormPdfLayout::~FormPdfLayout()
{
    finish();
}

bool FormPdfLayout::finish()
{
    if (!m_painter.isActive())
        return false;
    drawFooter();
    return m_painter.end();
}

QFont FormPdfLayout::font(double points, bool bold, bool italic) const
{
    // DejaVu Sans is what the build machines and Debian tablets have (fonts-dejavu-core); it also
    // has the tick and the arrows the forms use. Elsewhere the font database picks a near one.
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    // Qt 6.4 cannot switch ligatures off by name (QFont::setFeature is 6.6): any letter spacing
    // does it. Without it "Specific" is written with an "fi" glyph, which a PDF search or a copy
    // into a document does not read as the letters f and i.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

double FormPdfLayout::textHeight(const QString &text, const QFont &font, double width)
{
    if (text.isEmpty())
        return 0;
    m_painter.setFont(font);
    return m_painter.boundingRect(QRectF(0, 0, width, 1e6), kWrap, text).height();
}

void FormPdfLayout::drawFooter()
{
    if (m_footer.isEmpty() && m_page == 1 && !m_pageHasContent)
        return;
    m_painter.save();
    m_painter.setFont(font(7));
    m_painter.setPen(QColor(0x55, 0x55, 0x55));
    const QRectF foot(0, m_height + pt(4), m_width, pt(kFooter - 4));
    m_painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    m_painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                       QCoreApplication::translate("FormPdf", "page %1").arg(m_page));
    m_painter.restore();
}

void FormPdfLayout::startPage()
{
    if (!m_pageHasContent)
        return;
    drawFooter();
    m_device->newPage();
    ++m_page;
    m_y = 0;
    m_pageHasContent = false;
}

void FormPdfLayout::ensureRoom(double points)
{
    if (roomLeft() < pt(points))
        startPage();
}

void FormPdfLayout::title(const QString &text)
{
    const QFont f = font(15, true);
    const double h = textHeight(text, f, m_width) + pt(8);
    ensureRoom(h / m_unit);
    m_painter.setFont(f);
    m_painter.setPen(Qt::black);
    m_painter.drawText(QRectF(0, m_y, m_width, h), Qt::AlignHCenter | Qt::AlignTop | kWrap, text);
    m_y += h;
    m_pageHasContent = true;
}

void FormPdfLayout::sectionBar(const QString &text)
{
    const QFont f = font(11, true);
    const double h = textHeight(text, f, m_width) + pt(2 * kPadY);
    // A section's bar is never left alone at the foot of a page.
    ensureRoom(h / m_unit + 60);
    const QRectF bar(0, m_y, m_width, h);
    m_painter.fillRect(bar, kBar);
    m_painter.setPen(QPen(Qt::black, pt(kLine)));
    m_painter.drawRect(bar);
    m_painter.setFont(f);
    m_painter.drawText(bar, Qt::AlignCenter | kWrap, text);
    m_y += h;
    m_pageHasContent = true;
}

void FormPdfLayout::instructions(const QString &text, bool italic, bool boxed)
{
    const QFont f = font(8.5, false, italic);
    const double inner = m_width - pt(2 * kPadX);
    const double h = textHeight(text, f, inner) + pt(2 * kPadY);
    ensureRoom(h / m_unit);
    const QRectF box(0, m_y, m_width, h);
    if (boxed) {
        m_painter.setPen(QPen(Qt::black, pt(kLine)));
        m_painter.drawRect(box);
    }
    m_painter.setPen(Qt::black);
    m_painter.setFont(f);
    m_painter.drawText(box.adjusted(pt(kPadX), pt(kPadY), -pt(kPadX), -pt(kPadY)),
                       Qt::AlignHCenter | Qt::AlignVCenter | kWrap, text);
    m_y += h;
    m_pageHasContent = true;
}

void FormPdfLayout::paragraph(const QString &text, const QFont &f)
{
    const double h = textHeight(text, f, m_width) + pt(3);
    ensureRoom(h / m_unit);
    m_painter.setPen(Qt::black);
    m_painter.setFont(f);
    m_painter.drawText(QRectF(0, m_y + pt(2), m_width, h), Qt::AlignLeft | Qt::AlignTop | kWrap, text);
    m_y += h;
    m_pageHasContent = true;
}

QList<double> FormPdfLayout::cellWidths(const QList<FormCell> &cells) const
{
    double shares = 0;
    for (const FormCell &c : cells)
        shares += c.share;
    QList<double> widths;
    for (const FormCell &c : cells)
        widths << m_width * c.share / shares;
    return widths;
}

double FormPdfLayout::cellHeight(const FormCell &c, double width)
{
    const double inner = width - pt(2 * kPadX);
    double h = textHeight(c.label, font(9, true), inner) + textHeight(c.hint, font(8, false, true), inner) +
               textHeight(c.text, font(c.textPoints, c.bold), inner);
    if (c.draw)
        h += pt(c.drawHeight);
    return h;
}

void FormPdfLayout::row(const QList<FormCell> &cells, double minHeight)
{
    const QList<double> widths = cellWidths(cells);
    double rowHeight = pt(minHeight);
    for (qsizetype i = 0; i < cells.size(); ++i)
        rowHeight = qMax(rowHeight, cellHeight(cells.at(i), widths.at(i)) + pt(2 * kPadY));
    if (rowHeight > m_height && continueOverPages(cells, widths))
        return;
    // A row taller than a page whose words cannot be split is drawn on a page of its own, clipped.
    rowHeight = qMin(rowHeight, m_height);
    ensureRoom(rowHeight / m_unit);
    drawRow(cells, widths, rowHeight);
}

int FormPdfLayout::fittingLength(const QString &text, const QFont &f, double width, double height)
{
    // The longest run of whole words from the start that fits: found by halving, since each
    // measure lays the words out again.
    QList<int> ends;
    for (int i = 1; i < text.size(); ++i)
        if (text.at(i).isSpace() && !text.at(i - 1).isSpace())
            ends << i;
    ends << int(text.size());
    int lo = 0;
    int hi = int(ends.size()) - 1;
    int best = 0;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        if (textHeight(text.left(ends.at(mid)), f, width) <= height) {
            best = ends.at(mid);
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    return best;
}

bool FormPdfLayout::continueOverPages(const QList<FormCell> &cells, const QList<double> &widths)
{
    // A row taller than a whole page (a very long target or answer) goes on over as many pages as
    // it needs, broken between words, so nothing written is cut off. Each page's part of the row
    // is boxed; the labels are printed once, at its start.
    if (roomLeft() < pt(72))
        startPage();
    const double room = roomLeft();
    QList<FormCell> head = cells;
    QList<FormCell> tail = cells;
    bool split = false;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const FormCell &c = cells.at(i);
        FormCell &h = head[i];
        FormCell &t = tail[i];
        t.label.clear();
        t.hint.clear();
        const double inner = widths.at(i) - pt(2 * kPadX);
        double avail = room - pt(2 * kPadY) - textHeight(c.label, font(9, true), inner) -
                       textHeight(c.hint, font(8, false, true), inner);
        if (c.draw && c.drawFirst) {
            avail -= pt(c.drawHeight);
            t.draw = nullptr;
        }
        const QFont f = font(c.textPoints, c.bold);
        const bool drawAfter = c.draw && !c.drawFirst;
        if (textHeight(c.text, f, inner) + (drawAfter ? pt(c.drawHeight) : 0) <= avail) {
            t.text.clear();
            t.draw = nullptr;
            continue;
        }
        if (drawAfter)
            h.draw = nullptr; // drawn under the end of the words, on the row's last page
        const int length = fittingLength(c.text, f, inner, avail);
        h.text = c.text.left(length);
        t.text = c.text.mid(length).trimmed();
        split = split || length > 0;
    }
    if (!split)
        return false;
    drawRow(head, widths, room);
    startPage();
    row(tail);
    return true;
}

void FormPdfLayout::drawRow(const QList<FormCell> &cells, const QList<double> &widths, double rowHeight)
{
    double x = 0;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const FormCell &c = cells.at(i);
        const QRectF box(x, m_y, widths.at(i), rowHeight);
        if (c.boxed) {
            if (c.shaded)
                m_painter.fillRect(box, kShade);
            m_painter.setPen(QPen(Qt::black, pt(kLine)));
            m_painter.drawRect(box);
        }
        QRectF inner = box.adjusted(pt(kPadX), pt(kPadY), -pt(kPadX), -pt(kPadY));
        // Labels and values sit at the top of their box as on paper; a box holding only a
        // number or a word is centred.
        const bool centred = c.align & Qt::AlignHCenter;
        if (centred)
            inner.setTop(box.top() + (rowHeight - cellHeight(c, widths.at(i))) / 2);
        m_painter.save();
        m_painter.setClipRect(box);
        m_painter.setPen(Qt::black);
        const int flags = int(c.align) | Qt::AlignTop | kWrap;
        auto draw = [&](const QString &text, const QFont &f) {
            if (text.isEmpty())
                return;
            m_painter.setFont(f);
            const QRectF used = m_painter.boundingRect(inner, flags, text);
            m_painter.drawText(inner, flags, text);
            inner.setTop(used.bottom());
        };
        auto drawing = [&] {
            m_painter.save();
            m_painter.setFont(font(9));
            c.draw(m_painter, QRectF(inner.left(), inner.top(), inner.width(), pt(c.drawHeight)));
            m_painter.restore();
            inner.setTop(inner.top() + pt(c.drawHeight));
        };
        if (c.draw && c.drawFirst)
            drawing();
        draw(c.label, font(9, true));
        draw(c.hint, font(8, false, true));
        draw(c.text, font(c.textPoints, c.bold));
        if (c.draw && !c.drawFirst)
            drawing();
        m_painter.restore();
        x += widths.at(i);
    }
    m_y += rowHeight;
    m_pageHasContent = true;
}

void FormPdfLayout::tickBox(QPainter &p, const QPointF &topLeft, double side, bool ticked)
{
    p.save();
    const QRectF box(topLeft, QSizeF(side, side));
    p.setPen(QPen(Qt::black, side / 12));
    p.setBrush(Qt::NoBrush);
    p.drawRect(box);
    if (ticked) {
        // The tick is a letter, so that it is in the PDF's text as well as on the paper.
        QFont f = p.font();
        f.setBold(true);
        f.setPixelSize(qMax(1, int(side * 1.1)));
        p.setFont(f);
        p.drawText(box, Qt::AlignCenter, QStringLiteral("\u2713"));
    }
    p.restore();
}

void FormPdfLayout::circle(QPainter &p, const QRectF &around, bool crossedOut)
{
    p.save();
    const double line = qMax(1.0, around.height() / 14);
    p.setPen(QPen(crossedOut ? QColor(0x80, 0x80, 0x80) : QColor(Qt::black), line));
    p.setBrush(Qt::NoBrush);
    p.setRenderHint(QPainter::Antialiasing);
    p.drawEllipse(around);
    if (crossedOut) {
        p.setPen(QPen(Qt::black, line * 1.4));
        p.drawLine(around.topLeft(), around.bottomRight());
        p.drawLine(around.bottomLeft(), around.topRight());
    }
    p.restore();
}

} // namespace Stride
