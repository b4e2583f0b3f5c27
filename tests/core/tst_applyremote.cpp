// Applying changes pulled from the school's store: per-field merge by HLC, deletes and
// tombstones, nothing appended to the change log, and the clock carried forward.
#include "testsupport.h"

#include "store/remoteapplier.h"
#include "sync/syncledger.h"

#include "store/migrations.h"
#include "store/rowmapping.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QSqlQuery>

using namespace Stride;
using namespace Stride::Testing;

namespace {

// Every mutation of `from` as the server would hand it on: a stand-in for push then pull.
QList<RemoteChange> changesOf(const Store &from, qint64 afterSeq = 0)
{
    QList<RemoteChange> changes;
    for (const Mutation &m : from.mutations(afterSeq, 1000000)) {
        RemoteChange c;
        c.seq = m.seq;
        c.mutationId = m.mutationId;
        c.entity = m.entity;
        c.entityId = m.entityId;
        c.op = m.op;
        c.fields = m.fields;
        c.hlc = m.hlc;
        c.deviceId = m.deviceId;
        c.authorStaffId = m.authorStaffId;
        changes << c;
    }
    return changes;
}

void replicate(const Store &from, Store &to, qint64 afterSeq = 0)
{
    RemoteApplier applier(to);
    const bool ok = to.transaction([&] {
        for (const RemoteChange &c : changesOf(from, afterSeq)) {
            const RemoteApplyResult r = applier.apply(c);
            INFO(c.entity.toStdString() << " " << r.message.toStdString());
            REQUIRE(r.ok());
        }
        return true;
    });
    REQUIRE(ok);
}

qint64 lastSeq(const Store &s)
{
    const auto all = s.mutations(0, 1000000);
    return all.isEmpty() ? 0 : all.last().seq;
}

RemoteChange fieldChange(const QString &entity, const QString &id, const QString &field,
                         const QJsonValue &value, const QString &hlc)
{
    RemoteChange c;
    c.seq = 1;
    c.mutationId = newId();
    c.entity = entity;
    c.entityId = id;
    c.op = QStringLiteral("upsert");
    c.fields = {{field, value}};
    c.hlc = hlc;
    return c;
}

} // namespace

TEST_CASE("Local writes record the HLC of each value they write", "[sync][fieldclock]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    const auto inserted = t.store.mutationsOf(QStringLiteral("pupil"), m.ava.id);
    REQUIRE(inserted.size() == 1);
    // A new row has one row clock: every field falls back to it.
    CHECK(t.store.fieldClock(QStringLiteral("pupil"), m.ava.id, QStringLiteral("specific_needs")) ==
          inserted.first().hlc);

    Pupil ava = *t.store.pupil(m.ava.id);
    ava.specificNeeds = QStringLiteral("ASD");
    REQUIRE(t.store.save(ava).ok);
    const Mutation edit = t.store.mutationsOf(QStringLiteral("pupil"), m.ava.id).last();
    CHECK(t.store.fieldClock(QStringLiteral("pupil"), m.ava.id, QStringLiteral("specific_needs")) ==
          edit.hlc);
    CHECK(t.store.fieldClock(QStringLiteral("pupil"), m.ava.id, QStringLiteral("first_name")) ==
          inserted.first().hlc);
}

TEST_CASE("A pulled change is written without entering the change log", "[sync][applyremote]")
{
    TempStore a;
    TempStore b;
    MiniSchool m = makeMiniSchool(a.store);
    const qint64 bLogBefore = b.store.mutations(0, 1000000).size();
    replicate(a.store, b.store);
    CHECK(b.store.mutations(0, 1000000).size() == bLogBefore);
    CHECK(b.store.unsentMutationCount() == 0);
    REQUIRE(b.store.pupil(m.ava.id));
    CHECK(*b.store.pupil(m.ava.id) == *a.store.pupil(m.ava.id));
    CHECK(b.store.targetsOfIlp(m.avaIlp.id).size() == m.avaTargets.size());
    // Applying the same changes again (a page fetched twice) changes nothing.
    replicate(a.store, b.store);
    CHECK(*b.store.pupil(m.ava.id) == *a.store.pupil(m.ava.id));
}

TEST_CASE("Per field, the newer HLC wins and an older value is ignored", "[sync][applyremote][merge]")
{
    TempStore a;
    TempStore b;
    MiniSchool m = makeMiniSchool(a.store);
    replicate(a.store, b.store);
    const QString pupil = QStringLiteral("pupil");

    // b edits the needs; then an older remote edit of the same field arrives: b keeps its own.
    Pupil onB = *b.store.pupil(m.ava.id);
    onB.specificNeeds = QStringLiteral("edited on b");
    REQUIRE(b.store.save(onB).ok);
    const QString bClock = b.store.fieldClock(pupil, m.ava.id, QStringLiteral("specific_needs"));
    const QString older = QStringLiteral("000000000001-0000-somebody");
    auto r = RemoteApplier(b.store).apply(
        fieldChange(pupil, m.ava.id, QStringLiteral("specific_needs"), QStringLiteral("old"), older));
    CHECK(r.outcome == RemoteApplyResult::Outcome::Unchanged);
    CHECK(b.store.pupil(m.ava.id)->specificNeeds == QLatin1String("edited on b"));

    // A newer one wins, for that field only.
    const HlcTimestamp mine = *HlcTimestamp::parse(bClock);
    const QString newer = HlcTimestamp{mine.wallMs + 1000, 0, QStringLiteral("other-device")}.toString();
    RemoteChange both =
        fieldChange(pupil, m.ava.id, QStringLiteral("specific_needs"), QStringLiteral("newer"), newer);
    both.fields.insert(QStringLiteral("pronouns"), QStringLiteral("he"));
    r = RemoteApplier(b.store).apply(both);
    CHECK(r.outcome == RemoteApplyResult::Outcome::Applied);
    CHECK(r.appliedFields.contains(QStringLiteral("specific_needs")));
    CHECK(b.store.pupil(m.ava.id)->specificNeeds == QLatin1String("newer"));
    CHECK(b.store.fieldClock(pupil, m.ava.id, QStringLiteral("specific_needs")) == newer);
    // The other fields still carry their own clocks.
    CHECK(b.store.fieldClock(pupil, m.ava.id, QStringLiteral("first_name")) != newer);
    // Nothing pulled is ever pushed back: only b's own edit is unsent.
    CHECK(b.store.unsentMutationCount() == 1);
}

TEST_CASE("Seeing a pulled change moves the clock past it, even with the wall clock an hour behind",
          "[sync][applyremote][hlc]")
{
    const qint64 realNow = QDateTime::currentMSecsSinceEpoch();
    TempStore behind([realNow] { return realNow - 3600 * 1000; });
    TempStore a;
    MiniSchool m = makeMiniSchool(a.store);
    replicate(a.store, behind.store);
    const QString remote = a.store.mutationsOf(QStringLiteral("pupil"), m.ava.id).last().hlc;

    Pupil ava = *behind.store.pupil(m.ava.id);
    ava.specificNeeds = QStringLiteral("after seeing a's change");
    behind.store.setActingStaffId(m.teacher.id);
    REQUIRE(behind.store.save(ava).ok);
    const QString mine = behind.store.mutationsOf(QStringLiteral("pupil"), m.ava.id).last().hlc;
    CHECK(mine > remote);

    // And it survives a restart: the received clock is kept.
    REQUIRE(RemoteApplier(behind.store).receiveClock(remote));
    const QString path = behind.path();
    behind.store.close();
    REQUIRE(behind.store.open(path).ok());
    CHECK(behind.store.clock().now().toString() > remote);
}

TEST_CASE("A pulled delete leaves a tombstone, and an older copy never brings the row back",
          "[sync][applyremote][delete]")
{
    TempStore a;
    TempStore b;
    MiniSchool m = makeMiniSchool(a.store);
    a.store.setActingStaffId(m.assistant.id);
    EvidenceItem item;
    item.id = newId();
    item.schoolId = m.school.id;
    item.kind = EvidenceKind::Written;
    item.capturedAt = QDateTime::currentDateTimeUtc();
    item.capturedBy = m.assistant.id;
    item.note = QStringLiteral("Asked for a drink with PECS");
    item.pupils = {{m.ava.id, {m.avaTargets.first().id}}};
    REQUIRE(a.store.save(item).ok);
    const qint64 beforeDelete = lastSeq(a.store);
    replicate(a.store, b.store);
    REQUIRE(b.store.evidenceItem(item.id));

    REQUIRE(a.store.removeEvidenceItem(item.id).ok);
    replicate(a.store, b.store, beforeDelete);
    CHECK_FALSE(b.store.evidenceItem(item.id));
    CHECK(b.store.hasTombstone(QStringLiteral("evidence_item"), item.id));
    CHECK(b.store.evidenceCountsForPupil(m.ava.id, m.term.id).value(m.avaTargets.first().id) == 0);

    // The item's creation arriving again (an old page) is ignored.
    for (const RemoteChange &c : changesOf(a.store)) {
        if (c.entity == QLatin1String("evidence_item") && c.op == QLatin1String("upsert")) {
            CHECK(RemoteApplier(b.store).apply(c).outcome == RemoteApplyResult::Outcome::Ignored);
        }
    }
    CHECK_FALSE(b.store.evidenceItem(item.id));
}

TEST_CASE("A link removed and made again on one tablet comes back on the other",
          "[sync][applyremote][delete]")
{
    TempStore a;
    TempStore b;
    MiniSchool m = makeMiniSchool(a.store);
    replicate(a.store, b.store);
    Target t = *a.store.target(m.avaTargets.first().id);
    const QString linkTable = QStringLiteral("target_ehcp_link");
    const QString linkId = RowMapping::targetEhcpLinkRows(t).first().id;

    qint64 seq = lastSeq(a.store);
    const QStringList outcomes = t.ehcpOutcomeIds;
    t.ehcpOutcomeIds.clear();
    t.noEhcpLinkReason = QStringLiteral("Reviewing");
    REQUIRE(a.store.save(t).ok);
    t.ehcpOutcomeIds = outcomes; // the same link, so the same id (linkId)
    REQUIRE(a.store.save(t).ok);
    replicate(a.store, b.store, seq);
    QSqlQuery q(b.store.database());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM target_ehcp_link WHERE id = '%1'").arg(linkId)));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    (void)linkTable;
}

TEST_CASE("A change that cannot be written changes nothing and says why", "[sync][applyremote]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    RemoteChange orphan;
    orphan.seq = 7;
    orphan.entity = QStringLiteral("evidence_pupil");
    orphan.entityId = newId();
    orphan.op = QStringLiteral("upsert");
    orphan.fields = {{QStringLiteral("evidence_id"), newId()}, {QStringLiteral("pupil_id"), m.ava.id}};
    orphan.hlc = t.store.clock().now().toString();
    const RemoteApplyResult r = RemoteApplier(t.store).apply(orphan);
    CHECK(r.outcome == RemoteApplyResult::Outcome::Failed);
    CHECK_FALSE(r.message.isEmpty());
    QSqlQuery q(t.store.database());
    REQUIRE(q.exec(
        QStringLiteral("SELECT count(*) FROM field_clock WHERE entity_id = '%1'").arg(orphan.entityId)));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);

    // The device's own bookkeeping is never written by the server.
    RemoteChange sneaky = fieldChange(QStringLiteral("meta"), QStringLiteral("device_id"),
                                      QStringLiteral("value"), QStringLiteral("x"), orphan.hlc);
    CHECK(RemoteApplier(t.store).apply(sneaky).outcome == RemoteApplyResult::Outcome::Failed);
}

TEST_CASE("In a page, a new row that cannot be written leaves nothing, and the rows around it are written",
          "[sync][applyremote]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    const auto newClass = [&](const QString &name) {
        RemoteChange c = fieldChange(QStringLiteral("school_class"), newId(), QStringLiteral("name"), name,
                                     t.store.clock().now().toString());
        c.fields.insert(QStringLiteral("school_id"), m.school.id);
        return c;
    };
    const RemoteChange before = newClass(QStringLiteral("Ash"));
    // A link to an item this tablet does not have yet: its insert fails on the foreign key.
    RemoteChange orphan = fieldChange(QStringLiteral("evidence_pupil"), newId(), QStringLiteral("pupil_id"),
                                      m.ava.id, t.store.clock().now().toString());
    orphan.fields.insert(QStringLiteral("evidence_id"), newId());
    const RemoteChange after = newClass(QStringLiteral("Birch"));

    const QList<RemoteApplyResult> results = RemoteApplier(t.store).applyPage({before, orphan, after});
    REQUIRE(results.size() == 3);
    CHECK(results.at(0).outcome == RemoteApplyResult::Outcome::Applied);
    CHECK(results.at(1).outcome == RemoteApplyResult::Outcome::Failed);
    CHECK_FALSE(results.at(1).message.isEmpty());
    CHECK(results.at(2).outcome == RemoteApplyResult::Outcome::Applied);
    const auto count = [&](const QString &sql) {
        QSqlQuery q(t.store.database());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    CHECK(count(QStringLiteral("SELECT count(*) FROM evidence_pupil WHERE id = '%1'").arg(orphan.entityId)) ==
          0);
    CHECK(count(QStringLiteral("SELECT count(*) FROM field_clock WHERE entity_id = '%1'")
                    .arg(orphan.entityId)) == 0);
    for (const RemoteChange &c : {before, after}) {
        CHECK(count(QStringLiteral("SELECT count(*) FROM school_class WHERE id = '%1'").arg(c.entityId)) ==
              1);
        CHECK(count(QStringLiteral("SELECT count(*) FROM field_clock WHERE entity_id = '%1'")
                        .arg(c.entityId)) == 1);
    }
}

TEST_CASE("Conflict records arrive like any other record", "[sync][applyremote][conflict]")
{
    TempStore t;
    RemoteChange c;
    c.seq = 1;
    c.entity = QStringLiteral("conflict");
    c.entityId = newId();
    c.op = QStringLiteral("upsert");
    c.hlc = t.store.clock().now().toString();
    QJsonArray values;
    values.append(QJsonObject{{QStringLiteral("value"), QStringLiteral("a")}});
    values.append(QJsonObject{{QStringLiteral("value"), QStringLiteral("b")}});
    c.fields.insert(QStringLiteral("entity"), QStringLiteral("evidence_item"));
    c.fields.insert(QStringLiteral("entity_id"), QStringLiteral("e1"));
    c.fields.insert(QStringLiteral("field"), QStringLiteral("note"));
    c.fields.insert(QStringLiteral("values"), values);
    c.fields.insert(QStringLiteral("resolved"), false);
    c.fields.insert(QStringLiteral("a_column_from_the_future"), 42);
    REQUIRE(RemoteApplier(t.store).apply(c).outcome == RemoteApplyResult::Outcome::Applied);
    QSqlQuery q(t.store.database());
    REQUIRE(q.exec(QStringLiteral("SELECT \"values\", resolved FROM conflict")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().contains(QStringLiteral("\"value\":\"b\"")));
    CHECK(q.value(1).toInt() == 0);
}

TEST_CASE("A version-3 database gains the sync tables, and its rows take pulled values", "[sync][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3-maker"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QString error;
        REQUIRE(Migrations::migrate(db, 3, &error));
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO school (id, name, urn) VALUES ('s1', 'Old Name', '1')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3-maker"));

    Store store;
    REQUIRE(store.open(path).ok());
    QSqlDatabase db = store.database();
    CHECK(Migrations::currentVersion(db) == Migrations::latestVersion());
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT cursor FROM sync_status WHERE id = 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 0);
    // A row from before field clocks has none: any pulled value is newer.
    CHECK(store.fieldClock(QStringLiteral("school"), QStringLiteral("s1"), QStringLiteral("name")).isEmpty());
    const RemoteApplyResult r = RemoteApplier(store).apply(
        fieldChange(QStringLiteral("school"), QStringLiteral("s1"), QStringLiteral("name"),
                    QStringLiteral("New Name"), QStringLiteral("000000000001-0000-server")));
    CHECK(r.outcome == RemoteApplyResult::Outcome::Applied);
    CHECK(store.school(QStringLiteral("s1"))->name == QLatin1String("New Name"));
}

TEST_CASE("An evicted pupil leaves the tablet with their records, evidence and files; a second eviction "
          "changes nothing",
          "[sync][applyremote][scope]")
{
    TempStore a;
    TempStore b;
    MiniSchool m = makeMiniSchool(a.store);
    const QString photoSha = QString(64, QLatin1Char('a'));
    EvidenceItem photo;
    photo.id = newId();
    photo.schoolId = m.school.id;
    photo.kind = EvidenceKind::Photo;
    photo.capturedAt = QDateTime::currentDateTimeUtc();
    photo.capturedBy = m.assistant.id;
    photo.deviceId = a.store.deviceId();
    photo.pupils = {{m.ava.id, {m.avaTargets.first().id}}};
    photo.visibility = Visibility::InternalOnly;
    photo.media = {{photoSha, MediaRole::Original, QStringLiteral("image/jpeg"), 10, 0, 0, 0}};
    REQUIRE(a.store.save(photo).ok);
    EvidenceItem together;
    together.id = newId();
    together.schoolId = m.school.id;
    together.kind = EvidenceKind::Written;
    together.capturedAt = QDateTime::currentDateTimeUtc();
    together.capturedBy = m.assistant.id;
    together.deviceId = a.store.deviceId();
    together.note = QStringLiteral("Ava and Ben took turns.");
    together.pupils = {{m.ava.id, {}}, {m.ben.id, {}}};
    together.visibility = Visibility::InternalOnly;
    REQUIRE(a.store.save(together).ok);
    replicate(a.store, b.store);
    const qint64 logBefore = b.store.mutations(0, 1000000).size();

    RemoteChange evict;
    evict.op = QStringLiteral("evict");
    evict.entity = QStringLiteral("pupil");
    evict.entityId = m.ava.id;
    RemoteApplier applier(b.store);
    const RemoteApplyResult r = applier.apply(evict);
    INFO(r.message.toStdString());
    REQUIRE(r.outcome == RemoteApplyResult::Outcome::Applied);
    CHECK_FALSE(b.store.pupil(m.ava.id));
    CHECK(b.store.targetsOfIlp(m.avaIlp.id).isEmpty());
    CHECK_FALSE(b.store.evidenceItem(photo.id));
    // The shared item stays for Ben, without Ava.
    REQUIRE(b.store.evidenceItem(together.id));
    CHECK(b.store.evidenceItem(together.id)->pupils.size() == 1);
    CHECK(b.store.pupil(m.ben.id));
    CHECK(r.freedMedia == QStringList{photoSha});
    CHECK(b.store.mutations(0, 1000000).size() == logBefore);

    const RemoteApplyResult again = applier.apply(evict);
    CHECK(again.ok());
    CHECK(again.outcome == RemoteApplyResult::Outcome::Unchanged);
    CHECK(again.freedMedia.isEmpty());
}

TEST_CASE("An eviction keeps evidence the store has not got all of yet, until it has",
          "[sync][applyremote][scope]")
{
    TempStore a;
    MiniSchool m = makeMiniSchool(a.store);
    SyncLedger ledger(a.store);
    auto idsAfter = [&](qint64 seq) {
        QStringList ids;
        for (const Mutation &mu : a.store.mutations(seq, 1000000))
            ids << mu.mutationId;
        return ids;
    };
    REQUIRE(ledger.markSent(idsAfter(0)));

    // Recorded here for Ava: a written observation not yet sent (made while a sync ran), and a
    // photo whose changes the store refused, its file not yet confirmed.
    const qint64 beforeNote = lastSeq(a.store);
    EvidenceItem note;
    note.id = newId();
    note.schoolId = m.school.id;
    note.kind = EvidenceKind::Written;
    note.capturedAt = QDateTime::currentDateTimeUtc();
    note.capturedBy = m.assistant.id;
    note.deviceId = a.store.deviceId();
    note.note = QStringLiteral("Ava poured her own drink.");
    note.pupils = {{m.ava.id, {m.avaTargets.first().id}}};
    note.visibility = Visibility::InternalOnly;
    REQUIRE(a.store.save(note).ok);
    const QStringList noteChanges = idsAfter(beforeNote);
    const qint64 beforePhoto = lastSeq(a.store);
    const QString photoSha = QString(64, QLatin1Char('b'));
    EvidenceItem photo = note;
    photo.id = newId();
    photo.kind = EvidenceKind::Photo;
    photo.note = QStringLiteral("Ava at the water tray.");
    photo.media = {{photoSha, MediaRole::Original, QStringLiteral("image/jpeg"), 10, 0, 0, 0}};
    REQUIRE(a.store.save(photo).ok);
    const QStringList photoChanges = idsAfter(beforePhoto);
    for (const QString &id : photoChanges)
        REQUIRE(ledger.markRejected(id, QStringLiteral("forbidden"), QStringLiteral("Refused.")));

    RemoteApplier applier(a.store);
    const RemoteApplyResult evicted = applier.evict(m.ava.id);
    INFO(evicted.message.toStdString());
    REQUIRE(evicted.outcome == RemoteApplyResult::Outcome::Applied);
    CHECK_FALSE(a.store.pupil(m.ava.id));
    CHECK(a.store.evidenceItem(note.id));
    CHECK(a.store.evidenceItem(photo.id));
    CHECK(evicted.freedMedia.isEmpty());
    // Every change stays in the change log, to be sent as recorded.
    CHECK(idsAfter(beforeNote).size() == noteChanges.size() + photoChanges.size());

    // Nothing goes while the store lacks any of it.
    CHECK(applier.releaseKeptEvidence().outcome == RemoteApplyResult::Outcome::Unchanged);
    CHECK(a.store.evidenceItem(note.id));
    CHECK(a.store.evidenceItem(photo.id));

    // The observation is sent: it goes. The photo's refusal is read, but its file is not yet
    // confirmed: it stays.
    REQUIRE(ledger.markSent(noteChanges));
    for (const QString &id : photoChanges)
        REQUIRE(ledger.dismissRejected(id, m.assistant.id));
    const RemoteApplyResult sent = applier.releaseKeptEvidence();
    CHECK(sent.outcome == RemoteApplyResult::Outcome::Applied);
    CHECK_FALSE(a.store.evidenceItem(note.id));
    CHECK(a.store.evidenceItem(photo.id));
    CHECK(sent.freedMedia.isEmpty());

    // The store confirms the file: the photo goes, and its file is listed to be removed.
    REQUIRE(ledger.setMediaState(photoSha, QStringLiteral("confirmed"), 10));
    const RemoteApplyResult confirmed = applier.releaseKeptEvidence();
    CHECK_FALSE(a.store.evidenceItem(photo.id));
    CHECK(confirmed.freedMedia == QStringList{photoSha});
    CHECK(idsAfter(beforeNote).size() == noteChanges.size() + photoChanges.size());
}

TEST_CASE("Rows of a snapshot that must wait are each kept, none in place of another or of the page's last "
          "change",
          "[sync][applyremote][scope]")
{
    TempStore t;
    SyncLedger ledger(t.store);
    auto change = [](const QString &mutationId) {
        RemoteChange c;
        c.seq = 40; // a snapshot's rows carry their page's cursor, the seq of its last change
        c.mutationId = mutationId;
        c.entity = QStringLiteral("target");
        c.entityId = newId();
        c.op = QStringLiteral("upsert");
        c.hlc = QStringLiteral("0192f3a1b2c3-0001-node");
        return c;
    };
    const RemoteChange last = change(newId());
    const RemoteChange first = change(QString());
    const RemoteChange second = change(QString());
    REQUIRE(t.store.transaction([&] {
        return ledger.park(last, QStringLiteral("waiting")) &&
               ledger.park(first, QStringLiteral("waiting")) &&
               ledger.park(second, QStringLiteral("waiting"));
    }));
    CHECK(ledger.parkedCount() == 3);
    QStringList kept;
    for (const RemoteChange &c : ledger.parkedChanges())
        kept << c.entityId;
    CHECK(kept.contains(last.entityId));
    CHECK(kept.contains(first.entityId));
    CHECK(kept.contains(second.entityId));
    for (const RemoteChange &c : ledger.parkedChanges())
        REQUIRE(ledger.unpark(c.seq));
    CHECK(ledger.parkedCount() == 0);
}

TEST_CASE("An item pulled before its links stays until they come: only what an eviction kept is released",
          "[sync][applyremote][scope]")
{
    // Another tablet sent the item in one push and its links in the next, and this tablet pulled
    // in between: the item is here alone for a while, as an evicted pupil's kept item would be.
    TempStore a;
    TempStore b;
    MiniSchool m = makeMiniSchool(a.store);
    replicate(a.store, b.store);
    const qint64 before = lastSeq(a.store);
    EvidenceItem note;
    note.id = newId();
    note.kind = EvidenceKind::Written;
    note.capturedAt = QDateTime::currentDateTimeUtc();
    note.capturedBy = m.assistant.id;
    note.deviceId = a.store.deviceId();
    note.schoolId = m.school.id;
    note.note = QStringLiteral("Ava signed 'more' at snack time.");
    note.pupils = {{m.ava.id, {m.avaTargets.first().id}}};
    note.visibility = Visibility::InternalOnly;
    REQUIRE(a.store.save(note).ok);
    QList<RemoteChange> item;
    QList<RemoteChange> links;
    for (const RemoteChange &c : changesOf(a.store, before))
        (c.entity == QLatin1String("evidence_item") ? item : links) << c;
    REQUIRE(item.size() == 1);
    REQUIRE(links.size() == 2);

    RemoteApplier applier(b.store);
    for (const RemoteApplyResult &r : applier.applyPage(item))
        REQUIRE(r.ok());
    CHECK(applier.releaseKeptEvidence().outcome == RemoteApplyResult::Outcome::Unchanged);
    REQUIRE(b.store.evidenceItem(note.id));

    for (const RemoteApplyResult &r : applier.applyPage(links)) {
        INFO(r.message.toStdString());
        CHECK(r.ok());
    }
    const auto arrived = b.store.evidenceItem(note.id);
    REQUIRE(arrived);
    CHECK(arrived->pupils == note.pupils);
}

TEST_CASE("A version-14 tablet names the items an eviction left without a pupil as kept, and no others",
          "[sync][migration][scope]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v14.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v14-maker"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QString error;
        REQUIRE(Migrations::migrate(db, 14, &error));
        QSqlQuery q(db);
        for (const char *sql :
             {"INSERT INTO school (id, name) VALUES ('s1', 'Millbrook Park School')",
              "INSERT INTO staff (id, school_id, first_name, surname, roles) VALUES ('t1', 's1', 'Sam', "
              "'Okafor',"
              " 'ta')",
              "INSERT INTO evidence_item (id, school_id, kind, captured_at, captured_by, visibility) VALUES"
              " ('alone', 's1', 'written', '2026-11-18T10:00:00Z', 't1', 'internal')",
              "INSERT INTO evidence_item (id, school_id, kind, captured_at, captured_by, visibility) VALUES"
              " ('linked', 's1', 'written', '2026-11-18T10:05:00Z', 't1', 'internal')",
              "INSERT INTO evidence_pupil (id, evidence_id, pupil_id) VALUES ('l1', 'linked', 'p1')"})
            REQUIRE(q.exec(QString::fromLatin1(sql)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v14-maker"));

    Store store;
    REQUIRE(store.open(path).ok());
    QSqlDatabase db = store.database();
    CHECK(Migrations::currentVersion(db) >= 15);
    QStringList kept;
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT evidence_id FROM kept_evidence")));
    while (q.next())
        kept << q.value(0).toString();
    CHECK(kept == QStringList{QStringLiteral("alone")});
}

TEST_CASE("A new row written from a page holds each kind of value as a change applied alone does",
          "[sync][applyremote]")
{
    // Pages bind a new row's fields straight from JSON (RemoteApplier::applyPage); a change applied
    // alone goes through columnValues() and Qt. Both must store the very same values and types.
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    QStringList columns;
    {
        QSqlQuery q(t.store.database());
        REQUIRE(q.exec(QStringLiteral("PRAGMA table_info(staff)")));
        while (q.next())
            if (q.value(1).toString() != QLatin1String("id"))
                columns << q.value(1).toString();
    }
    const auto staffChange = [&](const QString &id) {
        RemoteChange c = fieldChange(QStringLiteral("staff"), id, QStringLiteral("school_id"), m.school.id,
                                     t.store.clock().now().toString());
        c.fields.insert(QStringLiteral("first_name"), QStringLiteral("Zoë \"Zo\" \\ O'Neill\n"));
        c.fields.insert(QStringLiteral("surname"), 2.5);     // a fraction, into text
        c.fields.insert(QStringLiteral("email"), QString()); // an empty string
        c.fields.insert(QStringLiteral("roles"),
                        QJsonArray{QStringLiteral("teacher"), QStringLiteral("slt")});
        c.fields.insert(QStringLiteral("active"), true); // true/false as 1/0
        c.fields.insert(QStringLiteral("no_such_column"), QStringLiteral("skipped"));
        if (columns.contains(QStringLiteral("pin_salt")))
            c.fields.insert(QStringLiteral("pin_salt"),
                            QString::fromLatin1(QByteArray("salt\x01\x02").toBase64()));
        if (columns.contains(QStringLiteral("pin_hash")))
            c.fields.insert(QStringLiteral("pin_hash"), QJsonValue::Null);
        return c;
    };
    const RemoteChange paged = staffChange(newId());
    const RemoteChange alone = staffChange(newId());
    RemoteApplier applier(t.store);
    const QList<RemoteApplyResult> results = applier.applyPage({paged});
    REQUIRE(results.size() == 1);
    INFO(results.first().message.toStdString());
    REQUIRE(results.first().outcome == RemoteApplyResult::Outcome::Applied);
    REQUIRE(t.store.transaction([&] { return applier.apply(alone).ok(); }));

    const auto row = [&](const QString &id) {
        QStringList quoted;
        for (const QString &c : columns)
            quoted << QStringLiteral("quote(\"%1\") || ':' || typeof(\"%1\")").arg(c);
        QSqlQuery q(t.store.database());
        REQUIRE(q.exec(QStringLiteral("SELECT %1 FROM staff WHERE id = '%2'").arg(quoted.join(u','), id)));
        REQUIRE(q.next());
        QStringList values;
        for (int i = 0; i < columns.size(); ++i)
            values << columns.at(i) + QLatin1Char('=') + q.value(i).toString();
        return values;
    };
    const QStringList fromPage = row(paged.entityId);
    CHECK(fromPage == row(alone.entityId));
    CHECK(fromPage.contains(QStringLiteral("active=1:integer")));
    CHECK(fromPage.contains(QStringLiteral("roles='[\"teacher\",\"slt\"]':text")));
    CHECK(fromPage.contains(QStringLiteral("surname='2.5':text")));
    CHECK(results.first().appliedFields.contains(QStringLiteral("first_name")));
    CHECK_FALSE(results.first().appliedFields.contains(QStringLiteral("no_such_column")));
}
