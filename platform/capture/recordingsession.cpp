#include "recordingsession.h"

#include "media/mediastore.h"

#include <QFile>
#include <QFileInfo>

namespace Stride {

RecordingSession::RecordingSession(const MediaStore &store, QObject *parent) : QObject(parent), m_store(store)
{
    // A quarter of a second is smooth enough for a running clock in whole seconds.
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, [this] { emit elapsedChanged(elapsedMs()); });
    // statvfs is cheap, but a second is soon enough: a tablet records a few MB a second at most.
    m_spaceTimer.setInterval(1000);
    connect(&m_spaceTimer, &QTimer::timeout, this, &RecordingSession::checkSpace);
}

qint64 RecordingSession::elapsedMs() const
{
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

bool RecordingSession::hasRoomToStart() const
{
    return m_store.bytesAvailable() >= m_threshold;
}

void RecordingSession::begin(EvidenceKind kind, const QString &path, const QString &mimeType, QSize frameSize)
{
    m_active = true;
    m_kind = kind;
    m_path = path;
    m_mimeType = mimeType;
    m_frameSize = frameSize;
    m_reason = StopReason::None;
    m_detail.clear();
    m_clock.start();
    m_tick.start();
    m_spaceTimer.start();
    // Checked once straight away too (after the recorder has been started by our caller), so a
    // disk that is already too full stops the recording at once rather than a second later.
    QTimer::singleShot(0, this, &RecordingSession::checkSpace);
    emit elapsedChanged(0);
}

void RecordingSession::checkSpace()
{
    if (m_active && m_reason == StopReason::None && m_store.bytesAvailable() < m_threshold)
        requestStop(StopReason::LowSpace);
}

void RecordingSession::requestStop(StopReason reason, const QString &detail)
{
    if (!m_active)
        return;
    // Cancel wins over everything: the person asked for the recording to be thrown away.
    if (m_reason == StopReason::None || reason == StopReason::Cancelled) {
        m_reason = reason;
        m_detail = detail;
    }
    m_spaceTimer.stop();
    emit stopRequested();
}

void RecordingSession::end()
{
    m_active = false;
    m_tick.stop();
    m_spaceTimer.stop();
}

void RecordingSession::recorderStopped(qint64 recorderDurationMs)
{
    if (!m_active)
        return;
    const qint64 wallClockMs = elapsedMs();
    end();
    if (m_reason == StopReason::None)
        m_reason = StopReason::User; // the recorder stopped by itself (e.g. the app was paused)

    const QFileInfo file(m_path);
    if (m_reason == StopReason::Cancelled) {
        QFile::remove(m_path);
        emit cancelled();
        return;
    }
    if (!file.exists() || file.size() == 0) {
        QFile::remove(m_path);
        if (m_reason == StopReason::LowSpace)
            emit failed(m_kind == EvidenceKind::Audio
                            ? tr("The tablet is too full to record a voice note. Free some space (or sync, "
                                 "so that synced videos can be cleared) and try again.")
                            : tr("The tablet is too full to record a video. Free some space (or sync, so "
                                 "that synced videos can be cleared) and try again."));
        else if (m_reason == StopReason::RecorderError && !m_detail.isEmpty())
            emit failed(m_detail);
        else
            emit failed(tr("Nothing was recorded. Try again, and if it happens again restart the app."));
        return;
    }

    CapturedMedia media;
    media.kind = m_kind;
    media.incomingPath = file.absoluteFilePath();
    media.mimeType = m_mimeType;
    // The recorder's own count is the running time of the file; the wall clock includes the
    // time the camera took to start, so it is only the fallback.
    media.durationMs = recorderDurationMs > 0 ? recorderDurationMs : wallClockMs;
    media.size = m_frameSize;

    QString warning;
    if (m_reason == StopReason::LowSpace)
        warning = tr("Recording stopped because the tablet is nearly full. What was recorded has "
                     "been kept. Free some space (or sync) before recording again.");
    else if (m_reason == StopReason::RecorderError)
        warning = tr("Recording stopped because of a problem: %1 What was recorded up to then has "
                     "been kept.")
                      .arg(m_detail.isEmpty() ? tr("the recorder stopped.") : m_detail);
    emit finished(media, warning);
}

} // namespace Stride
