#pragma once

#include "../session.h"

#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// The term's moderation meeting as the signed-in person sees it, on any tablet (the forms and
// judgements arrive by sync): the forms waiting for them (theirs to fill, to moderate), theirs that
// are with a moderator, those awaiting SLT's final word, and those done; and the classes whose
// sample they may choose (a teacher their own, SLT any).
class ModerationMeeting : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stride::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(QString termName READ termName NOTIFY changed)
    // "3 forms are waiting for you", or "Nothing is waiting for you".
    Q_PROPERTY(QString waitingText READ waitingText NOTIFY changed)
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY changed)
    // [{ key, heading, about, items: [{ formId, kind ("assessment" or "targetSetting"), kindText,
    // pupilInitials, className, areaName, targetText, stageText, stillToDo (a bulleted line each)
    // }] }], in the order:
    // to fill, to moderate, with a moderator, awaiting SLT, done. Empty groups are left out.
    Q_PROPERTY(QVariantList groups READ groups NOTIFY changed)
    // The classes whose sample this person may choose: [{ classId, name, hasForms, formsText }].
    Q_PROPERTY(QVariantList classes READ classes NOTIFY changed)

public:
    explicit ModerationMeeting(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    bool ready() const { return m_ready; }
    QString termName() const;
    QString waitingText() const;
    int waitingCount() const { return m_waitingCount; }
    QVariantList groups() const { return m_groups; }
    QVariantList classes() const { return m_classes; }

    // The first form waiting for this person ("" when none): the self-test and "Next form" open it.
    Q_INVOKABLE QString firstWaitingFormId() const;
    Q_INVOKABLE QString firstWaitingFormKind() const;
    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void changed();

private:
    QPointer<Session> m_session;
    bool m_ready = false;
    int m_waitingCount = 0;
    QVariantList m_groups;
    QVariantList m_classes;
};

} // namespace Stride
