#pragma once

#include "domain/ilp.h"
#include "domain/judgement.h"
#include "domain/pupil.h"
#include "domain/target.h"
#include "domain/term.h"

#include <QList>
#include <QString>
#include <optional>

// Next term's target, from this term's judgement (seed 000's next steps): Continue carries the
// target into next term's ILP as it is ("target remains relevant for this term"), Amend carries a
// copy to adjust ("for a more suitable level of challenge"), Replace starts a new target in the same
// area ("a completely new target needs to be set"). Each says where it came from (its lineage), so
// the ILP document and moderation can show last term's target beside this one.
namespace Stride {

class Store;

struct NextTermTarget
{
    enum class Refusal {
        None,
        NoNextStep,       // the judgement has no next step yet
        OtherTarget,      // the judgement is of another target
        PupilHasLeft,     // left before next term begins: there is no next term's ILP for them
        NoNextTerm,       // the school has not added the term after this one
        IlpOfSomeoneElse, // the ILP offered is not this pupil's for next term
        NotOnTablet       // (from the store) the target's plan, pupil or term is not in it
    };
    Refusal refusal = Refusal::None;
    QString refusalSentence;

    Term nextTerm;
    // The pupil's ILP for next term, when they have none yet: save it before the target.
    std::optional<Ilp> newIlp;
    Target target;
    // Amend and Replace open the target editor; Continue is ready as it stands.
    bool openForEditing = false;

    bool ok() const { return refusal == Refusal::None; }
};

// The term after `thisTerm`: the first of the same school's terms to start after it ends.
std::optional<Term> nextTermAfter(const QList<Term> &terms, const Term &thisTerm);

// `terms` are the school's terms; the next term is the first that starts after `thisTerm` ends.
// `nextTermIlp` is the pupil's ILP for that term if it exists already.
//
// The new target's id is derived from the earlier target's and the next term's, and a new ILP's
// from the pupil's and the term's: two tablets that carry the same target forward offline make the
// same records, which sync then merges field by field, instead of two targets in one area.
NextTermTarget nextTermTarget(const Target &target, const Judgement &judgement, const Pupil &pupil,
                              const Term &thisTerm, const QList<Term> &terms,
                              const std::optional<Ilp> &nextTermIlp);
// The same, with the target's pupil and term, the school's terms and the pupil's ILP for next term
// read from the store: what the review page and the target editor both ask.
NextTermTarget nextTermTarget(const Store &store, const Target &target, const Judgement &judgement);

// The id next term's target of `targetId` has in `nextTermId`, made or not: the same on every
// tablet, so a target carried forward on two tablets offline is one record.
QString nextTermTargetId(const QString &targetId, const QString &nextTermId);

} // namespace Stride
