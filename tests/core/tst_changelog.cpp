// The change log is written with the change, in the same transaction, or not at all.
#include "testsupport.h"

#include "store/rowmapping.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace Stride;
using namespace Stride::Testing;

TEST_CASE("Every save appends mutations with the changed fields and what they were", "[changelog]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    t.store.setActingStaffId(m.teacher.id);

    Pupil ava = *t.store.pupil(m.ava.id);
    const qint64 before = t.store.mutations(0, 100000).size();
    ava.specificNeeds = QStringLiteral("ASD, SLD, epilepsy");
    REQUIRE(t.store.save(ava).ok);
    const auto log = t.store.mutationsOf(QStringLiteral("pupil"), ava.id);
    REQUIRE(log.size() == 2);
    const Mutation &change = log.last();
    CHECK(change.op == QLatin1String("upsert"));
    CHECK(change.fields.keys() == QStringList{QStringLiteral("specific_needs")});
    CHECK(change.fields.value(QStringLiteral("specific_needs")).toString() ==
          QLatin1String("ASD, SLD, epilepsy"));
    CHECK(change.previous.value(QStringLiteral("specific_needs")).toString() == QLatin1String("ASD, SLD"));
    CHECK(change.authorStaffId == m.teacher.id);
    CHECK(change.deviceId == t.store.deviceId());
    CHECK(HlcTimestamp::parse(change.hlc).has_value());
    CHECK(t.store.mutations(0, 100000).size() == before + 1);

    // Saving the same thing again writes nothing and logs nothing.
    REQUIRE(t.store.save(ava).ok);
    CHECK(t.store.mutations(0, 100000).size() == before + 1);
}

TEST_CASE("Mutation timestamps increase in log order", "[changelog][hlc]")
{
    TempStore t;
    makeMiniSchool(t.store);
    const auto log = t.store.mutations(0, 100000);
    REQUIRE(log.size() > 20);
    for (int i = 1; i < log.size(); ++i)
        CHECK(*HlcTimestamp::parse(log.at(i - 1).hlc) < *HlcTimestamp::parse(log.at(i).hlc));
}

TEST_CASE("A failed transaction leaves neither the change nor its log entry", "[changelog][atomic]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    const qint64 before = t.store.mutations(0, 100000).size();

    SchoolClass ash{newId(), m.school.id, QStringLiteral("Ash"), {}};
    Pupil orphan = m.ava;
    orphan.id = newId();
    orphan.upn.clear();
    orphan.ehcpOutcomes.clear();
    orphan.classId = newId(); // no such class: the foreign key fails inside the transaction

    const bool committed = t.store.transaction([&] {
        // The first write succeeds on its own...
        if (!t.store.writeRow(RowMapping::toRow(ash)))
            return false;
        // ...the second breaks a foreign key, so both must go.
        return t.store.writeRow(RowMapping::toRow(orphan));
    });
    CHECK_FALSE(committed);
    CHECK_FALSE(t.store.schoolClass(ash.id));
    CHECK_FALSE(t.store.pupil(orphan.id));
    CHECK(t.store.mutations(0, 100000).size() == before);
    CHECK(t.store.mutationsOf(QStringLiteral("school_class"), ash.id).isEmpty());

    // A nested failure rolls back only its own part.
    const bool outer = t.store.transaction([&] {
        if (!t.store.writeRow(RowMapping::toRow(ash)))
            return false;
        const bool inner = t.store.transaction([&] { return t.store.writeRow(RowMapping::toRow(orphan)); });
        CHECK_FALSE(inner);
        return true;
    });
    CHECK(outer);
    CHECK(t.store.schoolClass(ash.id));
    CHECK_FALSE(t.store.pupil(orphan.id));
    CHECK(t.store.mutations(0, 100000).size() == before + 1);
}

TEST_CASE("An evidence item whose child row fails is not saved at all", "[changelog][atomic]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    const qint64 before = t.store.mutations(0, 100000).size();
    // Drop a target behind the store's back so that validation passes (it is read first) but the
    // link row's foreign key fails half-way through the item's writes.
    EvidenceItem item;
    item.id = newId();
    item.schoolId = m.school.id;
    item.capturedAt = QDateTime::currentDateTimeUtc();
    item.capturedBy = m.assistant.id;
    item.note = QStringLiteral("Waited for a turn.");
    item.pupils = {{m.ava.id, {m.avaTargets.first().id}}};
    QSqlQuery q(t.store.database());
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    REQUIRE(t.store.transaction([&] {
        return t.store.writeRow(RowMapping::toRow(item)); // the item row alone is fine
    }));
    const qint64 afterItem = t.store.mutations(0, 100000).size();
    CHECK(afterItem == before + 1);

    EvidenceItem broken = item;
    broken.id = newId();
    broken.pupils = {{m.ava.id, {newId()}}}; // a target that does not exist
    const bool ok = t.store.transaction([&] {
        return t.store.writeRow(RowMapping::toRow(broken)) &&
               t.store.writeRow(RowMapping::evidenceTargetRows(broken).first());
    });
    CHECK_FALSE(ok);
    CHECK_FALSE(t.store.evidenceItem(broken.id));
    CHECK(t.store.mutations(0, 100000).size() == afterItem);
}

TEST_CASE("Deleting evidence leaves tombstones for the item and its links", "[changelog][tombstone]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    EvidenceItem item;
    item.id = newId();
    item.schoolId = m.school.id;
    item.capturedAt = QDateTime::currentDateTimeUtc();
    item.capturedBy = m.assistant.id;
    item.note = QStringLiteral("Walked to the hall holding the rail.");
    item.pupils = {{m.ava.id, {m.avaTargets.last().id}}};
    const QString targetId = m.avaTargets.last().id;
    const int countBefore = t.store.evidenceCountsForPupil(m.ava.id, m.term.id).value(targetId);
    t.store.setActingStaffId(m.assistant.id);
    REQUIRE(t.store.save(item).ok);
    CHECK(t.store.evidenceCountsForPupil(m.ava.id, m.term.id).value(targetId) == countBefore + 1);
    CHECK(t.store.evidenceCountsForClass(m.oak.id, m.term.id).value(targetId) == countBefore + 1);
    REQUIRE(t.store.removeEvidenceItem(item.id).ok);
    CHECK(t.store.evidenceCountsForPupil(m.ava.id, m.term.id).value(targetId) == countBefore);
    CHECK_FALSE(t.store.evidenceItem(item.id));
    CHECK(t.store.hasTombstone(QStringLiteral("evidence_item"), item.id));
    CHECK(t.store.hasTombstone(QStringLiteral("evidence_pupil"), linkId(item.id, m.ava.id)));
    const auto log = t.store.mutationsOf(QStringLiteral("evidence_item"), item.id);
    REQUIRE(log.size() == 2);
    CHECK(log.last().op == QLatin1String("delete"));
    CHECK(log.last().previous.value(QStringLiteral("note")).toString() == item.note);
}
