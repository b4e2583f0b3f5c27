#pragma once

#include "e2edevice.h"

#include "tabletapp.h"

#include <QDate>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <memory>

namespace Stride::E2e {

// A tablet with nothing on it yet, on its real window (Main.qml with the app's own objects), and
// what a person does to it: taps (scrolling the item into view first, as a finger would), typing,
// and a picture of each step. Several can run in one process: each has its own engine, and the
// QML singletons are looked up per engine.
struct UiTablet
{
    QTemporaryDir dir;
    std::unique_ptr<TabletApp> app;
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;
    QString shotPrefix;
    int shots = 0;

    // `today` pins the day the app treats as today (invalid: the real date).
    explicit UiTablet(const QString &shotPrefix = QStringLiteral("sync"), const QDate &today = {});
    ~UiTablet();

    // Signs a demo school's person in with their PIN, as the PIN pad does, and waits: the first
    // time on this tablet the store checks the PIN. False (with the message in the log) if refused.
    bool signIn(const QString &staffId);
    QString page() const;
    bool onPage(const QString &name, int timeoutMs = 5000) const;
    // The visible item with this object name, or null.
    QQuickItem *find(const QString &name, QQuickItem *from = nullptr) const;
    // Taps the centre of the named item once it is visible and enabled, scrolling every view it is
    // inside so that it is on screen.
    bool tap(const QString &name);
    // Taps the named text field and types into it, replacing what it held.
    bool type(const QString &name, const QString &text);
    QVariant callPage(const char *function, const QVariantList &args = {});
    bool showSync();
    void shot(const QString &name);
    QString headerText() const;

    SyncEngine &sync() { return app->syncEngine(); }
    bool allSent(int timeoutMs = 30000);
    QString capture(const DemoPicks &picks, const QString &note);
    // Enrols with the server's code for this school and waits for the first sync to bring it.
    bool enrol(StoreServer &server, const QString &schoolId, const QString &name);
};

} // namespace Stride::E2e
