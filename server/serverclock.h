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
    // Five minutes: tablets stamp changes with their own wall clock, which network time keeps
    // within seconds, and even a tablet weeks offline drifts by well under a minute. A day let a
    // tablet with its clock set forward win every merge for that day; five minutes limits a
    // "stamp ahead" to five minutes of advantage while a tablet a minute or two out is accepted.
    static constexpr qint64 kMaxAheadMs = 5LL * 60 * 1000;

    explicit ServerClock(HybridLogicalClock::WallClock wallClock = {});

    // Stamps more than kMaxAheadMs ahead of this machine's clock are refused (docs/sync.md, "Clocks").
    bool isTooFarAhead(const HlcTimestamp &stamp) const;
    // How far the stamp is ahead of this machine's wall clock (negative when behind).
    qint64 aheadMs(const HlcTimestamp &stamp) const;
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
