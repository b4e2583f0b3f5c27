#include "backoff.h"

#include <QRandomGenerator>
#include <algorithm>

namespace Stride {

Backoff::Backoff(qint64 baseMs, qint64 maxMs, Random random)
    : m_baseMs(std::max<qint64>(1, baseMs)), m_maxMs(std::max(m_baseMs, maxMs)),
      m_random(random ? std::move(random) : [] { return QRandomGenerator::global()->generateDouble(); })
{}

qint64 Backoff::delayAfter(int failures) const
{
    if (failures <= 0)
        return 0;
    qint64 exponential = m_baseMs;
    for (int i = 1; i < failures && exponential < m_maxMs; ++i)
        exponential *= 2;
    exponential = std::min(exponential, m_maxMs);
    const double r = std::clamp(m_random(), 0.0, 1.0);
    return exponential / 2 + static_cast<qint64>(r * double(exponential - exponential / 2));
}

} // namespace Stride
