#include "e2edevice.h"

#include "demo/demoschool.h"
#include "sync/devicefiles.h"
#include "sync/storesignin.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <optional>

namespace Stride::E2e {

Device::Device(HybridLogicalClock::WallClock wallClock) : store(std::move(wallClock))
{
    REQUIRE(dir.isValid());
    const OpenResult opened = store.open(databasePath());
    INFO(opened.message.toStdString());
    REQUIRE(opened.ok());
    media = std::make_unique<MediaStore>(mediaDir());
    media->setKey(store.deviceKeys().media);
    client = std::make_unique<SyncClient>(store, media.get(), mediaDir());
}

QString Device::mediaDir() const
{
    return DeviceFiles::mediaDirFor(databasePath());
}

void Device::enrol(StoreServer &server, const QString &schoolId, const QString &name,
                   const QStringList &classes)
{
    const QString code = server.enrolmentCode(schoolId, name, classes);
    QSignalSpy done(client.get(), &SyncClient::enrolFinished);
    client->enrol(server.url(), code, name);
    REQUIRE(done.wait(30000));
    INFO(done.first().at(1).toString().toStdString());
    REQUIRE(done.first().at(0).toBool());
}

DemoPicks Device::joinSchool(StoreServer &server, const QString &schoolId, const QString &name)
{
    enrol(server, schoolId, name);
    const SyncReport first = sync();
    INFO(first.summary().toStdString());
    REQUIRE(first.ok);
    const DemoPicks picks = pickFromDemo(store);
    actAs(picks.assistant.id);
    return picks;
}

void Device::actAs(const QString &staffId)
{
    if (!credentials.contains(staffId)) {
        REQUIRE(client->useEnrolment());
        std::optional<SignIn::Result> answer;
        StoreSignIn::signIn(store, client->api(), staffId, DemoSchool::pinOf(store, staffId),
                            [&answer](const SignIn::Result &r) { answer = r; });
        REQUIRE(QTest::qWaitFor([&] { return answer.has_value(); }, 30000));
        INFO(answer->message.toStdString());
        REQUIRE(answer->outcome == SignIn::Outcome::SignedIn);
        credentials.insert(staffId, answer->credential);
    }
    store.setActingStaffId(staffId, credentials.value(staffId));
}

void Device::followServer(StoreServer &server)
{
    auto e = ledger().enrolment();
    REQUIRE(e);
    e->serverUrl = server.url();
    REQUIRE(ledger().saveEnrolment(*e));
}

SyncReport Device::sync(int timeoutMs)
{
    QSignalSpy done(client.get(), &SyncClient::syncFinished);
    client->sync();
    if (done.isEmpty())
        REQUIRE(done.wait(timeoutMs));
    return done.first().first().value<SyncReport>();
}

DemoPicks pickFromDemo(Store &store)
{
    DemoPicks picks;
    const QList<School> schools = store.schools();
    REQUIRE(schools.size() == 1);
    picks.schoolId = schools.first().id;
    for (const Staff &s : store.staffOfSchool(picks.schoolId)) {
        if (s.roles.contains(StaffRole::Teacher) && picks.teacher.id.isEmpty())
            picks.teacher = s;
        if (s.roles.contains(StaffRole::TeachingAssistant) && picks.assistant.id.isEmpty())
            picks.assistant = s;
    }
    REQUIRE_FALSE(picks.teacher.id.isEmpty());
    REQUIRE_FALSE(picks.assistant.id.isEmpty());
    const auto term = store.currentTerm(picks.schoolId, QDate::currentDate());
    REQUIRE(term);
    for (const Pupil &p : store.pupilsOfSchool(picks.schoolId)) {
        if (p.mediaConsent == MediaConsent::None)
            continue;
        const auto ilp = store.ilpFor(p.id, term->id);
        if (!ilp)
            continue;
        const QList<Target> targets = store.targetsOfIlp(ilp->id);
        if (targets.isEmpty())
            continue;
        picks.pupil = p;
        picks.targetId = targets.first().id;
        break;
    }
    REQUIRE_FALSE(picks.targetId.isEmpty());
    return picks;
}

void requireSynced(Device &d)
{
    const SyncReport r = d.sync();
    INFO(r.summary().toStdString() << " | " << r.problems.join(QStringLiteral(" | ")).toStdString());
    REQUIRE(r.ok);
    CHECK(r.rejected == 0);
    CHECK(r.parked == 0);
}

QVariant valueOf(Store &store, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(store.database());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    INFO(sql.toStdString());
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0);
}

EvidenceItem writtenObservation(const DemoPicks &picks, const QString &note, const QString &deviceId)
{
    EvidenceItem item;
    item.id = newId();
    item.schoolId = picks.schoolId;
    item.kind = EvidenceKind::Written;
    item.capturedAt = QDateTime::currentDateTimeUtc();
    item.capturedBy = picks.assistant.id;
    item.deviceId = deviceId;
    item.note = note;
    item.pupils = {{picks.pupil.id, {picks.targetId}}};
    item.visibility = Visibility::InternalOnly;
    return item;
}

} // namespace Stride::E2e

#include <QProcess>

namespace Stride::E2e {

CliRun runCli(const QStringList &arguments, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(STRIDE_CLI_EXE), arguments);
    REQUIRE(p.waitForStarted(10000));
    const bool finished = p.waitForFinished(timeoutMs);
    CliRun run;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    INFO("stride-cli " << arguments.join(QLatin1Char(' ')).toStdString() << "\n"
                       << run.out.toStdString() << "\n"
                       << run.err.toStdString());
    REQUIRE(finished);
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return run;
}

} // namespace Stride::E2e

namespace Stride::E2e {

QString enrolWithCli(StoreServer &server, const QString &schoolId, const QString &name,
                     const QTemporaryDir &dir)
{
    const QString db = dir.filePath(QStringLiteral("tablet.db"));
    const QString code = server.enrolmentCode(schoolId, name);
    REQUIRE(runCli({QStringLiteral("enrol"), QStringLiteral("--server"), server.url().toString(),
                    QStringLiteral("--code"), code, QStringLiteral("--database"), db,
                    QStringLiteral("--name"), name})
                .exitCode == 0);
    REQUIRE(runCli({QStringLiteral("sync"), QStringLiteral("--database"), db}).exitCode == 0);
    return db;
}

} // namespace Stride::E2e
