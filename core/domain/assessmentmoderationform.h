#pragma once

#include "validation.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QStringList>
#include <optional>

namespace Stride {

// One attached evidence item as the moderator saw it when they judged: kept on the form so that a
// later deletion, addition or edited caption cannot change what the moderation was based on.
struct SeenEvidence
{
    QString evidenceId;
    EvidenceKind kind = EvidenceKind::Written;
    QDateTime capturedAt;
    QString caption;
    std::optional<PromptLevel> promptLevel;

    bool operator==(const SeenEvidence &) const = default;
};

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
    // Blind moderation (seed 000: the moderator forms their own opinion before reading the
    // assessor's). When the assessor's 1-4 was first shown to the moderator; read beside the
    // moderator's first Judgement of the target, it is the recorded order.
    QDateTime assessorShownAt;
    // What the moderator saw when they judged: the target's text and the attached evidence. A later
    // amendment or deletion is then shown as a change, not silently taken as what was moderated.
    QString moderatedTargetText;
    QList<SeenEvidence> moderatedEvidence;

    ValidationProblems validate() const;
    bool operator==(const AssessmentModerationForm &) const = default;
};

} // namespace Stride
