#include "capturesource.h"

namespace Stride {

CaptureSource::CaptureSource(MediaStore &store, QObject *parent) : QObject(parent), m_store(store) {}

CaptureSource::~CaptureSource() = default;

void CaptureSource::setLowSpaceThreshold(qint64 bytes)
{
    if (bytes == m_lowSpaceThreshold)
        return;
    m_lowSpaceThreshold = bytes;
    lowSpaceThresholdUpdated();
    emit lowSpaceThresholdChanged();
}

bool CaptureSource::refuseWhileBusy()
{
    // One capture at a time: a second shutter press while a video is still being finished
    // would otherwise race for the same camera and the same incoming file.
    if (isRecording()) {
        emit failed(tr("A recording is still running. Stop it first."));
        return true;
    }
    if (m_busy) {
        emit failed(tr("The last capture is still being saved. Try again in a moment."));
        return true;
    }
    return false;
}

void CaptureSource::takePhoto()
{
    if (!refuseWhileBusy())
        doTakePhoto(EvidenceKind::Photo);
}

void CaptureSource::takeWorkPhoto()
{
    if (!refuseWhileBusy())
        doTakePhoto(EvidenceKind::WorkSample);
}

void CaptureSource::startVideo()
{
    if (!refuseWhileBusy())
        doStartRecording(EvidenceKind::Video);
}

void CaptureSource::startAudio()
{
    if (!refuseWhileBusy())
        doStartRecording(EvidenceKind::Audio);
}

void CaptureSource::stopVideo()
{
    // A stop button pressed twice, or after the disk-space guard stopped the recording, is not
    // an error worth telling anyone about.
    if (m_recordingState == RecordingState::RecordingVideo)
        doStopRecording();
}

void CaptureSource::stopAudio()
{
    if (m_recordingState == RecordingState::RecordingAudio)
        doStopRecording();
}

void CaptureSource::cancel()
{
    doCancel();
    setRecordingState(RecordingState::Idle);
    setRecordingMs(0);
    setBusy(false);
}

void CaptureSource::setRecordingState(RecordingState state)
{
    if (state == m_recordingState)
        return;
    m_recordingState = state;
    emit recordingStateChanged();
}

void CaptureSource::setRecordingMs(qint64 ms)
{
    if (ms == m_recordingMs)
        return;
    m_recordingMs = ms;
    emit recordingMsChanged();
}

void CaptureSource::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void CaptureSource::deliver(const CapturedMedia &media)
{
    setRecordingState(RecordingState::Idle);
    setBusy(false);
    emit captured(media);
}

void CaptureSource::fail(const QString &message)
{
    setRecordingState(RecordingState::Idle);
    setBusy(false);
    emit failed(message);
}

} // namespace Stride
