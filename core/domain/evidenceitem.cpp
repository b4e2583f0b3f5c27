#include "evidenceitem.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace Stride {

namespace {

// Gives this file's sentences one context ("Validation") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

} // namespace

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
    requireId(p, QStringLiteral("id"), id, Words::tr("The evidence item's id"));
    requireId(p, QStringLiteral("schoolId"), schoolId, Words::tr("The evidence item's school"));
    requireId(p, QStringLiteral("capturedBy"), capturedBy, Words::tr("Who captured it"));
    if (!capturedAt.isValid())
        p.append({QStringLiteral("capturedAt"), Words::tr("The evidence needs the time it was captured.")});
    if (pupils.isEmpty())
        p.append({QStringLiteral("pupils"), Words::tr("Choose at least one pupil this evidence is about.")});
    QSet<QString> seen;
    for (const EvidencePupil &ep : pupils) {
        requireId(p, QStringLiteral("pupils"), ep.pupilId, Words::tr("A pupil"));
        if (seen.contains(ep.pupilId))
            p.append({QStringLiteral("pupils"), Words::tr("The same pupil is named twice.")});
        seen.insert(ep.pupilId);
        for (const QString &targetId : ep.targetIds)
            requireId(p, QStringLiteral("pupils.targetIds"), targetId, Words::tr("A target"));
    }
    if (kind == EvidenceKind::Written && note.trimmed().isEmpty())
        p.append({QStringLiteral("note"), Words::tr("A written observation needs some writing.")});
    if (kind != EvidenceKind::Written &&
        std::none_of(media.cbegin(), media.cend(),
                     [](const MediaReference &m) { return m.role == MediaRole::Original; }))
        p.append({QStringLiteral("media"),
                  Words::tr("This evidence needs its file (%1).", "a kind of evidence: \"Photo\"")
                      .arg(toLabel(kind))});
    static const QRegularExpression sha256Pattern(QStringLiteral("^[0-9a-f]{64}$"));
    for (const MediaReference &m : media) {
        if (!sha256Pattern.match(m.sha256).hasMatch())
            p.append({QStringLiteral("media"), Words::tr("A media file has no valid SHA-256 name.")});
        if (m.byteSize < 0)
            p.append({QStringLiteral("media"), Words::tr("A media file has a negative size.")});
    }
    limitText(p, QStringLiteral("note"), note, Words::tr("The note"), 8000);
    limitText(p, QStringLiteral("setting"), setting, Words::tr("The setting"), 200);
    limitText(p, QStringLiteral("peoplePresent"), peoplePresent, Words::tr("People present"), 500);
    limitText(p, QStringLiteral("measure"), measure, Words::tr("The measure"), 500);
    limitText(p, QStringLiteral("learnerVoice"), learnerVoice, Words::tr("Learner voice"), 2000);
    return p;
}

} // namespace Stride
