#pragma once

#include "session.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// What this tablet holds and when it locks itself, for the people using it (docs/security.md, "A
// lost tablet"): the whole school's records or only some classes', as the school's store last
// said (TabletClasses), and when it last reached the store and so when it locks itself if it
// does not reach it again (OfflineLock). Changing its classes is the office's job on the store.
class ThisTablet : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stride::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY changed)
    // "This tablet holds the records of the whole school." / "... of Oak and Willow's pupils."
    Q_PROPERTY(QString holdsText READ holdsText NOTIFY changed)
    Q_PROPERTY(bool wholeSchool READ wholeSchool NOTIFY changed)
    // "Last reached the school's store on ...; it locks itself on ... if it has not reached the
    // store again (the school allows 14 days)."
    Q_PROPERTY(QString lockText READ lockText NOTIFY changed)
    // It locks within two days: the page says so more loudly.
    Q_PROPERTY(bool locksSoon READ locksSoon NOTIFY changed)

public:
    explicit ThisTablet(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    bool enrolled() const { return m_enrolled; }
    QString holdsText() const { return m_holds; }
    bool wholeSchool() const { return m_wholeSchool; }
    QString lockText() const { return m_lock; }
    bool locksSoon() const { return m_locksSoon; }

    // Reads it all again (after a sync: the store may have said other classes, and was reached).
    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void changed();

private:
    QPointer<Session> m_session;
    bool m_enrolled = false;
    QString m_holds;
    bool m_wholeSchool = false;
    QString m_lock;
    bool m_locksSoon = false;
};

} // namespace Stride
