#include "offlinelock.h"

#include "../domain/school.h"
#include "../store/store.h"
#include "../store/tablerow.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Stride {

namespace {

// Gives these sentences the sign-in's context ("SignIn") in the translation files: they are read
// where sign-in is refused.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(SignIn)
};

const QString kReachedKey = QStringLiteral("store_reached_at");
const QString kLatestSeenKey = QStringLiteral("latest_seen_at");

} // namespace

QString OfflineLock::lockedMessage(int daysOffline)
{
    return Words::tr("This tablet has not reached the school's store for %n day(s), so it has locked itself "
                     "to protect the pupils' records. Connect it to the school's Wi-Fi; it unlocks as soon "
                     "as it reaches the store.",
                     nullptr, daysOffline);
}

QDateTime OfflineLock::metaTime(const QString &key) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? Column::toInstant(q.value(0)) : QDateTime();
}

bool OfflineLock::setMetaTime(const QString &key, const QDateTime &at)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(Column::instant(at));
    return q.exec();
}

int OfflineLock::lockAfterDays() const
{
    // The school this tablet is enrolled with; a store that has not sent it yet locks after the
    // default.
    QSqlQuery q(m_store.database());
    int days = School::kDefaultOfflineLockDays;
    if (q.exec(
            QStringLiteral("SELECT s.offline_lock_days FROM school s JOIN enrolment e ON e.school_id = s.id"
                           " WHERE e.id = 1")) &&
        q.next())
        days = q.value(0).toInt();
    // A value the store should have refused is not a reason to lock at once or never.
    if (days < 1 || days > School::kMostOfflineLockDays)
        days = School::kDefaultOfflineLockDays;
    return days;
}

QDateTime OfflineLock::lastReached() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT enrolled_at FROM enrolment WHERE id = 1")) || !q.next())
        return {}; // not enrolled: nothing of a school's here to lock
    const QDateTime enrolledAt = Column::toInstant(q.value(0));
    q.finish();
    if (const QDateTime reached = metaTime(kReachedKey); reached.isValid())
        return reached;
    // Enrolled before the store's answers were recorded here (migration 14): the last sync that
    // went through, or the enrolment itself.
    QDateTime lastSuccess;
    if (q.exec(QStringLiteral("SELECT last_success_at FROM sync_status WHERE id = 1")) && q.next())
        lastSuccess = Column::toInstant(q.value(0));
    if (!enrolledAt.isValid())
        return lastSuccess.isValid() ? lastSuccess : QDateTime::currentDateTimeUtc();
    return lastSuccess.isValid() && lastSuccess > enrolledAt ? lastSuccess : enrolledAt;
}

OfflineLock::State OfflineLock::check(const QDateTime &now)
{
    State state;
    if (!m_store.isOpen())
        return state;
    state.lastReached = lastReached();
    if (!state.lastReached.isValid())
        return state;
    state.lockAfterDays = lockAfterDays();
    // A clock set back does not give the days back.
    const QDateTime latestSeen = metaTime(kLatestSeenKey);
    QDateTime counted = now.toUTC();
    if (latestSeen.isValid() && latestSeen > counted)
        counted = latestSeen;
    else
        setMetaTime(kLatestSeenKey, counted);
    state.daysOffline = int(std::max<qint64>(0, state.lastReached.secsTo(counted) / (24 * 60 * 60)));
    state.locked = counted > state.lastReached.addDays(state.lockAfterDays);
    if (state.locked)
        state.message = lockedMessage(state.daysOffline);
    return state;
}

bool OfflineLock::noteStoreReached(const QDateTime &now)
{
    if (!m_store.isOpen())
        return false;
    // The store vouches for the tablet again: the days count from now, and a clock that was set
    // wrong and put right since no longer holds the lock shut.
    const QDateTime at = now.toUTC();
    return setMetaTime(kReachedKey, at) && setMetaTime(kLatestSeenKey, at);
}

} // namespace Stride
