#include "recordid.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace Stride::RecordId {

namespace {

QString format(qint64 ms, quint16 counter, quint64 randomBits)
{
    QByteArray bytes(16, Qt::Uninitialized);
    auto *b = reinterpret_cast<uchar *>(bytes.data());
    for (int i = 0; i < 6; ++i)
        b[i] = uchar(quint64(ms) >> (40 - 8 * i));
    b[6] = uchar(0x70 | ((counter >> 8) & 0x0f)); // version 7
    b[7] = uchar(counter);
    b[8] = uchar(0x80 | ((randomBits >> 56) & 0x3f)); // the RFC 4122 variant, 10xx
    for (int i = 9; i < 16; ++i)
        b[i] = uchar(randomBits >> (8 * (15 - i)));
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace

QString Sequence::next(qint64 msSinceEpoch, quint64 randomBits)
{
    QMutexLocker locker(&m_lock);
    if (msSinceEpoch > m_ms) {
        m_ms = msSinceEpoch;
        // A random start in the lower half leaves room for at least 2,048 ids in the millisecond.
        m_counter = quint16((randomBits >> 20) & 0x7ff);
    } else if (++m_counter > 0xfff) {
        ++m_ms; // 4,096 ids in one millisecond: borrow the next one, as RFC 9562 allows
        m_counter = 0;
    }
    return format(m_ms, m_counter, randomBits);
}

QString next()
{
    static Sequence ids;
    return ids.next(QDateTime::currentMSecsSinceEpoch(), QRandomGenerator::system()->generate64());
}

} // namespace Stride::RecordId
