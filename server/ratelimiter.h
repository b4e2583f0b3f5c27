#pragma once

#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

namespace Stride::Server {

// Token buckets by key (a device id, or a client address for enrolment failures): `rate` tokens
// a second up to `burst`.
//
// On PostgreSQL, where several store processes may serve the same tablets, the buckets are rows of
// rate_bucket, shared by every process: each take() is one statement (an upsert that refills,
// takes and answers), on an UNLOGGED table so that it costs no WAL flush, timed by the database's
// clock so that processes on machines whose clocks differ agree. On SQLite the store is one process
// (serve.lock), and the buckets stay in its memory: a row written per request would put a disk
// flush in every request, for nothing another process could read. Either way a restart (or a
// database crash) may forget the buckets, which only ever errs towards letting a tablet in.
class RateLimiter
{
public:
    // `name` keeps this limiter's keys apart from another's in the shared table.
    enum class Buckets {
        InMemory,
        InDatabase
    };
    RateLimiter(const std::string &name, double ratePerSecond, double burst, Buckets buckets);

    // Takes a token. Returns 0 if there was one, else the whole seconds to wait (Retry-After).
    int take(const std::string &key);
    // Whether a token is there, without taking it; 0 or the seconds to wait.
    int check(const std::string &key);

private:
    struct Bucket
    {
        double tokens;
        std::chrono::steady_clock::time_point updated;
    };
    Bucket &refilled(const std::string &key);
    int waitSeconds(double tokens) const;
    void prune();
    int takeShared(const std::string &key);
    int checkShared(const std::string &key);
    void pruneShared();

    std::string m_name;
    Buckets m_where;
    double m_rate;
    double m_burst;
    std::mutex m_mutex;
    std::unordered_map<std::string, Bucket> m_buckets;
    std::chrono::steady_clock::time_point m_lastPrune;
};

} // namespace Stride::Server
