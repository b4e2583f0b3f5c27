#pragma once

#include "domain/assessmentmoderationform.h"
#include "domain/judgement.h"
#include "domain/staff.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

// Blind moderation (seed 000: the moderator reads "this side of the paper only ... and then only
// look at your assessment after they have first formed their own opinion"). The order is read from
// two times the tablets record: the moderator's first judgement of the target (a Judgement in the
// Moderator role by the form's moderator) and when the assessor's judgement was first shown to them
// (the form's assessorShownAt). SLT read it as a sentence beside the assessment table.
namespace Stride {

class Store;

struct BlindOrder
{
    enum class State {
        NotYetJudged,       // the moderator has not judged, and has not been shown the assessor's
        JudgedBlind,        // judged first; the assessor's judgement shown only after
        AssessorShownFirst, // the assessor's judgement was shown before the moderator judged
        NotRecorded         // judged, but when the assessor's was shown is not recorded (an older Stride)
    };
    State state = State::NotYetJudged;
    QDateTime moderatorJudgedAt; // the moderator's first judgement; invalid if none
    QDateTime assessorShownAt;   // invalid if not recorded
    QString sentence;            // for SLT, in plain words

    bool moderatorHasJudged() const { return moderatorJudgedAt.isValid(); }
};

// The moderator's first judgement of the form's target: role Moderator, by the form's moderator,
// the earliest even if a later one superseded it. Empty when there is none (or no moderator yet).
std::optional<Judgement> moderatorFirstJudgement(const AssessmentModerationForm &form,
                                                 const QList<Judgement> &judgementsOfTarget);

// `judgementsOfTarget` are the judgements of the form's target (others are ignored), in any order.
BlindOrder blindOrder(const AssessmentModerationForm &form, const QList<Judgement> &judgementsOfTarget);

// Whether the assessor's judgement may be shown to `viewer` on this form. The moderator sees it only
// once their own judgement exists; the assessor and SLT always (unless the SLT member is this form's
// moderator: then they are the moderator first). Anyone else only after the moderator has judged:
// any teacher may yet be asked to moderate a form, and a number seen in passing cannot be unseen;
// before the moderation nobody else needs it on the form.
bool mayShowAssessorJudgement(const AssessmentModerationForm &form,
                              const QList<Judgement> &judgementsOfTarget, const Staff &viewer);

// The targets of `termId`'s meeting whose assessor's judgement `viewer` may not see yet, because
// they are named as the moderator of its assessment form and have not judged it. Assessment week's
// pages (the class grid, the target's review) hide the class teacher's judgement of these from
// them too, so the form is not the only place that keeps the moderation blind.
QSet<QString> targetsModeratedBlindBy(const Store &store, const Staff &viewer, const QString &termId);

} // namespace Stride
