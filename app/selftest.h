#pragma once

#include <QString>
#include <QVariantList>
#include <functional>

class QQmlApplicationEngine;
class QQuickWindow;
class QObject;

namespace Stride {

class Session;

// `stride --self-test`: shows every page in turn through the same navigation functions the app
// uses (signing in through the core rather than typing a PIN), waits until each is ready, prints
// one line per page, optionally saves a screenshot of each, and fails on any QML warning.
class SelfTest
{
public:
    SelfTest(QQmlApplicationEngine &engine, Session &session, const QString &screenshotsDir);
    // Returns the process exit code: 0 when every page loaded without a QML warning.
    int run();

private:
    bool step(const QString &name, const QString &expectedPage, const std::function<bool()> &action);
    bool waitForPage(const QString &expectedPage, int timeoutMs);
    bool call(QObject *target, const char *function, const QVariantList &args = {});
    QObject *currentPage() const;
    QString demoPinFor(const QString &staffId) const;

    QQmlApplicationEngine &m_engine;
    Session &m_session;
    QString m_screenshotsDir;
    QQuickWindow *m_window = nullptr;
    int m_number = 0;
    int m_failures = 0;
};

} // namespace Stride
