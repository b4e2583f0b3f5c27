#pragma once

#include "capture/evidencecapture.h" // Stride::CapturedMedia, what every source hands on

#include <QObject>
#include <QString>

namespace Stride {

class MediaStore;

// What the capture screen drives, whatever the device has: a camera and microphone
// (CameraCaptureSource), or only files to choose from (FileImportCaptureSource, for a desktop,
// a build machine or CI). Every source ends the same way: `captured` with a CapturedMedia whose
// bytes (a camera photo) or file in MediaStore::incomingDir() (anything else) are ready for
// EvidenceCapture::save, or `failed` with a sentence the person holding the tablet understands.
// A source never writes outside the media store: nothing reaches the tablet's gallery.
class CaptureSource : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool hasCamera READ hasCamera NOTIFY availabilityChanged)
    Q_PROPERTY(bool hasMicrophone READ hasMicrophone NOTIFY availabilityChanged)
    Q_PROPERTY(bool importsFiles READ importsFiles CONSTANT)
    Q_PROPERTY(RecordingState recordingState READ recordingState NOTIFY recordingStateChanged)
    Q_PROPERTY(bool recording READ isRecording NOTIFY recordingStateChanged)
    Q_PROPERTY(qint64 recordingMs READ recordingMs NOTIFY recordingMsChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(qint64 lowSpaceThreshold READ lowSpaceThreshold WRITE setLowSpaceThreshold NOTIFY
                   lowSpaceThresholdChanged)

public:
    enum class RecordingState {
        Idle,
        RecordingVideo,
        RecordingAudio
    };
    Q_ENUM(RecordingState)

    // A recording stops by itself when the media store's disk has less than this left, so the
    // file can still be finished properly and the tablet keeps working.
    static constexpr qint64 kDefaultLowSpaceThreshold = 200LL * 1024 * 1024;

    explicit CaptureSource(MediaStore &store, QObject *parent = nullptr);
    ~CaptureSource() override;

    virtual bool hasCamera() const = 0;
    virtual bool hasMicrophone() const = 0;
    // True when photos, videos and voice notes come from files the user chooses: the screen
    // shows a file dialog and calls setPendingFile() before takePhoto()/startVideo()/startAudio().
    virtual bool importsFiles() const { return false; }

    RecordingState recordingState() const { return m_recordingState; }
    bool isRecording() const { return m_recordingState != RecordingState::Idle; }
    qint64 recordingMs() const { return m_recordingMs; }
    // Between a shutter press (or stop) and `captured`/`failed`: the screen shows progress and
    // does not start another capture.
    bool isBusy() const { return m_busy; }
    qint64 lowSpaceThreshold() const { return m_lowSpaceThreshold; }
    void setLowSpaceThreshold(qint64 bytes);

    // Each operation either starts the capture or answers `failed` (never both, never silence).
    Q_INVOKABLE void takePhoto();
    Q_INVOKABLE void takeWorkPhoto();
    Q_INVOKABLE void startVideo();
    Q_INVOKABLE void stopVideo();
    Q_INVOKABLE void startAudio();
    Q_INVOKABLE void stopAudio();
    // Abandons whatever is under way; a half-made recording is deleted, and no signal follows.
    Q_INVOKABLE void cancel();

    // For sources that import files; the others ignore it. Accepts a path or a file:// URL, as
    // a QML FileDialog gives it.
    Q_INVOKABLE virtual void setPendingFile(const QString &pathOrUrl) { Q_UNUSED(pathOrUrl) }

signals:
    void captured(const Stride::CapturedMedia &media);
    void failed(const QString &message);
    // Something the person should know although the capture worked ("Recording stopped because
    // the tablet is nearly full. What was recorded has been kept.").
    void warning(const QString &message);
    void availabilityChanged();
    void recordingStateChanged();
    void recordingMsChanged();
    void busyChanged();
    void lowSpaceThresholdChanged();

protected:
    MediaStore &store() const { return m_store; }

    virtual void doTakePhoto(EvidenceKind kind) = 0;
    virtual void doStartRecording(EvidenceKind kind) = 0;
    virtual void doStopRecording() = 0;
    virtual void doCancel() = 0;
    virtual void lowSpaceThresholdUpdated() {}

    void setRecordingState(RecordingState state);
    void setRecordingMs(qint64 ms);
    void setBusy(bool busy);
    // Ends the capture under way: busy off, recording state idle, then the signal.
    void deliver(const CapturedMedia &media);
    void fail(const QString &message);

private:
    bool refuseWhileBusy();

    MediaStore &m_store;
    RecordingState m_recordingState = RecordingState::Idle;
    qint64 m_recordingMs = 0;
    bool m_busy = false;
    qint64 m_lowSpaceThreshold = kDefaultLowSpaceThreshold;
};

} // namespace Stride
