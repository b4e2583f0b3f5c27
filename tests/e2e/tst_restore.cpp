// Soft delete and restore against the real store, on two real tablets: the TA who captured a
// photo deletes it and it goes from both tablets; the TA cannot restore it; a senior leader on the
// other tablet restores it, and the item, its pupil and target and its photo come back on both
// (docs/sync.md, "Deleted evidence").
#include "e2edevice.h"

#include "capture/evidencecapture.h"
#include "store/deletedevidence.h"

#include <QBuffer>
#include <QImage>
#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::E2e;

namespace {

QByteArray somePhoto()
{
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor(200, 120, 40));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

Staff seniorLeader(Store &store, const QString &schoolId)
{
    for (const Staff &s : store.staffOfSchool(schoolId))
        if (s.hasRole(StaffRole::SeniorLeader))
            return s;
    FAIL("The demo school has no senior leader");
    return {};
}

void deletedAndRestored(Backend backend)
{
    StoreServer server(backend);
    const QString schoolId = server.loadDemo();
    server.start();
    Device a;
    Device b;
    const DemoPicks picks = a.joinSchool(server, schoolId, QStringLiteral("Oak iPad"));
    b.joinSchool(server, schoolId, QStringLiteral("Office iPad"));

    // The TA photographs the pupil on tablet A; both tablets have it.
    CapturedMedia photo;
    photo.kind = EvidenceKind::Photo;
    photo.bytes = somePhoto();
    EvidenceItem draft;
    draft.schoolId = schoolId;
    draft.kind = EvidenceKind::Photo;
    draft.capturedAt = QDateTime::currentDateTimeUtc();
    draft.capturedBy = picks.assistant.id;
    draft.deviceId = a.store.deviceId();
    draft.note = QStringLiteral("Chose the red cup and signed 'drink'.");
    draft.pupils = {{picks.pupil.id, {picks.targetId}}};
    const auto saved = EvidenceCapture(a.store, *a.media).save(draft, &photo);
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok);
    const EvidenceItem item = *a.store.evidenceItem(saved.evidenceId);
    REQUIRE(item.media.size() == 2); // the photo and its thumbnail
    requireSynced(a);
    requireSynced(b);
    REQUIRE(b.store.evidenceItem(item.id));

    // The TA who captured it deletes it: it goes from both tablets, and the store lists it.
    REQUIRE(a.store.removeEvidenceItem(item.id).ok);
    requireSynced(a);
    requireSynced(b);
    CHECK_FALSE(b.store.evidenceItem(item.id));
    CHECK_FALSE(a.store.evidenceItem(item.id));
    const QList<DeletedEvidence> listed = DeletedEvidenceList(b.store).recent(schoolId);
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().id == item.id);
    CHECK(listed.first().kind == EvidenceKind::Photo);
    CHECK(listed.first().pupilIds == QStringList{picks.pupil.id});
    CHECK(listed.first().capturedBy == picks.assistant.id);
    CHECK(listed.first().deletedBy == picks.assistant.id);
    CHECK(listed.first().capturedAt == item.capturedAt.toUTC());

    // The TA cannot bring it back: the tablet says so and sends nothing.
    const qint64 unsent = a.store.unsentMutationCount();
    const WriteResult refused = DeletedEvidenceList(a.store).restore(item.id);
    CHECK_FALSE(refused.ok);
    CHECK(refused.message.startsWith(
        QStringLiteral("Only the assessment lead or SLT restore deleted evidence")));
    CHECK(a.store.unsentMutationCount() == unsent);

    // A senior leader on tablet B restores it: back on both tablets, whole.
    b.actAs(seniorLeader(b.store, schoolId).id);
    REQUIRE(DeletedEvidenceList(b.store).restore(item.id).ok);
    CHECK(DeletedEvidenceList(b.store).recent(schoolId).first().restoreAsked());
    requireSynced(b);
    requireSynced(a);
    for (Device *d : {&a, &b}) {
        const auto back = d->store.evidenceItem(item.id);
        REQUIRE(back);
        CHECK(back->note == item.note);
        CHECK(back->kind == EvidenceKind::Photo);
        CHECK(back->capturedBy == picks.assistant.id);
        CHECK(back->pupils == item.pupils);
        auto described = [](const QList<MediaReference> &media) {
            QStringList lines;
            for (const MediaReference &m : media)
                lines << QStringLiteral("%1 %2 %3 %4 %5x%6")
                             .arg(m.sha256, toKey(m.role), m.mimeType)
                             .arg(m.byteSize)
                             .arg(m.widthPx)
                             .arg(m.heightPx);
            lines.sort();
            return lines.join(QLatin1Char('\n')).toStdString();
        };
        CHECK(described(back->media) == described(item.media));
        CHECK(DeletedEvidenceList(d->store).recent(schoolId).isEmpty());
    }
    // Its photo is still on the store, for tablet B to fetch.
    const auto enrolment = b.ledger().enrolment();
    REQUIRE(enrolment);
    for (const MediaReference &m : item.media)
        CHECK(
            server.request("HEAD", QStringLiteral("/v1/media/") + m.sha256, enrolment->deviceToken).status ==
            200);

    // Restoring again changes nothing.
    const qint64 before = b.store.unsentMutationCount();
    CHECK_FALSE(DeletedEvidenceList(b.store).restore(item.id).ok); // it is not deleted any more
    CHECK(b.store.unsentMutationCount() == before);
}

} // namespace

STRIDE_E2E_SCENARIO("A TA's delete is soft: SLT restore the photo on another tablet, and both get it back",
                    deletedAndRestored)
