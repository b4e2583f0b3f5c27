#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QWindow;

namespace Stride {

class Session;

// The idle lock: a tablet put down in a busy classroom must not stay open on a pupil's records.
// An event filter on the window sees every touch, click, key and wheel; after `idleMs` without
// one, the session is locked (the PIN pad for the same person covers the app, and everything
// underneath, an unsaved capture included, stays as it was). A recording in progress suspends
// the clock: a TA filming a two-minute task hands-free is not idle.
class IdleMonitor : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool suspended READ suspended WRITE setSuspended NOTIFY suspendedChanged)
    Q_PROPERTY(int idleMs READ idleMs WRITE setIdleMs NOTIFY idleMsChanged)

public:
    IdleMonitor(Session &session, int idleMs, QObject *parent = nullptr);

    // Starts watching the window's input (0 ms: never lock).
    void watch(QWindow *window);
    int idleMs() const { return m_idleMs; }
    void setIdleMs(int ms);
    bool suspended() const { return m_suspended; }
    void setSuspended(bool suspended);
    // Counts as a touch (for callers that drive the app without input events, like the self-test).
    Q_INVOKABLE void poke();

signals:
    void suspendedChanged();
    void idleMsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();

    Session &m_session;
    int m_idleMs;
    bool m_suspended = false;
    QPointer<QWindow> m_window;
    QTimer m_timer;
};

} // namespace Stride
