#pragma once

#include "domain/assessmentmoderationform.h"
#include "domain/judgement.h"
#include "domain/staff.h"
#include "domain/targetsettingmoderationform.h"

#include <QString>

namespace Stride {

// Which sections of a moderation form the signed-in person may write, read the way the school's
// store enforces it (seed 000): the class teacher who is the form's assessor or target setter
// fills their side; a moderator is another teacher or a senior leader, never the form's own
// assessor or setter, and once someone has moderated the form it is theirs; only SLT write the SLT
// section. The page makes only these parts editable, so nobody types an answer the store refuses.
struct FormAccess
{
    bool ownSide = false;       // the assessor's (or target setter's) section
    bool moderatorSide = false; // the moderator's section and their row of the assessment table
    bool sltSection = false;

    bool writesAnything() const { return ownSide || moderatorSide || sltSection; }
};

// `judgementsOfTarget`: the form's target's judgements (whoever judged it as its assessor does not
// moderate it).
FormAccess accessTo(const AssessmentModerationForm &form, const Staff &person,
                    const QList<Judgement> &judgementsOfTarget);
FormAccess accessTo(const TargetSettingModerationForm &form, const Staff &person);

} // namespace Stride
