#pragma once

#include "evidenceitem.h"
#include "pupil.h"
#include "staff.h"
#include "vocabulary.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Stride {

// Who may delete a piece of evidence, or take a pupil, target or recording off it (docs/security.md,
// "Deletes"): the person who captured it, a teacher who works in the class of one of its pupils, or
// a senior leader. The tablet offers Delete only to them and refuses anyone else's, and the store
// refuses the same deletes from a tablet that does not: both ask this one rule.
class EvidenceDeleteRule
{
public:
    // `staffClassIds`: the classes the person works in; `pupilClassIds`: the classes of the item's
    // pupils.
    static bool allows(const QString &staffId, const QList<StaffRole> &roles,
                       const QSet<QString> &staffClassIds, const QString &capturedBy,
                       const QSet<QString> &pupilClassIds);
    // The same, for a person and an item the tablet holds (`pupils`: the item's pupils it has).
    static bool allows(const Staff &person, const EvidenceItem &item, const QList<Pupil> &pupils);
    // Whether the answer turns on classes (a teacher who did not capture it): only then does the
    // store read the school's links to find them.
    static bool dependsOnClasses(const QString &staffId, const QList<StaffRole> &roles,
                                 const QString &capturedBy);

    // What someone else is told when deleting the item, or taking a pupil, target or recording off it.
    static QString refusal();
    static QString partRefusal();
};

} // namespace Stride
