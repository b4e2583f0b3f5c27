#include "benchdevice.h"

#include "demo/demoschool.h"
#include "sync/devicefiles.h"
#include "sync/storesignin.h"

#include <QEventLoop>

namespace Stride::Bench {

BenchDevice::BenchDevice(Store::AtRest atRest)
{
    const QString db = dir.filePath(QStringLiteral("stride.db"));
    const OpenResult opened = store.open(db, atRest);
    if (!opened.ok())
        giveUp(QStringLiteral("could not open a store: ") + opened.detail);
    media = std::make_unique<MediaStore>(DeviceFiles::mediaDirFor(db));
    media->setKey(store.deviceKeys().media);
    client = std::make_unique<SyncClient>(store, media.get(), DeviceFiles::mediaDirFor(db));
}

void BenchDevice::enrol(BenchServer &server, const QString &schoolId, const QString &name)
{
    bool ok = false;
    QString message;
    QEventLoop loop;
    QObject::connect(client.get(), &SyncClient::enrolFinished, &loop, [&](bool good, const QString &text) {
        ok = good;
        message = text;
        loop.quit();
    });
    client->enrol(server.url(), server.enrolmentCode(schoolId, name), name);
    loop.exec();
    if (!ok)
        giveUp(message);
}

SyncReport BenchDevice::sync()
{
    SyncReport report;
    QEventLoop loop;
    const auto c = QObject::connect(client.get(), &SyncClient::syncFinished, &loop, [&](const SyncReport &r) {
        report = r;
        loop.quit();
    });
    client->sync();
    if (client->isRunning())
        loop.exec();
    QObject::disconnect(c);
    if (!report.ok)
        giveUp(QStringLiteral("sync failed: ") + report.summary());
    return report;
}

void BenchDevice::signIn(const QString &staffId)
{
    if (!client->useEnrolment())
        giveUp(QStringLiteral("not enrolled"));
    SignIn::Result answer;
    QEventLoop loop;
    StoreSignIn::signIn(store, client->api(), staffId, DemoSchool::pinOf(store, staffId),
                        [&](const SignIn::Result &r) {
                            answer = r;
                            loop.quit();
                        });
    loop.exec();
    if (answer.outcome != SignIn::Outcome::SignedIn)
        giveUp(QStringLiteral("sign-in refused: ") + answer.message);
    store.setActingStaffId(staffId, answer.credential);
}

BenchPicks pick(Store &store)
{
    BenchPicks p;
    const auto schools = store.schools();
    if (schools.isEmpty())
        giveUp(QStringLiteral("no school on the device"));
    p.schoolId = schools.first().id;
    for (const Staff &s : store.staffOfSchool(p.schoolId))
        if (s.roles.contains(StaffRole::TeachingAssistant)) {
            p.staffId = s.id;
            break;
        }
    p.pupilId = store.pupilsOfSchool(p.schoolId).first().id;
    return p;
}

void recordObservations(Store &store, const BenchPicks &picks, int count)
{
    const bool ok = store.transaction([&] {
        for (int i = 0; i < count; ++i) {
            EvidenceItem item;
            item.id = newId();
            item.schoolId = picks.schoolId;
            item.kind = EvidenceKind::Written;
            item.capturedAt = QDateTime::currentDateTimeUtc();
            item.capturedBy = picks.staffId;
            item.note = QStringLiteral("Requested a drink using the PECS book, observation %1.").arg(i);
            item.setting = QStringLiteral("Classroom");
            item.pupils = {{picks.pupilId, {}}};
            if (!store.save(item).ok)
                return false;
        }
        return true;
    });
    if (!ok)
        giveUp(QStringLiteral("could not record observations: ") + store.lastError());
}

} // namespace Stride::Bench
