#pragma once

#include "domain/consentrules.h"
#include "domain/evidenceitem.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Stride {

class Session;

// The tags of one piece of evidence as TagForm edits them: its pupils and which of their targets
// it shows, the help given, where, who was there, a measure, the learner's voice, the note, and
// who may see it, never more than the pupils' consent allows. A new capture (CaptureController)
// and an item edited later (EvidenceDetail) are both this, so one form edits either; each keeps
// the item itself (taggedItem()) and says when the pupils or their consent are to be read again.
class EvidenceTags : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A new capture (Capture) or a saved item (EvidenceDetail) has these tags.")
    Q_PROPERTY(QVariantList pupils READ pupils NOTIFY pupilsChanged)
    Q_PROPERTY(QString pupilNames READ pupilNames NOTIFY pupilsChanged)
    Q_PROPERTY(QStringList selectedTargets READ selectedTargets NOTIFY targetsChanged)
    Q_PROPERTY(int selectedTargetCount READ selectedTargetCount NOTIFY targetsChanged)

    Q_PROPERTY(bool canShare READ canShare NOTIFY consentChanged)
    Q_PROPERTY(QString shareBlockedReason READ shareBlockedReason NOTIFY consentChanged)

    Q_PROPERTY(QString promptLevel READ promptLevel WRITE setPromptLevel NOTIFY tagsChanged)
    Q_PROPERTY(QString setting READ setting WRITE setSetting NOTIFY tagsChanged)
    Q_PROPERTY(QString peoplePresent READ peoplePresent WRITE setPeoplePresent NOTIFY tagsChanged)
    Q_PROPERTY(QString measure READ measure WRITE setMeasure NOTIFY tagsChanged)
    Q_PROPERTY(QString learnerVoice READ learnerVoice WRITE setLearnerVoice NOTIFY tagsChanged)
    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY tagsChanged)
    Q_PROPERTY(Stride::Visibility visibility READ visibility WRITE setVisibility NOTIFY tagsChanged)

    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit EvidenceTags(QObject *parent = nullptr);

    // The item's pupils, each with their targets (see PupilTargets).
    QVariantList pupils() const { return m_pupils; }
    QString pupilNames() const;
    // "pupilId/targetId" for every target ticked, so a chip asks selectedTargets.includes(key).
    QStringList selectedTargets() const;
    int selectedTargetCount() const;

    bool canShare() const { return m_consent.mostVisible == Visibility::ShareableWithParents; }
    QString shareBlockedReason() const { return m_shareBlockedReason; }

    QString promptLevel() const;
    void setPromptLevel(const QString &key);
    QString setting() const { return taggedItem().setting; }
    void setSetting(const QString &text);
    QString peoplePresent() const { return taggedItem().peoplePresent; }
    void setPeoplePresent(const QString &text);
    QString measure() const { return taggedItem().measure; }
    void setMeasure(const QString &text);
    QString learnerVoice() const { return taggedItem().learnerVoice; }
    void setLearnerVoice(const QString &text);
    QString note() const { return taggedItem().note; }
    void setNote(const QString &text);
    Visibility visibility() const { return taggedItem().visibility; }
    // Shareable is refused, with the reason as the message, when consent does not allow it.
    void setVisibility(Visibility visibility);

    // What the person is told: why something was refused, or what happened.
    QString message() const { return m_message; }

    Q_INVOKABLE void toggleTarget(const QString &pupilId, const QString &targetId);
    Q_INVOKABLE bool isTargetSelected(const QString &pupilId, const QString &targetId) const;
    Q_INVOKABLE void clearMessage();

signals:
    void pupilsChanged();
    void targetsChanged();
    void consentChanged();
    void tagsChanged();
    void messageChanged();

protected:
    // The item the form edits: a capture's draft, or an item read from the store.
    virtual EvidenceItem &taggedItem() = 0;
    virtual const EvidenceItem &taggedItem() const = 0;
    // Called after each change the person makes to the tags or targets (not after a reload).
    virtual void tagsEdited() {}

    // Reads the pupils list again from the item's pupils (none without a session). Only a real
    // change replaces it: the form's rows are built from it, and rebuilding them after every save
    // would throw away the form under the person's finger.
    void describePupils(const Session *session);
    // What the pupils' consent allows (they are the item's pupils, read from the store).
    // `lowerVisibility`, for an item still being made: a shareable choice that consent does not
    // allow (carried over from the last capture, or made before a pupil was added) is brought
    // down to staff only. An item already saved is shown as it is.
    void setConsent(const ConsentCheck &consent, const QList<Pupil> &pupils, bool lowerVisibility);
    const ConsentCheck &consent() const { return m_consent; }
    void setMessage(const QString &message);

private:
    void setTag(QString EvidenceItem::*field, const QString &text);

    QVariantList m_pupils;
    ConsentCheck m_consent;
    QString m_shareBlockedReason;
    QString m_message;
};

} // namespace Stride
