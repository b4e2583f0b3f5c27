#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace Stride::Server {

RateLimiter::RateLimiter(double ratePerSecond, double burst)
    : m_rate(std::max(ratePerSecond, 0.001)), m_burst(std::max(burst, 1.0)),
      m_lastPrune(std::chrono::steady_clock::now())
{}

RateLimiter::Bucket &RateLimiter::refilled(const std::string &key)
{
    const auto now = std::chrono::steady_clock::now();
    auto [it, inserted] = m_buckets.try_emplace(key, Bucket{m_burst, now});
    Bucket &b = it->second;
    if (!inserted) {
        const double elapsed = std::chrono::duration<double>(now - b.updated).count();
        b.tokens = std::min(m_burst, b.tokens + elapsed * m_rate);
        b.updated = now;
    }
    return b;
}

int RateLimiter::waitSeconds(const Bucket &bucket) const
{
    return std::max(1, int(std::ceil((1.0 - bucket.tokens) / m_rate)));
}

void RateLimiter::prune()
{
    // Full buckets carry no information: drop them now and then, so memory stays bounded by the
    // number of recently active keys.
    const auto now = std::chrono::steady_clock::now();
    if (now - m_lastPrune < std::chrono::minutes(1))
        return;
    m_lastPrune = now;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        const double elapsed = std::chrono::duration<double>(now - it->second.updated).count();
        if (it->second.tokens + elapsed * m_rate >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

int RateLimiter::take(const std::string &key)
{
    std::lock_guard lock(m_mutex);
    prune();
    Bucket &b = refilled(key);
    if (b.tokens < 1.0)
        return waitSeconds(b);
    b.tokens -= 1.0;
    return 0;
}

int RateLimiter::check(const std::string &key)
{
    std::lock_guard lock(m_mutex);
    prune();
    Bucket &b = refilled(key);
    return b.tokens < 1.0 ? waitSeconds(b) : 0;
}

} // namespace Stride::Server
