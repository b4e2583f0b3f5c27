#pragma once

#include <QString>
#include <functional>

namespace Stride {

// How much room the tablet has left for captures, read through a probe (the media store's disk;
// tests and the self-test give their own), and whether the person recording has already been
// told it is nearly full and chosen to go on.
class StorageSpace
{
public:
    explicit StorageSpace(std::function<qint64()> probe = {}) : m_probe(std::move(probe)) {}

    void setProbe(std::function<qint64()> probe) { m_probe = std::move(probe); }
    // Reads the probe again. Returns true if the figure changed.
    bool refresh();

    qint64 bytesAvailable() const { return m_bytesAvailable; } // -1 when it cannot be told
    QString freeSpaceText() const;
    bool lowOnSpace() const;

    // A recording on a nearly full tablet waits until the person has read the warning once.
    bool warnBeforeRecording() const { return lowOnSpace() && !m_acknowledged; }
    void acknowledge() { m_acknowledged = true; }
    // A new capture, or another kind: the warning is due again.
    void forgetAcknowledgement() { m_acknowledged = false; }

private:
    std::function<qint64()> m_probe;
    qint64 m_bytesAvailable = -1;
    bool m_acknowledged = false;
};

} // namespace Stride
