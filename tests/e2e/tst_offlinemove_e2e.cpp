// Evidence recorded offline for a pupil who meanwhile left the tablet's classes (docs/sync.md,
// "Scope"): a teaching assistant on the old class's tablet photographs a pupil with no network
// while senior leaders move that pupil to another class. At the tablet's next sync nothing she
// recorded is lost: the records go first (push before pull), the photo is uploaded and confirmed
// although the pupil has been evicted meanwhile, and only then do the item and its file leave the
// old tablet. The store, and the new class's tablet, have the evidence and its photo.
#include "e2edevice.h"

#include "sync/mediafetcher.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QSignalSpy>

using namespace Stride;
using namespace Stride::E2e;

namespace {

void evidenceOfAMovedPupil(Backend backend)
{
    StoreServer server(backend);
    const QString schoolId = server.loadDemo();
    server.start();
    Device office;
    office.enrol(server, schoolId, QStringLiteral("Office iPad"));
    requireSynced(office);
    const DemoPicks picks = pickFromDemo(office.store);
    const QString fromClass = picks.pupil.classId;
    const QString toClass =
        valueOf(office.store,
                QStringLiteral("SELECT id FROM school_class WHERE id <> ? ORDER BY name LIMIT 1"),
                {fromClass})
            .toString();
    auto nameOf = [&](const QString &classId) {
        return valueOf(office.store, QStringLiteral("SELECT name FROM school_class WHERE id = ?"), {classId})
            .toString();
    };
    Device oldClass;
    oldClass.enrol(server, schoolId, QStringLiteral("Old class iPad"), {nameOf(fromClass)});
    requireSynced(oldClass);
    Device newClass;
    newClass.enrol(server, schoolId, QStringLiteral("New class iPad"), {nameOf(toClass)});
    requireSynced(newClass);

    // In the swimming pool, with no network: the assistant photographs the pupil against a target.
    oldClass.actAs(picks.assistant.id);
    const QByteArray bytes = QByteArray("offline photo at the pool ") + newId().toLatin1();
    const MediaStore::PutResult photo = oldClass.media->put(bytes);
    REQUIRE(photo.ok);
    EvidenceItem item =
        writtenObservation(picks, QStringLiteral("Swam a width with a float."), oldClass.store.deviceId());
    item.kind = EvidenceKind::Photo;
    item.media = {{photo.sha256, MediaRole::Original, QStringLiteral("image/jpeg"), photo.byteSize, 0, 0, 0}};
    const WriteResult saved = oldClass.store.save(item);
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok);

    // Meanwhile senior leaders move the pupil to the other class.
    const QString slt = valueOf(office.store, QStringLiteral("SELECT id FROM staff WHERE roles LIKE '%slt%'"
                                                             " AND active = 1 ORDER BY id LIMIT 1"))
                            .toString();
    office.actAs(slt);
    Pupil moved;
    for (const Pupil &p : office.store.pupilsOfSchool(schoolId))
        if (p.id == picks.pupil.id)
            moved = p;
    REQUIRE(moved.id == picks.pupil.id);
    moved.classId = toClass;
    REQUIRE(office.store.save(moved).ok);
    requireSynced(office);

    // Back in class, the old tablet syncs once: nothing refused, nothing left to send, and the
    // pupil, the item and its photo have left it, each only after the store had them.
    requireSynced(oldClass);
    const QString ofPupil = QStringLiteral("SELECT count(*) FROM pupil WHERE id = ?");
    const QString ofItem = QStringLiteral("SELECT count(*) FROM evidence_item WHERE id = ?");
    CHECK(valueOf(oldClass.store, ofPupil, {picks.pupil.id}).toInt() == 0);
    CHECK(valueOf(oldClass.store, QStringLiteral("SELECT count(*) FROM change_log WHERE sent_at IS NULL"))
              .toInt() == 0);
    CHECK(oldClass.ledger().rejectedMutations().isEmpty());
    CHECK(valueOf(oldClass.store, ofItem, {item.id}).toInt() == 0);
    CHECK(valueOf(oldClass.store, QStringLiteral("SELECT count(*) FROM media_reference WHERE sha256 = ?"),
                  {photo.sha256})
              .toInt() == 0);
    CHECK_FALSE(oldClass.media->contains(photo.sha256));

    // The store has it all: the office's tablet sees the item with the pupil and the target.
    requireSynced(office);
    REQUIRE(office.store.evidenceItem(item.id));
    CHECK(office.store.evidenceItem(item.id)->pupils.size() == 1);
    CHECK(office.store.evidenceItem(item.id)->pupils.first().pupilId == picks.pupil.id);
    // The new class's teacher sees it on their tablet, and its photo comes, byte for byte.
    requireSynced(newClass);
    REQUIRE(newClass.store.evidenceItem(item.id));
    CHECK(valueOf(newClass.store, QStringLiteral("SELECT class_id FROM pupil WHERE id = ?"), {picks.pupil.id})
              .toString() == toClass);
    MediaFetcher fetcher(newClass.client->api(), *newClass.media, &newClass.ledger());
    QSignalSpy fetched(&fetcher, &MediaFetcher::finished);
    fetcher.fetch(photo.sha256);
    REQUIRE(fetched.wait(60000));
    const auto r = fetched.first().first().value<MediaFetcher::Result>();
    INFO(r.message.toStdString());
    REQUIRE(r.ok);
    CHECK(newClass.media->read(photo.sha256) == bytes);
}

} // namespace

STRIDE_E2E_SCENARIO(
    "Evidence recorded offline for a pupil who meanwhile moved class reaches the store and the "
    "new class, and only then leaves the old class's tablet",
    evidenceOfAMovedPupil)
