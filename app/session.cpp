#include "session.h"

#include "wording.h"

#include "people/signin.h"
#include "store/store.h"

namespace Stride {

namespace {

// The termly cycle's dates as a timeline, in the words of seed 000.
QVariantList calendarOf(const Term &term, const QDate &today)
{
    const QList<std::pair<QString, QDate>> dates{
        {QStringLiteral("Term starts"), term.startsOn},
        {QStringLiteral("Half term"), term.halfTermStartsOn},
        {QStringLiteral("Assessment week"), term.assessmentWeekStartsOn},
        {QStringLiteral("Moderation meeting"), term.moderationWeekStartsOn},
        {QStringLiteral("Pupil progress meetings"), term.progressMeetingsWeekStartsOn},
        {QStringLiteral("ILP documents go home"), term.ilpDocumentsWeekStartsOn},
        {QStringLiteral("Provision maps finished"), term.finalWeekStartsOn},
        {QStringLiteral("Term ends"), term.endsOn},
    };
    int current = -1;
    for (int i = 0; i < dates.size(); ++i)
        if (dates[i].second.isValid() && dates[i].second <= today && term.contains(today))
            current = i;
    // Half term is a week, not a stage: once it is over, the term is back to teaching.
    if (current == 1 && term.halfTermEndsOn.isValid() && today > term.halfTermEndsOn)
        current = 0;
    QVariantList list;
    for (int i = 0; i < dates.size(); ++i) {
        if (!dates[i].second.isValid())
            continue;
        list.append(QVariantMap{{QStringLiteral("label"), dates[i].first},
                                {QStringLiteral("date"), dates[i].second.toString(QStringLiteral("d MMM"))},
                                {QStringLiteral("current"), i == current},
                                {QStringLiteral("past"), dates[i].second <= today && i != current}});
    }
    return list;
}

} // namespace

Session::Session(Store &store, const QDate &today, QObject *parent)
    : QObject(parent), m_store(store), m_today(today.isValid() ? today : QDate::currentDate())
{
    m_lockoutEnds.setSingleShot(true);
    connect(&m_lockoutEnds, &QTimer::timeout, this, [this] { setMessage({}, false); });
    reload();
}

QString Session::todayText() const
{
    return m_today.toString(QStringLiteral("dddd d MMMM yyyy"));
}

void Session::reload()
{
    m_schoolId.clear();
    m_schoolName.clear();
    m_termId.clear();
    m_termName.clear();
    m_termStage.clear();
    m_termStart = {};
    m_termCalendar.clear();
    if (m_store.isOpen()) {
        // A tablet belongs to one school; a trust's store may hold several, and then the first
        // by name is the one this tablet shows until choosing a school is built.
        const QList<School> schools = m_store.schools();
        if (!schools.isEmpty()) {
            m_schoolId = schools.first().id;
            m_schoolName = schools.first().name;
            if (const auto term = m_store.currentTerm(m_schoolId, m_today)) {
                m_termId = term->id;
                m_termName = term->name;
                m_termStart = term->startsOn;
                m_termStage = term->contains(m_today)
                                  ? term->stageOn(m_today)
                                  : QStringLiteral("Starts %1")
                                        .arg(term->startsOn.toString(QStringLiteral("d MMMM yyyy")));
                m_termCalendar = calendarOf(*term, m_today);
            }
        }
    }
    emit schoolChanged();
    if (signedIn() && (!m_store.isOpen() || !m_store.staff(m_staffId)))
        signOut();
}

QDateTime Session::now() const
{
    const QDateTime real = QDateTime::currentDateTime();
    if (m_today == real.date())
        return real.toUTC();
    return QDateTime(m_today, real.time()).toUTC();
}

void Session::lock()
{
    if (!signedIn() || m_locked)
        return;
    m_locked = true;
    setMessage({}, false);
    emit lockedChanged();
}

bool Session::unlock(const QString &pin)
{
    if (!m_locked)
        return true;
    // The same check, and the same lockout, as signing in: a lock screen is no softer a door.
    SignIn signIn(m_store);
    const SignIn::Result result = signIn.attempt(m_staffId, pin);
    if (result.outcome != SignIn::Outcome::SignedIn) {
        const bool lockedOut = result.outcome == SignIn::Outcome::LockedOut;
        if (lockedOut && result.lockedUntil.isValid())
            m_lockoutEnds.start(
                std::max<qint64>(1000, QDateTime::currentDateTimeUtc().msecsTo(result.lockedUntil)));
        setMessage(result.message, lockedOut);
        return false;
    }
    m_locked = false;
    setMessage({}, false);
    emit lockedChanged();
    return true;
}

bool Session::signIn(const QString &staffId, const QString &pin)
{
    if (!m_store.isOpen())
        return false;
    // The person who locked the tablet typing their own PIN is unlocking it, not starting over.
    if (m_locked && staffId == m_staffId)
        return unlock(pin);
    SignIn signIn(m_store);
    const SignIn::Result result = signIn.attempt(staffId, pin);
    if (result.outcome != SignIn::Outcome::SignedIn) {
        const bool locked = result.outcome == SignIn::Outcome::LockedOut;
        if (locked && result.lockedUntil.isValid())
            m_lockoutEnds.start(
                std::max<qint64>(1000, QDateTime::currentDateTimeUtc().msecsTo(result.lockedUntil)));
        setMessage(result.message, locked);
        return false;
    }
    const auto member = m_store.staff(staffId);
    if (!member)
        return false;
    m_staffId = member->id;
    m_staffName = member->displayName();
    m_staffFirstName = member->firstName;
    m_staffInitials = Wording::initials(member->firstName, member->surname);
    m_staffClassIds = member->classIds;
    m_seniorLeader = member->hasRole(StaffRole::SeniorLeader);
    m_store.setActingStaffId(member->id);
    setMessage({}, false);
    if (m_locked) {
        m_locked = false;
        emit lockedChanged();
    }
    emit signedInChanged();
    return true;
}

void Session::signOut()
{
    if (!signedIn())
        return;
    m_staffId.clear();
    m_staffName.clear();
    m_staffFirstName.clear();
    m_staffInitials.clear();
    m_staffClassIds.clear();
    m_seniorLeader = false;
    m_store.setActingStaffId({});
    if (m_locked) {
        m_locked = false;
        emit lockedChanged();
    }
    emit signedInChanged();
}

void Session::clearMessage()
{
    // Someone else is choosing their name: the lockout stays in the store for the person it
    // belongs to, and SignIn reports it again if they try before it ends.
    m_lockoutEnds.stop();
    setMessage({}, false);
}

void Session::setMessage(const QString &message, bool lockedOut)
{
    if (message == m_message && lockedOut == m_lockedOut)
        return;
    m_message = message;
    m_lockedOut = lockedOut;
    emit messageChanged();
}

} // namespace Stride
