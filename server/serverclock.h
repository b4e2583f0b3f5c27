#pragma once

#include <store/hybridlogicalclock.h>

#include <mutex>

namespace Stride::Server {

// The server's hybrid logical clock: it takes in every applied mutation's stamp, stamps the
// conflict records it writes, and goes back to devices as `server_hlc` after a push, so a tablet
// whose wall clock is wrong still orders its next change after everything it has seen. Shared by
// all worker threads, hence the lock.
class ServerClock
{
public:
    static constexpr qint64 kMaxAheadMs = 24LL * 3600 * 1000;

    explicit ServerClock(HybridLogicalClock::WallClock wallClock = {});

    // Stamps more than a day ahead of this machine's clock are refused (docs/sync.md, "Clocks").
    bool isTooFarAhead(const HlcTimestamp &stamp) const;
    void receive(const HlcTimestamp &stamp);
    HlcTimestamp now();
    void restore(const HlcTimestamp &last);

    static const QString &node();

private:
    HybridLogicalClock::WallClock m_wallClock;
    mutable std::mutex m_mutex;
    HybridLogicalClock m_clock;
};

} // namespace Stride::Server
