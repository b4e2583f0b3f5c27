#pragma once

#include "validation.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QStringList>
#include <optional>

namespace Stride {

// The ILPs Assessment Moderation Form (seed 000), for one target of one pupil. The pupil's
// initials, year group, class, specific needs, area and target text are read from their records
// when the form is shown or printed; the 1-4 numbers of the assessment table are Judgements of
// the target, so that a changed mind keeps its history.
struct AssessmentModerationForm
{
    QString id;
    QString targetId;
    // Assessor section
    QString assessorId;
    QString startingPoint;        // "What could they already do?"
    QString provisionUsed;        // "What help have they had?"
    QStringList evidenceIds;      // progress evidence provided: the attached evidence items
    QString progressEvidenceNote; // other evidence named on the form (charts, evaluations...)
    QString currentAbilities;     // "What can I do now?"
    // Moderator section
    QString moderatorId;
    QString moderatorExplanation; // explanation of assessment and conversation with the assessor
    std::optional<bool> moderatorAgreed;
    QString
        disagreementSource; // what appears to be the source of disagreement; did either change their mind?
    // SLT section
    QString seniorLeaderId;
    std::optional<bool> assessorModeratorAgreed;
    std::optional<MindChangedBy> mindChangedBy;
    QString sltComments; // on evidence and explanations
    QString sltFinalDecision;
    std::optional<TargetStatus> finalStatus;
    std::optional<ModerationOutcome> moderationOutcome;
    QDateTime createdAt;

    ValidationProblems validate() const;
    bool operator==(const AssessmentModerationForm &) const = default;
};

} // namespace Stride
