#pragma once

#include "benchserver.h"

#include "media/mediastore.h"
#include "store/store.h"
#include "sync/syncclient.h"

#include <QTemporaryDir>
#include <memory>

namespace Stride::Bench {

// A tablet for a benchmark: store and media in a temporary directory, and its sync client.
struct BenchDevice
{
    QTemporaryDir dir;
    Store store;
    std::unique_ptr<MediaStore> media;
    std::unique_ptr<SyncClient> client;

    // A tablet's store is encrypted (Store::AtRest::Encrypted); Plain measures what encryption costs.
    explicit BenchDevice(Store::AtRest atRest = Store::AtRest::Encrypted);
    void enrol(BenchServer &server, const QString &schoolId, const QString &name);
    SyncReport sync();
    // Signs a demo school's person in with the store, as the app does at their first sign-in on a
    // tablet: the changes recorded from then on carry their proof.
    void signIn(const QString &staffId);
    QString token() { return client->ledger().enrolment()->deviceToken; }
};

// Someone to record evidence as, and a pupil to record it about.
struct BenchPicks
{
    QString schoolId;
    QString staffId;
    QString pupilId;
};
BenchPicks pick(Store &store);
// `count` written observations in one transaction (two records each: the item and its pupil), by
// whoever is signed in on `store`.
void recordObservations(Store &store, const BenchPicks &picks, int count);

} // namespace Stride::Bench
