#include "thistablet.h"

#include "wording.h"

#include "people/offlinelock.h"
#include "store/store.h"
#include "sync/syncledger.h"
#include "sync/tabletclasses.h"

#include <QLocale>

namespace Stride {

namespace {

// "Thursday 3 December at 09:14", in the tablet's own time.
QString moment(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return ThisTablet::tr("%1 at %2", "a day, then a time of day")
        .arg(QLocale().toString(local.date(), QStringLiteral("dddd d MMMM yyyy")),
             QLocale().toString(local.time(), QStringLiteral("HH:mm")));
}

} // namespace

ThisTablet::ThisTablet(QObject *parent) : QObject(parent) {}

void ThisTablet::setSession(Session *session)
{
    if (!Session::follow(m_session, session, this, [this] { reload(); }))
        return;
    if (m_session)
        connect(m_session, &Session::offlineLockChanged, this, &ThisTablet::reload);
    emit sessionChanged();
    reload();
}

void ThisTablet::reload()
{
    m_enrolled = false;
    m_holds.clear();
    m_wholeSchool = false;
    m_lock.clear();
    m_locksSoon = false;
    if (!m_session || !m_session->store().isOpen()) {
        emit changed();
        return;
    }
    Store &store = m_session->store();
    m_enrolled = SyncLedger(store).enrolment().has_value();
    if (!m_enrolled) {
        emit changed();
        return;
    }

    const std::optional<TabletClasses> classes = TabletClasses::read(store);
    if (!classes) {
        m_holds =
            tr("The school's store has not yet said which classes this tablet serves: it says so at the "
               "next sync.");
    } else if (classes->wholeSchool) {
        m_wholeSchool = true;
        m_holds = tr("This tablet holds the records of the whole school: every class's pupils.");
    } else {
        QStringList names;
        for (const SchoolClass &c : store.classesOfSchool(m_session->schoolId()))
            if (classes->classIds.contains(c.id))
                names << c.name;
        m_holds =
            names.isEmpty()
                ? tr("This tablet holds the records of %n class(es) whose details have not reached it yet.",
                     nullptr, int(classes->classIds.size()))
                : tr("This tablet holds only the records of %1's pupils, and what their staff need.",
                     "the classes' names: Oak, or Oak and Willow")
                      .arg(Wording::names(names));
    }

    // The tablet's own clock, as sign-in reads it (not the day pinned for the demo).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const OfflineLock::State state = OfflineLock(store).check(now);
    if (state.lastReached.isValid()) {
        const QDateTime locksAt = state.lastReached.addDays(state.lockAfterDays);
        if (state.locked) {
            m_lock = tr("It last reached the school's store on %1, more than %n day(s) ago, so it has locked "
                        "itself: nobody can sign in until it reaches the store again.",
                        nullptr, state.lockAfterDays)
                         .arg(moment(state.lastReached));
        } else {
            m_lock =
                tr("It last reached the school's store on %1. It locks itself on %2 if it has not reached "
                   "the store again by then (the school allows %n day(s)).",
                   nullptr, state.lockAfterDays)
                    .arg(moment(state.lastReached), moment(locksAt));
            m_locksSoon = now.secsTo(locksAt) < 2 * 24 * 60 * 60;
        }
    }
    emit changed();
}

} // namespace Stride
