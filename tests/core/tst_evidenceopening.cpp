// Store::recordEvidenceOpened: the tablet's note that a person opened an evidence item, for the
// school's audit log. One change in the change log, in that person's name, sent with the next push,
// and nothing else written on the tablet (docs/security.md, "Audit").
#include "testsupport.h"

#include "store/evidenceopening.h"
#include "sync/syncledger.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::Testing;

namespace {

QList<Mutation> openings(const Store &store)
{
    QList<Mutation> found;
    for (const Mutation &m : store.mutations(0, 100000))
        if (m.entity == EvidenceOpening::entity())
            found << m;
    return found;
}

} // namespace

TEST_CASE("Opening evidence appends one change in the opener's name, and no row", "[changelog][audit]")
{
    TempStore t;
    MiniSchool m = makeMiniSchool(t.store);
    t.store.setActingStaffId(m.teacher.id);
    EvidenceItem item;
    item.id = newId();
    item.schoolId = m.school.id;
    item.capturedAt = QDateTime::currentDateTimeUtc();
    item.capturedBy = m.teacher.id;
    item.note = QStringLiteral("Waited for a turn.");
    item.pupils = {{m.ava.id, {m.avaTargets.first().id}}};
    REQUIRE(t.store.save(item).ok);

    int told = 0;
    t.store.setLocalChangeListener([&] { ++told; });
    t.store.setActingStaffId(m.assistant.id);
    REQUIRE(t.store.recordEvidenceOpened(item.id));
    CHECK(told == 1); // sync hears of it, as of any change
    const QList<Mutation> once = openings(t.store);
    REQUIRE(once.size() == 1);
    const Mutation &o = once.first();
    CHECK(o.op == QStringLiteral("upsert"));
    CHECK(o.authorStaffId == m.assistant.id);
    CHECK(o.fields.value(EvidenceOpening::evidenceIdField()).toString() == item.id);
    CHECK(o.fields.value(EvidenceOpening::staffIdField()).toString() == m.assistant.id);
    CHECK(
        QDateTime::fromString(o.fields.value(EvidenceOpening::viewedAtField()).toString(), Qt::ISODateWithMs)
            .isValid());
    CHECK(HlcTimestamp::parse(o.hlc).has_value());

    // Each call is one more opening, with an id of its own.
    REQUIRE(t.store.recordEvidenceOpened(item.id));
    const QList<Mutation> twice = openings(t.store);
    REQUIRE(twice.size() == 2);
    CHECK(twice.at(0).entityId != twice.at(1).entityId);

    // It goes up with the next push like any change.
    int pending = 0;
    for (const QJsonObject &p : SyncLedger(t.store).unsentMutations(100000, 64 * 1024 * 1024))
        if (p.value(QLatin1String("entity")).toString() == EvidenceOpening::entity())
            ++pending;
    CHECK(pending == 2);

    // The tablet keeps no table of openings, so none is read, merged or pulled.
    QSqlQuery q(t.store.database());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'evidence_view'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);

    // An item the tablet does not have, or nobody signed in: nothing is noted.
    CHECK_FALSE(t.store.recordEvidenceOpened(newId()));
    t.store.setActingStaffId({});
    CHECK_FALSE(t.store.recordEvidenceOpened(item.id));
    CHECK(openings(t.store).size() == 2);
}
