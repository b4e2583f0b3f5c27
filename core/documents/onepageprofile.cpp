#include "onepageprofile.h"

#include "media/mediastore.h"
#include "moderation/formpdflayout.h"
#include "store/store.h"
#include "termend/profileconsent.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QImageReader>
#include <QLocale>
#include <QPainterPath>

namespace Stride::OnePageProfile {

namespace {

// Gives this file's sentences one context ("OnePageProfile") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(OnePageProfile)
};

// Dates as a UK school writes them to families, whatever the machine's language.
const QLocale kUk(QLocale::English, QLocale::UnitedKingdom);
constexpr int kPhotoPx = 1000; // a photo's long edge on the page: sharp in print at half a page

// Warm, and still clear when the school's printer prints it in grey: dark words on light tints.
const QColor kWarm(0xb4, 0x4d, 0x12);  // the heading and each card's area
const QColor kTint(0xfd, 0xf0, 0xe1);  // the heading's band, a picture's background, a words card
const QColor kEdge(0xe9, 0xcf, 0xb4);  // the cards' edges
const QColor kInk(0x26, 0x26, 0x26);   // the words
const QColor kQuiet(0x5c, 0x5c, 0x5c); // dates and the note at the foot

// A page is at most a whole A4 page: its margins and footer as FormPdf's (core/moderation/formpdf.cpp).
constexpr double kA4Width = 595.276; // points
constexpr double kA4Height = 841.89;
constexpr double kMarginX = 14 * 72 / 25.4;
constexpr double kMarginTop = 12 * 72 / 25.4;
constexpr double kMarginBottom = 10 * 72 / 25.4 + 16; // and FormPdfLayout's footer

QString areaOfSchoolLife(const Store &store, const EvidenceItem &item, const QString &pupilId,
                         const QHash<QString, QString> &areaNames)
{
    QStringList areas;
    for (const EvidencePupil &ep : item.pupils) {
        if (ep.pupilId != pupilId)
            continue;
        for (const QString &targetId : ep.targetIds)
            if (const auto target = store.target(targetId)) {
                const QString name = areaNames.value(target->areaId);
                if (!name.isEmpty() && !areas.contains(name))
                    areas << name;
            }
    }
    if (areas.size() > 1)
        return Words::tr("%1 and %2", "two areas of learning")
            .arg(areas.mid(0, areas.size() - 1).join(QStringLiteral(", ")), areas.last());
    return areas.join(QString());
}

QString settingInWords(const QString &setting)
{
    QString text = setting.simplified();
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// Decoded straight from the media store's decrypting device: no plain copy is written to print it.
QImage loadPicture(QIODevice &file)
{
    QImageReader reader(&file);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && qMax(size.width(), size.height()) > kPhotoPx)
        reader.setScaledSize(size.scaled(kPhotoPx, kPhotoPx, Qt::KeepAspectRatio));
    return reader.read();
}

bool hasPicture(EvidenceKind kind)
{
    return kind == EvidenceKind::Photo || kind == EvidenceKind::WorkSample || kind == EvidenceKind::Video;
}

std::unique_ptr<QIODevice> fileOf(const EvidenceItem &item, MediaRole role, const MediaStore *media)
{
    if (!media)
        return {};
    for (const MediaReference &m : item.media)
        if (m.role == role && media->contains(m.sha256))
            return media->openForReading(m.sha256);
    return {};
}

Card cardFor(const Store &store, const ProfileHighlight &h, const EvidenceItem &item,
             const QHash<QString, QString> &areaNames, const MediaStore *media)
{
    Card c;
    c.highlightId = h.id;
    c.evidenceId = item.id;
    c.kind = item.kind;
    c.caption = h.caption.trimmed();
    if (c.caption.isEmpty()) {
        c.caption = item.note.trimmed();
        c.captionWrittenForStaff = true;
    }
    c.date = item.capturedAt.toLocalTime().date();
    c.setting = settingInWords(item.setting);
    c.area = areaOfSchoolLife(store, item, h.pupilId, areaNames);
    if (c.area.isEmpty())
        c.area = c.setting.isEmpty() ? Words::tr("School life") : c.setting;
    if (!hasPicture(item.kind))
        return c;
    QList<Pupil> pupils;
    for (const EvidencePupil &ep : item.pupils)
        if (const auto p = store.pupil(ep.pupilId))
            pupils << *p;
    const ProfilePhotoConsent consent = ProfilePhotoConsent::of(item, pupils);
    c.video = item.kind == EvidenceKind::Video;
    if (!consent.mayPrint) {
        c.wordsOnlyReason = consent.reason;
        return c;
    }
    // A photo at its best, else its thumbnail; a video's still frame is its thumbnail.
    std::unique_ptr<QIODevice> file = c.video ? nullptr : fileOf(item, MediaRole::Original, media);
    if (!file)
        file = fileOf(item, MediaRole::Thumbnail, media);
    if (file)
        c.picture = loadPicture(*file);
    if (c.picture.isNull())
        c.wordsOnlyReason = c.video ? Words::tr("The video's still frame is not on this tablet yet (sync "
                                                "brings it), so the words are printed instead.")
                                    : Words::tr("The photo is not on this tablet yet (sync brings it), so "
                                                "the words are printed instead.");
    return c;
}

// When, for the family: "17 November 2026", with where when it says more than the area does.
QString whenText(const Card &c)
{
    const QString day = kUk.toString(c.date, QStringLiteral("d MMMM yyyy"));
    if (c.setting.isEmpty() || c.setting == c.area)
        return day;
    return Words::tr("%1, %2", "a date and where: 17 November 2026, Swimming pool").arg(day, c.setting);
}

QFont fontOf(double points, bool bold = false, bool italic = false)
{
    // As FormPdfLayout::font: DejaVu Sans, with the letter spacing that keeps ligatures out so that
    // a search of the PDF finds the words as they were written.
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

constexpr int kWrap = Qt::TextWordWrap;

// Draws the page into `page` (device units; `unit` of them to a point), on a PDF page or an image.
class PagePainter
{
public:
    PagePainter(QPainter &painter, double unit) : p(painter), u(unit) {}

    void draw(const QRectF &page, const Data &d);

private:
    double pt(double points) const { return points * u; }
    double heightOf(const QString &text, const QFont &font, double width)
    {
        if (text.isEmpty())
            return 0;
        p.setFont(font);
        return p.boundingRect(QRectF(0, 0, width, 1e7), kWrap, text).height();
    }
    // The largest size from `points` down to `least` at which `text` fits `box`; at the least size,
    // a text still too long ends at a word with an ellipsis (the picker's preview shows it).
    QFont fitted(QString &text, double points, double least, bool italic, const QSizeF &box)
    {
        QFont f = fontOf(points, false, italic);
        for (double size = points; size >= least; size -= 0.5) {
            f = fontOf(size, false, italic);
            if (heightOf(text, f, box.width()) <= box.height())
                return f;
        }
        while (text.size() > 1 && heightOf(text, f, box.width()) > box.height()) {
            const qsizetype space = text.lastIndexOf(QLatin1Char(' '), text.size() - 3);
            text = (space > 0 ? text.left(space) : text.left(text.size() - 2)) + QStringLiteral("...");
        }
        return f;
    }
    void drawCard(const QRectF &box, const Card &c, double pictureHeight, double captionPoints);
    void drawPlayMark(const QRectF &picture);

    QPainter &p;
    double u;
};

void PagePainter::draw(const QRectF &page, const Data &d)
{
    p.save();
    p.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform | QPainter::TextAntialiasing);

    // The heading: "Sam's Autumn 2026", and what the page is.
    const double pad = pt(14);
    const QFont titleFont = fontOf(24, true);
    const QFont subFont = fontOf(11);
    const QString title = d.heading();
    const QString sub =
        d.schoolName.isEmpty()
            ? Words::tr("Moments from %1's term, chosen by school to share with you.").arg(d.firstName)
            : Words::tr("Moments from %1's term at %2, chosen to share with you.")
                  .arg(d.firstName, d.schoolName);
    const double inner = page.width() - 2 * pad;
    const double bandHeight =
        pad + heightOf(title, titleFont, inner) + pt(4) + heightOf(sub, subFont, inner) + pad;
    const QRectF band(page.left(), page.top(), page.width(), bandHeight);
    p.setPen(Qt::NoPen);
    p.setBrush(kTint);
    p.drawRoundedRect(band, pt(12), pt(12));
    p.setPen(kWarm);
    p.setFont(titleFont);
    QRectF used;
    p.drawText(band.adjusted(pad, pad, -pad, -pad), Qt::AlignLeft | Qt::AlignTop | kWrap, title, &used);
    p.setPen(kInk);
    p.setFont(subFont);
    p.drawText(QRectF(band.left() + pad, used.bottom() + pt(4), inner, band.bottom() - used.bottom()),
               Qt::AlignLeft | Qt::AlignTop | kWrap, sub);

    // The note at the foot: who recorded it, and why some moments have no photo.
    const QFont footFont = fontOf(8, false, true);
    const QString foot = Words::tr("Recorded by school. A photo is printed only where every child in it may "
                                   "be shown to families; other moments are told in words.");
    const double footHeight = heightOf(foot, footFont, page.width());
    p.setPen(kQuiet);
    p.setFont(footFont);
    p.drawText(QRectF(page.left(), page.bottom() - footHeight, page.width(), footHeight),
               Qt::AlignHCenter | Qt::AlignTop | kWrap, foot);

    const QRectF grid(page.left(), band.bottom() + pt(14), page.width(),
                      page.bottom() - footHeight - pt(12) - band.bottom() - pt(14));
    const int n = int(d.cards.size());
    if (n == 0) {
        p.setPen(kInk);
        p.setFont(fontOf(13));
        p.drawText(grid, Qt::AlignCenter | kWrap,
                   Words::tr("No highlights have been chosen for %1's term yet.").arg(d.firstName));
        p.restore();
        return;
    }

    // The cards sized to their number: one or two across the page, as many rows as they need.
    const int columns = n <= 2 ? 1 : 2;
    const int rows = (n + columns - 1) / columns;
    const double gap = pt(12);
    const double cellWidth = (grid.width() - gap * (columns - 1)) / columns;
    const double cellHeight = (grid.height() - gap * (rows - 1)) / rows;
    const double cardPad = pt(8);
    const double cardInner = cellWidth - 2 * cardPad;
    const double captionPoints = n <= 2 ? 13 : n <= 4 ? 11.5 : 10.5;

    // Under a picture: the area, the caption and the date, as tall as the tallest card's; a words
    // card has its caption where the picture would be.
    double words = 0;
    for (const Card &c : d.cards) {
        double h = heightOf(c.area, fontOf(9, true), cardInner) + pt(3) +
                   heightOf(whenText(c), fontOf(8.5), cardInner);
        if (!c.picture.isNull())
            h += heightOf(c.caption, fontOf(captionPoints), cardInner) + pt(3);
        words = qMax(words, h);
    }
    const double room = cellHeight - 2 * cardPad - pt(6);
    // The picture as big as the card allows once the words have their room (never taller than
    // a little under square, so a single card does not become a tall empty frame), and never less
    // than half the card, however long the words.
    const double pictureHeight = qMax(qMin(cardInner * 0.85, room - words), room * 0.5);
    const double cardHeight = qMin(cellHeight, 2 * cardPad + pictureHeight + pt(6) + words);
    const double top = grid.top() + (grid.height() - (rows * cardHeight + (rows - 1) * gap)) / 2;
    for (int i = 0; i < n; ++i) {
        const int row = i / columns;
        const int column = i % columns;
        // The last card of an odd number in two columns sits in the middle of its row.
        const bool alone = columns == 2 && i == n - 1 && n % 2 == 1;
        const double left =
            alone ? grid.left() + (grid.width() - cellWidth) / 2 : grid.left() + column * (cellWidth + gap);
        drawCard(QRectF(left, top + row * (cardHeight + gap), cellWidth, cardHeight), d.cards.at(i),
                 pictureHeight, captionPoints);
    }
    p.restore();
}

void PagePainter::drawCard(const QRectF &box, const Card &c, double pictureHeight, double captionPoints)
{
    const double pad = pt(8);
    const double inner = box.width() - 2 * pad;
    p.setPen(QPen(kEdge, pt(1)));
    p.setBrush(Qt::white);
    p.drawRoundedRect(box, pt(10), pt(10));

    const QRectF picture(box.left() + pad, box.top() + pad, inner, pictureHeight);
    QPainterPath rounded;
    rounded.addRoundedRect(picture, pt(6), pt(6));
    p.fillPath(rounded, kTint);
    if (!c.picture.isNull()) {
        const QSizeF fitted = QSizeF(c.picture.size()).scaled(picture.size(), Qt::KeepAspectRatio);
        const QRectF target(picture.center().x() - fitted.width() / 2,
                            picture.center().y() - fitted.height() / 2, fitted.width(), fitted.height());
        p.save();
        p.setClipPath(rounded);
        p.drawImage(target, c.picture);
        p.restore();
        if (c.video)
            drawPlayMark(picture);
    } else {
        // Words only: the caption is the picture, in a quotation's big marks.
        const double quotePad = pt(14);
        p.setPen(kWarm);
        p.setFont(fontOf(30, true));
        p.drawText(QRectF(picture.left() + pt(8), picture.top() + pt(2), pt(30), pt(34)),
                   Qt::AlignLeft | Qt::AlignTop, QStringLiteral("\u201c"));
        QString caption = c.caption;
        const QRectF words = picture.adjusted(quotePad + pt(8), quotePad, -quotePad, -quotePad);
        const QFont f = fitted(caption, captionPoints + 2, 7, true, words.size());
        p.setPen(kInk);
        p.setFont(f);
        p.drawText(words, Qt::AlignCenter | kWrap, caption);
    }

    double y = picture.bottom() + pt(6);
    const double bottom = box.bottom() - pad;
    auto text = [&](QString t, const QFont &f, const QColor &colour) {
        if (t.isEmpty() || y >= bottom)
            return;
        const QRectF r(box.left() + pad, y, inner, bottom - y);
        p.setPen(colour);
        p.setFont(f);
        QRectF used;
        p.drawText(r, Qt::AlignLeft | Qt::AlignTop | kWrap, t, &used);
        y = used.bottom() + pt(3);
    };
    text(c.area, fontOf(9, true), kWarm);
    if (!c.picture.isNull()) {
        // The date keeps its line at the foot; the caption has the room between.
        QString caption = c.caption;
        const double dateHeight = heightOf(whenText(c), fontOf(8.5), inner) + pt(3);
        const QSizeF room(inner, qMax(0.0, bottom - y - dateHeight));
        const QFont f = fitted(caption, captionPoints, 7, false, room);
        text(caption, f, kInk);
    }
    text(whenText(c), fontOf(8.5), kQuiet);
}

void PagePainter::drawPlayMark(const QRectF &picture)
{
    // As on the evidence card in the app: a video's still frame, with a play mark over it.
    const double r = qMin(picture.width(), picture.height()) * 0.14;
    const QPointF centre = picture.center();
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 140));
    p.drawEllipse(centre, r, r);
    QPainterPath triangle;
    triangle.moveTo(centre + QPointF(-r * 0.35, -r * 0.5));
    triangle.lineTo(centre + QPointF(r * 0.55, 0));
    triangle.lineTo(centre + QPointF(-r * 0.35, r * 0.5));
    triangle.closeSubpath();
    p.setBrush(Qt::white);
    p.drawPath(triangle);
    p.restore();
}

} // namespace

QString Data::heading() const
{
    return Words::tr("%1's %2", "the pupil's first name and the term: Sam's Autumn 2026")
        .arg(firstName, termName);
}

Data read(const Store &store, const QString &pupilId, const QString &termId, const MediaStore *media)
{
    Data d;
    d.pupilId = pupilId;
    d.termId = termId;
    const auto pupil = store.pupil(pupilId);
    if (!pupil)
        return d;
    d.firstName = pupil->firstName;
    if (const auto school = store.school(pupil->schoolId))
        d.schoolName = school->name;
    if (const auto term = store.term(termId))
        d.termName = term->name;
    QHash<QString, QString> areaNames;
    for (const AreaOfLearning &a : store.areasOfSchool(pupil->schoolId))
        areaNames.insert(a.id, a.name);
    int beyond = 0;
    for (const ProfileHighlight &h : store.profileHighlights(pupilId, termId)) {
        const auto item = store.evidenceItem(h.evidenceId);
        if (!item) {
            d.leftOut << Words::tr(
                "A highlight is left out because its evidence has been deleted since it was "
                "chosen. Choose another in its place.");
            continue;
        }
        if (!item->pupilIds().contains(pupilId)) {
            d.leftOut << Words::tr("A highlight is left out because %1 is no longer in its evidence. Choose "
                                   "another in its place.")
                             .arg(pupil->firstName);
            continue;
        }
        if (d.cards.size() == kMostHighlights) {
            ++beyond;
            continue;
        }
        d.cards << cardFor(store, h, *item, areaNames, media);
    }
    if (beyond > 0)
        d.leftOut << Words::tr("Only %1 highlights fit on the page: %2 more are left out.")
                         .arg(kMostHighlights)
                         .arg(beyond);
    return d;
}

void draw(FormPdfLayout &layout, const Data &data)
{
    layout.startPage();
    layout.setFooter(
        data.schoolName.isEmpty()
            ? data.heading()
            : Words::tr("%1 - %2", "the page's heading and the school").arg(data.heading(), data.schoolName));
    const QRectF page(0, layout.y(), layout.contentWidth(), layout.roomLeft());
    PagePainter(layout.painter(), layout.pt(1)).draw(page, data);
    layout.placed(page.height());
}

QImage preview(const Data &data, int width)
{
    const double unit = width / kA4Width; // pixels to a point
    QImage image(width, qRound(kA4Height * unit), QImage::Format_ARGB32_Premultiplied);
    // Fonts are sized in points: at this resolution a point is `unit` pixels, as on the PDF.
    const int dotsPerMetre = qRound(unit * 72 / 0.0254);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    QPainter painter(&image);
    PagePainter(painter, unit)
        .draw(QRectF(kMarginX * unit, kMarginTop * unit, (kA4Width - 2 * kMarginX) * unit,
                     (kA4Height - kMarginTop - kMarginBottom) * unit),
              data);
    painter.end();
    return image;
}

} // namespace Stride::OnePageProfile
