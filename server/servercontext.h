#pragma once

#include "mediafiles.h"
#include "pushapplier.h"
#include "ratelimiter.h"
#include "serverclock.h"
#include "sqlconnection.h"
#include "trustedproxies.h"
#include "uploadhashes.h"

#include <QString>

namespace Stride::Server {

// The limits of docs/sync.md ("Limits"); the serve command can change some for tests and tuning.
struct ServerLimits
{
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    qint64 maxChunkBytes = 32 * 1024 * 1024; // streamed to disk, never held: TusUploader's largest
    qint64 maxHeaderBytes = 16 * 1024;
    int maxBatchMutations = 1000;
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
          deviceRequests("device", limits.requestsPerSecond, limits.requestBurst, sharedBuckets()),
          enrolFailures("enrol", limits.enrolFailuresPerSecond, limits.enrolFailureBurst, sharedBuckets())
    {}

    // Several processes may serve a PostgreSQL store: their allowances are kept in it (RateLimiter).
    static RateLimiter::Buckets sharedBuckets()
    {
        return SqlConnection::isPostgres() ? RateLimiter::Buckets::InDatabase
                                           : RateLimiter::Buckets::InMemory;
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
    // A shortcut of this process's only (finish() says when it cannot help): the upload's offset
    // and lock are in the database (UploadLock), shared by every store process.
    UploadHashes uploadHashes;
};

} // namespace Stride::Server
