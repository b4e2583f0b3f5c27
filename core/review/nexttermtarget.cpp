#include "nexttermtarget.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QLocale>

namespace Stride {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(NextTermTarget)
};

NextTermTarget refused(NextTermTarget::Refusal why, const QString &sentence)
{
    NextTermTarget result;
    result.refusal = why;
    result.refusalSentence = sentence;
    return result;
}

} // namespace

std::optional<Term> nextTermAfter(const QList<Term> &terms, const Term &thisTerm)
{
    std::optional<Term> next;
    for (const Term &term : terms) {
        if (term.id == thisTerm.id || (!thisTerm.schoolId.isEmpty() && term.schoolId != thisTerm.schoolId))
            continue;
        if (term.startsOn > thisTerm.endsOn && (!next || term.startsOn < next->startsOn))
            next = term;
    }
    return next;
}

NextTermTarget nextTermTarget(const Target &target, const Judgement &judgement, const Pupil &pupil,
                              const Term &thisTerm, const QList<Term> &terms,
                              const std::optional<Ilp> &nextTermIlp)
{
    using Refusal = NextTermTarget::Refusal;
    if (judgement.targetId != target.id)
        return refused(Refusal::OtherTarget, Words::tr("This judgement is of a different target."));
    if (!judgement.nextStep)
        return refused(Refusal::NoNextStep, Words::tr("Choose a next step (Continue, Amend or Replace) "
                                                      "before setting next term's target."));
    const std::optional<Term> next = nextTermAfter(terms, thisTerm);
    // A pupil who leaves before next term begins keeps their records, judgement included, but no
    // one will teach next term's target.
    if (pupil.leftOn.isValid() && (!next || pupil.leftOn < next->startsOn))
        return refused(
            Refusal::PupilHasLeft,
            Words::tr("%1 left the school on %2, so there is no next term's ILP to carry this "
                      "target into. The judgement is kept with their records.")
                .arg(pupil.displayName(), QLocale().toString(pupil.leftOn, QStringLiteral("d MMMM yyyy"))));
    if (!next)
        return refused(Refusal::NoNextTerm,
                       Words::tr("There is no term after %1 yet. Ask the school's admin to add next term's "
                                 "dates, then set the target here.")
                           .arg(thisTerm.name));
    if (nextTermIlp && (nextTermIlp->pupilId != pupil.id || nextTermIlp->termId != next->id))
        return refused(Refusal::IlpOfSomeoneElse,
                       Words::tr("That ILP is not %1's plan for %2.").arg(pupil.displayName(), next->name));

    NextTermTarget result;
    result.nextTerm = *next;
    Ilp ilp;
    if (nextTermIlp) {
        ilp = *nextTermIlp;
    } else {
        ilp.id = linkId(pupil.id, next->id);
        ilp.pupilId = pupil.id;
        ilp.termId = next->id;
        result.newIlp = ilp;
    }

    Target &carried = result.target;
    carried.id = nextTermTargetId(target.id, next->id);
    carried.ilpId = ilp.id;
    carried.areaId = target.areaId;
    carried.sortOrder = target.sortOrder;
    carried.lineageTargetId = target.id;
    // A target carried forward is predicted to be met by the end of next term, unless it was
    // already predicted for later than that.
    carried.predictedCompletionOn =
        target.predictedCompletionOn.isValid() && target.predictedCompletionOn >= next->startsOn
            ? target.predictedCompletionOn
            : next->endsOn;

    switch (*judgement.nextStep) {
    case NextStep::Continue:
    case NextStep::Amend:
        carried.text = target.text;
        carried.ehcpOutcomeIds = target.ehcpOutcomeIds;
        carried.noEhcpLinkReason = target.noEhcpLinkReason;
        carried.aspects = target.aspects;
        carried.provision = target.provision;
        carried.lineage =
            *judgement.nextStep == NextStep::Continue ? TargetLineage::Continues : TargetLineage::Amends;
        result.openForEditing = *judgement.nextStep == NextStep::Amend;
        break;
    case NextStep::Replace:
        // A completely new target: nothing of the old one's wording, links or provision, so that
        // the editor and the checker start from a blank page in the same area.
        carried.lineage = TargetLineage::Replaces;
        carried.predictedCompletionOn = next->endsOn;
        result.openForEditing = true;
        break;
    }
    return result;
}

NextTermTarget nextTermTarget(const Store &store, const Target &target, const Judgement &judgement)
{
    const auto ilp = store.ilp(target.ilpId);
    const auto pupil = ilp ? store.pupil(ilp->pupilId) : std::nullopt;
    const auto term = ilp ? store.term(ilp->termId) : std::nullopt;
    if (!pupil || !term)
        return refused(NextTermTarget::Refusal::NotOnTablet,
                       Words::tr("This target's plan is no longer on the tablet."));
    const QList<Term> terms = store.termsOfSchool(term->schoolId);
    const auto next = nextTermAfter(terms, *term);
    return nextTermTarget(target, judgement, *pupil, *term, terms,
                          next ? store.ilpFor(pupil->id, next->id) : std::nullopt);
}

QString nextTermTargetId(const QString &targetId, const QString &nextTermId)
{
    return linkId(targetId, nextTermId);
}

} // namespace Stride
