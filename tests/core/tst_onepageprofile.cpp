// The one-page profile for families (seed 004's "Unique Profiles", core/documents/onepageprofile.h)
// and its photo rule (core/termend/profileconsent.h): a photo goes home only where every pupil in
// it may be shown to families and the item is shareable with parents; otherwise the highlight is
// printed in words. Read back with poppler (pdfinfo, pdftotext, pdfimages) as a family's PDF
// reader would: one page, the teacher's captions, and no picture of a child without consent.
#include "documents/onepageprofile.h"
#include "moderation/formpdflayout.h"
#include "termend/profileconsent.h"
#include "testsupport.h"

#include "core/packfixture.h"
#include "core/packtools.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

#include <catch2/catch.hpp>

using namespace Stride;

namespace {

struct Profile
{
    Testing::TempStore db;
    QTemporaryDir mediaDir;
    MediaStore media = Testing::keyedMediaStore(mediaDir.path(), db.store.deviceKeys().media);
    PackFixture::Meeting m;
    int order = 0;

    Profile()
    {
        media.prepareFolders();
        INFO(m.error.toStdString());
        REQUIRE(m.setUp(db.store, &media));
    }

    Store &store() { return db.store; }

    EvidenceItem evidence(EvidenceKind kind, const QString &note, int target = 0)
    {
        const auto e = m.addEvidence(store(), m.ava, m.avaTargets.at(target), kind, note);
        INFO(m.error.toStdString());
        REQUIRE(e);
        return *e;
    }

    // A photo of Ava and Cara together: Cara's consent is for use in school only, so the item is
    // internal only, as capture makes it.
    EvidenceItem groupPhoto(const QString &note)
    {
        EvidenceItem item;
        item.id = PackFixture::newUuid();
        item.schoolId = m.school.id;
        item.kind = EvidenceKind::Photo;
        item.capturedAt = QDateTime(QDate(2026, 10, 14), QTime(11, 0));
        item.capturedBy = m.assessor.id;
        item.note = note;
        item.pupils = {{m.ava.id, {m.avaTargets.at(1).id}}, {m.cara.id, {m.caraTargets.at(1).id}}};
        item.visibility = Visibility::InternalOnly;
        REQUIRE(m.putMedia(PackFixture::jpeg(QSize(1200, 900), 77), MediaRole::Original,
                           QStringLiteral("image/jpeg"), QSize(1200, 900), &item.media));
        REQUIRE(m.putMedia(PackFixture::jpeg(QSize(320, 240), 77), MediaRole::Thumbnail,
                           QStringLiteral("image/jpeg"), QSize(320, 240), &item.media));
        const WriteResult r = store().save(item);
        INFO(r.message.toStdString());
        REQUIRE(r.ok);
        return item;
    }

    ProfileHighlight highlight(const EvidenceItem &item, const QString &caption)
    {
        ProfileHighlight h;
        h.id = PackFixture::newUuid();
        h.pupilId = m.ava.id;
        h.termId = m.term.id;
        h.evidenceId = item.id;
        h.caption = caption;
        h.chosenBy = m.assessor.id;
        h.sortOrder = order++;
        const WriteResult r = store().save(h);
        INFO(r.message.toStdString());
        REQUIRE(r.ok);
        return h;
    }

    OnePageProfile::Data read() { return OnePageProfile::read(store(), m.ava.id, m.term.id, &media); }

    // The profile as the batch prints it: an A4 PDF with FormPdf's margins.
    QString pdf(const OnePageProfile::Data &data)
    {
        const QString path = db.dir.filePath(QStringLiteral("profile-%1.pdf").arg(order++));
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(14, 12, 14, 10), QPageLayout::Millimeter);
        writer.setResolution(600);
        FormPdfLayout layout(&writer);
        OnePageProfile::draw(layout, data);
        REQUIRE(layout.finish());
        return path;
    }
};

int pageCount(const QString &pdf)
{
    const PackTools::Run r = PackTools::run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(r.out));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The pictures the PDF holds (pdfimages lists one line per image after its two heading lines).
int imageCount(const QString &pdf)
{
    const PackTools::Run r = PackTools::run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    REQUIRE(r.exitCode == 0);
    return int(QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size()) - 2;
}

Pupil pupilWith(const QString &first, MediaConsent consent)
{
    Pupil p;
    p.id = PackFixture::newUuid();
    p.firstName = first;
    p.surname = QStringLiteral("Test");
    p.mediaConsent = consent;
    return p;
}

EvidenceItem photoOf(const QList<Pupil> &pupils, Visibility visibility)
{
    EvidenceItem item;
    item.kind = EvidenceKind::Photo;
    item.visibility = visibility;
    for (const Pupil &p : pupils)
        item.pupils << EvidencePupil{p.id, {}};
    return item;
}

} // namespace

TEST_CASE("Profile photo rule: every pupil in it shareable with parents, and the item shareable", "[profile]")
{
    const Pupil sam = pupilWith(QStringLiteral("Sam"), MediaConsent::ShareableWithParents);
    const Pupil ruby = pupilWith(QStringLiteral("Ruby"), MediaConsent::ShareableWithParents);
    const Pupil amira = pupilWith(QStringLiteral("Amira"), MediaConsent::InternalOnly);
    const Pupil tyler = pupilWith(QStringLiteral("Tyler"), MediaConsent::None);

    SECTION("Everyone may be shown to families, and the item is shareable: printed")
    {
        const auto c =
            ProfilePhotoConsent::of(photoOf({sam, ruby}, Visibility::ShareableWithParents), {sam, ruby});
        CHECK(c.mayPrint);
        CHECK(c.reason.isEmpty());
    }
    SECTION("Another child whose consent is for school only: words, naming them for the teacher")
    {
        const auto c = ProfilePhotoConsent::of(photoOf({sam, amira}, Visibility::InternalOnly), {sam, amira});
        CHECK_FALSE(c.mayPrint);
        CHECK(c.reason.contains(QStringLiteral("Amira Test")));
        CHECK(c.reason.contains(QStringLiteral("in school only")));
        CHECK_FALSE(c.reason.contains(QStringLiteral("Sam Test")));
    }
    SECTION("Even an item wrongly marked shareable is held back by a pupil's consent")
    {
        const auto c =
            ProfilePhotoConsent::of(photoOf({sam, amira}, Visibility::ShareableWithParents), {sam, amira});
        CHECK_FALSE(c.mayPrint);
        CHECK(c.reason.contains(QStringLiteral("Amira Test")));
    }
    SECTION("A pupil with no consent at all")
    {
        const auto c = ProfilePhotoConsent::of(photoOf({tyler, sam}, Visibility::InternalOnly), {tyler, sam});
        CHECK_FALSE(c.mayPrint);
        CHECK(c.reason.contains(QStringLiteral("Tyler Test has no photo consent")));
    }
    SECTION("Everyone shareable, but the item was recorded as internal only")
    {
        const auto c = ProfilePhotoConsent::of(photoOf({sam}, Visibility::InternalOnly), {sam});
        CHECK_FALSE(c.mayPrint);
        CHECK(c.reason.contains(QStringLiteral("Who may see it?")));
    }
    SECTION("A pupil not on this tablet counts as no consent")
    {
        const auto c = ProfilePhotoConsent::of(photoOf({sam, ruby}, Visibility::ShareableWithParents), {sam});
        CHECK_FALSE(c.mayPrint);
        CHECK(c.reason.contains(QStringLiteral("no longer on this tablet")));
    }
}

TEST_CASE("One-page profile: captions, photos only with every child's consent, one A4 page", "[profile][pdf]")
{
    Profile t;
    const EvidenceItem shared = t.evidence(EvidenceKind::Photo, QStringLiteral("PHYS gestural prompt x2"));
    const EvidenceItem together = t.groupPhoto(QStringLiteral("Ava and Cara at the sensory table"));
    const EvidenceItem written =
        t.evidence(EvidenceKind::Written, QStringLiteral("Staff note: ind. at snack"), 2);
    const EvidenceItem video = t.evidence(EvidenceKind::Video, QStringLiteral("Clip"), 3);
    t.highlight(shared, QStringLiteral("Ava bounced on the trampoline on her own for the first time"));
    t.highlight(together, QStringLiteral("Ava and a friend shared the sensory table"));
    t.highlight(written, QString()); // no caption for the family yet: the staff note stands in
    t.highlight(video, QStringLiteral("Ava pressed her switch to start the music"));

    const OnePageProfile::Data data = t.read();
    REQUIRE(data.cards.size() == 4);
    CHECK(data.heading() == QStringLiteral("Ava's Autumn 2026"));
    CHECK(data.schoolName == QStringLiteral("Millbrook Park School"));

    // The shared photo prints; the one with Cara in it prints as words, and the picker says why.
    CHECK_FALSE(data.cards.at(0).picture.isNull());
    CHECK(data.cards.at(0).wordsOnlyReason.isEmpty());
    CHECK(data.cards.at(1).picture.isNull());
    CHECK(data.cards.at(1).wordsOnlyReason.contains(QStringLiteral("Cara Brown")));
    // A written observation has no picture to withhold; its staff note is flagged for the teacher.
    CHECK(data.cards.at(2).picture.isNull());
    CHECK(data.cards.at(2).wordsOnlyReason.isEmpty());
    CHECK(data.cards.at(2).captionWrittenForStaff);
    CHECK(data.cards.at(2).caption == QStringLiteral("Staff note: ind. at snack"));
    CHECK_FALSE(data.cards.at(0).captionWrittenForStaff);
    // A video prints its still frame, marked as a video.
    CHECK_FALSE(data.cards.at(3).picture.isNull());
    CHECK(data.cards.at(3).video);
    // The area of school life is the area of the target the evidence shows.
    CHECK(data.cards.at(0).area == t.m.areas.at(0).name);
    CHECK(data.cards.at(0).date == QDate(2026, 11, 3));

    const QString pdf = t.pdf(data);
    CHECK(pageCount(pdf) == 1);
    const QString words = PackTools::pdfWords(pdf);
    INFO(words.toStdString());
    CHECK(words.contains(QStringLiteral("Ava's Autumn 2026")));
    CHECK(words.contains(QStringLiteral("Ava bounced on the trampoline on her own for the first time")));
    CHECK(words.contains(QStringLiteral("Ava and a friend shared the sensory table")));
    CHECK(words.contains(QStringLiteral("Ava pressed her switch to start the music")));
    CHECK(words.contains(QStringLiteral("3 November 2026")));
    CHECK(words.contains(QStringLiteral("Recorded by school.")));
    // Nothing staff-only: no prompt levels, no staff names, no reasons meant for the teacher.
    CHECK_FALSE(words.contains(QStringLiteral("Gestural")));
    CHECK_FALSE(words.contains(QStringLiteral("Sarah")));
    CHECK_FALSE(words.contains(QStringLiteral("Jones")));
    CHECK_FALSE(words.contains(QStringLiteral("Cara")));
    CHECK_FALSE(words.contains(QStringLiteral("stays in school")));
    // Two pictures in the PDF: the shared photo and the video's still frame, never the group photo.
    CHECK(imageCount(pdf) == 2);

    SECTION("Cara's family agrees to share and the item is made shareable: the photo prints")
    {
        Pupil cara = t.m.cara;
        cara.mediaConsent = MediaConsent::ShareableWithParents;
        REQUIRE(t.store().save(cara).ok);
        EvidenceItem item = *t.store().evidenceItem(together.id);
        item.visibility = Visibility::ShareableWithParents;
        REQUIRE(t.store().save(item).ok);
        const OnePageProfile::Data now = t.read();
        CHECK_FALSE(now.cards.at(1).picture.isNull());
        CHECK(imageCount(t.pdf(now)) == 3);
    }
    SECTION("Without the media files on this tablet every card prints in words, saying why")
    {
        const OnePageProfile::Data bare = OnePageProfile::read(t.store(), t.m.ava.id, t.m.term.id, nullptr);
        REQUIRE(bare.cards.size() == 4);
        CHECK(bare.cards.at(0).picture.isNull());
        CHECK(bare.cards.at(0).wordsOnlyReason.contains(QStringLiteral("not on this tablet")));
        const QString bareWords = PackTools::pdfWords(t.pdf(bare));
        CHECK(bareWords.contains(
            QStringLiteral("Ava bounced on the trampoline on her own for the first time")));
        CHECK(imageCount(t.pdf(bare)) == 0);
    }
}

TEST_CASE("One-page profile: one page whatever the number of highlights and the length of captions",
          "[profile][pdf]")
{
    Profile t;
    const QString longCaption =
        QStringLiteral("Ava took part in rebound therapy every week this term, and by November she was "
                       "asking for 'more' with her symbol, bouncing with only a light hold at her hands, "
                       "and laughing the whole time. She waited for her turn on the bench and clapped for "
                       "her friends. We are so proud of how far she has come since September, and she "
                       "shows it with the biggest smile in the room.");
    for (int n = 1; n <= 8; ++n) {
        const EvidenceItem item = t.evidence(n % 3 == 0 ? EvidenceKind::Written : EvidenceKind::Photo,
                                             QStringLiteral("note %1").arg(n), n % 4);
        t.highlight(item, n == 2 || n == 5 ? (longCaption + longCaption).left(500)
                                           : QStringLiteral("Highlight number %1 of Ava's term").arg(n));
        const OnePageProfile::Data data = t.read();
        INFO("highlights: " << n);
        CHECK(data.cards.size() == qMin(n, OnePageProfile::kMostHighlights));
        const QString pdf = t.pdf(data);
        CHECK(pageCount(pdf) == 1);
        const QString words = PackTools::pdfWords(pdf);
        // Every short caption on the page is there whole (the long ones are shortened to fit).
        for (int shown = 1; shown <= qMin(n, OnePageProfile::kMostHighlights); ++shown)
            if (shown != 2 && shown != 5)
                CHECK(words.contains(QStringLiteral("Highlight number %1 of Ava's term").arg(shown)));
        CHECK_FALSE(words.contains(QStringLiteral("Highlight number 7 of Ava's term")));
        if (n > OnePageProfile::kMostHighlights) {
            CHECK(data.leftOut.size() == 1);
            CHECK(data.leftOut.first().contains(QStringLiteral("Only 6 highlights fit on the page")));
        }
    }
    // The picker's preview is the same page, A4's shape.
    const QImage preview = OnePageProfile::preview(t.read(), 600);
    CHECK(preview.width() == 600);
    CHECK(preview.height() == 849);
}

TEST_CASE("One-page profile: a highlight whose evidence is gone is left out and named for the teacher",
          "[profile]")
{
    Profile t;
    const EvidenceItem kept = t.evidence(EvidenceKind::Written, QStringLiteral("kept"));
    const EvidenceItem gone = t.evidence(EvidenceKind::Written, QStringLiteral("gone"), 1);
    t.highlight(kept, QStringLiteral("Ava counted to ten"));
    t.highlight(gone, QStringLiteral("Ava sang in assembly"));
    t.store().setActingStaffId(t.m.assessor.id);
    REQUIRE(t.store().removeEvidenceItem(gone.id).ok);
    const OnePageProfile::Data data = t.read();
    REQUIRE(data.cards.size() == 1);
    CHECK(data.cards.first().caption == QStringLiteral("Ava counted to ten"));
    // The store removed the highlight with its evidence; nothing is left to name.
    CHECK(data.leftOut.isEmpty());

    SECTION("A pupil with no highlights gets a page that says so, not a blank one")
    {
        const OnePageProfile::Data none = OnePageProfile::read(t.store(), t.m.cara.id, t.m.term.id, &t.media);
        CHECK(none.isEmpty());
        const QString words = PackTools::pdfWords(t.pdf(none));
        CHECK(words.contains(QStringLiteral("No highlights have been chosen for Cara's term yet.")));
    }
    SECTION("The store refuses a highlight of evidence that is not of that pupil")
    {
        ProfileHighlight h;
        h.id = PackFixture::newUuid();
        h.pupilId = t.m.cara.id;
        h.termId = t.m.term.id;
        h.evidenceId = kept.id;
        h.chosenBy = t.m.assessor.id;
        CHECK_FALSE(t.store().save(h).ok);
    }
}
