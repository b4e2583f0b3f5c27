#include "idlemonitor.h"

#include "session.h"

#include <QEvent>
#include <QWindow>

namespace Stride {

IdleMonitor::IdleMonitor(Session &session, int idleMs, QObject *parent)
    : QObject(parent), m_session(session), m_idleMs(idleMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_suspended && m_session.signedIn())
            m_session.lock();
    });
    // The clock starts from signing in (or unlocking), not from the last touch before it.
    connect(&m_session, &Session::signedInChanged, this, &IdleMonitor::restart);
    connect(&m_session, &Session::lockedChanged, this, &IdleMonitor::restart);
}

void IdleMonitor::watch(QWindow *window)
{
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (m_window)
        m_window->installEventFilter(this);
    restart();
}

void IdleMonitor::setIdleMs(int ms)
{
    if (ms == m_idleMs)
        return;
    m_idleMs = ms;
    restart();
    emit idleMsChanged();
}

void IdleMonitor::setSuspended(bool suspended)
{
    if (suspended == m_suspended)
        return;
    m_suspended = suspended;
    restart();
    emit suspendedChanged();
}

void IdleMonitor::poke()
{
    restart();
}

void IdleMonitor::restart()
{
    if (m_idleMs <= 0 || m_suspended || !m_session.signedIn() || m_session.locked()) {
        m_timer.stop();
        return;
    }
    m_timer.start(m_idleMs);
}

bool IdleMonitor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::KeyPress:
    case QEvent::Wheel:
    case QEvent::TabletPress:
        if (m_timer.isActive())
            m_timer.start(m_idleMs);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Stride
