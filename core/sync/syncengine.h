#pragma once

#include "backoff.h"
#include "syncrecords.h"
#include "syncreport.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QVariantList>

namespace Stride {

class SyncClient;

// Runs sync by itself: when the network comes back (QNetworkInformation, where a backend loads;
// a headless box or a tablet without one still syncs on the timer), every few minutes, soon
// after local changes, and after a failure again with exponential backoff plus jitter. It is
// also what the sync page shows: the state, what is still to send, progress, when it last
// worked, the last problem in plain words, the changes the server refused, and the conflicts.
class SyncEngine : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY statusChanged)
    Q_PROPERTY(qint64 pendingItems READ pendingItems NOTIFY statusChanged)
    Q_PROPERTY(qint64 pendingBytes READ pendingBytes NOTIFY statusChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString stage READ stage NOTIFY progressChanged)
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY statusChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY statusChanged)
    Q_PROPERTY(QVariantList rejectedChanges READ rejectedChangesForUi NOTIFY statusChanged)
    Q_PROPERTY(QVariantList conflicts READ conflictsForUi NOTIFY statusChanged)
    Q_PROPERTY(bool networkReachable READ networkReachable NOTIFY statusChanged)

public:
    enum class State {
        Idle,
        Syncing,
        Offline,
        Problem
    };
    Q_ENUM(State)

    struct Timing
    {
        qint64 intervalMs = 5 * 60 * 1000;     // a quiet re-check while all is well
        qint64 afterLocalChangeMs = 10 * 1000; // a capture goes up soon, but a burst goes together
        qint64 backoffBaseMs = 5 * 1000;
        qint64 backoffMaxMs = 15 * 60 * 1000;
    };

    explicit SyncEngine(SyncClient &client, QObject *parent = nullptr);

    void setTiming(const Timing &timing);
    void setRandom(Backoff::Random random); // the jitter's source, for tests
    // Listens to the platform's reachability. Returns false when no backend loads (a headless
    // box): the timer and backoff then do the work alone.
    bool watchNetwork();
    void start();
    void stop();
    Q_INVOKABLE void syncNow();
    // Something was captured or edited: sync soon.
    Q_INVOKABLE void localChangeMade();
    // The network went away or came back (QNetworkInformation, the platform layer, or a test).
    void setNetworkReachable(bool reachable);

    State state() const { return m_state; }
    qint64 pendingItems() const { return m_pendingItems; }
    qint64 pendingBytes() const { return m_pendingBytes; }
    double progress() const { return m_progress; }
    QString stage() const { return m_stage; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    QString lastError() const { return m_lastError; }
    bool networkReachable() const { return m_reachable; }
    int consecutiveFailures() const { return m_failures; }
    // When the next attempt is due, in ms from now; -1 when none is planned.
    qint64 nextAttemptInMs() const;
    QList<RejectedMutation> rejectedChanges() const { return m_rejected; }
    QList<ConflictRecord> conflicts() const { return m_conflicts; }
    QVariantList rejectedChangesForUi() const;
    QVariantList conflictsForUi() const;
    // Re-reads the figures from the store (after local changes the engine did not see).
    Q_INVOKABLE void refreshStatus();

signals:
    void statusChanged();
    void progressChanged();
    void syncStarted();
    void syncFinished(const Stride::SyncReport &report);
    void nextAttemptScheduled(qint64 delayMs);
    void deviceErased(const QString &message);

private:
    void onFinished(const SyncReport &report);
    void schedule(qint64 delayMs);
    void setState(State state);

    SyncClient &m_client;
    Timing m_timing;
    Backoff m_backoff;
    QTimer m_timer;
    bool m_started = false;
    bool m_again = false;
    bool m_erased = false;
    bool m_reachable = true;
    int m_failures = 0;
    State m_state = State::Idle;
    qint64 m_pendingItems = 0;
    qint64 m_pendingBytes = 0;
    double m_progress = 0;
    QString m_stage;
    QDateTime m_lastSuccess;
    QString m_lastError;
    QList<RejectedMutation> m_rejected;
    QList<ConflictRecord> m_conflicts;
};

} // namespace Stride
