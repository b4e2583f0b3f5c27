#include "testsupport.h"

#include <catch2/catch.hpp>

namespace Stride::Testing {

TempStore::TempStore(HybridLogicalClock::WallClock wallClock) : store(std::move(wallClock))
{
    REQUIRE(dir.isValid());
    const OpenResult r = store.open(path());
    INFO(r.message.toStdString() << " " << r.detail.toStdString());
    REQUIRE(r.ok());
}

QString testDataPath(const QString &relative)
{
    return QStringLiteral(STRIDE_TEST_DATA_DIR "/") + relative;
}

namespace {
template <typename T> void mustSave(Store &store, const T &value)
{
    const WriteResult r = store.save(value);
    INFO(r.message.toStdString());
    REQUIRE(r.ok);
}

Staff makeStaff(const QString &schoolId, const QString &first, const QString &last, QList<StaffRole> roles,
                QStringList classIds)
{
    Staff s;
    s.id = newId();
    s.schoolId = schoolId;
    s.firstName = first;
    s.surname = last;
    s.email = first.toLower() + QStringLiteral("@school.example");
    s.roles = roles;
    s.classIds = classIds;
    return s;
}

Pupil makePupil(const MiniSchool &m, const QString &first, const QString &last, MediaConsent consent,
                QString upn)
{
    Pupil p;
    p.id = newId();
    p.schoolId = m.school.id;
    p.classId = m.oak.id;
    p.upn = upn;
    p.firstName = first;
    p.surname = last;
    p.yearGroup = 5;
    p.keyStage = 2;
    p.specificNeeds = QStringLiteral("ASD, SLD");
    p.pronouns = Pronouns::She;
    p.mediaConsent = consent;
    EhcpOutcome o;
    o.id = newId();
    o.pupilId = p.id;
    o.reference = QStringLiteral("EO1");
    o.text = QStringLiteral("By the end of Key Stage 2, %1 will communicate needs and wants using symbols.")
                 .arg(first);
    p.ehcpOutcomes << o;
    return p;
}

QList<Target> makeTargets(Store &store, const MiniSchool &m, const Ilp &ilp, const Pupil &pupil)
{
    QList<Target> targets;
    int order = 0;
    for (const AreaOfLearning &area : m.areas) {
        if (!area.appliesTo(pupil.keyStage))
            continue;
        Target t;
        t.id = newId();
        t.ilpId = ilp.id;
        t.areaId = area.id;
        t.text = QStringLiteral("To independently request a drink at least twice a week (%1)").arg(area.name);
        t.ehcpOutcomeIds << pupil.ehcpOutcomes.first().id;
        t.aspects = {MappAspect::Independence, MappAspect::Maintenance};
        t.provision = QStringLiteral("PECS sessions daily");
        t.predictedCompletionOn = m.term.endsOn.addDays(-7);
        t.sortOrder = ++order;
        mustSave(store, t);
        targets << t;
    }
    return targets;
}
} // namespace

MiniSchool makeMiniSchool(Store &store)
{
    MiniSchool m;
    m.school = School();
    m.school.id = newId();
    m.school.name = QStringLiteral("Millbrook Park School");
    m.school.urn = QStringLiteral("123456");
    mustSave(store, m.school);
    m.oak = {newId(), m.school.id, QStringLiteral("Oak"), {}};
    mustSave(store, m.oak);
    m.teacher = makeStaff(m.school.id, QStringLiteral("Sarah"), QStringLiteral("Jones"), {StaffRole::Teacher},
                          {m.oak.id});
    m.seniorLeader = makeStaff(m.school.id, QStringLiteral("Helen"), QStringLiteral("Ward"),
                               {StaffRole::SeniorLeader, StaffRole::Teacher}, {});
    m.assistant = makeStaff(m.school.id, QStringLiteral("Priya"), QStringLiteral("Patel"),
                            {StaffRole::TeachingAssistant}, {m.oak.id});
    for (const Staff &s : {m.teacher, m.seniorLeader, m.assistant})
        mustSave(store, s);
    m.areas = AreaOfLearning::defaultSet(m.school.id);
    for (const AreaOfLearning &a : m.areas)
        mustSave(store, a);
    m.term.id = newId();
    m.term.schoolId = m.school.id;
    m.term.name = QStringLiteral("Autumn 2026");
    m.term.startsOn = QDate(2026, 9, 2);
    m.term.halfTermStartsOn = QDate(2026, 10, 26);
    m.term.halfTermEndsOn = QDate(2026, 10, 30);
    m.term.endsOn = QDate(2026, 12, 18);
    m.term.applyStandardCycle();
    mustSave(store, m.term);
    m.ava = makePupil(m, QStringLiteral("Ava"), QStringLiteral("Smith"), MediaConsent::ShareableWithParents,
                      QStringLiteral("A123456789012"));
    m.ben = makePupil(m, QStringLiteral("Ben"), QStringLiteral("Okafor"), MediaConsent::None,
                      QStringLiteral("B123456789012"));
    mustSave(store, m.ava);
    mustSave(store, m.ben);
    m.avaIlp = {newId(), m.ava.id, m.term.id, QStringLiteral("Now-and-next board at every transition.")};
    m.benIlp = {newId(), m.ben.id, m.term.id, QString()};
    mustSave(store, m.avaIlp);
    mustSave(store, m.benIlp);
    m.avaTargets = makeTargets(store, m, m.avaIlp, m.ava);
    m.benTargets = makeTargets(store, m, m.benIlp, m.ben);
    return m;
}

} // namespace Stride::Testing
