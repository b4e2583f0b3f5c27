#include "syncengine.h"

#include "syncclient.h"

#include "../store/store.h"

#include <QNetworkInformation>

#include <limits>

namespace Stride {

SyncEngine::SyncEngine(SyncClient &client, QObject *parent)
    : QObject(parent), m_client(client), m_backoff(m_timing.backoffBaseMs, m_timing.backoffMaxMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_client, &SyncClient::syncFinished, this, &SyncEngine::onFinished);
    connect(&m_client, &SyncClient::progressChanged, this, [this](double fraction) {
        m_progress = fraction;
        emit progressChanged();
    });
    connect(&m_client, &SyncClient::stageChanged, this, [this](const QString &stage) {
        m_stage = stage;
        emit progressChanged();
    });
    connect(&m_client, &SyncClient::deviceErased, this, &SyncEngine::deviceErased);
}

void SyncEngine::setTiming(const Timing &timing)
{
    m_timing = timing;
    m_backoff = Backoff(timing.backoffBaseMs, timing.backoffMaxMs);
}

void SyncEngine::setRandom(Backoff::Random random)
{
    m_backoff = Backoff(m_timing.backoffBaseMs, m_timing.backoffMaxMs, std::move(random));
}

bool SyncEngine::watchNetwork()
{
    if (!QNetworkInformation::instance() &&
        !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        QNetworkInformation::loadDefaultBackend();
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        return false;
    auto apply = [this](QNetworkInformation::Reachability r) {
        // Local or Site is enough: the school's store is on the school's network. Unknown is
        // taken as reachable, so a backend that cannot tell never stops sync.
        setNetworkReachable(r != QNetworkInformation::Reachability::Disconnected);
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
    apply(info->reachability());
    return true;
}

void SyncEngine::start()
{
    // A start after the tablet was erased follows a new enrolment: sync again from scratch.
    m_erased = false;
    m_failures = 0;
    m_started = true;
    refreshStatus();
    syncNow();
}

void SyncEngine::stop()
{
    m_started = false;
    m_timer.stop();
    m_client.cancel();
}

qint64 SyncEngine::nextAttemptInMs() const
{
    return m_timer.isActive() ? m_timer.remainingTime() : -1;
}

void SyncEngine::schedule(qint64 delayMs)
{
    if (!m_started || m_erased)
        return;
    m_timer.start(static_cast<int>(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
    emit nextAttemptScheduled(delayMs);
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit statusChanged();
}

void SyncEngine::syncNow()
{
    if (m_erased || !m_started)
        return;
    if (m_client.isRunning()) {
        m_again = true; // a change made during a round goes in the next one, straight after
        return;
    }
    m_timer.stop();
    m_again = false;
    m_progress = 0;
    setState(State::Syncing);
    emit syncStarted();
    m_client.sync();
}

void SyncEngine::localChangeMade()
{
    refreshStatus();
    if (!m_started || m_erased || m_client.isRunning()) {
        m_again = m_again || m_client.isRunning();
        return;
    }
    // During backoff the planned retry stands: a capture does not hammer a server that is down.
    if (m_failures == 0 && (!m_timer.isActive() || m_timer.remainingTime() > m_timing.afterLocalChangeMs))
        schedule(m_timing.afterLocalChangeMs);
}

void SyncEngine::setNetworkReachable(bool reachable)
{
    const bool cameBack = reachable && !m_reachable;
    m_reachable = reachable;
    if (!reachable) {
        if (m_state != State::Syncing)
            setState(State::Offline);
        emit statusChanged();
        return;
    }
    emit statusChanged();
    if (cameBack) {
        // The network is back: try now, and forget the backoff built up while it was away.
        m_failures = 0;
        syncNow();
    }
}

void SyncEngine::onFinished(const SyncReport &report)
{
    if (report.deviceErased) {
        m_erased = true;
        m_timer.stop();
        m_lastError = report.message;
        m_pendingItems = 0;
        m_pendingBytes = 0;
        m_rejected.clear();
        m_conflicts.clear();
        m_state = State::Problem;
        emit statusChanged();
        emit syncFinished(report);
        return;
    }
    if (report.ok) {
        m_failures = 0;
        m_lastError.clear();
        m_state = m_reachable ? State::Idle : State::Offline;
    } else {
        ++m_failures;
        m_lastError = report.message;
        m_state = (report.reachedServer && m_reachable) ? State::Problem : State::Offline;
    }
    refreshStatus();
    emit statusChanged();
    emit syncFinished(report);
    if (report.ok && m_again)
        schedule(0);
    else if (report.ok)
        schedule(m_timing.intervalMs);
    else
        schedule(m_backoff.delayAfter(m_failures));
}

void SyncEngine::refreshStatus()
{
    if (!m_client.store().isOpen())
        return;
    m_pendingItems = m_client.pendingItems();
    m_pendingBytes = m_client.pendingBytes();
    const SyncRecord record = m_client.ledger().record();
    m_lastSuccess = record.lastSuccessAt;
    m_rejected = m_client.ledger().rejectedMutations();
    m_conflicts = m_client.ledger().openConflicts();
    emit statusChanged();
}

QVariantList SyncEngine::rejectedChangesForUi() const
{
    QVariantList list;
    for (const RejectedMutation &m : m_rejected)
        list << QVariantMap{
            {QStringLiteral("mutationId"), m.mutationId}, {QStringLiteral("entity"), m.entity},
            {QStringLiteral("entityId"), m.entityId},     {QStringLiteral("error"), m.error},
            {QStringLiteral("message"), m.message},       {QStringLiteral("recordedAt"), m.recordedAt}};
    return list;
}

QVariantList SyncEngine::conflictsForUi() const
{
    QVariantList list;
    for (const ConflictRecord &c : m_conflicts)
        list << QVariantMap{{QStringLiteral("id"), c.id},
                            {QStringLiteral("entity"), c.entity},
                            {QStringLiteral("entityId"), c.entityId},
                            {QStringLiteral("field"), c.field},
                            {QStringLiteral("values"), c.values.toVariantList()},
                            {QStringLiteral("createdAt"), c.createdAt}};
    return list;
}

} // namespace Stride
