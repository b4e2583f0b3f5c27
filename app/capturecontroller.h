#pragma once

#include "evidencetags.h"

#include "capture/capturedraft.h"
#include "capture/capturepreview.h"
#include "capture/parkeddrafts.h"
#include "capture/storagespace.h"

#include "capture/capturedefaults.h"
#include "capture/capturesource.h"
#include "capture/evidencecapture.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <functional>
#include <optional>

namespace Stride {

class MediaStore;
class Session;

// One capture from the button that starts it to Save: who is in it, which of their targets it
// shows, the photo/video/voice note/written observation itself and its tags. The capture page
// and the tagging sheet are views of this object; everything they show and everything typed
// lives here, not in QML, so an idle lock, a page torn down or a switch of staff loses nothing,
// and a test can drive a whole capture without a window. The tags and their consent bounds are
// EvidenceTags', shared with editing an item later (EvidenceDetail).
//
// Consent is checked when the capture begins (before the camera opens), whenever the pupils or
// the kind change, and once more by EvidenceCapture when saving. Visibility is never more than
// the pupils' consent allows: the shareable option is refused, with the reason.
//
// The parts, one concern each, are in app/capture/: the draft itself (CaptureDraft), the picture
// the sheet shows (CapturePreview), the room left on the tablet (StorageSpace) and the drafts
// people left when someone else took the tablet (ParkedDrafts). This object ties them to the
// session and the camera, and is what the pages see.
class CaptureController : public Stride::EvidenceTags
{
    Q_OBJECT
    Q_PROPERTY(Stride::CaptureSource *source READ source CONSTANT)
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    Q_PROPERTY(Stride::EvidenceKind kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(QString kindLabel READ kindLabel NOTIFY kindChanged)
    Q_PROPERTY(bool needsMedia READ needsMedia NOTIFY kindChanged)
    Q_PROPERTY(QString originTargetId READ originTargetId NOTIFY activeChanged)

    Q_PROPERTY(QStringList pupilIds READ pupilIds NOTIFY pupilsChanged)
    Q_PROPERTY(bool consentAllowed READ consentAllowed NOTIFY consentChanged)
    Q_PROPERTY(QString consentMessage READ consentMessage NOTIFY consentChanged)
    Q_PROPERTY(QStringList pupilsWithoutConsent READ pupilsWithoutConsent NOTIFY consentChanged)
    Q_PROPERTY(bool carriedOver READ carriedOver NOTIFY activeChanged)

    Q_PROPERTY(bool hasMedia READ hasMedia NOTIFY mediaChanged)
    Q_PROPERTY(QString previewUrl READ previewUrl NOTIFY mediaChanged)
    Q_PROPERTY(QString mediaText READ mediaText NOTIFY mediaChanged)
    Q_PROPERTY(bool canSave READ canSave NOTIFY validityChanged)
    Q_PROPERTY(QString saveHint READ saveHint NOTIFY validityChanged)

    Q_PROPERTY(qint64 bytesAvailable READ bytesAvailable NOTIFY spaceChanged)
    Q_PROPERTY(QString freeSpaceText READ freeSpaceText NOTIFY spaceChanged)
    Q_PROPERTY(bool lowOnSpace READ lowOnSpace NOTIFY spaceChanged)
    Q_PROPERTY(QString recordingTimeText READ recordingTimeText NOTIFY recordingTimeChanged)
    Q_PROPERTY(bool autoOpenPicker READ autoOpenPicker WRITE setAutoOpenPicker NOTIFY autoOpenPickerChanged)

    Q_PROPERTY(bool hasParkedDraft READ hasParkedDraft NOTIFY parkedChanged)
    Q_PROPERTY(QString parkedDraftText READ parkedDraftText NOTIFY parkedChanged)
    Q_PROPERTY(int savedCount READ savedCount NOTIFY saved)

    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)
    Q_PROPERTY(QVariantList promptLevels READ promptLevels CONSTANT)
    Q_PROPERTY(QStringList settingSuggestions READ settingSuggestions CONSTANT)

public:
    CaptureController(Session &session, EvidenceCapture &capture, MediaStore &media, CaptureSource *source,
                      QObject *parent = nullptr);
    ~CaptureController() override;

    CaptureSource *source() const { return m_source; }
    bool active() const { return m_active; }
    EvidenceKind kind() const { return m_draft.item.kind; }
    void setKind(EvidenceKind kind);
    QString kindLabel() const;
    bool needsMedia() const { return m_draft.item.kind != EvidenceKind::Written; }
    QString originTargetId() const { return m_draft.originTargetId; }

    // The pupils list (pupils()) is kept after a save until the next begin().
    QStringList pupilIds() const { return m_draft.item.pupilIds(); }
    bool consentAllowed() const { return consent().allowed; }
    QString consentMessage() const { return consent().allowed ? QString() : consent().message; }
    QStringList pupilsWithoutConsent() const { return consent().withoutMediaConsent; }
    bool carriedOver() const { return m_draft.carriedOver; }

    bool hasMedia() const { return m_draft.media.has_value(); }
    QString previewUrl() const;
    QString mediaText() const;
    // The picture the tagging sheet shows: the photo, or a video's first frame, or a voice
    // note's waveform. Read by CaptureImageProvider.
    QImage previewImage(const QSize &requested) const;
    bool canSave() const { return saveHint().isEmpty(); }
    QString saveHint() const;

    qint64 bytesAvailable() const { return m_space.bytesAvailable(); }
    QString freeSpaceText() const;
    bool lowOnSpace() const;
    QString recordingTimeText() const;
    bool autoOpenPicker() const { return m_autoOpenPicker; }
    void setAutoOpenPicker(bool open);

    bool hasParkedDraft() const;
    QString parkedDraftText() const;
    int savedCount() const { return m_savedCount; }

    static QVariantList kinds();
    static QVariantList promptLevels();
    static QStringList settingSuggestions();

    // For tests and the self-test: where free space is read from (default: the media store).
    void setFreeSpaceProbe(std::function<qint64()> probe);
    // The item as it would be saved now (tests look at it).
    EvidenceItem draftItem() const { return m_draft.item; }

    // Starts a capture of `pupilIds` (kind: "photo", "video", "audio", "work" or "written"),
    // with `targetId` ticked if given. Returns false when consent stops it before the camera
    // opens: consentMessage says who, and switchToWritten() is the way on.
    Q_INVOKABLE bool begin(const QStringList &pupilIds, const QString &targetId = {},
                           const QString &kind = QStringLiteral("photo"));
    Q_INVOKABLE void addPupil(const QString &pupilId);
    Q_INVOKABLE void removePupil(const QString &pupilId);
    Q_INVOKABLE void leaveOutPupilsWithoutConsent();
    // The shutter (photo), or start/stop (video, voice note). With a low disk, recording waits
    // for acknowledgeLowSpace() after lowSpaceWarning.
    Q_INVOKABLE void shutter();
    Q_INVOKABLE void acknowledgeLowSpace();
    // A file chosen in the file dialog: handed to the source, then the shutter.
    Q_INVOKABLE void importFile(const QString &pathOrUrl);
    Q_INVOKABLE void retake();
    // A written observation instead, keeping pupils, targets and everything typed.
    Q_INVOKABLE void switchToWritten();
    Q_INVOKABLE bool save();
    Q_INVOKABLE void discard();
    // The tablet was erased: the draft on screen and everyone's parked drafts go, recordings and
    // all (the pupils they were of are no longer on the tablet).
    void discardEverything();
    Q_INVOKABLE void refreshSpace();
    Q_INVOKABLE bool resumeParkedDraft();

signals:
    void activeChanged();
    void kindChanged();
    void mediaChanged();
    void validityChanged();
    void spaceChanged();
    void recordingTimeChanged();
    void autoOpenPickerChanged();
    void parkedChanged();
    // The capture arrived: the tagging sheet comes next.
    void mediaCaptured();
    void lowSpaceWarning(const QString &message);
    void consentBlocked(const QString &message);
    void failed(const QString &message);
    void saved(const QString &evidenceId, const QString &summary);

protected:
    EvidenceItem &taggedItem() override { return m_draft.item; }
    const EvidenceItem &taggedItem() const override { return m_draft.item; }

private:
    void setDraft(const CaptureDraft &draft, bool active);
    void recheckConsent();
    void dropMedia();
    void onCaptured(const CapturedMedia &media);
    void onSourceFailed(const QString &message);
    void onStaffChanged();

    Session &m_session;
    EvidenceCapture &m_capture;
    MediaStore &m_media;
    QPointer<CaptureSource> m_source;
    CaptureDefaults m_defaults;
    StorageSpace m_space;
    CapturePreview m_preview;

    bool m_active = false;
    CaptureDraft m_draft;
    ParkedDrafts m_parked;
    QString m_currentStaffId;
    QString m_mediaOwner; // whose draft the capture under way belongs to
    bool m_autoOpenPicker = true;
    int m_savedCount = 0;
};

} // namespace Stride
