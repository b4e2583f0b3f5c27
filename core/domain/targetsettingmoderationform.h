#pragma once

#include "validation.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QStringList>
#include <optional>

namespace Stride {

// The ILPs Target Setting Moderation Form (seed 000): a proposed new target for one area,
// checked by a moderator before it goes into next term's ILP.
struct TargetSettingModerationForm
{
    QString id;
    QString pupilId;
    QString areaId;
    QString termId;           // the term whose moderation meeting the form is brought to
    QString previousTargetId; // empty when the area had no target last term
    // Target-setter section
    QString setterId;
    std::optional<TargetStatus> previousStatus;
    std::optional<NextStep> nextStep;
    QString proposedTargetText;
    QString originalProposedText; // the setter's own wording, kept when they accept a rewrite
    QString proposedTargetId;     // once the proposal has become a Target in next term's ILP
    QString reasons;              // current abilities and the action taken
    QStringList ehcpOutcomeIds;
    QString noEhcpLinkReason;
    QString plannedProvision; // "How will we teach this pupil?"
    // Moderator section: the paper form asks open questions, answered in words.
    QString moderatorId;
    QString clearEhcpLink;
    QString successCriteriaEmbedded;
    QString clearWhatMetLooksLike;
    QString provisionSuitable;
    QString otherSuggestions;
    std::optional<ChallengeLevel> challenge;
    QString suggestedRewrite;
    std::optional<bool> setterAcceptsAmendment;
    // SLT section
    QString seniorLeaderId;
    std::optional<bool> amendmentProposed;
    std::optional<bool> amendmentAccepted;
    QString moderationOutcome;
    QDateTime createdAt;

    ValidationProblems validate() const;
    bool operator==(const TargetSettingModerationForm &) const = default;
};

} // namespace Stride
