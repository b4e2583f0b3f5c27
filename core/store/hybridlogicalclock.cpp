#include "hybridlogicalclock.h"

#include <QDateTime>
#include <QStringList>
#include <algorithm>

namespace Stride {

namespace {
constexpr quint32 kMaxCounter = 0xFFFF;
}

QString HlcTimestamp::toString() const
{
    // Fixed-width hex so that comparing the strings compares the timestamps.
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, 12, 16, QLatin1Char('0'))
        .arg(counter, 4, 16, QLatin1Char('0'))
        .arg(node);
}

std::optional<HlcTimestamp> HlcTimestamp::parse(const QString &text)
{
    const int first = text.indexOf(QLatin1Char('-'));
    const int second = first < 0 ? -1 : text.indexOf(QLatin1Char('-'), first + 1);
    if (first != 12 || second != 17)
        return std::nullopt;
    bool okWall = false;
    bool okCounter = false;
    HlcTimestamp t;
    t.wallMs = text.left(12).toLongLong(&okWall, 16);
    t.counter = text.mid(13, 4).toUInt(&okCounter, 16);
    t.node = text.mid(18);
    if (!okWall || !okCounter || t.node.isEmpty())
        return std::nullopt;
    return t;
}

std::optional<HlcTimestamp> HlcTimestamp::parseCanonical(const QString &text)
{
    // Only the text toString() writes: 12 and 4 lower-case hex digits, each followed by '-', then
    // the node. parse() also reads "0x", "+", upper-case hex and spaces around the numbers
    // (QString's number parsing does), so one stamp would have more than one spelling. Read here
    // digit by digit: parsing and writing the stamp again to compare was a fortieth of a push.
    constexpr qsizetype kNodeStart = 18;
    if (text.size() <= kNodeStart || text.at(12) != QLatin1Char('-') || text.at(17) != QLatin1Char('-'))
        return std::nullopt;
    const auto hex = [&text](qsizetype from, qsizetype to, qint64 *value) {
        for (qsizetype i = from; i < to; ++i) {
            const char16_t c = text.at(i).unicode();
            const int digit = c >= u'0' && c <= u'9' ? c - u'0' : c >= u'a' && c <= u'f' ? c - u'a' + 10 : -1;
            if (digit < 0)
                return false;
            *value = *value * 16 + digit;
        }
        return true;
    };
    qint64 wall = 0;
    qint64 counter = 0;
    if (!hex(0, 12, &wall) || !hex(13, 17, &counter))
        return std::nullopt;
    const QStringView node = QStringView(text).mid(kNodeStart);
    if (std::any_of(node.cbegin(), node.cend(), [](QChar c) {
            return c.isSpace() || c.isNonCharacter() || c.category() == QChar::Other_Control;
        }))
        return std::nullopt;
    return HlcTimestamp{wall, quint32(counter), node.toString()};
}

std::strong_ordering HlcTimestamp::operator<=>(const HlcTimestamp &other) const
{
    if (auto c = wallMs <=> other.wallMs; c != 0)
        return c;
    if (auto c = counter <=> other.counter; c != 0)
        return c;
    const int n = node.compare(other.node);
    return n < 0   ? std::strong_ordering::less
           : n > 0 ? std::strong_ordering::greater
                   : std::strong_ordering::equal;
}

HybridLogicalClock::HybridLogicalClock(QString node, WallClock wallClock)
    : m_wallClock(wallClock ? std::move(wallClock) : [] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_last.node = std::move(node);
}

HlcTimestamp HybridLogicalClock::now()
{
    const qint64 wall = m_wallClock();
    if (wall > m_last.wallMs) {
        m_last.wallMs = wall;
        m_last.counter = 0;
    } else if (m_last.counter < kMaxCounter) {
        // The wall clock stood still or went back: keep the logical time and count on.
        ++m_last.counter;
    } else {
        // 65,536 events in one millisecond, or a long spell with the clock set back: step the
        // logical millisecond rather than wrap the counter.
        ++m_last.wallMs;
        m_last.counter = 0;
    }
    return m_last;
}

bool HybridLogicalClock::receive(const HlcTimestamp &remote, qint64 maxDriftMs)
{
    const qint64 wall = m_wallClock();
    if (remote.wallMs - wall > maxDriftMs)
        return false;
    const qint64 newWall = std::max({m_last.wallMs, remote.wallMs, wall});
    quint32 newCounter = 0;
    if (newWall == m_last.wallMs && newWall == remote.wallMs)
        newCounter = std::max(m_last.counter, remote.counter) + 1;
    else if (newWall == m_last.wallMs)
        newCounter = m_last.counter + 1;
    else if (newWall == remote.wallMs)
        newCounter = remote.counter + 1;
    m_last.wallMs = newWall;
    m_last.counter = newCounter;
    if (m_last.counter > kMaxCounter) {
        ++m_last.wallMs;
        m_last.counter = 0;
    }
    return true;
}

void HybridLogicalClock::restore(const HlcTimestamp &last)
{
    if (last.wallMs > m_last.wallMs || (last.wallMs == m_last.wallMs && last.counter > m_last.counter)) {
        m_last.wallMs = last.wallMs;
        m_last.counter = last.counter;
    }
}

} // namespace Stride
