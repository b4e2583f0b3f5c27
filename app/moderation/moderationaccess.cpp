#include "moderationaccess.h"

#include "moderation/moderationqueue.h"

namespace Stride {

namespace {

FormAccess accessFor(const QString &ownerId, const QString &moderatorId, const Staff &person,
                     const QList<Judgement> &judgementsOfTarget = {})
{
    FormAccess access;
    if (person.id.isEmpty() || !person.active)
        return access;
    access.ownSide = person.id == ownerId;
    access.moderatorSide = mayModerate(person, ownerId, judgementsOfTarget) &&
                           (moderatorId.isEmpty() || moderatorId == person.id);
    access.sltSection = person.canRecordFinalDecisions();
    return access;
}

} // namespace

FormAccess accessTo(const AssessmentModerationForm &form, const Staff &person,
                    const QList<Judgement> &judgementsOfTarget)
{
    return accessFor(form.assessorId, form.moderatorId, person, judgementsOfTarget);
}

FormAccess accessTo(const TargetSettingModerationForm &form, const Staff &person)
{
    return accessFor(form.setterId, form.moderatorId, person);
}

} // namespace Stride
