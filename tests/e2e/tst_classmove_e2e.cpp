// A pupil who moves class leaves the old class's tablets (docs/sync.md, "Scope"): with the real
// tablet core and the real store, a class tablet holds only its class's pupils; when senior
// leaders move one to another class, the old class's tablet removes them, their evidence and its
// photo at its next sync, and the new class's tablet receives all of it.
#include "e2edevice.h"

#include "sync/tabletclasses.h"

#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::E2e;

namespace {

int count(Store &store, const QString &sql, const QVariantList &binds = {})
{
    return valueOf(store, sql, binds).toInt();
}

QString text(Store &store, const QString &sql, const QVariantList &binds = {})
{
    return valueOf(store, sql, binds).toString();
}

void pupilMovesClass(Backend backend)
{
    StoreServer server(backend);
    const QString schoolId = server.loadDemo();
    server.start();
    Device office;
    office.enrol(server, schoolId, QStringLiteral("Office iPad"));
    requireSynced(office);
    const DemoPicks picks = pickFromDemo(office.store);
    const QString fromClass = picks.pupil.classId;
    const QString fromName =
        text(office.store, QStringLiteral("SELECT name FROM school_class WHERE id = ?"), {fromClass});
    const QString toClass =
        text(office.store, QStringLiteral("SELECT id FROM school_class WHERE id <> ? ORDER BY name LIMIT 1"),
             {fromClass});
    const QString toName =
        text(office.store, QStringLiteral("SELECT name FROM school_class WHERE id = ?"), {toClass});

    Device oldClass;
    oldClass.enrol(server, schoolId, QStringLiteral("Old class iPad"), {fromName});
    requireSynced(oldClass);
    Device newClass;
    newClass.enrol(server, schoolId, QStringLiteral("New class iPad"), {toName});
    requireSynced(newClass);
    // Each tablet keeps whom the store says it serves, for its sync page to say (TabletClasses).
    CHECK(TabletClasses::read(oldClass.store) == TabletClasses{false, {fromClass}});
    CHECK(TabletClasses::read(office.store) == TabletClasses{true, {}});
    const QString ofPupil = QStringLiteral("SELECT count(*) FROM pupil WHERE id = ?");
    REQUIRE(count(oldClass.store, ofPupil, {picks.pupil.id}) == 1);
    // Only its class's pupils (and any whose moderation form names its staff): fewer than the school.
    CHECK(count(oldClass.store, QStringLiteral("SELECT count(*) FROM pupil")) <
          count(office.store, QStringLiteral("SELECT count(*) FROM pupil")));
    CHECK(
        count(oldClass.store, QStringLiteral("SELECT count(*) FROM pupil WHERE class_id = ?"), {fromClass}) ==
        count(office.store, QStringLiteral("SELECT count(*) FROM pupil WHERE class_id = ?"), {fromClass}));

    // The old class's assistant photographs the pupil; it reaches the store with its bytes.
    oldClass.actAs(picks.assistant.id);
    const MediaStore::PutResult photo =
        oldClass.media->put(QByteArray("class move photo ") + newId().toLatin1());
    REQUIRE(photo.ok);
    EvidenceItem item =
        writtenObservation(picks, QStringLiteral("Shared a book with a friend."), oldClass.store.deviceId());
    item.kind = EvidenceKind::Photo;
    item.media = {{photo.sha256, MediaRole::Original, QStringLiteral("image/jpeg"), photo.byteSize, 0, 0, 0}};
    const WriteResult saved = oldClass.store.save(item);
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok);
    requireSynced(oldClass);
    requireSynced(oldClass); // the store confirms the upload
    REQUIRE(oldClass.media->contains(photo.sha256));
    const QString ofItem = QStringLiteral("SELECT count(*) FROM evidence_item WHERE id = ?");
    requireSynced(newClass);
    CHECK(count(newClass.store, ofItem, {item.id}) == 0);

    // Senior leaders move the pupil to the other class, on the office's tablet.
    const QString slt =
        text(office.store, QStringLiteral("SELECT id FROM staff WHERE roles LIKE '%slt%' AND active = 1"
                                          " ORDER BY id LIMIT 1"));
    office.actAs(slt);
    Pupil moved;
    for (const Pupil &p : office.store.pupilsOfSchool(schoolId))
        if (p.id == picks.pupil.id)
            moved = p;
    REQUIRE(moved.id == picks.pupil.id);
    moved.classId = toClass;
    const WriteResult move = office.store.save(moved);
    INFO(move.message.toStdString());
    REQUIRE(move.ok);
    requireSynced(office);

    // The old class's tablet: the pupil, their records, the photo's item and its file are gone.
    requireSynced(oldClass);
    CHECK(count(oldClass.store, ofPupil, {picks.pupil.id}) == 0);
    CHECK(count(oldClass.store, ofItem, {item.id}) == 0);
    CHECK(count(oldClass.store, QStringLiteral("SELECT count(*) FROM ilp WHERE pupil_id = ?"),
                {picks.pupil.id}) == 0);
    CHECK(count(oldClass.store, QStringLiteral("SELECT count(*) FROM evidence_pupil WHERE pupil_id = ?"),
                {picks.pupil.id}) == 0);
    CHECK(count(oldClass.store, QStringLiteral("SELECT count(*) FROM media_reference WHERE sha256 = ?"),
                {photo.sha256}) == 0);
    CHECK_FALSE(oldClass.media->contains(photo.sha256));
    // Nothing went out from the old tablet for it: the store still has the pupil and the item.
    CHECK(count(oldClass.store, QStringLiteral("SELECT count(*) FROM change_log WHERE sent_at IS NULL")) ==
          0);

    // The new class's tablet: the pupil arrives whole, with their earlier evidence and its photo.
    requireSynced(newClass);
    CHECK(text(newClass.store, QStringLiteral("SELECT class_id FROM pupil WHERE id = ?"), {picks.pupil.id}) ==
          toClass);
    CHECK(count(newClass.store, ofItem, {item.id}) == 1);
    CHECK(count(newClass.store, QStringLiteral("SELECT count(*) FROM ilp WHERE pupil_id = ?"),
                {picks.pupil.id}) == count(office.store,
                                           QStringLiteral("SELECT count(*) FROM ilp WHERE pupil_id = ?"),
                                           {picks.pupil.id}));
    CHECK(count(newClass.store, QStringLiteral("SELECT count(*) FROM evidence_pupil WHERE pupil_id = ?"),
                {picks.pupil.id}) ==
          count(office.store, QStringLiteral("SELECT count(*) FROM evidence_pupil WHERE pupil_id = ?"),
                {picks.pupil.id}));
    CHECK(count(newClass.store, QStringLiteral("SELECT count(*) FROM media_reference WHERE sha256 = ?"),
                {photo.sha256}) == 1);
}

} // namespace

STRIDE_E2E_SCENARIO("A pupil who moves class leaves the old class's tablet, records and photo, and arrives "
                    "whole on the new one's",
                    pupilMovesClass)
