#include "evidenceitem.h"

#include <QRegularExpression>
#include <QSet>

namespace Stride {

QStringList EvidenceItem::pupilIds() const
{
    QStringList ids;
    for (const EvidencePupil &p : pupils)
        ids << p.pupilId;
    return ids;
}

ValidationProblems EvidenceItem::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, QStringLiteral("The evidence item's id"));
    requireId(p, QStringLiteral("schoolId"), schoolId, QStringLiteral("The evidence item's school"));
    requireId(p, QStringLiteral("capturedBy"), capturedBy, QStringLiteral("Who captured it"));
    if (!capturedAt.isValid())
        p.append(
            {QStringLiteral("capturedAt"), QStringLiteral("The evidence needs the time it was captured.")});
    if (pupils.isEmpty())
        p.append(
            {QStringLiteral("pupils"), QStringLiteral("Choose at least one pupil this evidence is about.")});
    QSet<QString> seen;
    for (const EvidencePupil &ep : pupils) {
        requireId(p, QStringLiteral("pupils"), ep.pupilId, QStringLiteral("A pupil"));
        if (seen.contains(ep.pupilId))
            p.append({QStringLiteral("pupils"), QStringLiteral("The same pupil is named twice.")});
        seen.insert(ep.pupilId);
        for (const QString &targetId : ep.targetIds)
            requireId(p, QStringLiteral("pupils.targetIds"), targetId, QStringLiteral("A target"));
    }
    if (kind == EvidenceKind::Written && note.trimmed().isEmpty())
        p.append({QStringLiteral("note"), QStringLiteral("A written observation needs some writing.")});
    if (kind != EvidenceKind::Written &&
        std::none_of(media.cbegin(), media.cend(),
                     [](const MediaReference &m) { return m.role == MediaRole::Original; }))
        p.append(
            {QStringLiteral("media"), QStringLiteral("A %1 needs its file.").arg(toLabel(kind).toLower())});
    static const QRegularExpression sha256Pattern(QStringLiteral("^[0-9a-f]{64}$"));
    for (const MediaReference &m : media) {
        if (!sha256Pattern.match(m.sha256).hasMatch())
            p.append({QStringLiteral("media"), QStringLiteral("A media file has no valid SHA-256 name.")});
        if (m.byteSize < 0)
            p.append({QStringLiteral("media"), QStringLiteral("A media file has a negative size.")});
    }
    limitText(p, QStringLiteral("note"), note, QStringLiteral("The note"), 8000);
    limitText(p, QStringLiteral("setting"), setting, QStringLiteral("The setting"), 200);
    limitText(p, QStringLiteral("peoplePresent"), peoplePresent, QStringLiteral("People present"), 500);
    limitText(p, QStringLiteral("measure"), measure, QStringLiteral("The measure"), 500);
    limitText(p, QStringLiteral("learnerVoice"), learnerVoice, QStringLiteral("Learner voice"), 2000);
    return p;
}

} // namespace Stride
