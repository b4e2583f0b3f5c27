#include "formchanges.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace Stride {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(FormChanges)
};

// "the photo of 12 November" or "the written observation of 12 November: 'Asked for juice'".
QString described(const SeenEvidence &seen)
{
    const QString kind = toLabel(seen.kind).toLower();
    const QString day = QLocale().toString(seen.capturedAt.date(), QStringLiteral("d MMMM"));
    const QString caption = seen.caption.simplified();
    if (caption.isEmpty())
        return Words::tr("the %1 of %2").arg(kind, day);
    constexpr int kLongest = 60;
    const QString shortCaption =
        caption.size() > kLongest ? caption.left(kLongest - 1) + QChar(0x2026) : caption;
    return Words::tr("the %1 of %2 (\u201c%3\u201d)").arg(kind, day, shortCaption);
}

QString describedList(const QList<SeenEvidence> &items)
{
    QStringList parts;
    for (const SeenEvidence &seen : items)
        parts << described(seen);
    return QLocale().createSeparatedList(parts);
}

} // namespace

QStringList FormChanges::sentences() const
{
    QStringList lines;
    if (targetAmended)
        lines << Words::tr("The target was amended after the moderator judged it. They judged: "
                           "\u201c%1\u201d. It now reads: \u201c%2\u201d.")
                     .arg(moderatedTargetText, currentTargetText);
    // Worded to read the same for one item or several: no plural form to translate.
    if (!deletedSinceSeen.isEmpty())
        lines << Words::tr(
                     "Deleted from Stride after the moderator judged: %1. The form keeps what they saw.")
                     .arg(describedList(deletedSinceSeen));
    if (!detachedSinceSeen.isEmpty())
        lines << Words::tr("Taken off the form after the moderator judged: %1.")
                     .arg(describedList(detachedSinceSeen));
    if (!attachedSinceSeen.isEmpty())
        lines << Words::tr("Attached after the moderator judged, so not seen by them: %1.")
                     .arg(describedList(attachedSinceSeen));
    return lines;
}

SeenEvidence seenEvidence(const EvidenceItem &item)
{
    return {item.id, item.kind, item.capturedAt, item.note, item.promptLevel};
}

FormChanges formChanges(const AssessmentModerationForm &form, const Target &target,
                        const QList<EvidenceItem> &attachedNow, const QSet<QString> &stillInStride)
{
    FormChanges changes;
    // A target always has text, so an empty moderated text means nothing was recorded.
    changes.hasSnapshot = !form.moderatedTargetText.isEmpty();
    changes.moderatedTargetText = form.moderatedTargetText;
    changes.currentTargetText = target.text;
    if (!changes.hasSnapshot)
        return changes;
    changes.targetAmended = form.moderatedTargetText.trimmed() != target.text.trimmed();

    QSet<QString> attachedIds, seenIds;
    for (const EvidenceItem &item : attachedNow)
        attachedIds.insert(item.id);
    for (const SeenEvidence &seen : form.moderatedEvidence) {
        seenIds.insert(seen.evidenceId);
        if (attachedIds.contains(seen.evidenceId))
            continue;
        if (stillInStride.contains(seen.evidenceId))
            changes.detachedSinceSeen << seen;
        else
            changes.deletedSinceSeen << seen;
    }
    for (const EvidenceItem &item : attachedNow)
        if (!seenIds.contains(item.id))
            changes.attachedSinceSeen << seenEvidence(item);
    return changes;
}

QList<EvidenceItem> attachedEvidence(const Store &store, const AssessmentModerationForm &form)
{
    QList<EvidenceItem> items;
    for (const QString &id : form.evidenceIds)
        if (auto item = store.evidenceItem(id))
            items << *item;
    return items;
}

FormChanges formChanges(const Store &store, const AssessmentModerationForm &form)
{
    QSet<QString> stillInStride;
    for (const SeenEvidence &seen : form.moderatedEvidence)
        if (store.evidenceItem(seen.evidenceId))
            stillInStride.insert(seen.evidenceId);
    return formChanges(form, store.target(form.targetId).value_or(Target{}), attachedEvidence(store, form),
                       stillInStride);
}

AssessmentModerationForm withWhatTheModeratorSaw(AssessmentModerationForm form, const Target &target,
                                                 const QList<EvidenceItem> &attachedNow)
{
    form.moderatedTargetText = target.text;
    form.moderatedEvidence.clear();
    for (const EvidenceItem &item : attachedNow)
        form.moderatedEvidence << seenEvidence(item);
    return form;
}

AssessmentModerationForm withWhatTheModeratorSaw(const Store &store, AssessmentModerationForm form)
{
    const auto target = store.target(form.targetId);
    if (!target)
        return form;
    return withWhatTheModeratorSaw(std::move(form), *target, attachedEvidence(store, form));
}

} // namespace Stride
