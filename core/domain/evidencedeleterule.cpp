#include "evidencedeleterule.h"

#include <QCoreApplication>

namespace Stride {

namespace {

// Gives these sentences one context ("EvidenceDeleteRule") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceDeleteRule)
};

bool settledByRole(const QString &staffId, const QList<StaffRole> &roles, const QString &capturedBy)
{
    return roles.contains(StaffRole::SeniorLeader) || (!staffId.isEmpty() && staffId == capturedBy);
}

} // namespace

bool EvidenceDeleteRule::allows(const QString &staffId, const QList<StaffRole> &roles,
                                const QSet<QString> &staffClassIds, const QString &capturedBy,
                                const QSet<QString> &pupilClassIds)
{
    if (settledByRole(staffId, roles, capturedBy))
        return true;
    return roles.contains(StaffRole::Teacher) && staffClassIds.intersects(pupilClassIds);
}

bool EvidenceDeleteRule::allows(const Staff &person, const EvidenceItem &item, const QList<Pupil> &pupils)
{
    if (!person.active)
        return false;
    const QStringList itemPupils = item.pupilIds();
    QSet<QString> pupilClasses;
    for (const Pupil &p : pupils)
        if (itemPupils.contains(p.id))
            pupilClasses.insert(p.classId);
    const QSet<QString> staffClasses(person.classIds.cbegin(), person.classIds.cend());
    return allows(person.id, person.roles, staffClasses, item.capturedBy, pupilClasses);
}

bool EvidenceDeleteRule::dependsOnClasses(const QString &staffId, const QList<StaffRole> &roles,
                                          const QString &capturedBy)
{
    return !settledByRole(staffId, roles, capturedBy) && roles.contains(StaffRole::Teacher);
}

QString EvidenceDeleteRule::refusal()
{
    return Words::tr("Only the person who captured this evidence, a teacher of the pupil's class or a senior "
                     "leader can delete it. Ask one of them if it should go.");
}

QString EvidenceDeleteRule::partRefusal()
{
    return Words::tr("Only the person who captured this evidence, a teacher of the pupil's class or a senior "
                     "leader can remove a pupil, target or recording from it. Ask one of them to change it.");
}

} // namespace Stride
