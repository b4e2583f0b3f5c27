#pragma once

#include "domain/vocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>

// The target checker: as a teacher types next term's target, it says, in the words of seed 000's
// Target Setting Guidance, when the target is "too open to interpretation" to agree later whether it
// was met. It reads the text the way a moderator would: is there something to count (how often, how
// many, how long, how many weeks in a row), a condition (prompt level, setting, people), a verb you
// can see happen, and an EHCP link or the reason there is none. It never blocks saving: a target
// kept with warnings shows them again at moderation.
//
// It is a reader of teachers' English, not a grammar: it looks for the phrases teachers write
// ("twice a week", "5 out of 10", "for 2 minutes", "with a gestural prompt", "in the dining hall",
// "with an unfamiliar adult", "3 weeks in a row"), so an unusual wording may pass or be flagged
// where a person would decide otherwise. The tests hold the cases it must get right.
namespace Stride {

struct TargetFinding
{
    enum class Kind {
        NoMeasurableCriterion, // nothing to count: how often, how many, how long, how many weeks
        NoCondition,           // no prompt level, setting or people
        VagueVerb,             // "develop", "improve", "work on", "communicate a choice"...
        NoEhcpLink,            // no EHCP outcome linked and no reason given
    };
    Kind kind;
    QString sentence;
    QString vagueWords; // for VagueVerb: the words as typed ("develop")

    bool operator==(const TargetFinding &) const = default;
};

// Words a teacher can add to aim the target at an aspect ("independently", "3 weeks in a row").
struct AspectWords
{
    MappAspect aspect;
    QStringList words;

    bool operator==(const AspectWords &) const = default;
};

struct TargetCheck
{
    QList<TargetFinding> findings;  // in the order of TargetFinding::Kind
    QList<MappAspect> aspects;      // the MAPP aspects the text aims at, in the vocabulary's order
    QList<AspectWords> suggestions; // for the aspects it does not aim at, when it lacks a criterion
                                    // or a condition
    bool has(TargetFinding::Kind kind) const;
};

// An empty text has nothing to check yet and gives no findings.
TargetCheck checkTarget(const QString &text, const QStringList &ehcpOutcomeIds,
                        const QString &noEhcpLinkReason);
// The MAPP aspects a target's text aims at, for pre-filling the editor's aspect choices.
QList<MappAspect> aspectsAimedAt(const QString &text);
// The words the checker suggests for an aspect.
QStringList aspectWords(MappAspect aspect);

} // namespace Stride
