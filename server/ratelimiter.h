#pragma once

#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

namespace Stride::Server {

// Token buckets by key (a device id, or a client address for enrolment failures): `rate` tokens
// a second up to `burst`. In memory, per process: a restart forgets the buckets, which only ever
// errs towards letting a tablet in.
class RateLimiter
{
public:
    RateLimiter(double ratePerSecond, double burst);

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
    int waitSeconds(const Bucket &bucket) const;
    void prune();

    double m_rate;
    double m_burst;
    std::mutex m_mutex;
    std::unordered_map<std::string, Bucket> m_buckets;
    std::chrono::steady_clock::time_point m_lastPrune;
};

} // namespace Stride::Server
