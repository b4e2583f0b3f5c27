#pragma once

#include "../session.h"

#include <QDate>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// The reply slip from a pupil's progress report, recorded in school (seed 000: parents "confirm
// their approval of the new targets or offer comments by returning a form to school"): approved
// or not, the family's comments (needed when they do not approve), the day it came back, who
// replied, and who entered it (the person signed in). One reply per ILP: opening it again shows
// the reply recorded, to correct. Teachers, senior leaders and the office record replies; a TA
// reads them.
class ParentReplyForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stride::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString pupilId READ pupilId WRITE setPupilId NOTIFY pupilIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY loaded)
    Q_PROPERTY(QString pupilName READ pupilName NOTIFY loaded)
    Q_PROPERTY(QString className READ className NOTIFY loaded)
    // The report replied to: "Spring 2027", the term of the new targets it showed.
    Q_PROPERTY(QString termName READ termName NOTIFY loaded)
    // There is an ILP for that term to reply to (else the report has not gone home).
    Q_PROPERTY(bool hasIlp READ hasIlp NOTIFY loaded)
    Q_PROPERTY(bool recorded READ recorded NOTIFY loaded) // a reply is already recorded
    Q_PROPERTY(bool canRecord READ canRecord NOTIFY loaded)
    Q_PROPERTY(bool approved READ approved WRITE setApproved NOTIFY edited)
    Q_PROPERTY(QString comments READ comments WRITE setComments NOTIFY edited)
    Q_PROPERTY(QString respondentName READ respondentName WRITE setRespondentName NOTIFY edited)
    Q_PROPERTY(QString receivedText READ receivedText NOTIFY edited) // "Thursday 10 December 2026"
    Q_PROPERTY(bool canMoveLater READ canMoveLater NOTIFY edited)    // not after today
    // "Entered by Hannah Whitfield": who this save records, or who recorded the reply shown.
    Q_PROPERTY(QString enteredBy READ enteredBy NOTIFY edited)
    // Why the reply cannot be saved as it stands, as the person fills it in (empty when it can).
    Q_PROPERTY(QString problem READ problem NOTIFY edited)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY edited)

public:
    explicit ParentReplyForm(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString pupilId() const { return m_pupilId; }
    void setPupilId(const QString &pupilId);

    bool found() const { return m_found; }
    QString pupilName() const { return m_pupilName; }
    QString className() const { return m_className; }
    QString termName() const { return m_termName; }
    bool hasIlp() const { return !m_ilpId.isEmpty(); }
    bool recorded() const { return m_recorded; }
    bool canRecord() const { return m_canRecord; }
    bool approved() const { return m_approved; }
    void setApproved(bool approved);
    QString comments() const { return m_comments; }
    void setComments(const QString &comments);
    QString respondentName() const { return m_respondentName; }
    void setRespondentName(const QString &name);
    QString receivedText() const;
    bool canMoveLater() const;
    QString enteredBy() const;
    QString problem() const;
    QString message() const { return m_message; }
    QString summary() const;

    // The day the slip came back, a day earlier or later (never after today).
    Q_INVOKABLE void moveReceived(int days);
    // Records the reply. False (with the reason in `message`) when it cannot be.
    Q_INVOKABLE bool save();
    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void pupilIdChanged();
    void loaded();
    void edited();
    void messageChanged();
    // Saved: the page goes back with this sentence.
    void saved(const QString &message);

private:
    void setMessage(const QString &message);

    QPointer<Session> m_session;
    QString m_pupilId;
    bool m_found = false;
    QString m_pupilName;
    QString m_firstName;
    QString m_className;
    QString m_termName;
    QString m_ilpId;
    bool m_recorded = false;
    bool m_canRecord = false;
    bool m_approved = false;
    QString m_comments;
    QString m_respondentName;
    QDate m_receivedOn;
    QString m_recordedBy;
    QString m_message;
    bool m_touched = false; // edited since loaded: a sync must not throw the typing away
};

} // namespace Stride
