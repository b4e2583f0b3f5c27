#include "capturecontroller.h"

#include "pupiltargets.h"
#include "session.h"
#include "wording.h"

#include "capture/capturesource.h"
#include "media/mediastore.h"
#include "store/store.h"

#include <QFile>

namespace Stride {

namespace {

// One whole sentence per kind of evidence, so that a translation can change the words around it.
QString takeFirstHint(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::Video:
        return CaptureController::tr("Take the video first.");
    case EvidenceKind::Audio:
        return CaptureController::tr("Record the voice note first.");
    case EvidenceKind::WorkSample:
        return CaptureController::tr("Take the photo of work first.");
    default:
        return CaptureController::tr("Take the photo first.");
    }
}

QString savedFor(EvidenceKind kind, const QString &names)
{
    switch (kind) {
    case EvidenceKind::Photo:
        return CaptureController::tr("Photo saved for %1", "names").arg(names);
    case EvidenceKind::Video:
        return CaptureController::tr("Video saved for %1", "names").arg(names);
    case EvidenceKind::Audio:
        return CaptureController::tr("Voice note saved for %1", "names").arg(names);
    case EvidenceKind::WorkSample:
        return CaptureController::tr("Photo of work saved for %1", "names").arg(names);
    case EvidenceKind::Written:
        break;
    }
    return CaptureController::tr("Written observation saved for %1", "names").arg(names);
}

QString unsavedOf(EvidenceKind kind, const QString &names)
{
    switch (kind) {
    case EvidenceKind::Photo:
        return CaptureController::tr("You have an unsaved photo of %1.", "names").arg(names);
    case EvidenceKind::Video:
        return CaptureController::tr("You have an unsaved video of %1.", "names").arg(names);
    case EvidenceKind::Audio:
        return CaptureController::tr("You have an unsaved voice note of %1.", "names").arg(names);
    case EvidenceKind::WorkSample:
        return CaptureController::tr("You have an unsaved photo of work by %1.", "names").arg(names);
    case EvidenceKind::Written:
        break;
    }
    return CaptureController::tr("You have an unsaved written observation of %1.", "names").arg(names);
}

} // namespace

CaptureController::CaptureController(Session &session, EvidenceCapture &capture, MediaStore &media,
                                     CaptureSource *source, QObject *parent)
    : EvidenceTags(parent), m_session(session), m_capture(capture), m_media(media), m_source(source)
{
    m_space.setProbe([this] { return m_media.bytesAvailable(); });
    if (m_source) {
        connect(m_source, &CaptureSource::captured, this, &CaptureController::onCaptured);
        connect(m_source, &CaptureSource::failed, this, &CaptureController::onSourceFailed);
        connect(m_source, &CaptureSource::warning, this, &CaptureController::setMessage);
        connect(m_source, &CaptureSource::recordingMsChanged, this, &CaptureController::recordingTimeChanged);
        connect(m_source, &CaptureSource::recordingStateChanged, this,
                &CaptureController::recordingTimeChanged);
    }
    connect(&m_session, &Session::signedInChanged, this, &CaptureController::onStaffChanged);
    // Anything that changes what Save needs re-asks canSave.
    using Signal = void (CaptureController::*)();
    for (Signal signal :
         std::initializer_list<Signal>{&CaptureController::kindChanged, &CaptureController::pupilsChanged,
                                       &CaptureController::consentChanged, &CaptureController::tagsChanged,
                                       &CaptureController::mediaChanged, &CaptureController::activeChanged})
        connect(this, signal, this, &CaptureController::validityChanged);
    m_currentStaffId = m_session.staffId();
}

CaptureController::~CaptureController() = default;

// --- What the draft is

QString CaptureController::kindLabel() const
{
    return toLabel(m_draft.item.kind);
}

void CaptureController::setKind(EvidenceKind kind)
{
    if (kind == m_draft.item.kind)
        return;
    // A recording under way belongs to the kind it started as.
    if (m_source && (m_source->isRecording() || m_source->isBusy()))
        m_source->cancel();
    m_draft.item.kind = kind;
    if (m_draft.media && m_draft.media->kind != kind)
        dropMedia();
    // What went wrong with the last kind's file or recording is not true of this one.
    clearMessage();
    m_space.forgetAcknowledgement();
    recheckConsent();
    emit kindChanged();
}

// --- The media

QString CaptureController::previewUrl() const
{
    return m_preview.url(m_draft.media.has_value());
}

QString CaptureController::mediaText() const
{
    return m_draft.media ? CapturePreview::describe(*m_draft.media) : QString();
}

QImage CaptureController::previewImage(const QSize &requested) const
{
    return m_draft.media ? CapturePreview::decode(*m_draft.media, requested) : QImage();
}

void CaptureController::dropMedia()
{
    if (!m_draft.dropMedia())
        return;
    m_preview.changed();
    emit mediaChanged();
}

void CaptureController::onCaptured(const CapturedMedia &arrived)
{
    const CapturedMedia media = CaptureDraft::keptInMemory(arrived);
    const QString owner = m_mediaOwner;
    m_mediaOwner.clear();
    CaptureDraft *target = nullptr;
    if (m_active && m_draft.item.capturedBy == owner)
        target = &m_draft;
    else
        target = m_parked.find(owner); // they were switched away mid-recording: it is still theirs
    if (!target) {
        if (!media.incomingPath.isEmpty())
            QFile::remove(media.incomingPath);
        return;
    }
    target->takeMedia(media, m_session.now());
    if (target != &m_draft)
        return;
    m_preview.changed();
    refreshSpace();
    emit kindChanged();
    recheckConsent();
    emit mediaChanged();
    emit mediaCaptured();
}

void CaptureController::onSourceFailed(const QString &message)
{
    m_mediaOwner.clear();
    setMessage(message);
    emit failed(message);
}

void CaptureController::shutter()
{
    if (!m_active || !m_source)
        return;
    if (!consent().allowed) {
        // Never past this point: the camera does not take a picture of a pupil without consent.
        emit consentBlocked(consent().message);
        return;
    }
    clearMessage();
    const EvidenceKind kind = m_draft.item.kind;
    const bool recording = kind == EvidenceKind::Video || kind == EvidenceKind::Audio;
    if (recording && m_source->isRecording()) {
        if (kind == EvidenceKind::Video)
            m_source->stopVideo();
        else
            m_source->stopAudio();
        return;
    }
    refreshSpace();
    if (recording && m_space.warnBeforeRecording()) {
        emit lowSpaceWarning(tr("This tablet is nearly full (%1). A recording may stop early. Sync or free "
                                "some space if you can.",
                                "how much space is free: \"1.2 GB free on this tablet\"")
                                 .arg(freeSpaceText()));
        return;
    }
    m_mediaOwner = m_draft.item.capturedBy;
    switch (kind) {
    case EvidenceKind::Photo:
        m_source->takePhoto();
        break;
    case EvidenceKind::WorkSample:
        m_source->takeWorkPhoto();
        break;
    case EvidenceKind::Video:
        m_source->startVideo();
        break;
    case EvidenceKind::Audio:
        m_source->startAudio();
        break;
    case EvidenceKind::Written:
        m_mediaOwner.clear();
        break;
    }
}

void CaptureController::acknowledgeLowSpace()
{
    m_space.acknowledge();
}

void CaptureController::importFile(const QString &pathOrUrl)
{
    if (!m_source)
        return;
    m_source->setPendingFile(pathOrUrl);
    shutter();
}

void CaptureController::retake()
{
    dropMedia();
}

void CaptureController::switchToWritten()
{
    if (!m_active)
        return;
    if (m_source && (m_source->isRecording() || m_source->isBusy()))
        m_source->cancel();
    dropMedia();
    m_draft.item.kind = EvidenceKind::Written;
    clearMessage();
    recheckConsent();
    emit kindChanged();
}

// --- Pupils, targets, consent

bool CaptureController::begin(const QStringList &pupilIds, const QString &targetId, const QString &kindKey)
{
    if (m_source && (m_source->isRecording() || m_source->isBusy()))
        m_source->cancel();
    const CaptureDraft draft = CaptureDraft::start(m_session, m_defaults, pupilIds, targetId, kindKey);
    m_space.forgetAcknowledgement();
    clearMessage(); // the last capture's problem, if it was left without Back (the header's Home)
    setDraft(draft, true);
    refreshSpace();
    return consent().allowed;
}

void CaptureController::addPupil(const QString &pupilId)
{
    if (!m_active || pupilId.isEmpty() || m_draft.item.pupilIds().contains(pupilId))
        return;
    m_draft.item.pupils.append({pupilId, {}});
    describePupils(&m_session);
    recheckConsent();
    emit targetsChanged();
}

void CaptureController::removePupil(const QString &pupilId)
{
    const auto before = m_draft.item.pupils.size();
    m_draft.item.pupils.removeIf([&](const EvidencePupil &p) { return p.pupilId == pupilId; });
    if (m_draft.item.pupils.size() == before)
        return;
    describePupils(&m_session);
    recheckConsent();
    emit targetsChanged();
}

void CaptureController::leaveOutPupilsWithoutConsent()
{
    QStringList without;
    for (const QVariant &v : pupils()) {
        const QVariantMap p = v.toMap();
        if (p.value(QStringLiteral("consent")).toInt() == int(MediaConsent::None))
            without << p.value(QStringLiteral("pupilId")).toString();
    }
    if (without.size() >= m_draft.item.pupils.size())
        return; // leaving everyone out leaves nothing to record
    m_draft.item.pupils.removeIf([&](const EvidencePupil &p) { return without.contains(p.pupilId); });
    describePupils(&m_session);
    recheckConsent();
    emit targetsChanged();
}

void CaptureController::recheckConsent()
{
    QList<Pupil> pupils;
    const Store &store = m_session.store();
    for (const QString &id : m_draft.item.pupilIds())
        if (const auto p = store.isOpen() ? store.pupil(id) : std::nullopt)
            pupils << *p;
    // Still being made: a shareable choice carried over from the last capture, or made before a
    // pupil was added, is brought down to what consent allows.
    setConsent(m_capture.checkConsent(m_draft.item.pupilIds(), m_draft.item.kind), pupils, true);
}

// --- Saving

QString CaptureController::saveHint() const
{
    if (!m_active)
        return tr("Nothing is being recorded.");
    if (m_draft.item.pupils.isEmpty())
        return tr("Choose at least one pupil.");
    if (!consent().allowed)
        return consent().message;
    if (m_draft.item.kind == EvidenceKind::Written) {
        if (m_draft.item.note.trimmed().isEmpty())
            return tr("Write what you saw in the note.");
    } else if (!m_draft.media) {
        return takeFirstHint(m_draft.item.kind);
    }
    return {};
}

bool CaptureController::save()
{
    if (!m_active)
        return false;
    recheckConsent();
    if (!consent().allowed) {
        // Stopped here, before EvidenceCapture (which would also refuse, but delete the file).
        setMessage(consent().message);
        emit consentBlocked(consent().message);
        return false;
    }
    const QString hint = saveHint();
    if (!hint.isEmpty()) {
        setMessage(hint);
        emit failed(hint);
        return false;
    }
    EvidenceItem item = m_draft.item;
    if (item.kind == EvidenceKind::Written || !item.capturedAt.isValid())
        item.capturedAt = m_session.now();
    item.note = item.note.trimmed();
    item.setting = item.setting.trimmed();
    const EvidenceCapture::Outcome outcome = m_capture.save(item, m_draft.media ? &*m_draft.media : nullptr);
    if (!outcome.ok) {
        if (m_draft.media && !m_draft.media->incomingPath.isEmpty() &&
            !QFile::exists(m_draft.media->incomingPath))
            m_draft.media->incomingPath.clear(); // taken in (or removed) by the attempt
        setMessage(outcome.message);
        if (outcome.offerWrittenObservation) {
            recheckConsent();
            emit consentBlocked(outcome.message);
        } else {
            emit failed(outcome.message);
        }
        return false;
    }
    item.id = outcome.evidenceId;
    m_defaults.remember(item);

    QStringList areas;
    for (const EvidencePupil &p : item.pupils)
        for (const QString &t : p.targetIds)
            areas << PupilTargets::areaNameOf(m_session, t);
    areas.removeDuplicates();
    QString summary = savedFor(item.kind, pupilNames());
    if (!areas.isEmpty())
        summary = tr("%1: %2", "what was saved, then the areas of learning it was linked to")
                      .arg(summary, areas.join(QStringLiteral(", ")));
    m_draft.media.reset(); // its files now belong to the media store
    setDraft({}, false);
    ++m_savedCount;
    refreshSpace();
    emit saved(outcome.evidenceId, summary);
    return true;
}

void CaptureController::discard()
{
    if (m_source && (m_source->isRecording() || m_source->isBusy()))
        m_source->cancel();
    dropMedia();
    clearMessage();
    setDraft({}, false);
}

void CaptureController::discardEverything()
{
    discard();
    m_parked.clear();
    emit parkedChanged();
}

void CaptureController::setDraft(const CaptureDraft &draft, bool active)
{
    m_draft = draft;
    const bool activeChanging = active != m_active;
    m_active = active;
    m_preview.changed();
    // A draft saved or given up leaves the pupils list as it was: the sheet showing it is on its
    // way out, and tearing down its rows (Repeater delegates inside layouts) in the middle of
    // that crashes Qt 6.4's layouts. The next begin() fills the list before any page shows it.
    if (active)
        describePupils(&m_session);
    recheckConsent();
    emit kindChanged();
    emit targetsChanged();
    emit tagsChanged();
    emit mediaChanged();
    if (activeChanging || active)
        emit activeChanged();
}

// --- Space, messages, people

void CaptureController::setFreeSpaceProbe(std::function<qint64()> probe)
{
    m_space.setProbe(std::move(probe));
    refreshSpace();
}

void CaptureController::refreshSpace()
{
    if (m_space.refresh())
        emit spaceChanged();
}

QString CaptureController::freeSpaceText() const
{
    return m_space.freeSpaceText();
}

bool CaptureController::lowOnSpace() const
{
    return m_space.lowOnSpace();
}

QString CaptureController::recordingTimeText() const
{
    return m_source ? Wording::runningTime(m_source->recordingMs()) : QString();
}

void CaptureController::setAutoOpenPicker(bool open)
{
    if (open == m_autoOpenPicker)
        return;
    m_autoOpenPicker = open;
    emit autoOpenPickerChanged();
}

void CaptureController::onStaffChanged()
{
    const QString staffId = m_session.staffId();
    if (staffId == m_currentStaffId)
        return;
    // Someone else took the tablet (or the person signed out): their draft waits for them, in
    // memory, exactly as they left it; nobody else sees or saves it under their own name.
    if (m_active && !m_draft.item.capturedBy.isEmpty() && m_draft.item.capturedBy != staffId) {
        if (m_source && m_source->isRecording()) {
            if (m_draft.item.kind == EvidenceKind::Video)
                m_source->stopVideo(); // what was recorded arrives later, into the parked draft
            else
                m_source->stopAudio();
        }
        m_parked.park(m_draft);
        m_draft.media.reset(); // the parked copy owns the file now
        setDraft({}, false);
    }
    m_currentStaffId = staffId;
    emit parkedChanged();
}

bool CaptureController::hasParkedDraft() const
{
    return m_parked.has(m_currentStaffId);
}

QString CaptureController::parkedDraftText() const
{
    if (!hasParkedDraft())
        return {};
    const CaptureDraft &d = *m_parked.find(m_currentStaffId);
    QStringList names;
    for (const QString &id : d.item.pupilIds())
        if (const auto p = m_session.store().pupil(id))
            names << p->firstName;
    return unsavedOf(d.item.kind, Wording::names(names));
}

bool CaptureController::resumeParkedDraft()
{
    if (!hasParkedDraft())
        return false;
    if (m_active)
        discard();
    const CaptureDraft draft = m_parked.take(m_currentStaffId);
    setDraft(draft, true);
    refreshSpace();
    emit parkedChanged();
    return true;
}

// --- Vocabularies for the views

QVariantList CaptureController::kinds()
{
    // In the order a TA reaches for them.
    QVariantList list;
    for (EvidenceKind k : {EvidenceKind::Photo, EvidenceKind::Video, EvidenceKind::Audio,
                           EvidenceKind::WorkSample, EvidenceKind::Written})
        list.append(QVariantMap{{QStringLiteral("kind"), int(k)}, // QML: Vocabulary.EvidenceKind
                                {QStringLiteral("key"), toKey(k)},
                                {QStringLiteral("label"), toLabel(k)}});
    return list;
}

QVariantList CaptureController::promptLevels()
{
    QVariantList list;
    for (const auto &entry : Vocabulary<PromptLevel>::entries())
        list.append(QVariantMap{{QStringLiteral("key"), QString::fromLatin1(entry.key)},
                                {QStringLiteral("label"), Wording::promptLevelShort(entry.value)},
                                {QStringLiteral("fullLabel"), toLabel(entry.value)}});
    return list;
}

QStringList CaptureController::settingSuggestions()
{
    // Offered in the person's language; the one they tap is what the evidence records.
    return {tr("Classroom"), tr("Another class"), tr("Hall"),    tr("Playground"), tr("Swimming pool"),
            tr("Community"), tr("Café"),          tr("College"), tr("Home")};
}

} // namespace Stride
