#pragma once

#include "session.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// The school's settings for a lost tablet, as senior leaders and the office change them on a
// tablet: how many days a tablet may go without reaching the school's store before it locks
// itself (School::offlineLockDays, core/people/offlinelocksetting.h). Anyone may read them; only
// they may save (the school's store refuses anyone else whatever a tablet sends). What was typed
// stays as typed when it is refused, with the reason.
class SchoolSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stride::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool canChange READ canChange NOTIFY loaded)            // a senior leader or the office
    Q_PROPERTY(int offlineLockDays READ offlineLockDays NOTIFY loaded) // as saved
    Q_PROPERTY(bool usingDefault READ usingDefault NOTIFY loaded)
    // The days as being typed ("21"); starts as the saved value.
    Q_PROPERTY(QString typedDays READ typedDays WRITE setTypedDays NOTIFY typedDaysChanged)
    Q_PROPERTY(bool changed READ isChanged NOTIFY typedDaysChanged)
    // "14 days (Stride's default)", "21 days".
    Q_PROPERTY(QString currentText READ currentText NOTIFY loaded)
    // What the last save said: that it worked, or why it was refused.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool refused READ refused NOTIFY messageChanged)

public:
    explicit SchoolSettings(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    bool canChange() const { return m_canChange; }
    int offlineLockDays() const { return m_days; }
    bool usingDefault() const { return m_usingDefault; }
    QString typedDays() const { return m_typed; }
    void setTypedDays(const QString &typed);
    bool isChanged() const { return m_typed.trimmed() != QString::number(m_days); }
    QString currentText() const;
    QString message() const { return m_message; }
    bool refused() const { return m_refused; }

    // Saves the days as typed as the school's. False (with the reason in `message`, and the typed
    // text kept) when it is refused.
    Q_INVOKABLE bool save();
    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void loaded();
    void typedDaysChanged();
    void messageChanged();

private:
    void setMessage(const QString &message, bool refused);

    QPointer<Session> m_session;
    bool m_canChange = false;
    int m_days = 0;
    bool m_usingDefault = true;
    QString m_typed;
    QString m_message;
    bool m_refused = false;
};

} // namespace Stride
