#include "serverclock.h"

#include <QDateTime>

namespace Stride::Server {

const QString &ServerClock::node()
{
    static const QString name = QStringLiteral("stride-store");
    return name;
}

ServerClock::ServerClock(HybridLogicalClock::WallClock wallClock)
    : m_wallClock(wallClock ? std::move(wallClock) : [] { return QDateTime::currentMSecsSinceEpoch(); }),
      m_clock(node(), m_wallClock)
{}

bool ServerClock::isTooFarAhead(const HlcTimestamp &stamp) const
{
    return aheadMs(stamp) > kMaxAheadMs;
}

qint64 ServerClock::aheadMs(const HlcTimestamp &stamp) const
{
    return stamp.wallMs - m_wallClock();
}

void ServerClock::receive(const HlcTimestamp &stamp)
{
    std::lock_guard lock(m_mutex);
    m_clock.receive(stamp, kMaxAheadMs);
}

HlcTimestamp ServerClock::now()
{
    std::lock_guard lock(m_mutex);
    return m_clock.now();
}

void ServerClock::restore(const HlcTimestamp &last)
{
    std::lock_guard lock(m_mutex);
    m_clock.restore(last);
}

} // namespace Stride::Server
