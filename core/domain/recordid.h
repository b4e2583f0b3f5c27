#pragma once

#include <QMutex>
#include <QString>

namespace Stride::RecordId {

// A new record's (or change's) id: a UUID version 7 (RFC 9562), its first 48 bits the time in
// milliseconds, then a 12-bit sequence, then 62 random bits. Ids made one after another sort one
// after another, so a new row goes at the end of every index keyed by id, on the tablet and on
// the store, instead of at a random leaf: a push of 1,000 new records then dirties a few pages of
// each index rather than most of them (docs/benchmarks.md, "Issue 15: ids in time order"). Two
// offline tablets still never make the same id: 62 bits and the sequence's start are random.
QString next();

// The ids of one process, in order even when many are made within a millisecond (an import, a
// burst of captures: RFC 9562, 6.2, method 1) and when the clock is set back (the last time is
// kept until the clock passes it).
class Sequence
{
public:
    // `randomBits`: 64 bits from a cryptographic source.
    QString next(qint64 msSinceEpoch, quint64 randomBits);

private:
    QMutex m_lock;
    qint64 m_ms = -1;
    quint16 m_counter = 0;
};

} // namespace Stride::RecordId
