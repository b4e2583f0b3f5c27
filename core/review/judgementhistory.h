#pragma once

#include "domain/judgement.h"

#include <QList>
#include <QString>
#include <optional>

// Every judgement of one target, read the way the paper assessment table is: per role the number
// that stands, the numbers crossed out before it, and, new with tablets, a clash when two people
// judged in the same role on two tablets offline and neither judgement replaces the other.
namespace Stride {

struct JudgementEntry
{
    Judgement judgement;
    bool superseded = false; // shown crossed out
    bool current = false;    // the one that stands for its role
    bool inClash = false;

    bool operator==(const JudgementEntry &) const = default;
};

struct JudgementClash
{
    JudgementRole role = JudgementRole::Assessor;
    QList<Judgement> judgements; // the live judgements that disagree, oldest first
    QString sentence;
};

struct JudgementHistory
{
    // Ordered by role (assessor, moderator, SLT, final), then by when they were made, then by id,
    // so two tablets with the same judgements show them in the same order.
    QList<JudgementEntry> entries;
    QList<JudgementClash> clashes;

    std::optional<Judgement> current(JudgementRole role) const;
    QList<Judgement> superseded() const;
    bool hasClash() const { return !clashes.isEmpty(); }
    // The judgement a new one in `role` should name as superseded: with a clash, the latest live
    // judgement that disagrees with the new choice, so that what is left agrees and the clash is
    // settled; otherwise the one that stands. Empty when the role has no judgement yet.
    QString toSupersede(JudgementRole role, TargetStatus status, std::optional<NextStep> nextStep) const;
};

// `judgements` are all the judgements of one target, in any order.
JudgementHistory judgementHistory(const QList<Judgement> &judgements);

} // namespace Stride
