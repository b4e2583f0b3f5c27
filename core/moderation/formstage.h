#pragma once

#include "domain/assessmentmoderationform.h"
#include "domain/judgement.h"
#include "domain/targetsettingmoderationform.h"

#include <QList>
#include <QStringList>

// Where a moderation form is in the meeting, read from what is filled in (never stored, so two
// tablets cannot disagree about it): the teacher's side, then the moderator's, then SLT's.
namespace Stride {

enum class ModerationStage {
    ToFill,         // the assessor or target setter has not finished their side
    ToModerate,     // their side is done: waiting for the moderator
    SetterToAnswer, // (target setting) the moderator re-wrote the target: does the setter accept it?
    AwaitingSlt,    // moderated: waiting for SLT's final word
    Done            // SLT's final word is recorded
};

struct FormStage
{
    ModerationStage stage = ModerationStage::ToFill;
    // What is still to do at this stage, one short line each ("Attach the progress evidence").
    QStringList stillToDo;
};

// `judgementsOfTarget`: the judgements of the form's target (others are ignored).
// The assessor's side is done with the starting point, the provision, the current abilities, some
// progress evidence (attached, or named on the form) and the assessor's 1-4; the moderator's with
// their 1-4, whether they agreed and their explanation; SLT's with the final target status.
FormStage formStage(const AssessmentModerationForm &form, const QList<Judgement> &judgementsOfTarget);

// The setter's side is done with the proposed target, the reasons, the planned provision, its EHCP
// links or why there are none and, when there was a target last term, its status and next step; the
// moderator's with the level of challenge (and the setter's answer to a rewrite); SLT's with the
// moderation outcome.
FormStage formStage(const TargetSettingModerationForm &form);

} // namespace Stride
