// A tablet the school removes from Stride erases its data at its next contact.
#include "e2edevice.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace Stride;
using namespace Stride::E2e;

namespace {

void revokedTabletErases(Backend backend)
{
    StoreServer server(backend);
    const QString schoolId = server.loadDemo();
    server.start();
    const QString erased =
        QStringLiteral("This tablet was removed from Stride by your school; its data has been erased");

    // In the app's way (the core's client).
    Device a;
    const DemoPicks picks = a.joinSchool(server, schoolId, QStringLiteral("Lost iPad"));
    REQUIRE(a.store.save(writtenObservation(picks, QStringLiteral("Not yet sent."), a.store.deviceId())).ok);
    REQUIRE(a.media->put(QByteArrayLiteral("a photo of a child")).ok);
    server.revoke(a.ledger().enrolment()->deviceId);
    const SyncReport r = a.sync();
    CHECK(r.deviceErased);
    CHECK(r.message == erased);
    CHECK_FALSE(a.store.isOpen());
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        CHECK_FALSE(QFile::exists(a.databasePath() + suffix));
    CHECK_FALSE(QFileInfo::exists(a.mediaDir()));
    CHECK(QDir(a.dir.path()).isEmpty());

    // And from the command line: exit status 3 and the same words.
    QTemporaryDir dir;
    const QString db = enrolWithCli(server, schoolId, QStringLiteral("Stolen iPad"), dir);
    QString deviceId;
    {
        Store store;
        REQUIRE(store.open(db).ok());
        deviceId = SyncLedger(store).enrolment()->deviceId;
    }
    server.revoke(deviceId);
    const CliRun cli = runCli({QStringLiteral("sync"), QStringLiteral("--database"), db});
    CHECK(cli.exitCode == 3);
    CHECK(cli.err.contains(erased));
    CHECK_FALSE(QFile::exists(db));
    CHECK(QDir(dir.path()).isEmpty());
}

} // namespace

STRIDE_E2E_SCENARIO("A revoked tablet erases its data", revokedTabletErases)
