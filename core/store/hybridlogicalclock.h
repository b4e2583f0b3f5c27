#pragma once

#include <QString>
#include <compare>
#include <functional>
#include <optional>

namespace Stride {

// A hybrid logical clock timestamp: wall-clock milliseconds, a counter for events within the same
// millisecond (or while the wall clock is behind), and the node (device) that made it, so that no
// two devices ever produce the same timestamp. Its text form sorts the same way as the values.
struct HlcTimestamp
{
    qint64 wallMs = 0;
    quint32 counter = 0;
    QString node;

    QString toString() const;
    // Reads any spelling of the numbers QString reads (upper-case hex, a sign), so a tablet orders
    // a stamp by its time however it was written.
    static std::optional<HlcTimestamp> parse(const QString &text);
    // Only the text toString() writes: lower-case hex, no prefix, sign or spaces, and a node with
    // no spaces. The store takes nothing else (docs/sync.md, "Clocks").
    static std::optional<HlcTimestamp> parseCanonical(const QString &text);
    bool isNull() const { return wallMs == 0 && counter == 0 && node.isEmpty(); }
    std::strong_ordering operator<=>(const HlcTimestamp &other) const;
    bool operator==(const HlcTimestamp &other) const = default;
};

// Hybrid logical clock (Kulkarni et al. 2014). Timestamps from one clock only ever increase, even
// when the tablet's wall clock is set back (a flat battery, a wrong time zone, a manual change),
// and stay close to real time so people can read them.
class HybridLogicalClock
{
public:
    using WallClock = std::function<qint64()>; // milliseconds since the epoch

    explicit HybridLogicalClock(QString node, WallClock wallClock = {});

    // A timestamp for a local event. Strictly greater than every timestamp seen before.
    HlcTimestamp now();
    // Merges a timestamp received from another node (sync); the next local timestamp is after it.
    // A remote clock more than `maxDriftMs` ahead of ours is refused (returns false) rather than
    // dragging every later local timestamp into the future.
    bool receive(const HlcTimestamp &remote, qint64 maxDriftMs = 24LL * 3600 * 1000);
    // Continues from a timestamp persisted before a restart.
    void restore(const HlcTimestamp &last);
    HlcTimestamp last() const { return m_last; }
    QString node() const { return m_last.node; }

private:
    WallClock m_wallClock;
    HlcTimestamp m_last;
};

} // namespace Stride
