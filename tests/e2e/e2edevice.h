#pragma once

#include "storeserver.h"

#include "media/mediastore.h"
#include "store/store.h"
#include "sync/syncclient.h"

#include <QHash>
#include <QTemporaryDir>
#include <memory>

namespace Stride::E2e {

// What the demo school gives a test to work with, read from a synced tablet.
struct DemoPicks
{
    QString schoolId;
    Staff teacher;
    Staff assistant;
    Pupil pupil; // has media consent
    QString targetId;
};
DemoPicks pickFromDemo(Store &store);

// One tablet: its own store and media folder in a temporary directory, and its sync client.
struct Device
{
    QTemporaryDir dir;
    Store store;
    std::unique_ptr<MediaStore> media;
    std::unique_ptr<SyncClient> client;
    QHash<QString, QByteArray> credentials; // staff id -> credential, once signed in here

    explicit Device(HybridLogicalClock::WallClock wallClock = {});
    QString databasePath() const { return dir.filePath(QStringLiteral("stride.db")); }
    QString mediaDir() const;
    SyncLedger &ledger() { return client->ledger(); }

    // A tablet of the whole school, unless `classes` (by name) are given.
    void enrol(StoreServer &server, const QString &schoolId, const QString &name,
               const QStringList &classes = {});
    // Where most scenarios begin: enrols, fetches the school in a first sync, and picks out the
    // demo's people. What this tablet records from then on is recorded by the teaching assistant.
    DemoPicks joinSchool(StoreServer &server, const QString &schoolId, const QString &name);
    // Makes the changes that follow as `staffId` (a demo school's person), signing them in on this
    // tablet with the store the first time, as the app does, so their changes carry proofs.
    void actAs(const QString &staffId);
    // Points this tablet at the server's current port (after a restart on another port).
    void followServer(StoreServer &server);
    SyncReport sync(int timeoutMs = 120000);
};

// Syncs `d` and requires that everything went through: no refusal, nothing parked.
void requireSynced(Device &d);

EvidenceItem writtenObservation(const DemoPicks &picks, const QString &note, const QString &deviceId);

// The first column of the first row `sql` gives on the tablet's store; REQUIREs one.
QVariant valueOf(Store &store, const QString &sql, const QVariantList &binds = {});

} // namespace Stride::E2e

namespace Stride::E2e {

// stride-cli run to the end.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliRun runCli(const QStringList &arguments, int timeoutMs = 300000);

// A tablet driven by stride-cli, as support staff and scripts drive one: enrolled in `dir` with a
// one-time code and synced once. Returns its database's path.
QString enrolWithCli(StoreServer &server, const QString &schoolId, const QString &name,
                     const QTemporaryDir &dir);

} // namespace Stride::E2e
