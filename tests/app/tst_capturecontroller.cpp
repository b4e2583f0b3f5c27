// The capture controller without a window: what the capture page and the tagging sheet drive.
// Photos are made at test time and come in through the same file-import source a desktop uses.

#include "appfixture.h"

#include "capturecontroller.h"
#include "wording.h"

#include "media/mediastore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::Testing;

namespace {

// Imports `path` as the draft's photo and waits for it to arrive.
bool importPhoto(DemoTablet &t, const QString &path)
{
    QSignalSpy arrived(&t.capture(), &CaptureController::mediaCaptured);
    t.capture().importFile(path);
    return waitUntil([&] { return arrived.count() > 0; }, 10000);
}

} // namespace

TEST_CASE("A photo against one target is saved with its target and both files", "[capture]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Hannah")));
    const Pupil pupil = t.pupilWith(MediaConsent::ShareableWithParents);
    const QList<Target> targets = t.targetsOf(pupil.id);
    REQUIRE_FALSE(targets.isEmpty());
    CaptureController &c = t.capture();

    REQUIRE(c.begin({pupil.id}, targets.first().id, QStringLiteral("photo")));
    CHECK(c.consentAllowed());
    CHECK(c.selectedTargets() == QStringList{pupil.id + QLatin1Char('/') + targets.first().id});
    CHECK_FALSE(c.canSave()); // no photo yet
    CHECK(c.saveHint() == QStringLiteral("Take the photo first."));

    REQUIRE(importPhoto(t, t.makePhoto()));
    CHECK(c.hasMedia());
    CHECK(c.mediaText() == QStringLiteral("Photo, 1200 × 900"));
    CHECK_FALSE(c.previewImage({320, 240}).isNull());
    REQUIRE(c.canSave());

    QSignalSpy saved(&c, &CaptureController::saved);
    REQUIRE(c.save());
    REQUIRE(saved.count() == 1);
    const QString id = saved.first().first().toString();
    const auto item = t.store().evidenceItem(id);
    REQUIRE(item);
    CHECK(item->kind == EvidenceKind::Photo);
    CHECK(item->capturedBy == t.staffId(QStringLiteral("Hannah")));
    CHECK(item->capturedAt.toLocalTime().date() == QDate(2026, 11, 22)); // the session's day
    REQUIRE(item->pupils.size() == 1);
    CHECK(item->pupils.first().targetIds == QStringList{targets.first().id});
    REQUIRE(item->media.size() == 2);
    for (const MediaReference &m : item->media)
        CHECK(QCryptographicHash::hash(t.app->mediaStore().read(m.sha256), QCryptographicHash::Sha256)
                  .toHex() == m.sha256.toLatin1());
    CHECK_FALSE(c.active()); // ready for the next one
    CHECK(saved.first().at(1).toString().startsWith(
        QStringLiteral("Photo saved for %1").arg(pupil.displayName())));
}

TEST_CASE("A file that is not a picture is said so, and the words go with another kind or capture",
          "[capture]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Hannah")));
    const Pupil pupil = t.pupilWith(MediaConsent::ShareableWithParents);
    CaptureController &c = t.capture();
    const QString notAPicture = t.dir.filePath(QStringLiteral("register.jpg"));
    QFile file(notAPicture);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Ava, Ben, Cara: present\n");
    file.close();

    const auto importRefused = [&] {
        QSignalSpy failed(&c, &CaptureController::failed);
        c.importFile(notAPicture);
        return waitUntil([&] { return failed.count() > 0; });
    };
    REQUIRE(c.begin({pupil.id}, {}, QStringLiteral("photo")));
    REQUIRE(importRefused());
    CHECK(c.message().contains(QStringLiteral("not a photo")));
    CHECK_FALSE(c.message().contains(QStringLiteral("JPEG image")));

    SECTION("switching to a video")
    {
        c.setKind(EvidenceKind::Video);
        CHECK(c.message().isEmpty());
    }
    SECTION("leaving by the header, then a new capture")
    {
        REQUIRE(c.begin({pupil.id}, {}, QStringLiteral("photo")));
        CHECK(c.message().isEmpty());
    }
}

TEST_CASE("A pupil without media consent stops the camera before it opens", "[capture][consent]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Tom")));
    const Pupil none = t.pupilWith(MediaConsent::None);
    REQUIRE_FALSE(none.id.isEmpty());
    CaptureController &c = t.capture();

    CHECK_FALSE(c.begin({none.id}, {}, QStringLiteral("photo")));
    CHECK_FALSE(c.consentAllowed());
    CHECK(c.consentMessage().contains(none.displayName()));
    CHECK(c.pupilsWithoutConsent() == QStringList{none.displayName()});

    // The shutter does nothing but say why.
    QSignalSpy blocked(&c, &CaptureController::consentBlocked);
    c.importFile(t.makePhoto());
    CHECK(blocked.count() == 1);
    waitUntil([] { return false; }, 300);
    CHECK_FALSE(c.hasMedia());

    // Everything typed so far survives the switch to a written observation.
    c.setSetting(QStringLiteral("Café"));
    c.setMeasure(QStringLiteral("2 requests"));
    c.setPromptLevel(QStringLiteral("spoken"));
    c.switchToWritten();
    CHECK(c.kind() == EvidenceKind::Written);
    CHECK(c.consentAllowed());
    CHECK(c.setting() == QStringLiteral("Café"));
    CHECK(c.measure() == QStringLiteral("2 requests"));
    CHECK(c.promptLevel() == QStringLiteral("spoken"));
    CHECK(c.saveHint() == QStringLiteral("Write what you saw in the note."));
    c.setNote(QStringLiteral("Asked for a drink at the counter with his communication book."));
    QSignalSpy saved(&c, &CaptureController::saved);
    REQUIRE(c.save());
    const auto item = t.store().evidenceItem(saved.first().first().toString());
    REQUIRE(item);
    CHECK(item->kind == EvidenceKind::Written);
    CHECK(item->media.isEmpty());
    CHECK(item->setting == QStringLiteral("Café"));
}

TEST_CASE("Group evidence with a pupil without consent: blocked, then leave them out", "[capture][consent]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Tom")));
    const Pupil none = t.pupilWith(MediaConsent::None);
    const Pupil ok = t.pupilWith(MediaConsent::ShareableWithParents, none.classId);
    CaptureController &c = t.capture();

    CHECK_FALSE(c.begin({ok.id, none.id}, {}, QStringLiteral("photo")));
    CHECK(c.consentMessage().contains(none.displayName()));
    CHECK_FALSE(c.consentMessage().contains(ok.displayName()));
    c.leaveOutPupilsWithoutConsent();
    CHECK(c.consentAllowed());
    CHECK(c.pupilIds() == QStringList{ok.id});
    REQUIRE(importPhoto(t, t.makePhoto()));
    CHECK(c.save());
}

TEST_CASE("Adding a pupil without consent after the photo is refused at Save, photo kept",
          "[capture][consent]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Tom")));
    const Pupil none = t.pupilWith(MediaConsent::None);
    const Pupil ok = t.pupilWith(MediaConsent::ShareableWithParents, none.classId);
    CaptureController &c = t.capture();
    REQUIRE(c.begin({ok.id}, {}, QStringLiteral("photo")));
    REQUIRE(importPhoto(t, t.makePhoto()));
    c.setNote(QStringLiteral("Passed the ball to each other five times."));
    EvidenceFilter filter;
    filter.pupilId = ok.id;
    const auto before = t.store().evidence(filter, 1000).size();
    c.addPupil(none.id);
    CHECK_FALSE(c.consentAllowed());
    QSignalSpy blocked(&c, &CaptureController::consentBlocked);
    CHECK_FALSE(c.save());
    CHECK(blocked.count() == 1);
    CHECK(c.hasMedia());                                      // nothing thrown away by the refusal
    CHECK(t.store().evidence(filter, 1000).size() == before); // nothing saved

    c.removePupil(none.id);
    CHECK(c.consentAllowed());
    QSignalSpy saved(&c, &CaptureController::saved);
    REQUIRE(c.save());
    const auto item = t.store().evidenceItem(saved.first().first().toString());
    REQUIRE(item);
    CHECK(item->media.size() == 2);
    CHECK(item->note == QStringLiteral("Passed the ball to each other five times."));
}

TEST_CASE("Who may see it is never more than consent allows", "[capture][consent]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Hannah")));
    const Pupil internal = t.pupilWith(MediaConsent::InternalOnly);
    const Pupil shareable = t.pupilWith(MediaConsent::ShareableWithParents, internal.classId);
    CaptureController &c = t.capture();

    // Shareable chosen for a pupil who allows it, and carried over to the next capture...
    REQUIRE(c.begin({shareable.id}, {}, QStringLiteral("written")));
    CHECK(c.canShare());
    c.setVisibility(Visibility::ShareableWithParents);
    CHECK(c.visibility() == Visibility::ShareableWithParents);
    c.setNote(QStringLiteral("Shared the story book with a friend."));
    REQUIRE(c.save());

    // ...is brought down for a pupil whose consent is internal only, with the reason.
    REQUIRE(c.begin({internal.id}, {}, QStringLiteral("written")));
    CHECK(c.carriedOver());
    CHECK_FALSE(c.canShare());
    CHECK(c.visibility() == Visibility::InternalOnly);
    CHECK(c.shareBlockedReason().contains(internal.displayName()));
    c.setVisibility(Visibility::ShareableWithParents);
    CHECK(c.visibility() == Visibility::InternalOnly);
    CHECK(c.message() == c.shareBlockedReason());

    // Adding such a pupil to a shareable draft brings it down too.
    REQUIRE(c.begin({shareable.id}, {}, QStringLiteral("written")));
    c.setVisibility(Visibility::ShareableWithParents);
    c.addPupil(internal.id);
    CHECK(c.visibility() == Visibility::InternalOnly);
}

TEST_CASE("Within a lesson the setting, people, prompt level and visibility carry over", "[capture]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Priya")));
    const Pupil pupil = t.pupilWith(MediaConsent::ShareableWithParents);
    CaptureController &c = t.capture();
    REQUIRE(c.begin({pupil.id}, {}, QStringLiteral("written")));
    CHECK_FALSE(c.carriedOver());
    c.setSetting(QStringLiteral("Swimming pool"));
    c.setPeoplePresent(QStringLiteral("Mrs Hughes"));
    c.setPromptLevel(QStringLiteral("gestural"));
    c.setNote(QStringLiteral("Floated on the noodle."));
    REQUIRE(c.save());
    REQUIRE(c.begin({pupil.id}, {}, QStringLiteral("photo")));
    CHECK(c.carriedOver());
    CHECK(c.setting() == QStringLiteral("Swimming pool"));
    CHECK(c.peoplePresent() == QStringLiteral("Mrs Hughes"));
    CHECK(c.promptLevel() == QStringLiteral("gestural"));
    CHECK(c.note().isEmpty()); // the note is about one moment: it never carries over
}

TEST_CASE("A low disk warns before a recording starts", "[capture]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Priya")));
    CaptureController &c = t.capture();
    c.setFreeSpaceProbe([] { return qint64(300) * 1024 * 1024; });
    REQUIRE(c.begin({t.pupilWith(MediaConsent::ShareableWithParents).id}, {}, QStringLiteral("video")));
    CHECK(c.lowOnSpace());
    CHECK(c.freeSpaceText() == QStringLiteral("300 MB free on this tablet"));
    QSignalSpy warned(&c, &CaptureController::lowSpaceWarning);
    QSignalSpy failed(&c, &CaptureController::failed);
    c.shutter();
    CHECK(warned.count() == 1);
    CHECK(failed.count() == 0); // nothing started
    c.acknowledgeLowSpace();
    c.shutter(); // now it goes ahead (the import source asks for a file)
    CHECK(warned.count() == 1);
    CHECK(failed.count() == 1);
    c.setFreeSpaceProbe([] { return qint64(20) * 1024 * 1024 * 1024; });
    CHECK_FALSE(c.lowOnSpace());
}

TEST_CASE("Someone else taking the tablet parks the draft for its owner", "[capture][session]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Priya")));
    const Pupil pupil = t.pupilWith(MediaConsent::ShareableWithParents);
    CaptureController &c = t.capture();
    REQUIRE(c.begin({pupil.id}, {}, QStringLiteral("photo")));
    REQUIRE(importPhoto(t, t.makePhoto()));
    c.setNote(QStringLiteral("Half-typed when Dawn took over"));

    REQUIRE(t.signInAs(QStringLiteral("Dawn")));
    CHECK_FALSE(c.active());
    CHECK_FALSE(c.hasParkedDraft()); // not Dawn's

    REQUIRE(t.signInAs(QStringLiteral("Priya")));
    CHECK(c.hasParkedDraft());
    CHECK(c.parkedDraftText() == QStringLiteral("You have an unsaved photo of %1.").arg(pupil.firstName));
    REQUIRE(c.resumeParkedDraft());
    CHECK(c.note() == QStringLiteral("Half-typed when Dawn took over"));
    CHECK(c.hasMedia());
    QSignalSpy saved(&c, &CaptureController::saved);
    REQUIRE(c.save());
    CHECK(t.store().evidenceItem(saved.first().first().toString())->capturedBy ==
          t.staffId(QStringLiteral("Priya")));
}

TEST_CASE("Wording for the capture screens", "[capture]")
{
    CHECK(Wording::runningTime(7'400) == QStringLiteral("0:07"));
    CHECK(Wording::runningTime(750'000) == QStringLiteral("12:30"));
    CHECK(Wording::runningTime(3'723'000) == QStringLiteral("1:02:03"));
    CHECK(Wording::names({QStringLiteral("Alfie"), QStringLiteral("Ruby"), QStringLiteral("Amira")}) ==
          QStringLiteral("Alfie, Ruby and Amira"));
    CHECK(Wording::setting(QStringLiteral("swimming_pool")) == QStringLiteral("Swimming pool"));
}
