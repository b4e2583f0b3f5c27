#pragma once

#include "../domain/assessmentmoderationform.h"
#include "../domain/targetsettingmoderationform.h"

#include <QString>

namespace Stride {

// Where a moderation form counts in the school's moderation figures: the term whose moderation
// meeting it was brought to, its pupil's class and its area of learning. The class is the pupil's
// class now: the store keeps no history of class moves, and SLT ask about the classes they have.
struct ModerationFormPlace
{
    QString termId;
    QString classId;
    QString areaId;

    bool operator==(const ModerationFormPlace &) const = default;
};

struct PlacedAssessmentForm
{
    AssessmentModerationForm form;
    ModerationFormPlace place;
};

struct PlacedTargetSettingForm
{
    TargetSettingModerationForm form;
    ModerationFormPlace place;
};

} // namespace Stride
