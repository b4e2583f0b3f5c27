// The evidence pages after an assessment moderation form: one card per attached item, three to a
// row, with its picture (a photo's thumbnail, a video's still frame, a voice note's waveform), what
// it is, when, the prompt level, the caption and who recorded it.
#include "formpdf.h"

#include "formpdflayout.h"
#include "formpdftext.h"
#include "packconsent.h"

#include "../media/mediastore.h"
#include "../store/store.h"

#include <QIODevice>
#include <QImageReader>
#include <QPainterPath>

namespace Stride {

namespace {

constexpr double kGap = 8; // points between cards
constexpr double kPad = 5; // points inside a card
constexpr int kColumns = 3;
constexpr int kPicturePx = 520; // a picture's long edge in the PDF: sharp in print at its size

struct Card
{
    QString heading;
    QStringList lines;
    QString caption;
    QString notice; // why there is no picture, in italics
    QImage picture;
    bool video = false;
    bool written = false; // a written observation: its words are the evidence
    qint64 durationMs = 0;
};

// Decoded straight from the media store's decrypting device: no plain copy is written to draw it.
QImage loadPicture(QIODevice &file)
{
    QImageReader reader(&file);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && qMax(size.width(), size.height()) > kPicturePx)
        reader.setScaledSize(size.scaled(kPicturePx, kPicturePx, Qt::KeepAspectRatio));
    return reader.read();
}

const MediaReference *mediaOf(const EvidenceItem &item, MediaRole role)
{
    for (const MediaReference &m : item.media)
        if (m.role == role)
            return &m;
    return nullptr;
}

void drawFitted(QPainter &p, const QRectF &box, const QImage &image)
{
    const QSizeF fitted = QSizeF(image.size()).scaled(box.size(), Qt::KeepAspectRatio);
    const QRectF target(box.center().x() - fitted.width() / 2, box.center().y() - fitted.height() / 2,
                        fitted.width(), fitted.height());
    p.drawImage(target, image);
}

} // namespace

void FormPdf::drawEvidence(const AssessmentModerationForm &form, const QList<EvidenceItem> &attached,
                           const QString &pupilInitials)
{
    if (form.evidenceIds.isEmpty())
        return;
    FormPdfLayout &l = *m_layout;
    QList<Card> cards;
    QHash<QString, EvidenceItem> byId;
    for (const EvidenceItem &item : attached)
        byId.insert(item.id, item);

    for (const QString &id : form.evidenceIds) {
        Card card;
        if (!byId.contains(id)) {
            // Deleted since it was attached: what the moderator saw of it, if they judged.
            card.heading = tr("Deleted from Stride");
            for (const SeenEvidence &seen : form.moderatedEvidence)
                if (seen.evidenceId == id) {
                    card.heading = tr("%1, deleted from Stride").arg(toLabel(seen.kind));
                    card.lines << tr("Recorded %1").arg(dayAndTimeText(seen.capturedAt));
                    card.caption = seen.caption;
                }
            card.notice = tr("This item was attached to the form and has since been deleted.");
            cards << card;
            continue;
        }
        const EvidenceItem &item = byId.value(id);
        card.heading = toLabel(item.kind);
        card.lines << dayAndTimeText(item.capturedAt);
        card.lines << (item.promptLevel ? tr("Prompt level: %1").arg(toLabel(*item.promptLevel))
                                        : tr("Prompt level: not recorded"));
        QString by = staffName(item.capturedBy);
        if (!by.isEmpty())
            card.lines << (item.setting.isEmpty() ? tr("Recorded by %1").arg(by)
                                                  : tr("Recorded by %1, %2").arg(by, item.setting));
        card.caption = item.note;
        if (item.kind == EvidenceKind::Written) {
            card.written = true;
            cards << card;
            continue;
        }
        QList<Pupil> pupils;
        for (const EvidencePupil &ep : item.pupils)
            if (const auto p = m_store.pupil(ep.pupilId))
                pupils << *p;
        const PackConsent consent = PackConsent::of(item, pupils, m_settings.outsideSchool);
        const MediaReference *original = mediaOf(item, MediaRole::Original);
        const MediaReference *thumbnail = mediaOf(item, MediaRole::Thumbnail);
        card.durationMs = original ? original->durationMs : 0;
        auto onDevice = [this](const MediaReference *m) -> std::unique_ptr<QIODevice> {
            return m && m_media && m_media->contains(m->sha256) ? m_media->openForReading(m->sha256)
                                                                : nullptr;
        };
        if (!consent.mayLeave) {
            card.notice = consent.reason;
        } else if (item.kind == EvidenceKind::Audio) {
            const std::unique_ptr<QIODevice> sound = onDevice(original);
            if (sound && m_settings.pictures.voiceNoteWaveform)
                card.picture =
                    m_settings.pictures.voiceNoteWaveform(sound.get(), original->mimeType, QSize(480, 200));
            if (card.picture.isNull())
                card.notice = !sound ? tr("The voice note is not on this device.")
                                     : tr("Voice note: its waveform could not be drawn here.");
        } else {
            // A photo's thumbnail, or a video's still frame (its thumbnail, taken when it was
            // recorded); the full photo when the thumbnail is missing.
            std::unique_ptr<QIODevice> file = onDevice(thumbnail);
            if (!file && item.kind != EvidenceKind::Video)
                file = onDevice(original);
            if (file)
                card.picture = loadPicture(*file);
            card.video = item.kind == EvidenceKind::Video;
            if (card.picture.isNull())
                card.notice = card.video ? tr("The video's still frame is not on this device.")
                                         : tr("The photo is not on this device.");
        }
        if (card.durationMs > 0)
            card.heading += QStringLiteral(" (%1)").arg(runningTimeText(card.durationMs));
        cards << card;
    }

    l.startPage();
    l.sectionBar(tr("Progress evidence provided for moderation: %1").arg(pupilInitials));
    l.placed(l.pt(kGap));
    QPainter &p = l.painter();
    const double gap = l.pt(kGap);
    const double pad = l.pt(kPad);
    const double width = (l.contentWidth() - gap * (kColumns - 1)) / kColumns;
    const double inner = width - 2 * pad;
    const double pictureHeight = inner * 0.72;
    const QFont headingFont = l.font(8.5, true);
    const QFont lineFont = l.font(7.5);
    const QFont captionFont = l.font(8);
    const QFont noticeFont = l.font(7.5, false, true);

    auto captionOf = [](const Card &c) {
        return c.caption.size() > 400 ? c.caption.left(397) + QStringLiteral("...") : c.caption;
    };
    for (qsizetype first = 0; first < cards.size(); first += kColumns) {
        const qsizetype last = qMin<qsizetype>(cards.size(), first + kColumns);
        double height = 0;
        for (qsizetype i = first; i < last; ++i) {
            const Card &c = cards.at(i);
            double h = 2 * pad + (c.written ? 0 : pictureHeight + pad) +
                       l.textHeight(c.heading, headingFont, inner) +
                       l.textHeight(c.lines.join(QLatin1Char('\n')), lineFont, inner) +
                       l.textHeight(captionOf(c), captionFont, inner) + l.pt(4);
            if (c.written || c.picture.isNull())
                h += l.textHeight(c.notice, noticeFont, inner);
            height = qMax(height, h);
        }
        l.ensureRoom(height / l.pt(1) + kGap);
        const double top = l.y();
        for (qsizetype i = first; i < last; ++i) {
            const Card &c = cards.at(i);
            const QRectF box((width + gap) * (i - first), top, width, height);
            p.setPen(QPen(Qt::black, l.pt(0.75)));
            p.setBrush(Qt::NoBrush);
            p.drawRect(box);
            double y = box.top() + pad;
            if (!c.written) {
                const QRectF picture(box.left() + pad, y, inner, pictureHeight);
                p.fillRect(picture, QColor(0xf0, 0xf0, 0xf0));
                if (!c.picture.isNull()) {
                    drawFitted(p, picture, c.picture);
                    if (c.video) {
                        // A play mark over the still frame, as on the evidence card in the app.
                        const double r = pictureHeight * 0.16;
                        const QPointF centre = picture.center();
                        p.save();
                        p.setRenderHint(QPainter::Antialiasing);
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
                } else {
                    p.setPen(QColor(0x44, 0x44, 0x44));
                    p.setFont(noticeFont);
                    p.drawText(picture.adjusted(pad, pad, -pad, -pad), Qt::AlignCenter | Qt::TextWordWrap,
                               c.notice);
                }
                y += pictureHeight + pad;
            }
            auto text = [&](const QString &t, const QFont &f) {
                if (t.isEmpty())
                    return;
                p.setPen(Qt::black);
                p.setFont(f);
                const QRectF r(box.left() + pad, y, inner, box.bottom() - y);
                const QRectF used = p.boundingRect(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, t);
                p.drawText(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, t);
                y = used.bottom();
            };
            text(c.heading, headingFont);
            text(c.lines.join(QLatin1Char('\n')), lineFont);
            y += l.pt(2);
            text(captionOf(c), captionFont);
            if (c.written && !c.notice.isEmpty())
                text(c.notice, noticeFont);
        }
        l.placed(height + gap);
    }
}

} // namespace Stride
