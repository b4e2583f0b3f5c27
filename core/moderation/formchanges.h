#pragma once

#include "domain/assessmentmoderationform.h"
#include "domain/evidenceitem.h"
#include "domain/target.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// What changed on an Assessment Moderation Form since the moderator judged it. The form keeps what
// the moderator saw (the target's text and the attached evidence, taken when they judged); a
// target amended, evidence deleted or taken off the form, or evidence attached afterwards is then
// shown beside it, so SLT know what the moderation was and was not based on.
namespace Stride {

class Store;

struct FormChanges
{
    // Whether the form holds what the moderator saw at all (none before they judge, or from a
    // tablet that did not record it).
    bool hasSnapshot = false;

    bool targetAmended = false;
    QString moderatedTargetText; // as the moderator saw it
    QString currentTargetText;

    QList<SeenEvidence> deletedSinceSeen;  // seen by the moderator, since deleted from Stride
    QList<SeenEvidence> detachedSinceSeen; // seen by the moderator, still in Stride, taken off the form
    QList<SeenEvidence> attachedSinceSeen; // attached after the moderator judged (as they are now)

    bool any() const
    {
        return targetAmended || !deletedSinceSeen.isEmpty() || !detachedSinceSeen.isEmpty() ||
               !attachedSinceSeen.isEmpty();
    }
    // One sentence per kind of change, in plain words for the form's page and its PDF.
    QStringList sentences() const;
};

// An evidence item as the moderator sees it now: what the snapshot keeps of it. The caption is the
// item's note.
SeenEvidence seenEvidence(const EvidenceItem &item);

// `target` is the form's target as it is now; `attachedNow` the form's attached items that still
// exist, in the form's order; `stillInStride` which of the items the moderator saw still exist
// (attached or not), to tell an item deleted from one only taken off the form.
FormChanges formChanges(const AssessmentModerationForm &form, const Target &target,
                        const QList<EvidenceItem> &attachedNow, const QSet<QString> &stillInStride);
// The same, reading the target and the attached evidence from the store.
FormChanges formChanges(const Store &store, const AssessmentModerationForm &form);

// The attached evidence that still exists, in the form's order, read from the store.
QList<EvidenceItem> attachedEvidence(const Store &store, const AssessmentModerationForm &form);

// The form with what the moderator sees now recorded on it (target text and attached evidence):
// called each time the moderator records a judgement, before the form is saved. A changed mind is
// taken again: the judgement that stands was made on what the moderator saw then.
AssessmentModerationForm withWhatTheModeratorSaw(AssessmentModerationForm form, const Target &target,
                                                 const QList<EvidenceItem> &attachedNow);
AssessmentModerationForm withWhatTheModeratorSaw(const Store &store, AssessmentModerationForm form);

} // namespace Stride
