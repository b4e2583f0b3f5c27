#include "session.h"

#include "wording.h"

#include "people/offlinelock.h"
#include "people/signin.h"
#include "review/nexttermtarget.h"
#include "store/store.h"

namespace Stride {

namespace {

// One stage of the termly cycle as the timeline shows it: its name, what happens then, and the
// words the header uses while it is the stage the school is in.
struct CycleStage
{
    QString label;
    QDate date;
    QString about;
    QString nowText;
};

QString dayText(const QDate &date)
{
    return date.toString(QStringLiteral("dddd d MMMM"));
}

// The termly cycle's dates as a timeline, in the words of seed 000. The header's "Now: ..." is
// read from the same list (currentStageText), so the two always name the same stage.
QVariantList calendarOf(const Term &term, const QDate &today, QString *currentStageText)
{
    const QList<CycleStage> stages{
        {Session::tr("Term starts"), term.startsOn,
         Session::tr("Teaching, with evidence recorded against this term's targets every week."),
         Session::tr("Now: teaching and collecting evidence")},
        {Session::tr("Half term"), term.halfTermStartsOn, Session::tr("A week's holiday: no teaching."),
         Session::tr("Now: half term")},
        {Session::tr("Assessment week"), term.assessmentWeekStartsOn,
         Session::tr("Every target is judged against its evidence, and next term's targets are drafted."),
         Session::tr("Now: assessment week")},
        {Session::tr("Moderation meeting"), term.moderationWeekStartsOn,
         Session::tr("Another teacher looks at the evidence first and judges each target on their own; "
                     "then the two judgements are compared."),
         Session::tr("Now: moderation meeting")},
        {Session::tr("Pupil progress meetings"), term.progressMeetingsWeekStartsOn,
         Session::tr("Each pupil's progress is discussed with senior leaders, and the data goes into the "
                     "central ILP spreadsheet."),
         Session::tr("Now: pupil progress meetings")},
        {Session::tr("ILP documents go home"), term.ilpDocumentsWeekStartsOn,
         Session::tr("Every pupil's ILP document is made; page 1 goes home to parents as a progress "
                     "report, and they reply."),
         Session::tr("Now: ILP documents go home")},
        {Session::tr("Provision maps finished"), term.finalWeekStartsOn,
         Session::tr("Provision maps are completed and next term's targets are made final."),
         Session::tr("Now: provision maps finished")},
        {Session::tr("Term ends"), term.endsOn, Session::tr("The last day of term."),
         Session::tr("Now: the last day of term")},
    };
    const int halfTerm = 1;
    const int moderation = 3; // its stage leads to the moderation meeting's page
    const int termEnds = int(stages.size()) - 1;
    int current = -1;
    for (int i = 0; i < stages.size(); ++i)
        if (stages[i].date.isValid() && stages[i].date <= today && term.contains(today))
            current = i;
    // Half term is a week, not a stage: once it is over, the term is back to teaching.
    if (current == halfTerm && term.halfTermEndsOn.isValid() && today > term.halfTermEndsOn)
        current = 0;
    if (currentStageText)
        *currentStageText = current >= 0 ? stages[current].nowText : QString();
    QVariantList list;
    for (int i = 0; i < stages.size(); ++i) {
        const CycleStage &stage = stages[i];
        if (!stage.date.isValid())
            continue;
        QString when;
        if (i == 0 || i == termEnds)
            when = dayText(stage.date);
        else if (i == halfTerm && term.halfTermEndsOn.isValid())
            when = Session::tr("%1 to %2").arg(dayText(stage.date), dayText(term.halfTermEndsOn));
        else
            when = Session::tr("The week of %1").arg(dayText(stage.date));
        list.append(QVariantMap{{QStringLiteral("label"), stage.label},
                                {QStringLiteral("date"), stage.date.toString(QStringLiteral("d MMM"))},
                                {QStringLiteral("when"), when},
                                {QStringLiteral("about"), stage.about},
                                {QStringLiteral("current"), i == current},
                                {QStringLiteral("past"), stage.date <= today && i != current},
                                {QStringLiteral("moderation"), i == moderation}});
    }
    return list;
}

} // namespace

Session::Session(Store &store, const QDate &today, QObject *parent)
    : QObject(parent), m_store(store), m_today(today.isValid() ? today : QDate::currentDate())
{
    m_lockoutEnds.setSingleShot(true);
    connect(&m_lockoutEnds, &QTimer::timeout, this, [this] { setMessage({}, false); });
    m_offlineCheck.setInterval(5 * 60 * 1000);
    connect(&m_offlineCheck, &QTimer::timeout, this, &Session::refreshOfflineLock);
    m_offlineCheck.start();
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
    m_assessmentWeek = false;
    m_nextTermId.clear();
    m_nextTermName.clear();
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
                m_termCalendar = calendarOf(*term, m_today, &m_termStage);
                if (!term->contains(m_today))
                    m_termStage = tr("Starts %1").arg(term->startsOn.toString(QStringLiteral("d MMMM yyyy")));
                // The week itself, and its weekend: judging is still being finished then.
                m_assessmentWeek = term->assessmentWeekStartsOn.isValid() &&
                                   m_today >= term->assessmentWeekStartsOn &&
                                   m_today < term->assessmentWeekStartsOn.addDays(7);
                if (const auto next = nextTermAfter(m_store.termsOfSchool(m_schoolId), *term)) {
                    m_nextTermId = next->id;
                    m_nextTermName = next->name;
                }
            }
        }
    }
    emit schoolChanged();
    refreshOfflineLock();
    if (signedIn() && (!m_store.isOpen() || !m_store.staff(m_staffId)))
        signOut();
}

void Session::refreshOfflineLock()
{
    // The tablet's own clock, as sign-in reads it (not the day pinned for the demo).
    const OfflineLock::State state = OfflineLock(m_store).check();
    if (state.locked == m_offlineLocked && state.message == m_offlineLockMessage)
        return;
    m_offlineLocked = state.locked;
    m_offlineLockMessage = state.message;
    emit offlineLockChanged();
}

bool Session::follow(QPointer<Session> &held, Session *next, QObject *viewer,
                     const std::function<void()> &onChange)
{
    if (held == next)
        return false;
    if (held)
        disconnect(held, nullptr, viewer, nullptr);
    held = next;
    if (next) {
        connect(next, &Session::schoolChanged, viewer, onChange);
        connect(next, &Session::signedInChanged, viewer, onChange);
        connect(next, &Session::evidenceChanged, viewer, onChange);
        connect(next, &Session::planChanged, viewer, onChange);
    }
    return true;
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
    return signIn(m_staffId, pin);
}

bool Session::signIn(const QString &staffId, const QString &pin)
{
    if (!m_store.isOpen() || m_checking)
        return false;
    SignIn signIn(m_store);
    const SignIn::Result result = signIn.attempt(staffId, pin);
    if (result.outcome == SignIn::Outcome::SignedIn)
        return begin(staffId, result.credential);
    if (result.outcome != SignIn::Outcome::NeedsStore || !m_storeCheck) {
        refuse(result);
        return false;
    }
    // A first sign-in here (or the first since the store withdrew this person's credential): the
    // store checks the PIN. The answer may come at once (the demo) or after a round trip, when the
    // PIN pad shows that it is checking.
    const quint64 ticket = ++m_checkTicket;
    m_checking = true;
    setMessage(tr("Checking %1's PIN with the school's store...").arg(m_store.staff(staffId)->firstName),
               false);
    m_storeCheck(staffId, pin,
                 [guard = QPointer<Session>(this), ticket, staffId](const SignIn::Result &answer) {
                     if (guard)
                         guard->storeAnswered(ticket, staffId, answer);
                 });
    return signedIn() && m_staffId == staffId && !m_locked && !m_checking;
}

void Session::storeAnswered(quint64 ticket, const QString &staffId, const SignIn::Result &result)
{
    if (ticket != m_checkTicket)
        return; // someone else was chosen meanwhile; the credential is kept for next time
    m_checking = false;
    if (result.outcome == SignIn::Outcome::SignedIn)
        begin(staffId, result.credential);
    else
        refuse(result);
}

void Session::refuse(const SignIn::Result &result)
{
    if (result.outcome == SignIn::Outcome::OfflineTooLong)
        refreshOfflineLock();
    const bool lockedOut = result.outcome == SignIn::Outcome::LockedOut;
    if (lockedOut && result.lockedUntil.isValid())
        m_lockoutEnds.start(
            std::max<qint64>(1000, QDateTime::currentDateTimeUtc().msecsTo(result.lockedUntil)));
    // Always a change of message, so a view showing it hears that the check has ended.
    m_message.clear();
    setMessage(result.message, lockedOut);
}

bool Session::begin(const QString &staffId, const QByteArray &credential)
{
    const auto member = m_store.staff(staffId);
    if (!member)
        return false;
    m_store.setActingStaffId(member->id, credential);
    // Changes this person made before they had a credential here (or that the store refused for
    // want of a proof) are proved now, and go with the next sync.
    m_store.proveActingStaffChanges();
    setMessage({}, false);
    // The person who locked the tablet is unlocking it, not starting over: they carry on where
    // they were.
    if (m_locked && staffId == m_staffId) {
        m_locked = false;
        emit lockedChanged();
        return true;
    }
    m_staffId = member->id;
    m_staffName = member->displayName();
    m_staffFirstName = member->firstName;
    m_staffInitials = Wording::initials(member->firstName, member->surname);
    m_staffClassIds = member->classIds;
    m_seniorLeader = member->hasRole(StaffRole::SeniorLeader);
    m_judges = m_seniorLeader || member->hasRole(StaffRole::Teacher);
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
    m_judges = false;
    m_store.setActingStaffId({});
    if (m_locked) {
        m_locked = false;
        emit lockedChanged();
    }
    emit signedInChanged();
}

void Session::clearMessage()
{
    // A store check still under way is for a choice the person has just undone.
    ++m_checkTicket;
    m_checking = false;
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
