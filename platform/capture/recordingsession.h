#pragma once

#include "capture/evidencecapture.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSize>
#include <QString>
#include <QTimer>

namespace Stride {

class MediaStore;

// One video or voice note from start to finished file, apart from the recorder itself: the
// running time, the watch on free space, and the rule that whatever was recorded is kept. The
// camera source wires a QMediaRecorder to it; tests drive it by hand, which is how the
// disk-full path is tested on a machine that has no camera or microphone.
//
// Free space is watched rather than waited for: stopping while there is still room lets the
// recorder write its index (an MP4 without one does not play), whereas a recorder that has hit
// a full disk usually leaves a file nothing can open.
class RecordingSession : public QObject
{
    Q_OBJECT

public:
    enum class StopReason {
        None,
        User,
        LowSpace,
        RecorderError,
        Cancelled
    };
    Q_ENUM(StopReason)

    explicit RecordingSession(const MediaStore &store, QObject *parent = nullptr);

    void setLowSpaceThreshold(qint64 bytes) { m_threshold = bytes; }
    qint64 lowSpaceThreshold() const { return m_threshold; }
    void setSpaceCheckIntervalMs(int ms) { m_spaceTimer.setInterval(ms); }

    bool isActive() const { return m_active; }
    EvidenceKind kind() const { return m_kind; }
    QString path() const { return m_path; }
    StopReason stopReason() const { return m_reason; }
    qint64 elapsedMs() const;
    // True if the media store's disk has at least the threshold free (checked before starting).
    bool hasRoomToStart() const;

    // The recorder is about to write `path` (inside MediaStore::incomingDir()).
    void begin(EvidenceKind kind, const QString &path, const QString &mimeType, QSize frameSize = {});
    // Backends may change the name they write to (an added suffix).
    void setPath(const QString &path) { m_path = path; }
    void setMimeType(const QString &mimeType) { m_mimeType = mimeType; }
    // Asks for the recording to end; the first reason given is the one reported. Emits
    // stopRequested so that whoever holds the recorder stops it.
    void requestStop(StopReason reason, const QString &detail = {});
    // The recorder has stopped and closed its file: decide what to hand on.
    void recorderStopped(qint64 recorderDurationMs);

signals:
    void elapsedChanged(qint64 ms);
    void stopRequested();
    void finished(const Stride::CapturedMedia &media, const QString &warning);
    void failed(const QString &message);
    void cancelled();

private:
    void checkSpace();
    void end();

    const MediaStore &m_store;
    qint64 m_threshold = 200LL * 1024 * 1024;
    bool m_active = false;
    EvidenceKind m_kind = EvidenceKind::Video;
    QString m_path;
    QString m_mimeType;
    QSize m_frameSize;
    StopReason m_reason = StopReason::None;
    QString m_detail;
    QElapsedTimer m_clock;
    QTimer m_tick;
    QTimer m_spaceTimer;
};

} // namespace Stride
