#include "demoprofiles.h"

#include "../domain/validation.h"
#include "../media/mediastore.h"
#include "../store/store.h"

#include <QBuffer>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Stride::DemoProfiles {

namespace {

enum class Scene {
    Trampoline, // rebound therapy
    Wedge,      // lying over the wedge, watching the star projector
    SensoryRoom,
    EyeGaze
};

// A person as a simple shape (a head and a body), never a face: the demo shows what a photo does
// on the page without anyone's likeness in it.
void figure(QPainter &p, QPointF head, double size, const QColor &clothes, double bodyAngle = 0)
{
    p.save();
    p.translate(head);
    p.rotate(bodyAngle);
    p.setPen(Qt::NoPen);
    p.setBrush(clothes);
    p.drawRoundedRect(QRectF(-size * 0.45, size * 0.55, size * 0.9, size * 1.3), size * 0.3, size * 0.3);
    p.setBrush(QColor(0xe8, 0xb9, 0x90));
    p.drawEllipse(QPointF(0, 0), size * 0.42, size * 0.42);
    p.restore();
}

QImage draw(Scene scene, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const double w = size.width();
    const double h = size.height();
    QLinearGradient wall(0, 0, 0, h);
    switch (scene) {
    case Scene::Trampoline: {
        wall.setColorAt(0, QColor(0xcf, 0xe6, 0xf5));
        wall.setColorAt(1, QColor(0xf4, 0xf1, 0xe8));
        p.fillRect(image.rect(), wall);
        p.fillRect(QRectF(0, h * 0.72, w, h * 0.28), QColor(0x9c, 0xc1, 0x8e));
        p.setPen(QPen(QColor(0x33, 0x33, 0x33), w * 0.012));
        p.drawLine(QPointF(w * 0.25, h * 0.68), QPointF(w * 0.22, h * 0.86));
        p.drawLine(QPointF(w * 0.75, h * 0.68), QPointF(w * 0.78, h * 0.86));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2c, 0x6e, 0xb5));
        p.drawEllipse(QRectF(w * 0.12, h * 0.58, w * 0.76, h * 0.16));
        p.setBrush(QColor(0x22, 0x22, 0x22));
        p.drawEllipse(QRectF(w * 0.17, h * 0.605, w * 0.66, h * 0.11));
        figure(p, QPointF(w * 0.5, h * 0.25), h * 0.13, QColor(0xe0, 0x6c, 0x3c));
        p.setPen(QPen(QColor(0xe0, 0x6c, 0x3c), w * 0.02, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(w * 0.46, h * 0.34), QPointF(w * 0.38, h * 0.22));
        p.drawLine(QPointF(w * 0.54, h * 0.34), QPointF(w * 0.62, h * 0.22));
        break;
    }
    case Scene::Wedge: {
        wall.setColorAt(0, QColor(0x1d, 0x22, 0x4a));
        wall.setColorAt(1, QColor(0x3a, 0x33, 0x6b));
        p.fillRect(image.rect(), wall);
        p.setPen(Qt::NoPen);
        for (int i = 0; i < 40; ++i) {
            const double x = std::fmod(i * 137.5, 100.0) / 100.0 * w;
            const double y = std::fmod(i * 61.3, 55.0) / 100.0 * h;
            p.setBrush(QColor::fromHsv((i * 47) % 360, 90, 255));
            p.drawEllipse(QPointF(x, y), w * 0.006 + (i % 3) * w * 0.003, w * 0.006 + (i % 3) * w * 0.003);
        }
        p.fillRect(QRectF(0, h * 0.78, w, h * 0.22), QColor(0x5b, 0x8f, 0xa8));
        QPainterPath wedge;
        wedge.moveTo(w * 0.2, h * 0.8);
        wedge.lineTo(w * 0.8, h * 0.8);
        wedge.lineTo(w * 0.8, h * 0.62);
        wedge.closeSubpath();
        p.setBrush(QColor(0xf2, 0xc1, 0x4e));
        p.drawPath(wedge);
        figure(p, QPointF(w * 0.7, h * 0.5), h * 0.1, QColor(0x7b, 0xc4, 0x8f), 75);
        break;
    }
    case Scene::SensoryRoom: {
        wall.setColorAt(0, QColor(0x24, 0x1c, 0x3b));
        wall.setColorAt(1, QColor(0x40, 0x2c, 0x5c));
        p.fillRect(image.rect(), wall);
        p.setPen(Qt::NoPen);
        for (int i = 0; i < 6; ++i) {
            QLinearGradient tube(0, h * 0.1, 0, h * 0.75);
            tube.setColorAt(0, QColor::fromHsv(i * 60, 200, 255, 220));
            tube.setColorAt(1, QColor::fromHsv(i * 60 + 30, 200, 180, 220));
            p.setBrush(tube);
            p.drawRoundedRect(QRectF(w * (0.08 + i * 0.03), h * 0.1, w * 0.02, h * 0.65), w * 0.01, w * 0.01);
        }
        p.setBrush(QColor(0xd9, 0xd2, 0xe9));
        p.drawRoundedRect(QRectF(w * 0.35, h * 0.7, w * 0.55, h * 0.2), w * 0.03, w * 0.03);
        figure(p, QPointF(w * 0.5, h * 0.48), h * 0.12, QColor(0xe5, 0x7a, 0xa8));
        figure(p, QPointF(w * 0.74, h * 0.48), h * 0.12, QColor(0x4f, 0xa3, 0xd1));
        break;
    }
    case Scene::EyeGaze: {
        wall.setColorAt(0, QColor(0xf3, 0xec, 0xdc));
        wall.setColorAt(1, QColor(0xe6, 0xdd, 0xc8));
        p.fillRect(image.rect(), wall);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x30, 0x30, 0x30));
        p.drawRoundedRect(QRectF(w * 0.45, h * 0.12, w * 0.46, h * 0.5), w * 0.02, w * 0.02);
        p.fillRect(QRectF(w * 0.66, h * 0.62, w * 0.04, h * 0.2), QColor(0x55, 0x55, 0x55));
        const QList<QColor> tiles{QColor(0xf2, 0x8c, 0x28), QColor(0x3f, 0xa3, 0x5b),
                                  QColor(0x2f, 0x7f, 0xc1), QColor(0xd9, 0x4b, 0x6a)};
        for (int i = 0; i < 4; ++i) {
            p.setBrush(tiles.at(i));
            p.drawRoundedRect(
                QRectF(w * (0.48 + (i % 2) * 0.21), h * (0.15 + (i / 2) * 0.23), w * 0.19, h * 0.2),
                w * 0.012, w * 0.012);
        }
        p.setBrush(QColor(0x6d, 0x6d, 0x7a));
        p.drawRoundedRect(QRectF(w * 0.08, h * 0.55, w * 0.3, h * 0.3), w * 0.03, w * 0.03);
        figure(p, QPointF(w * 0.23, h * 0.38), h * 0.12, QColor(0x9b, 0x6c, 0xc9));
        break;
    }
    }
    p.end();
    return image;
}

QByteArray jpeg(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 88);
    return bytes;
}

class Maker
{
public:
    Maker(Store &store, MediaStore &media) : m_store(store), m_media(media) {}

    QString run()
    {
        const QList<School> schools = m_store.schools();
        if (schools.isEmpty())
            return {};
        m_schoolId = schools.first().id;
        for (const Term &t : m_store.termsOfSchool(m_schoolId))
            if (t.name == QLatin1String("Autumn 2026"))
                m_termId = t.id;
        for (const Pupil &p : m_store.pupilsOfSchool(m_schoolId))
            m_pupils.insert(p.firstName, p);
        for (const AreaOfLearning &a : m_store.areasOfSchool(m_schoolId))
            m_areaNames.insert(a.id, a.name);
        const QStringList needed{QStringLiteral("Oliver"), QStringLiteral("Ruby"), QStringLiteral("Amira"),
                                 QStringLiteral("Evie")};
        for (const QString &name : needed)
            if (!m_pupils.contains(name))
                return {}; // not the demo school: nothing to add
        if (m_termId.isEmpty())
            return {};
        const bool ok = m_store.transaction([&] { return addAll(); });
        m_store.setActingStaffId({});
        return ok ? QString() : (m_error.isEmpty() ? m_store.lastError() : m_error);
    }

private:
    bool addAll()
    {
        const Pupil oliver = m_pupils.value(QStringLiteral("Oliver"));
        const Pupil ruby = m_pupils.value(QStringLiteral("Ruby"));
        const Pupil amira = m_pupils.value(QStringLiteral("Amira"));
        const Pupil evie = m_pupils.value(QStringLiteral("Evie"));
        const auto trampoline =
            photo(Scene::Trampoline, {oliver}, QStringLiteral("Physical"), {2026, 11, 12},
                  QStringLiteral("Rebound therapy. Bounced with a light hold at both hands for "
                                 "3 minutes; signed 'more' twice when we stopped."));
        const auto wedge =
            photo(Scene::Wedge, {ruby}, QStringLiteral("Physical"), {2026, 11, 6},
                  QStringLiteral("Over the wedge in the sensory room, physio at her shoulders. "
                                 "Head up for 12 s twice to track the projector."));
        const auto together =
            photo(Scene::SensoryRoom, {ruby, amira}, QStringLiteral("Communication"), {2026, 10, 15},
                  QStringLiteral("Ruby and Amira on the mat by the bubble tubes; Ruby "
                                 "vocalised to the lights changing, Amira watched."));
        const auto gaze = photo(Scene::EyeGaze, {evie}, QStringLiteral("Communication"), {2026, 11, 11},
                                QStringLiteral("Eye gaze: 4 of 5 choices held for 3 s or more."));
        if (!trampoline || !wedge || !together || !gaze)
            return false;
        // Oliver: a photo, his swimming, and his switch work still to be captioned for his family.
        return highlight(oliver, *trampoline,
                         QStringLiteral("Oliver loved rebound therapy this term. He bounced with just a "
                                        "light hold at his hands and asked for 'more'.")) &&
               highlight(oliver, writtenOn(oliver, {2026, 11, 17}),
                         QStringLiteral(
                             "Calm and smiling in the pool with Mrs Whitfield, three weeks in a row.")) &&
               highlight(oliver, writtenOn(oliver, {2026, 10, 22}), QString()) &&
               // Ruby: her photo, one with Amira in it (words only), and Intensive Interaction.
               highlight(ruby, *wedge,
                         QStringLiteral(
                             "Ruby lifted her head over the wedge to watch the stars on the ceiling.")) &&
               highlight(
                   ruby, *together,
                   QStringLiteral("Ruby called out to the bubble tubes each time their colours changed.")) &&
               highlight(ruby, writtenOn(ruby, {2026, 10, 15}),
                         QStringLiteral("Ruby took turns with her voice in Intensive Interaction, and smiled "
                                        "when her turn was copied.")) &&
               // Evie: eye gaze.
               highlight(evie, *gaze,
                         QStringLiteral("Evie used her eye gaze screen to choose music, looking at her "
                                        "choice until it played.")) &&
               highlight(evie, writtenOn(evie, {2026, 11, 11}),
                         QStringLiteral("Evie made four choices out of five with the E-tran frame."));
    }

    // A teacher of the pupil's class (who chooses highlights), and anyone of it (who took the photo).
    QString classStaff(const Pupil &pupil, bool teacher)
    {
        for (const Staff &s : m_store.staffOfClass(pupil.classId))
            if (!teacher || s.hasRole(StaffRole::Teacher))
                return s.id;
        return {};
    }

    // One of the pupil's targets this term in the area whose name starts with `area`.
    QString targetIn(const Pupil &pupil, const QString &area)
    {
        const auto ilp = m_store.ilpFor(pupil.id, m_termId);
        if (!ilp)
            return {};
        for (const Target &t : m_store.targetsOfIlp(ilp->id))
            if (m_areaNames.value(t.areaId).startsWith(area))
                return t.id;
        return {};
    }

    std::optional<EvidenceItem> photo(Scene scene, const QList<Pupil> &pupils, const QString &area,
                                      const QDate &day, const QString &note)
    {
        EvidenceItem item;
        item.id = newId();
        item.schoolId = m_schoolId;
        item.kind = EvidenceKind::Photo;
        item.capturedAt = QDateTime(day, QTime(11, 5));
        item.capturedBy = classStaff(pupils.first(), false);
        item.deviceId = m_store.deviceId();
        item.note = note;
        item.setting = QStringLiteral("sensory_room");
        if (scene == Scene::Trampoline)
            item.setting = QStringLiteral("hall");
        if (scene == Scene::EyeGaze)
            item.setting = QStringLiteral("classroom");
        item.promptLevel = PromptLevel::Physical;
        bool everyoneShareable = true;
        for (const Pupil &p : pupils) {
            QStringList targets;
            if (const QString t = targetIn(p, area); !t.isEmpty())
                targets << t;
            item.pupils << EvidencePupil{p.id, targets};
            everyoneShareable = everyoneShareable && p.mediaConsent == MediaConsent::ShareableWithParents;
        }
        item.visibility = everyoneShareable ? Visibility::ShareableWithParents : Visibility::InternalOnly;
        const QImage original = draw(scene, QSize(1200, 900));
        const QImage thumbnail = original.scaled(320, 240, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        for (const auto &[image, role] :
             {std::pair{original, MediaRole::Original}, std::pair{thumbnail, MediaRole::Thumbnail}}) {
            const MediaStore::PutResult put = m_media.put(jpeg(image));
            if (!put.ok) {
                m_error = put.message;
                return std::nullopt;
            }
            MediaReference m;
            m.sha256 = put.sha256;
            m.role = role;
            m.mimeType = QStringLiteral("image/jpeg");
            m.byteSize = put.byteSize;
            m.widthPx = image.width();
            m.heightPx = image.height();
            item.media << m;
        }
        m_store.setActingStaffId(item.capturedBy);
        const WriteResult r = m_store.save(item);
        if (!r.ok) {
            m_error = QStringLiteral("The demo's photo could not be saved: %1").arg(r.message);
            return std::nullopt;
        }
        return item;
    }

    // The pupil's written observation of that day, from the demo school's evidence.
    EvidenceItem writtenOn(const Pupil &pupil, const QDate &day)
    {
        EvidenceFilter filter;
        filter.pupilId = pupil.id;
        filter.from = day;
        filter.to = day;
        for (const EvidenceItem &item : m_store.evidence(filter, 10))
            if (item.kind == EvidenceKind::Written)
                return item;
        return {};
    }

    bool highlight(const Pupil &pupil, const EvidenceItem &item, const QString &caption)
    {
        if (item.id.isEmpty()) {
            m_error =
                QStringLiteral("The demo's evidence of %1 for a highlight is missing.").arg(pupil.firstName);
            return false;
        }
        ProfileHighlight h;
        h.id = newId();
        h.pupilId = pupil.id;
        h.termId = m_termId;
        h.evidenceId = item.id;
        h.caption = caption;
        h.chosenBy = classStaff(pupil, true);
        h.sortOrder = m_order[pupil.id]++;
        m_store.setActingStaffId(h.chosenBy);
        const WriteResult r = m_store.save(h);
        if (!r.ok)
            m_error = QStringLiteral("The demo's highlight for %1 could not be saved: %2")
                          .arg(pupil.firstName, r.message);
        return r.ok;
    }

    Store &m_store;
    MediaStore &m_media;
    QString m_error;
    QString m_schoolId;
    QString m_termId;
    QHash<QString, Pupil> m_pupils;
    QHash<QString, QString> m_areaNames;
    QHash<QString, int> m_order;
};

} // namespace

QString add(Store &store, MediaStore &media)
{
    return Maker(store, media).run();
}

} // namespace Stride::DemoProfiles
