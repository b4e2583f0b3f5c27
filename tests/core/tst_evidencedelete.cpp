// Who may delete evidence on the tablet: the same rule the store applies (EvidenceDeleteRule), so a
// TA who deletes someone else's evidence is told so at once, and the item stays on every tablet.
#include "testsupport.h"

#include "domain/evidencedeleterule.h"

#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::Testing;

namespace {

Staff person(const MiniSchool &m, const char *first, QList<StaffRole> roles, QStringList classIds)
{
    Staff s;
    s.id = newId();
    s.schoolId = m.school.id;
    s.firstName = QString::fromLatin1(first);
    s.surname = QStringLiteral("Reed");
    s.roles = roles;
    s.classIds = classIds;
    return s;
}

EvidenceItem observation(const MiniSchool &m, const Staff &by)
{
    EvidenceItem item;
    item.id = newId();
    item.schoolId = m.school.id;
    item.capturedAt = QDateTime::currentDateTimeUtc();
    item.capturedBy = by.id;
    item.note = QStringLiteral("Asked for a drink with PECS.");
    item.pupils = {{m.ava.id, {m.avaTargets.first().id}}};
    return item;
}

} // namespace

TEST_CASE("The delete rule: the capturer, a teacher of a pupil's class, or SLT", "[evidence][deletes]")
{
    const QString captured = QStringLiteral("ta-1");
    const QSet<QString> oak{QStringLiteral("oak")};
    const QSet<QString> ash{QStringLiteral("ash")};
    using R = StaffRole;
    CHECK(EvidenceDeleteRule::allows(captured, {R::TeachingAssistant}, ash, captured, oak));
    CHECK_FALSE(
        EvidenceDeleteRule::allows(QStringLiteral("ta-2"), {R::TeachingAssistant}, oak, captured, oak));
    CHECK(EvidenceDeleteRule::allows(QStringLiteral("t-1"), {R::Teacher}, oak, captured, oak));
    CHECK_FALSE(EvidenceDeleteRule::allows(QStringLiteral("t-2"), {R::Teacher}, ash, captured, oak));
    CHECK(EvidenceDeleteRule::allows(QStringLiteral("slt"), {R::SeniorLeader}, {}, captured, oak));
    CHECK_FALSE(EvidenceDeleteRule::allows(QStringLiteral("office"), {R::Admin}, oak, captured, oak));
    // Nobody is the capturer of an item with no capturer.
    CHECK_FALSE(EvidenceDeleteRule::allows(QString(), {R::TeachingAssistant}, {}, QString(), oak));

    CHECK(EvidenceDeleteRule::dependsOnClasses(QStringLiteral("t-1"), {R::Teacher}, captured));
    CHECK_FALSE(EvidenceDeleteRule::dependsOnClasses(captured, {R::Teacher}, captured));
    CHECK_FALSE(
        EvidenceDeleteRule::dependsOnClasses(QStringLiteral("slt"), {R::SeniorLeader, R::Teacher}, captured));
    CHECK_FALSE(
        EvidenceDeleteRule::dependsOnClasses(QStringLiteral("ta-2"), {R::TeachingAssistant}, captured));
}

TEST_CASE("A TA cannot delete another person's evidence on the tablet", "[evidence][deletes]")
{
    TempStore t;
    const MiniSchool m = makeMiniSchool(t.store);
    const Staff otherTa = person(m, "Dawn", {StaffRole::TeachingAssistant}, {m.oak.id});
    const Staff otherTeacher = person(m, "Tom", {StaffRole::Teacher}, {});
    REQUIRE(t.store.save(otherTa).ok);
    REQUIRE(t.store.save(otherTeacher).ok);
    t.store.setActingStaffId(m.assistant.id);
    const EvidenceItem item = observation(m, m.assistant);
    REQUIRE(t.store.save(item).ok);
    const qint64 logged = t.store.mutations(0, 100000).size();

    // Another TA of the same class, a teacher of no class of Ava's, and nobody signed in: refused
    // with the sentence the store would give, and nothing is written.
    for (const QString &who : {otherTa.id, otherTeacher.id, QString()}) {
        t.store.setActingStaffId(who);
        const WriteResult refused = t.store.removeEvidenceItem(item.id);
        CHECK_FALSE(refused.ok);
        CHECK(refused.message == EvidenceDeleteRule::refusal());
        CHECK(refused.message.startsWith(QStringLiteral("Only the person who captured this evidence")));
        CHECK(t.store.evidenceItem(item.id));
        CHECK(t.store.mutations(0, 100000).size() == logged);
    }

    // The capturer, the class teacher and SLT can.
    for (const Staff &who : {m.assistant, m.teacher, m.seniorLeader}) {
        t.store.setActingStaffId(m.assistant.id);
        EvidenceItem another = observation(m, m.assistant);
        REQUIRE(t.store.save(another).ok);
        t.store.setActingStaffId(who.id);
        INFO(who.firstName.toStdString());
        CHECK(t.store.removeEvidenceItem(another.id).ok);
        CHECK_FALSE(t.store.evidenceItem(another.id));
    }
}
