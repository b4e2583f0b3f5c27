#pragma once

#include "domain/assessmentmoderationform.h"
#include "domain/staff.h"
#include "domain/targetsettingmoderationform.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace Stride {

class Store;

// The forms a teacher's chosen sample makes, filled in from what Stride already holds so that the
// teacher only writes what it cannot know.
//
// Each form's id is derived from its target (and, for target setting, the meeting's term): two
// tablets that choose the same target offline make one form, which sync merges field by field.
//
// The assessor (or target setter) is the person choosing, unless they are SLT choosing for a
// class: then it is the class teacher who judged the target (the store lets a teacher start forms
// only in their own name, SLT in any teacher's).

// An Assessment Moderation Form for this term's target: the provision from the target, what the
// pupil can do now from the assessor's judgement, and the starting point from what they could do
// when last term's target (which this one continues) was judged. Empty if the target is not here.
std::optional<AssessmentModerationForm> newAssessmentForm(const Store &store, const QString &targetId,
                                                          const Staff &author, const QDateTime &now);

// A Target Setting Moderation Form for the target proposed to follow `previousTargetId` (this
// term's), at the moderation meeting of `termId`: last term's target, its status and next step from
// the assessor's judgement, and the proposed target (its text, EHCP links or reason, provision) from
// next term's target written at assessment week, when there is one. Empty if the target is not here.
std::optional<TargetSettingModerationForm> newTargetSettingForm(const Store &store,
                                                                const QString &previousTargetId,
                                                                const QString &termId, const Staff &author,
                                                                const QDateTime &now);

QString assessmentFormIdFor(const QString &targetId);
QString targetSettingFormIdFor(const QString &previousTargetId, const QString &termId);

} // namespace Stride
