#pragma once

#include <QtGlobal>
#include <functional>

namespace Stride {

// How long to wait before trying again after failed syncs: doubling from `baseMs` up to `maxMs`,
// with jitter, so that thirty tablets coming back into Wi-Fi range together (end of a swimming
// lesson) do not all knock on the server in the same second.
class Backoff
{
public:
    using Random = std::function<double()>; // uniform in [0, 1)

    Backoff(qint64 baseMs = 2000, qint64 maxMs = 15 * 60 * 1000, Random random = {});

    // The delay after `failures` failures in a row (1 for the first). "Equal jitter": half the
    // exponential delay, plus a random part of the other half, so it never collapses to zero.
    qint64 delayAfter(int failures) const;
    qint64 baseMs() const { return m_baseMs; }
    qint64 maxMs() const { return m_maxMs; }

private:
    qint64 m_baseMs;
    qint64 m_maxMs;
    Random m_random;
};

} // namespace Stride
