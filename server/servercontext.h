#pragma once

#include "mediafiles.h"
#include "pushapplier.h"
#include "ratelimiter.h"
#include "serverclock.h"
#include "trustedproxies.h"
#include "uploadhashes.h"

#include <QString>

#include <map>
#include <memory>
#include <mutex>

namespace Stride::Server {

// The limits of docs/sync.md ("Limits"); the serve command can change some for tests and tuning.
struct ServerLimits
{
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    qint64 maxChunkBytes = 8 * 1024 * 1024;
    qint64 maxHeaderBytes = 16 * 1024;
    int maxBatchMutations = 500;
    qint64 maxUploadBytes = qint64(4) * 1024 * 1024 * 1024; // Tus-Max-Size: a long video
    int uploadExpirySeconds = 24 * 3600;
    double requestsPerSecond = 20;
    double requestBurst = 100;
    // Wrong enrolment codes per client address: a burst of 10, then one every 6 seconds.
    double enrolFailuresPerSecond = 1.0 / 6.0;
    double enrolFailureBurst = 10;
    // Media bytes per school for schools without a quota of their own (set-quota); 0: no limit.
    qint64 mediaQuotaBytes = 0;
};

// What every request handler shares. Built once by the serve command, before the listener starts.
struct ServerContext
{
    explicit ServerContext(const QString &dataDir, const ServerLimits &limits)
        : dataDir(dataDir), limits(limits), media(dataDir), pushes(clock),
          deviceRequests(limits.requestsPerSecond, limits.requestBurst),
          enrolFailures(limits.enrolFailuresPerSecond, limits.enrolFailureBurst)
    {}

    // One lock per upload id, so two PATCHes racing for one upload are taken one after the other
    // (within this process; docs/operations.md explains why one process serves a data directory).
    std::shared_ptr<std::mutex> uploadLock(const QString &uploadId)
    {
        std::lock_guard lock(uploadLocksMutex);
        // Forget locks nobody holds, so the map does not grow with every upload ever made.
        for (auto it = uploadLocks.begin(); it != uploadLocks.end();)
            it = it->second.use_count() == 1 ? uploadLocks.erase(it) : std::next(it);
        auto &slot = uploadLocks[uploadId.toStdString()];
        if (!slot)
            slot = std::make_shared<std::mutex>();
        return slot;
    }

    QString dataDir;
    ServerLimits limits;
    ServerClock clock;
    MediaFiles media;
    PushApplier pushes;
    RateLimiter deviceRequests;
    RateLimiter enrolFailures;
    // Set by the serve command before the listener starts; read-only after.
    TrustedProxies trustedProxies;
    UploadHashes uploadHashes;
    std::mutex uploadLocksMutex;
    std::map<std::string, std::shared_ptr<std::mutex>> uploadLocks;
};

} // namespace Stride::Server
