#pragma once

#include <QDateTime>
#include <QString>

namespace Stride {

class Store;

// A tablet that has not reached its school's store for the days the school chose
// (School::offlineLockDays) locks itself: nobody can sign in on it until it reaches the store
// again, so a tablet a thief keeps offline does not stay open to PIN guesses. Sync needs no
// sign-in, so connecting it to the school's Wi-Fi unlocks it. A tablet not enrolled with a store
// holds nothing of a school's to lock.
//
// Time is the tablet's own clock, which a thief can set back: the latest time the tablet has seen
// is kept, and the days are counted to whichever is later, now or that time. Reaching the store
// starts the count again from now.
class OfflineLock
{
public:
    struct State
    {
        bool locked = false;
        int daysOffline = 0; // whole days since the tablet last reached the store
        int lockAfterDays = 0;
        QDateTime lastReached; // invalid when the tablet is not enrolled
        QString message;       // why nobody can sign in, for the person at the tablet (when locked)
    };

    explicit OfflineLock(Store &store) : m_store(store) {}

    // Where the tablet stands at `now` (its clock), remembering `now` if it is the latest seen.
    State check(const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The store has answered a request that carried this tablet's token (SyncApi): the count of
    // days starts again.
    bool noteStoreReached(const QDateTime &now = QDateTime::currentDateTimeUtc());

    static QString lockedMessage(int daysOffline);

private:
    QDateTime metaTime(const QString &key) const;
    bool setMetaTime(const QString &key, const QDateTime &at);
    int lockAfterDays() const;
    QDateTime lastReached() const;

    Store &m_store;
};

} // namespace Stride
