#include "evidencetags.h"

#include "pupiltargets.h"
#include "session.h"
#include "wording.h"

namespace Stride {

EvidenceTags::EvidenceTags(QObject *parent) : QObject(parent) {}

// --- Pupils and their targets

QString EvidenceTags::pupilNames() const
{
    QStringList names;
    for (const QVariant &p : m_pupils)
        names << p.toMap().value(QStringLiteral("name")).toString();
    return Wording::names(names);
}

QStringList EvidenceTags::selectedTargets() const
{
    QStringList keys;
    for (const EvidencePupil &p : taggedItem().pupils)
        for (const QString &t : p.targetIds)
            keys << p.pupilId + QLatin1Char('/') + t;
    return keys;
}

int EvidenceTags::selectedTargetCount() const
{
    int n = 0;
    for (const EvidencePupil &p : taggedItem().pupils)
        n += int(p.targetIds.size());
    return n;
}

void EvidenceTags::toggleTarget(const QString &pupilId, const QString &targetId)
{
    for (EvidencePupil &p : taggedItem().pupils) {
        if (p.pupilId != pupilId)
            continue;
        if (p.targetIds.contains(targetId))
            p.targetIds.removeAll(targetId);
        else
            p.targetIds << targetId;
        emit targetsChanged();
        tagsEdited();
        return;
    }
}

bool EvidenceTags::isTargetSelected(const QString &pupilId, const QString &targetId) const
{
    for (const EvidencePupil &p : taggedItem().pupils)
        if (p.pupilId == pupilId)
            return p.targetIds.contains(targetId);
    return false;
}

void EvidenceTags::describePupils(const Session *session)
{
    QVariantList pupils;
    if (session) {
        for (const EvidencePupil &p : taggedItem().pupils) {
            const QVariantMap entry = PupilTargets::describe(*session, p.pupilId, p.targetIds);
            if (!entry.isEmpty())
                pupils.append(entry);
        }
    }
    if (pupils == m_pupils)
        return;
    m_pupils = pupils;
    emit pupilsChanged();
}

// --- Consent

void EvidenceTags::setConsent(const ConsentCheck &consent, const QList<Pupil> &pupils, bool lowerVisibility)
{
    m_consent = consent;
    m_shareBlockedReason.clear();
    if (!canShare()) {
        m_shareBlockedReason = pupils.isEmpty() ? QString() : ConsentCheck::visibilityMessage(pupils);
        EvidenceItem &item = taggedItem();
        if (lowerVisibility && item.visibility == Visibility::ShareableWithParents) {
            item.visibility = Visibility::InternalOnly;
            emit tagsChanged();
        }
    }
    emit consentChanged();
}

// --- The tags

QString EvidenceTags::promptLevel() const
{
    const EvidenceItem &item = taggedItem();
    return item.promptLevel ? toKey(*item.promptLevel) : QString();
}

void EvidenceTags::setPromptLevel(const QString &key)
{
    // Tapping the chosen level again clears it: "not recorded" is a real answer.
    const auto level = fromKey<PromptLevel>(key);
    EvidenceItem &item = taggedItem();
    if (level == item.promptLevel)
        return;
    item.promptLevel = level;
    emit tagsChanged();
    tagsEdited();
}

void EvidenceTags::setTag(QString EvidenceItem::*field, const QString &text)
{
    EvidenceItem &item = taggedItem();
    if (item.*field == text)
        return;
    item.*field = text;
    emit tagsChanged();
    tagsEdited();
}

void EvidenceTags::setSetting(const QString &text)
{
    setTag(&EvidenceItem::setting, text);
}

void EvidenceTags::setPeoplePresent(const QString &text)
{
    setTag(&EvidenceItem::peoplePresent, text);
}

void EvidenceTags::setMeasure(const QString &text)
{
    setTag(&EvidenceItem::measure, text);
}

void EvidenceTags::setLearnerVoice(const QString &text)
{
    setTag(&EvidenceItem::learnerVoice, text);
}

void EvidenceTags::setNote(const QString &text)
{
    setTag(&EvidenceItem::note, text);
}

void EvidenceTags::setVisibility(Visibility visibility)
{
    EvidenceItem &item = taggedItem();
    if (visibility == item.visibility)
        return;
    if (visibility == Visibility::ShareableWithParents && !canShare()) {
        setMessage(m_shareBlockedReason);
        return;
    }
    item.visibility = visibility;
    emit tagsChanged();
    tagsEdited();
}

// --- What the person is told

void EvidenceTags::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

void EvidenceTags::clearMessage()
{
    setMessage({});
}

} // namespace Stride
