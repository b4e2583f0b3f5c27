#pragma once

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <functional>

#include "people/signin.h"

namespace Stride {

class Store;

// The session on a shared tablet: which school's records it holds, what day it is and where that
// falls in the termly cycle, and who is signed in. Views read everything else through models that
// are given this session.
class Session : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool hasSchool READ hasSchool NOTIFY schoolChanged)
    Q_PROPERTY(QString schoolId READ schoolId NOTIFY schoolChanged)
    Q_PROPERTY(QString schoolName READ schoolName NOTIFY schoolChanged)
    Q_PROPERTY(QString todayText READ todayText CONSTANT)
    Q_PROPERTY(QString todayIso READ todayIso CONSTANT)
    Q_PROPERTY(QString termStartIso READ termStartIso NOTIFY schoolChanged)
    Q_PROPERTY(QString termId READ termId NOTIFY schoolChanged)
    Q_PROPERTY(QString termName READ termName NOTIFY schoolChanged)
    Q_PROPERTY(QString termStage READ termStage NOTIFY schoolChanged)
    Q_PROPERTY(QVariantList termCalendar READ termCalendar NOTIFY schoolChanged)

    Q_PROPERTY(bool signedIn READ signedIn NOTIFY signedInChanged)
    Q_PROPERTY(QString staffId READ staffId NOTIFY signedInChanged)
    Q_PROPERTY(QString staffName READ staffName NOTIFY signedInChanged)
    Q_PROPERTY(QString staffFirstName READ staffFirstName NOTIFY signedInChanged)
    Q_PROPERTY(QString staffInitials READ staffInitials NOTIFY signedInChanged)
    Q_PROPERTY(bool seniorLeader READ seniorLeader NOTIFY signedInChanged)
    // Teachers and senior leaders judge targets and write next term's; a TA reads them.
    Q_PROPERTY(bool judges READ judges NOTIFY signedInChanged)
    // Today is in the current term's assessment week (or after it, before moderation), when a
    // teacher's home page is the class's assessment grid.
    Q_PROPERTY(bool assessmentWeek READ assessmentWeek NOTIFY schoolChanged)
    // The term after the current one, which next term's targets go into ("" if not added yet).
    Q_PROPERTY(QString nextTermId READ nextTermId NOTIFY schoolChanged)
    Q_PROPERTY(QString nextTermName READ nextTermName NOTIFY schoolChanged)

    Q_PROPERTY(bool locked READ locked NOTIFY lockedChanged)
    // The tablet has not reached the school's store for longer than the school allows, so nobody
    // can sign in until it does (OfflineLock); the sentence says what to do.
    Q_PROPERTY(bool offlineLocked READ offlineLocked NOTIFY offlineLockChanged)
    Q_PROPERTY(QString offlineLockMessage READ offlineLockMessage NOTIFY offlineLockChanged)

    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool lockedOut READ lockedOut NOTIFY messageChanged)
    // A first sign-in on this tablet is being checked by the school's store.
    Q_PROPERTY(bool checkingWithStore READ checkingWithStore NOTIFY messageChanged)

public:
    // How a first sign-in on this tablet is checked: by the school's store (StoreSignIn), or, in
    // the demo with no store, by the demo school's own PINs. It answers through `done`, at once or
    // later; SignedIn carries the person's new credential, already kept on the tablet.
    using StoreCheck = std::function<void(const QString &staffId, const QString &pin,
                                          std::function<void(const SignIn::Result &)> done)>;

    Session(Store &store, const QDate &today, QObject *parent = nullptr);
    void setStoreCheck(StoreCheck check) { m_storeCheck = std::move(check); }
    StoreCheck storeCheck() const { return m_storeCheck; }

    Store &store() const { return m_store; }
    QDate today() const { return m_today; }

    bool hasSchool() const { return !m_schoolId.isEmpty(); }
    QString schoolId() const { return m_schoolId; }
    QString schoolName() const { return m_schoolName; }
    QString todayText() const;
    QString todayIso() const { return m_today.toString(Qt::ISODate); }
    QString termStartIso() const { return m_termStart.toString(Qt::ISODate); }
    QString termId() const { return m_termId; }
    QString termName() const { return m_termName; }
    QString termStage() const { return m_termStage; }
    // The term's dates in order, each { label, date, when, about, current, past, moderation }:
    // "Assessment week", "16 Nov", "The week of Monday 16 November", what happens then, and whether
    // it is the moderation meeting (which has a page). termStage names the current one.
    QVariantList termCalendar() const { return m_termCalendar; }

    bool signedIn() const { return !m_staffId.isEmpty(); }
    QString staffId() const { return m_staffId; }
    QString staffName() const { return m_staffName; }
    QString staffFirstName() const { return m_staffFirstName; }
    QString staffInitials() const { return m_staffInitials; }
    bool seniorLeader() const { return m_seniorLeader; }
    bool judges() const { return m_judges; }
    bool assessmentWeek() const { return m_assessmentWeek; }
    QString nextTermId() const { return m_nextTermId; }
    QString nextTermName() const { return m_nextTermName; }
    QStringList staffClassIds() const { return m_staffClassIds; }

    QString message() const { return m_message; }
    bool lockedOut() const { return m_lockedOut; }
    bool checkingWithStore() const { return m_checking; }
    // Locked: someone is signed in but the tablet was left idle (or handed over), so the PIN pad
    // covers everything until they type their PIN again. What was on screen stays as it was.
    bool locked() const { return m_locked; }
    bool offlineLocked() const { return m_offlineLocked; }
    QString offlineLockMessage() const { return m_offlineLockMessage; }
    // Reads the offline lock again: after a sync (reaching the store unlocks), and every few
    // minutes (the days run out while the sign-in page is showing).
    void refreshOfflineLock();
    // "Now" for records made in this session: today's date (pinned by --date for the demo and
    // screenshots) at the current time of day, so a capture lands on the day the app shows.
    QDateTime now() const;

    // Re-reads the school and its current term, after the store was filled or replaced.
    void reload();

    // Checks the PIN through the core's SignIn (with its lockout); on success the person is
    // signed in and the store records them as the author of what follows.
    Q_INVOKABLE bool signIn(const QString &staffId, const QString &pin);
    Q_INVOKABLE void signOut();
    // Covers the app with the PIN pad for the person signed in (idle lock, or "Switch").
    Q_INVOKABLE void lock();
    // The signed-in person's PIN again: the lock goes and everything underneath is as they left it.
    Q_INVOKABLE bool unlock(const QString &pin);
    Q_INVOKABLE void clearMessage();
    // Called by whoever has just saved, edited or deleted evidence on this tablet, so every view
    // that counts or lists evidence reads it again (not only the page that made the change).
    void noteEvidenceChanged() { emit evidenceChanged(); }
    // The same for judgements and targets (assessment week): the grid, the pupil's targets and
    // the review read them again.
    void notePlanChanged() { emit planChanged(); }
    // A view's session changing from `held` to `next`: the view (`viewer`) stops listening to the
    // old one and hears from the new one, through `onChange`, whenever what it read from the store
    // may have changed: the school or term (a sync brought records), who is signed in, evidence,
    // judgements or targets. Every view that reads the store follows its session through this, so
    // a new kind of change reaches them all. False (and nothing done) when `next` is `held`.
    static bool follow(QPointer<Session> &held, Session *next, QObject *viewer,
                       const std::function<void()> &onChange);

signals:
    void schoolChanged();
    void evidenceChanged();
    void planChanged();
    void signedInChanged();
    void messageChanged();
    void lockedChanged();
    void offlineLockChanged();

private:
    void setMessage(const QString &message, bool lockedOut);
    // A sign-in that did not happen: the words, and the pause if there is one.
    void refuse(const SignIn::Result &result);
    // Signs `staffId` in with their credential (the PIN already checked, here or by the store).
    bool begin(const QString &staffId, const QByteArray &credential);
    void storeAnswered(quint64 ticket, const QString &staffId, const SignIn::Result &result);

    Store &m_store;
    QDate m_today;
    QString m_schoolId;
    QString m_schoolName;
    QString m_termId;
    QString m_termName;
    QString m_termStage;
    QDate m_termStart;
    QVariantList m_termCalendar;
    QString m_staffId;
    QString m_staffName;
    QString m_staffFirstName;
    QString m_staffInitials;
    QStringList m_staffClassIds;
    bool m_seniorLeader = false;
    bool m_judges = false;
    bool m_assessmentWeek = false;
    QString m_nextTermId;
    QString m_nextTermName;
    QString m_message;
    bool m_lockedOut = false;
    bool m_locked = false;
    QTimer m_lockoutEnds;
    bool m_offlineLocked = false;
    QString m_offlineLockMessage;
    QTimer m_offlineCheck;
    StoreCheck m_storeCheck;
    bool m_checking = false;
    quint64 m_checkTicket = 0; // an answer for an earlier ticket is for a choice since undone
};

} // namespace Stride
