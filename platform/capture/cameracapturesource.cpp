#include "cameracapturesource.h"

#include "media/mediastore.h"

#include <QBuffer>
#include <QCamera>
#include <QCameraFormat>
#include <QFileInfo>
#include <QImageWriter>
#include <QMediaFormat>
#include <QMimeDatabase>
#include <QUrl>
#include <QVideoSink>

namespace Stride {

namespace {

struct RecordingFormat
{
    QMediaFormat format;
    QString suffix;
    QString mimeType;
};

RecordingFormat firstSupported(const QList<RecordingFormat> &candidates)
{
    for (const RecordingFormat &c : candidates)
        if (c.format.isSupported(QMediaFormat::Encode))
            return c;
    // The backend's own default; its type is read from the finished file.
    return {QMediaFormat(), QString(), QString()};
}

RecordingFormat makeFormat(QMediaFormat::FileFormat file, QMediaFormat::VideoCodec video,
                           QMediaFormat::AudioCodec audio, const char *suffix, const char *mime)
{
    QMediaFormat f(file);
    f.setVideoCodec(video);
    f.setAudioCodec(audio);
    return {f, QString::fromLatin1(suffix), QString::fromLatin1(mime)};
}

// MP4 with H.264 and AAC plays everywhere the evidence goes (other tablets, the web, a parent's
// phone), so it comes first; WebM with VP8 is what a plain GStreamer install can always write.
RecordingFormat videoFormat()
{
    using F = QMediaFormat;
    return firstSupported({
        makeFormat(F::MPEG4, F::VideoCodec::H264, F::AudioCodec::AAC, ".mp4", "video/mp4"),
        makeFormat(F::WebM, F::VideoCodec::VP8, F::AudioCodec::Opus, ".webm", "video/webm"),
        makeFormat(F::WebM, F::VideoCodec::VP8, F::AudioCodec::Vorbis, ".webm", "video/webm"),
    });
}

RecordingFormat audioFormat()
{
    using F = QMediaFormat;
    return firstSupported({
        makeFormat(F::Mpeg4Audio, F::VideoCodec::Unspecified, F::AudioCodec::AAC, ".m4a", "audio/mp4"),
        makeFormat(F::Ogg, F::VideoCodec::Unspecified, F::AudioCodec::Opus, ".ogg", "audio/ogg"),
        makeFormat(F::Ogg, F::VideoCodec::Unspecified, F::AudioCodec::Vorbis, ".ogg", "audio/ogg"),
        makeFormat(F::Wave, F::VideoCodec::Unspecified, F::AudioCodec::Wave, ".wav", "audio/wav"),
    });
}

// Full HD at most, as smooth as the camera goes: evidence needs to show what a pupil did, and
// 4K would fill a tablet in minutes and take hours to sync over a school's Wi-Fi.
QCameraFormat pickCameraFormat(const QCameraDevice &device)
{
    QCameraFormat best;
    for (const QCameraFormat &f : device.videoFormats()) {
        const QSize r = f.resolution();
        if (r.width() > 1920 || r.height() > 1920 || f.maxFrameRate() < 15)
            continue;
        const qint64 area = qint64(r.width()) * r.height();
        const qint64 bestArea =
            best.isNull() ? -1 : qint64(best.resolution().width()) * best.resolution().height();
        if (area > bestArea || (area == bestArea && f.maxFrameRate() > best.maxFrameRate()))
            best = f;
    }
    return best;
}

QString noCameraMessage()
{
    return CameraCaptureSource::tr(
        "This device has no camera that Stride can use. You can choose a photo or video "
        "from a file instead.");
}

QString noMicrophoneMessage()
{
    return CameraCaptureSource::tr(
        "This device has no microphone that Stride can use. You can choose a recording from "
        "a file, or write the observation instead.");
}

QString lowSpaceMessage(EvidenceKind kind)
{
    if (kind == EvidenceKind::Audio)
        return CameraCaptureSource::tr(
            "The tablet is nearly full, so a voice note cannot be recorded. Free some "
            "space (or sync, so that synced videos can be cleared) and try again.");
    return CameraCaptureSource::tr(
        "The tablet is nearly full, so a video cannot be recorded. Free some space "
        "(or sync, so that synced videos can be cleared) and try again.");
}

QString cameraErrorMessage(const QString &detail)
{
    const QString d = detail.toLower();
    // Backends only give free text; "busy" is how Linux and Android say another app has it.
    if (d.contains(QLatin1String("busy")) || d.contains(QLatin1String("in use")))
        return CameraCaptureSource::tr(
            "The camera is in use by another app. Close the other app (a video call or the "
            "camera app) and try again.");
    if (d.contains(QLatin1String("permission")) || d.contains(QLatin1String("denied")))
        return CameraCaptureSource::tr(
            "Stride is not allowed to use the camera. Allow it in the tablet's settings "
            "(Apps, Stride, Permissions) and try again.");
    return CameraCaptureSource::tr(
        "The camera could not be started. Close other apps that use the camera and try "
        "again; if it still fails, restart the tablet.");
}

QString recorderErrorMessage(QMediaRecorder::Error error, const QString &detail)
{
    switch (error) {
    case QMediaRecorder::OutOfSpaceError:
        return CameraCaptureSource::tr("The tablet is full.");
    case QMediaRecorder::FormatError:
        return CameraCaptureSource::tr("This device cannot record in the format Stride asked for.");
    case QMediaRecorder::LocationNotWritable:
        return CameraCaptureSource::tr("Stride could not write the recording on this device.");
    case QMediaRecorder::ResourceError:
    default:
        if (detail.contains(QLatin1String("permission"), Qt::CaseInsensitive))
            return CameraCaptureSource::tr(
                "Stride is not allowed to use the camera or microphone. Allow it in the "
                "tablet's settings and try again.");
        return CameraCaptureSource::tr("The camera or microphone stopped working.");
    }
}

} // namespace

CameraCaptureSource::CameraCaptureSource(MediaStore &store, QObject *parent)
    : CaptureSource(store, parent), m_recording(store)
{
    m_session.setImageCapture(&m_imageCapture);
    m_session.setRecorder(&m_videoRecorder);
    m_audioSession.setRecorder(&m_audioRecorder);
    m_recording.setLowSpaceThreshold(lowSpaceThreshold());

    connect(&m_devices, &QMediaDevices::videoInputsChanged, this, &CameraCaptureSource::devicesChanged);
    connect(&m_devices, &QMediaDevices::audioInputsChanged, this, &CameraCaptureSource::devicesChanged);

    connect(&m_imageCapture, &QImageCapture::readyForCaptureChanged, this, [this](bool ready) {
        if (ready && m_photoWanted && m_photoId < 0)
            capturePhotoNow();
    });
    connect(&m_imageCapture, &QImageCapture::imageCaptured, this, &CameraCaptureSource::onImageCaptured);
    connect(&m_imageCapture, &QImageCapture::errorOccurred, this, &CameraCaptureSource::onImageError);
    m_photoTimeout.setSingleShot(true);
    m_photoTimeout.setInterval(10000);
    connect(&m_photoTimeout, &QTimer::timeout, this, [this] {
        if (!m_photoWanted)
            return;
        endPhoto();
        fail(tr("The camera did not take the photo. Try again; if it keeps happening, restart the app."));
    });

    for (QMediaRecorder *recorder : {&m_videoRecorder, &m_audioRecorder}) {
        connect(recorder, &QMediaRecorder::recorderStateChanged, this,
                [this, recorder](QMediaRecorder::RecorderState state) {
                    onRecorderStateChanged(recorder, state);
                });
        connect(recorder, &QMediaRecorder::errorOccurred, this,
                [this, recorder](QMediaRecorder::Error error, const QString &detail) {
                    onRecorderError(recorder, error, detail);
                });
        connect(recorder, &QMediaRecorder::actualLocationChanged, this,
                [this, recorder](const QUrl &location) {
                    if (recorder == activeRecorder() && location.isLocalFile())
                        m_recording.setPath(location.toLocalFile());
                });
        connect(recorder, &QMediaRecorder::durationChanged, this, [this, recorder](qint64 ms) {
            if (recorder != activeRecorder() || !m_recording.isActive())
                return;
            m_recorderReportsDuration = true;
            setRecordingMs(ms);
        });
    }
    connect(&m_recording, &RecordingSession::elapsedChanged, this, [this](qint64 ms) {
        // The recorder's own count is the file's running time; the wall clock only stands in
        // for backends that do not report it while recording.
        if (!m_recorderReportsDuration)
            setRecordingMs(ms);
    });
    connect(&m_recording, &RecordingSession::stopRequested, this, &CameraCaptureSource::stopActiveRecorder);
    connect(&m_recording, &RecordingSession::finished, this, &CameraCaptureSource::onRecordingFinished);
    connect(&m_recording, &RecordingSession::failed, this, [this](const QString &message) {
        m_session.setAudioInput(nullptr);
        releaseCameraIfUnused();
        fail(message);
    });
    connect(&m_recording, &RecordingSession::cancelled, this, [this] {
        m_session.setAudioInput(nullptr);
        releaseCameraIfUnused();
    });
    connect(&m_finisher, &CaptureFinisher::finished, this,
            [this](const CapturedMedia &media) { deliver(media); });
}

CameraCaptureSource::~CameraCaptureSource()
{
    // Disconnect first: stopping a recorder from here must not call back into a half-destroyed
    // object. A recording still running is abandoned (its file is cleared at the next start).
    m_videoRecorder.disconnect(this);
    m_audioRecorder.disconnect(this);
    m_videoRecorder.stop();
    m_audioRecorder.stop();
    m_session.setAudioInput(nullptr);
    m_audioSession.setAudioInput(nullptr);
    releaseCamera();
}

bool CameraCaptureSource::hasCamera() const
{
    return !QMediaDevices::videoInputs().isEmpty();
}

bool CameraCaptureSource::hasMicrophone() const
{
    return !QMediaDevices::audioInputs().isEmpty();
}

int CameraCaptureSource::cameraCount() const
{
    return int(QMediaDevices::videoInputs().size());
}

QString CameraCaptureSource::cameraName() const
{
    return m_cameraDevice.isNull() ? QMediaDevices::defaultVideoInput().description()
                                   : m_cameraDevice.description();
}

void CameraCaptureSource::setVideoOutput(QObject *output)
{
    if (output == m_videoOutput)
        return;
    m_videoOutput = output;
    m_session.setVideoOutput(output);
    emit videoOutputChanged();
}

void CameraCaptureSource::setVideoSink(QVideoSink *sink)
{
    m_session.setVideoSink(sink);
}

void CameraCaptureSource::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        QString error;
        if (hasCamera() && !startCamera(&error))
            emit failed(error);
    } else {
        releaseCameraIfUnused();
    }
    emit activeChanged();
}

void CameraCaptureSource::switchCamera()
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    if (cameras.size() < 2 || isRecording())
        return;
    const QCameraDevice current =
        m_cameraDevice.isNull() ? QMediaDevices::defaultVideoInput() : m_cameraDevice;
    const qsizetype at = cameras.indexOf(current);
    m_cameraDevice = cameras.at((at + 1) % cameras.size());
    const bool wasRunning = m_camera && m_camera->isActive();
    releaseCamera();
    if (wasRunning) {
        QString error;
        if (!startCamera(&error))
            emit failed(error);
    }
    emit cameraChanged();
}

bool CameraCaptureSource::startCamera(QString *error)
{
    if (!hasCamera()) {
        *error = noCameraMessage();
        return false;
    }
    if (!m_camera) {
        if (m_cameraDevice.isNull() || !QMediaDevices::videoInputs().contains(m_cameraDevice))
            m_cameraDevice = QMediaDevices::defaultVideoInput();
        m_camera = std::make_unique<QCamera>(m_cameraDevice);
        connect(m_camera.get(), &QCamera::errorOccurred, this,
                [this](QCamera::Error error, const QString &detail) {
                    if (error != QCamera::NoError)
                        onCameraError(detail);
                });
        const QCameraFormat format = pickCameraFormat(m_cameraDevice);
        if (!format.isNull())
            m_camera->setCameraFormat(format);
        m_session.setCamera(m_camera.get());
    }
    if (!m_camera->isAvailable()) {
        *error = cameraErrorMessage(m_camera->errorString());
        releaseCamera();
        return false;
    }
    m_camera->start();
    return true;
}

void CameraCaptureSource::releaseCamera()
{
    if (!m_camera)
        return;
    m_camera->disconnect(this);
    m_camera->stop();
    m_session.setCamera(nullptr);
    m_camera.reset();
}

void CameraCaptureSource::releaseCameraIfUnused()
{
    // The camera light and the battery: off unless the capture screen wants it or a capture
    // is under way.
    if (!m_active && !m_photoWanted && !m_recording.isActive())
        releaseCamera();
}

void CameraCaptureSource::devicesChanged()
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    if (m_camera && !cameras.contains(m_cameraDevice)) {
        // Unplugged (a USB camera on a desktop): stop cleanly, keeping what was recorded.
        if (m_recording.isActive() && m_recording.kind() == EvidenceKind::Video)
            m_recording.requestStop(RecordingSession::StopReason::RecorderError,
                                    tr("The camera was disconnected."));
        else
            releaseCamera();
        m_cameraDevice = QCameraDevice();
        emit cameraChanged();
    }
    // A camera plugged in while the capture screen is open shows up in the viewfinder.
    if (m_active && !m_camera && !cameras.isEmpty()) {
        QString error;
        if (!startCamera(&error))
            emit failed(error);
        emit cameraChanged();
    }
    emit availabilityChanged();
}

void CameraCaptureSource::lowSpaceThresholdUpdated()
{
    m_recording.setLowSpaceThreshold(lowSpaceThreshold());
}

QMediaRecorder *CameraCaptureSource::activeRecorder()
{
    if (!m_recording.isActive())
        return nullptr;
    return m_recording.kind() == EvidenceKind::Audio ? &m_audioRecorder : &m_videoRecorder;
}

// --- photos ---

void CameraCaptureSource::doTakePhoto(EvidenceKind kind)
{
    QString error;
    if (!startCamera(&error)) {
        fail(error);
        return;
    }
    setBusy(true);
    m_photoWanted = true;
    m_photoKind = kind;
    m_photoId = -1;
    m_photoTimeout.start();
    // The camera may still be starting; the photo is taken the moment it is ready.
    if (m_imageCapture.isReadyForCapture())
        capturePhotoNow();
}

void CameraCaptureSource::capturePhotoNow()
{
    // capture() rather than captureToFile(): the picture comes back in memory, so nothing is
    // written where a gallery looks, and the core strips the location from it before it is kept.
    m_photoId = m_imageCapture.capture();
    if (m_photoId < 0 && m_photoWanted) {
        endPhoto();
        fail(tr("The camera is not ready to take a photo. Wait a moment and try again."));
    }
}

void CameraCaptureSource::onImageCaptured(int id, const QImage &image)
{
    if (!m_photoWanted || id != m_photoId)
        return;
    const EvidenceKind kind = m_photoKind;
    endPhoto();
    if (image.isNull()) {
        fail(tr("The camera gave an empty picture. Try again."));
        return;
    }
    CapturedMedia media;
    media.kind = kind;
    media.mimeType = QStringLiteral("image/jpeg");
    media.size = image.size();
    QBuffer buffer(&media.bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(90);
    if (!writer.write(image.convertToFormat(QImage::Format_RGB888))) {
        fail(tr("The photo could not be prepared (%1). Try again.").arg(writer.errorString()));
        return;
    }
    deliver(media);
}

void CameraCaptureSource::onImageError(int id, QImageCapture::Error error, const QString &detail)
{
    if (!m_photoWanted || (id != m_photoId && id >= 0) || error == QImageCapture::NoError)
        return;
    qWarning("CameraCaptureSource: photo: %s", qPrintable(detail));
    endPhoto();
    fail(error == QImageCapture::NotReadyError
             ? tr("The camera is not ready to take a photo. Wait a moment and try again.")
             : tr("The photo could not be taken. Try again; if it keeps happening, restart the app."));
}

void CameraCaptureSource::endPhoto()
{
    m_photoWanted = false;
    m_photoId = -1;
    m_photoTimeout.stop();
    releaseCameraIfUnused();
}

void CameraCaptureSource::onCameraError(const QString &detail)
{
    qWarning("CameraCaptureSource: camera: %s", qPrintable(detail));
    const QString message = cameraErrorMessage(detail);
    if (m_recording.isActive() && m_recording.kind() == EvidenceKind::Video) {
        m_recording.requestStop(RecordingSession::StopReason::RecorderError, message);
        return;
    }
    if (m_photoWanted) {
        endPhoto();
        fail(message);
        return;
    }
    releaseCamera();
    emit failed(message); // the viewfinder could not start: the screen says why
}

// --- videos and voice notes ---

void CameraCaptureSource::doStartRecording(EvidenceKind kind)
{
    const bool video = kind == EvidenceKind::Video;
    if (video && !hasCamera()) {
        fail(noCameraMessage());
        return;
    }
    if (!video && !hasMicrophone()) {
        fail(noMicrophoneMessage());
        return;
    }
    QMediaRecorder &recorder = video ? m_videoRecorder : m_audioRecorder;
    if (recorder.recorderState() != QMediaRecorder::StoppedState) {
        fail(tr("The last recording is still being closed. Try again in a moment."));
        return;
    }
    if (!m_recording.hasRoomToStart()) {
        fail(lowSpaceMessage(kind));
        return;
    }

    QSize frameSize;
    if (video) {
        QString error;
        if (!startCamera(&error)) {
            fail(error);
            return;
        }
        frameSize = m_camera->cameraFormat().resolution();
        if (hasMicrophone()) {
            m_videoMicrophone.setDevice(QMediaDevices::defaultAudioInput());
            // Attached only while recording, so the microphone is not held open (and its
            // indicator lit) just because the viewfinder is showing.
            m_session.setAudioInput(&m_videoMicrophone);
        } else {
            emit warning(tr("This device has no microphone, so the video will have no sound."));
        }
    } else {
        m_voiceMicrophone.setDevice(QMediaDevices::defaultAudioInput());
        m_audioSession.setAudioInput(&m_voiceMicrophone);
    }

    const RecordingFormat format = video ? videoFormat() : audioFormat();
    const QString path = store().newIncomingPath(format.suffix);
    recorder.setMediaFormat(format.format);
    recorder.setQuality(QMediaRecorder::NormalQuality);
    recorder.setOutputLocation(QUrl::fromLocalFile(path));
    m_recorderReportsDuration = false;
    m_recording.begin(kind, path, format.mimeType, frameSize);
    setRecordingMs(0);
    setRecordingState(video ? RecordingState::RecordingVideo : RecordingState::RecordingAudio);
    recorder.record();
}

void CameraCaptureSource::doStopRecording()
{
    m_recording.requestStop(RecordingSession::StopReason::User);
}

void CameraCaptureSource::stopActiveRecorder()
{
    QMediaRecorder *recorder = activeRecorder();
    if (!recorder)
        return;
    setBusy(true);
    if (recorder->recorderState() == QMediaRecorder::StoppedState)
        m_recording.recorderStopped(recorder->duration()); // it never got going, or already stopped
    else
        recorder->stop(); // the file is finished and closed; recorderStateChanged follows
}

void CameraCaptureSource::onRecorderStateChanged(QMediaRecorder *recorder,
                                                 QMediaRecorder::RecorderState state)
{
    if (recorder != activeRecorder() || state != QMediaRecorder::StoppedState)
        return;
    m_recording.recorderStopped(recorder->duration());
}

void CameraCaptureSource::onRecorderError(QMediaRecorder *recorder, QMediaRecorder::Error error,
                                          const QString &detail)
{
    if (recorder != activeRecorder() || error == QMediaRecorder::NoError)
        return;
    qWarning("CameraCaptureSource: recorder: %s", qPrintable(detail));
    // An error ends the recording, but what reached the file is kept if there is any of it.
    m_recording.requestStop(RecordingSession::StopReason::RecorderError, recorderErrorMessage(error, detail));
}

void CameraCaptureSource::onRecordingFinished(const CapturedMedia &recorded, const QString &warningText)
{
    m_session.setAudioInput(nullptr);
    m_audioSession.setAudioInput(nullptr);
    releaseCameraIfUnused();
    CapturedMedia media = recorded;
    if (media.mimeType.isEmpty())
        media.mimeType = QMimeDatabase().mimeTypeForFile(media.incomingPath).name();
    setRecordingState(RecordingState::Idle);
    setBusy(true); // until the thumbnail and running time are in
    if (!warningText.isEmpty())
        emit warning(warningText);
    m_finisher.finish(media);
}

void CameraCaptureSource::doCancel()
{
    if (m_photoWanted)
        endPhoto();
    m_finisher.cancel();
    if (m_recording.isActive())
        m_recording.requestStop(RecordingSession::StopReason::Cancelled); // the file goes when it stops
}

} // namespace Stride
