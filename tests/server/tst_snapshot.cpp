// A first sync that does not replay history (docs/sync.md, "Snapshots and compaction"): once the
// change feed is compacted, a new tablet receives the school's rows as they stand and ends with
// exactly what replaying the whole feed gave; compaction never passes a live tablet's cursor; a
// tablet left below the horizon gets a snapshot, deletions included, and converges; a revoked
// tablet holds nothing back.
#include "storeharness.h"

#include <QJsonDocument>
#include <QMap>

using namespace StoreTest;

namespace {

// A tablet's synced rows as RemoteApplier keeps them (decisions 4 and 5): per-field clocks, and
// a tombstone that only a newer whole row overrides. HLCs of one form compare as text.
struct Row
{
    QJsonObject fields;
    QHash<QString, QString> clocks;
    bool deleted = false;
    QString deletedHlc;
};

struct Model
{
    QMap<QString, Row> rows; // "entity/id"
    qint64 cursor = 0;
    int received = 0;
    int snapshotChanges = 0; // changes without a mutation id: a snapshot's rows
    QStringList evicted;     // pupils a class tablet was told to drop

    void apply(const QJsonObject &c)
    {
        ++received;
        if (c.value(QLatin1String("mutation_id")).toString().isEmpty())
            ++snapshotChanges;
        const QString op = c.value(QLatin1String("op")).toString();
        if (op == QLatin1String("evict")) {
            evicted << c.value(QLatin1String("entity_id")).toString();
            return;
        }
        const QString hlc = c.value(QLatin1String("hlc")).toString();
        Row &r = rows[c.value(QLatin1String("entity")).toString() + QLatin1Char('/') +
                      c.value(QLatin1String("entity_id")).toString()];
        if (op == QLatin1String("delete")) {
            if (r.deleted && r.deletedHlc >= hlc)
                return;
            r = Row{};
            r.deleted = true;
            r.deletedHlc = hlc;
            return;
        }
        REQUIRE(op == QLatin1String("upsert"));
        if (r.deleted) {
            if (hlc <= r.deletedHlc)
                return;
            r = Row{};
        }
        const QJsonObject fields = c.value(QLatin1String("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            if (hlc > r.clocks.value(it.key())) {
                r.fields.insert(it.key(), *it);
                r.clocks.insert(it.key(), hlc);
            }
    }

    // One pull from `cursor`, following `more` to the end, a few changes a page so that a
    // snapshot takes many pages.
    void pull(const Store &store, const Tablet &tablet, int limit = 7)
    {
        for (int page = 0; page < 10000; ++page) {
            const Reply r =
                store.get("/v1/changes?since=" + std::to_string(cursor) + "&limit=" + std::to_string(limit),
                          tablet.token);
            INFO(r.body);
            REQUIRE(r.status == 200);
            for (const QJsonValue &c : r.json.value(QLatin1String("changes")).toArray())
                apply(c.toObject());
            const qint64 next = qint64(r.json.value(QLatin1String("cursor")).toDouble());
            const bool more = r.json.value(QLatin1String("more")).toBool();
            // The tablet's own check (SyncClient): a page with more to come moves the cursor on.
            REQUIRE((!more || next > cursor));
            cursor = next;
            if (!more)
                return;
        }
        FAIL("the change feed never ended");
    }

    QMap<QString, QJsonObject> live() const
    {
        QMap<QString, QJsonObject> out;
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            if (!it->deleted)
                out.insert(it.key(), it->fields);
        return out;
    }
    QStringList deletedKeys() const
    {
        QStringList out;
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            if (it->deleted)
                out << it.key();
        return out;
    }
};

void requireSameRows(const Model &expected, const Model &actual)
{
    const QMap<QString, QJsonObject> want = expected.live(), got = actual.live();
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        INFO(it.key().toStdString());
        REQUIRE(got.contains(it.key()));
        CHECK(QJsonDocument(got.value(it.key())).toJson().toStdString() ==
              QJsonDocument(*it).toJson().toStdString());
    }
    for (auto it = got.cbegin(); it != got.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(want.contains(it.key()));
    }
    CHECK(actual.deletedKeys() == expected.deletedKeys());
}

qint64 number(const Store &store, const QString &sql, const QVariantList &binds = {})
{
    const QList<QVariantMap> rows = store.onDatabase(sql, binds);
    REQUIRE(rows.size() == 1);
    return rows.first().value(QStringLiteral("n")).toLongLong();
}

// A school's history: classes, pupils, their evidence, edits of it, and deletions, pushed in
// several batches from the office tablet.
struct History
{
    History(const Store &s, const School &sc, const Tablet &o) : store(s), school(sc), office(o) {}

    const Store &store;
    const School &school;
    const Tablet &office;
    qint64 t = nowMs();
    QString oak, willow;
    QStringList pupils;
    QStringList evidence;

    QJsonObject make(const char *entity, const QString &id, const QJsonObject &fields, const QString &author,
                     const QString &op = QStringLiteral("upsert"))
    {
        return mutation(QString::fromLatin1(entity), id, fields, author, hlc(++t, office.deviceId), {}, op);
    }

    void push(const QList<QJsonObject> &mutations)
    {
        const QJsonObject done = store.push(office, array(mutations));
        INFO(QJsonDocument(done).toJson().toStdString());
        REQUIRE(done.value(QLatin1String("applied")).toArray().size() == mutations.size());
    }

    void setUp()
    {
        oak = newUuid();
        willow = newUuid();
        QList<QJsonObject> m{
            make("school_class", oak, {{"school_id", school.id}, {"name", "Oak"}}, school.adminId),
            make("school_class", willow, {{"school_id", school.id}, {"name", "Willow"}}, school.adminId),
            make("class_staff", newUuid(), {{"class_id", oak}, {"staff_id", school.teacherId}},
                 school.adminId),
        };
        for (int i = 0; i < 6; ++i) {
            const QString id = newUuid();
            pupils << id;
            m << make("pupil", id,
                      {{"school_id", school.id},
                       {"class_id", i % 2 ? willow : oak},
                       {"first_name", QStringLiteral("Pupil %1").arg(i)},
                       {"surname", "Testpupil"},
                       {"initials", QString()},
                       {"year_group", 4},
                       {"key_stage", 2},
                       {"pronouns", "they"},
                       {"media_consent", "internal"}},
                      school.adminId);
        }
        push(m);
    }

    // `count` observations, each of one pupil, round the pupils.
    void record(int count)
    {
        QList<QJsonObject> m;
        for (int i = 0; i < count; ++i) {
            const QString id = newUuid();
            evidence << id;
            m << make("evidence_item", id,
                      evidenceFields(school.id, school.taId,
                                     QStringLiteral("Observation %1").arg(evidence.size())),
                      school.taId)
              << make("evidence_pupil", newUuid(),
                      {{"evidence_id", id}, {"pupil_id", pupils.at(evidence.size() % pupils.size())}},
                      school.taId);
        }
        push(m);
    }

    void edit(const QString &evidenceId, const QString &note)
    {
        push({make("evidence_item", evidenceId, {{"note", note}}, school.taId)});
    }

    void remove(const QString &evidenceId)
    {
        push({make("evidence_item", evidenceId, {}, school.taId, QStringLiteral("delete"))});
    }
};

CommandResult compact(const Store &store, const School &school, const QStringList &more = {})
{
    const CommandResult r = store.admin(
        QStringList{QStringLiteral("compact-changes"), QStringLiteral("--school"), school.id} + more);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r;
}

} // namespace

STORE_TEST_CASE(
    snapshotMatchesReplay,
    "After compaction a new tablet's snapshot first sync holds exactly what replaying the feed gave",
    "[server][snapshot]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Longmeadow"));
    store.start();
    const Tablet office = store.enrol(school.id, QStringLiteral("Office"));
    History h{store, school, office};
    h.setUp();
    h.record(20);
    for (int i = 0; i < 8; ++i)
        h.edit(h.evidence.at(i), QStringLiteral("Edited %1").arg(i));
    h.edit(h.evidence.at(0), QStringLiteral("Edited again"));
    h.remove(h.evidence.at(3));
    h.remove(h.evidence.at(4));
    h.record(5);

    // Before compaction: a new tablet replays the feed, as before (the office and an Oak tablet).
    Model replay;
    replay.pull(store, office);
    CHECK(replay.snapshotChanges == 0);
    const Tablet oakFirst = store.enrol(school.id, QStringLiteral("Oak 1"), {QStringLiteral("Oak")});
    Model oakReplay;
    oakReplay.pull(store, oakFirst);
    const qint64 feedBefore = number(
        store, QStringLiteral("SELECT count(*) AS n FROM sync_change WHERE school_id = ?"), {school.id});

    // The office pulls once more (its next round), so its cursor is the end: the feed goes up to it.
    replay.pull(store, office);
    const CommandResult done = compact(store, school);
    INFO(done.out.toStdString());
    const qint64 horizon = number(
        store, QStringLiteral("SELECT compacted_to AS n FROM feed_horizon WHERE school_id = ?"), {school.id});
    // The Oak tablet pulled from a cursor before the end: it holds the horizon there.
    const qint64 oakPulled =
        number(store, QStringLiteral("SELECT pulled_seq AS n FROM device WHERE id = ?"), {oakFirst.deviceId});
    CHECK(horizon == oakPulled);
    CHECK(horizon > 0);
    CHECK(number(store, QStringLiteral("SELECT count(*) AS n FROM sync_change WHERE school_id = ?"),
                 {school.id}) < feedBefore);

    // A new whole-school tablet: a snapshot, then the feed; the same rows and deletions.
    const Tablet fresh = store.enrol(school.id, QStringLiteral("New office"));
    Model snapshot;
    snapshot.pull(store, fresh);
    CHECK(snapshot.snapshotChanges > 0);
    requireSameRows(replay, snapshot);
    // No PIN material in a snapshot either.
    for (const auto &fields : snapshot.live())
        CHECK_FALSE(fields.contains(QLatin1String("pin_hash")));

    // A new Oak tablet: only what the Oak tablet's replay gave (its class's pupils and evidence).
    const Tablet oakSecond = store.enrol(school.id, QStringLiteral("Oak 2"), {QStringLiteral("Oak")});
    Model oakSnapshot;
    oakSnapshot.pull(store, oakSecond);
    CHECK(oakSnapshot.snapshotChanges > 0);
    CHECK(oakSnapshot.live() == oakReplay.live());
    for (int i = 0; i < h.pupils.size(); ++i)
        CHECK(oakSnapshot.live().contains(QStringLiteral("pupil/") + h.pupils.at(i)) == (i % 2 == 0));

    // Asked again from the same cursor (a tablet that lost the page), a snapshot page is the same.
    const Tablet again = store.enrol(school.id, QStringLiteral("Again"));
    const Reply first = store.get("/v1/changes?since=0&limit=5", again.token);
    const Reply repeat = store.get("/v1/changes?since=0&limit=5", again.token);
    REQUIRE(first.status == 200);
    CHECK(first.body == repeat.body);
    const std::string next = std::to_string(qint64(first.json.value(QLatin1String("cursor")).toDouble()));
    const Reply second = store.get("/v1/changes?since=" + next + "&limit=5", again.token);
    const Reply secondRepeat = store.get("/v1/changes?since=" + next + "&limit=5", again.token);
    CHECK(second.body == secondRepeat.body);
    CHECK(second.body != first.body);

    // Changes after the snapshot reach the new tablets through the feed.
    h.edit(h.evidence.at(1), QStringLiteral("After the snapshot"));
    h.remove(h.evidence.at(5));
    replay.pull(store, office);
    snapshot.pull(store, fresh);
    requireSameRows(replay, snapshot);
}

STORE_TEST_CASE(
    belowHorizon,
    "A tablet left below the compacted feed gets a fresh snapshot with the deletions and converges",
    "[server][snapshot]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Longmeadow"));
    store.start();
    const Tablet office = store.enrol(school.id, QStringLiteral("Office"));
    const Tablet drawer = store.enrol(school.id, QStringLiteral("In a drawer"));
    History h{store, school, office};
    h.setUp();
    h.record(12);
    Model officeRows, drawerRows;
    officeRows.pull(store, office);
    drawerRows.pull(store, drawer);
    drawerRows.pull(store, drawer); // its next round: its cursor is the end
    const qint64 drawerCursor = drawerRows.cursor;

    // While the drawer tablet is away: edits, deletions of rows it holds, new evidence.
    h.edit(h.evidence.at(2), QStringLiteral("Changed while away"));
    h.remove(h.evidence.at(0));
    h.remove(h.evidence.at(7));
    h.record(4);
    officeRows.pull(store, office);
    officeRows.pull(store, office);

    // It holds the feed back while it is live and seen lately.
    compact(store, school);
    CHECK(number(store, QStringLiteral("SELECT compacted_to AS n FROM feed_horizon WHERE school_id = ?"),
                 {school.id}) <= drawerCursor);
    // Not seen for 120 days, it no longer does.
    store.onDatabase(
        QStringLiteral("UPDATE device SET last_seen_at = '2026-01-05T09:00:00.000Z' WHERE id = ?"),
        {drawer.deviceId});
    compact(store, school, {QStringLiteral("--silent-days"), QStringLiteral("90")});
    const qint64 horizon = number(
        store, QStringLiteral("SELECT compacted_to AS n FROM feed_horizon WHERE school_id = ?"), {school.id});
    CHECK(horizon > drawerCursor);

    // Back from the drawer: a snapshot, never a gap; the deleted items are deleted on it too.
    const int before = drawerRows.snapshotChanges;
    drawerRows.pull(store, drawer);
    CHECK(drawerRows.snapshotChanges > before);
    requireSameRows(officeRows, drawerRows);
    for (const int i : {0, 7}) {
        const QString key = QStringLiteral("evidence_item/") + h.evidence.at(i);
        REQUIRE(drawerRows.rows.contains(key));
        CHECK(drawerRows.rows.value(key).deleted);
    }
    CHECK(drawerRows.rows.value(QStringLiteral("evidence_item/") + h.evidence.at(2))
              .fields.value(QLatin1String("note"))
              .toString() == QStringLiteral("Changed while away"));
    // And then the feed as usual.
    h.remove(h.evidence.at(9));
    drawerRows.pull(store, drawer);
    officeRows.pull(store, office);
    requireSameRows(officeRows, drawerRows);
}

STORE_TEST_CASE(
    compactionKeepsLiveTablets,
    "Compaction keeps every change a live tablet has still to pull, and a revoked tablet holds nothing back",
    "[server][snapshot]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Longmeadow"));
    store.start();
    const Tablet office = store.enrol(school.id, QStringLiteral("Office"));
    const Tablet lost = store.enrol(school.id, QStringLiteral("Lost"));
    History h{store, school, office};
    h.setUp();
    h.record(6);
    // The lost tablet pulled one page, and then its next: it holds the feed back from there.
    Model lostRows;
    const Reply firstPage = store.get("/v1/changes?since=0&limit=3", lost.token);
    REQUIRE(firstPage.status == 200);
    const qint64 lostCursor = qint64(firstPage.json.value(QLatin1String("cursor")).toDouble());
    REQUIRE(store.get("/v1/changes?since=" + std::to_string(lostCursor) + "&limit=3", lost.token).status ==
            200);

    Model officeRows;
    officeRows.pull(store, office);
    officeRows.pull(store, office);
    compact(store, school);
    CHECK(number(store, QStringLiteral("SELECT compacted_to AS n FROM feed_horizon WHERE school_id = ?"),
                 {school.id}) == lostCursor);

    // Revoked, it is gone for good (it erases itself): compaction goes on to the office's cursor.
    REQUIRE(store.admin({QStringLiteral("revoke-device"), lost.deviceId}).exitCode == 0);
    compact(store, school);
    const qint64 horizon = number(
        store, QStringLiteral("SELECT compacted_to AS n FROM feed_horizon WHERE school_id = ?"), {school.id});
    CHECK(horizon == officeRows.cursor);

    // The office pulls on from its cursor: the plain feed (no snapshot), every later change and
    // every deletion, whatever is compacted meanwhile.
    h.edit(h.evidence.at(1), QStringLiteral("Later"));
    h.remove(h.evidence.at(2));
    compact(store, school);
    CHECK(number(store, QStringLiteral("SELECT compacted_to AS n FROM feed_horizon WHERE school_id = ?"),
                 {school.id}) == horizon);
    const int before = officeRows.received;
    officeRows.pull(store, office);
    CHECK(officeRows.snapshotChanges == 0);
    CHECK(officeRows.received > before);
    CHECK(officeRows.rows.value(QStringLiteral("evidence_item/") + h.evidence.at(2)).deleted);
    CHECK(officeRows.rows.value(QStringLiteral("evidence_item/") + h.evidence.at(1))
              .fields.value(QLatin1String("note"))
              .toString() == QStringLiteral("Later"));
}

STORE_TEST_CASE(classTabletBelowHorizon,
                "A class tablet below the compacted feed is told to drop a pupil who left its class, and "
                "receives its class as a new one does",
                "[server][snapshot]")
{
    Store store(backend);
    const School school = store.createSchool(QStringLiteral("Longmeadow"));
    store.start();
    const Tablet office = store.enrol(school.id, QStringLiteral("Office"));
    History h{store, school, office};
    h.setUp();
    const Tablet oak = store.enrol(school.id, QStringLiteral("Oak"), {QStringLiteral("Oak")});
    h.record(12);
    Model before;
    before.pull(store, oak);
    before.pull(store, oak);
    const QString leaver = h.pupils.at(0); // in Oak (even pupils are)
    REQUIRE(before.live().contains(QStringLiteral("pupil/") + leaver));

    // While the Oak tablet is away, the pupil moves to Willow, and more is recorded.
    h.push({h.make("pupil", leaver, {{"class_id", h.willow}}, school.adminId)});
    h.record(6);
    Model officeRows;
    officeRows.pull(store, office);
    officeRows.pull(store, office);
    store.onDatabase(
        QStringLiteral("UPDATE device SET last_seen_at = '2026-01-05T09:00:00.000Z' WHERE id = ?"),
        {oak.deviceId});
    compact(store, school, {QStringLiteral("--silent-days"), QStringLiteral("90")});
    REQUIRE(number(store, QStringLiteral("SELECT compacted_to AS n FROM feed_horizon WHERE school_id = ?"),
                   {school.id}) > before.cursor);

    // Back: the leaver is evicted, and nothing of theirs comes in the snapshot.
    Model back;
    back.cursor = before.cursor;
    back.pull(store, oak);
    CHECK(back.snapshotChanges > 0);
    CHECK(back.evicted.contains(leaver));
    CHECK_FALSE(back.live().contains(QStringLiteral("pupil/") + leaver));
    for (auto it = back.rows.cbegin(); it != back.rows.cend(); ++it)
        CHECK_FALSE(it->fields.value(QLatin1String("pupil_id")).toString() == leaver);

    // What it received is exactly what a new Oak tablet receives.
    const Tablet fresh = store.enrol(school.id, QStringLiteral("New Oak"), {QStringLiteral("Oak")});
    Model first;
    first.pull(store, fresh);
    CHECK(first.evicted.isEmpty());
    CHECK(back.live() == first.live());
    CHECK(back.deletedKeys() == first.deletedKeys());
}
