#pragma once

#include "capture/capturefinisher.h"
#include "capture/capturesource.h"
#include "capture/recordingsession.h"

#include <QAudioDevice>
#include <QAudioInput>
#include <QCameraDevice>
#include <QImageCapture>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QMediaRecorder>
#include <QPointer>
#include <QTimer>
#include <memory>

class QCamera;
class QVideoSink;

namespace Stride {

// The tablet's own camera and microphone, through Qt Multimedia 6.4: one capture session for
// the viewfinder, photos and videos (camera + microphone), and a second, microphone-only one
// for voice notes (a recorder records every input its session has, so a voice note needs a
// session without the camera). Photos are taken into memory and handed on as bytes; recordings
// are written straight into the media store's incoming folder. Nothing is written anywhere a
// gallery app looks.
//
// The viewfinder: in QML, `VideoOutput { id: viewfinder }` and `source.videoOutput = viewfinder`
// (or setVideoSink() from C++). `active` runs the camera while the capture screen is showing;
// without it the camera starts for a capture and stops after it.
//
// Qt 6.4 has no QPermission: on Android the backend asks for camera and microphone permission
// itself when the camera or recorder starts, and a refusal arrives as a camera or recorder error,
// which is reported in words like any other.
class CameraCaptureSource : public CaptureSource
{
    Q_OBJECT
    Q_PROPERTY(QObject *videoOutput READ videoOutput WRITE setVideoOutput NOTIFY videoOutputChanged)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(QString cameraName READ cameraName NOTIFY cameraChanged)
    Q_PROPERTY(int cameraCount READ cameraCount NOTIFY availabilityChanged)

public:
    explicit CameraCaptureSource(MediaStore &store, QObject *parent = nullptr);
    ~CameraCaptureSource() override;

    bool hasCamera() const override;
    bool hasMicrophone() const override;

    QObject *videoOutput() const { return m_videoOutput; }
    void setVideoOutput(QObject *output);
    void setVideoSink(QVideoSink *sink);
    bool isActive() const { return m_active; }
    void setActive(bool active);
    QString cameraName() const;
    int cameraCount() const;
    // The next camera (front/back on a tablet); not while recording.
    Q_INVOKABLE void switchCamera();

    QMediaCaptureSession *captureSession() { return &m_session; }
    // How long the last step (thumbnail, running time) may take.
    void setFinishTimeoutMs(int ms) { m_finisher.setTimeoutMs(ms); }

signals:
    void videoOutputChanged();
    void activeChanged();
    void cameraChanged();

protected:
    void doTakePhoto(EvidenceKind kind) override;
    void doStartRecording(EvidenceKind kind) override;
    void doStopRecording() override;
    void doCancel() override;
    void lowSpaceThresholdUpdated() override;

private:
    bool startCamera(QString *error);
    void releaseCamera();
    void releaseCameraIfUnused();
    void devicesChanged();
    void capturePhotoNow();
    void onImageCaptured(int id, const QImage &image);
    void onImageError(int id, QImageCapture::Error error, const QString &detail);
    void onCameraError(const QString &detail);
    void onRecorderStateChanged(QMediaRecorder *recorder, QMediaRecorder::RecorderState state);
    void onRecorderError(QMediaRecorder *recorder, QMediaRecorder::Error error, const QString &detail);
    void stopActiveRecorder();
    void onRecordingFinished(const CapturedMedia &media, const QString &warning);
    void endPhoto();
    QMediaRecorder *activeRecorder();

    QMediaDevices m_devices;
    QCameraDevice m_cameraDevice;
    std::unique_ptr<QCamera> m_camera;
    QImageCapture m_imageCapture;
    QMediaRecorder m_videoRecorder;
    QMediaRecorder m_audioRecorder;
    QAudioInput m_videoMicrophone;
    QAudioInput m_voiceMicrophone;
    QMediaCaptureSession m_session;      // camera (+ microphone while recording): viewfinder, photos, videos
    QMediaCaptureSession m_audioSession; // microphone only: voice notes
    RecordingSession m_recording;
    CaptureFinisher m_finisher;
    QPointer<QObject> m_videoOutput;
    bool m_active = false;

    // A photo from shutter press to bytes: waiting for the camera to get ready, then for the image.
    bool m_photoWanted = false;
    EvidenceKind m_photoKind = EvidenceKind::Photo;
    int m_photoId = -1;
    QTimer m_photoTimeout;
    bool m_recorderReportsDuration = false;
};

} // namespace Stride
