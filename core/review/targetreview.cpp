#include "targetreview.h"

#include "store/store.h"

#include <QSet>

namespace Stride {

std::optional<TargetReview> targetReview(const Store &store, const QString &targetId, const QDate &today,
                                         const QLocale &locale)
{
    TargetReview review;
    const auto target = store.target(targetId);
    if (!target)
        return std::nullopt;
    review.target = *target;
    const auto ilp = store.ilp(target->ilpId);
    if (!ilp)
        return std::nullopt;
    const auto pupil = store.pupil(ilp->pupilId);
    const auto area = store.area(target->areaId);
    const auto term = store.term(ilp->termId);
    if (!pupil || !area || !term)
        return std::nullopt;
    review.pupil = *pupil;
    review.area = *area;
    review.term = *term;

    // Back along "continues": a target carried on unchanged is one piece of work, and its earlier
    // evidence is part of the story. An amended or replaced target starts a new one. The visited
    // set stops a loop of damaged links.
    QSet<QString> visited{target->id};
    Target at = *target;
    while (at.lineage == TargetLineage::Continues && !at.lineageTargetId.isEmpty() &&
           !visited.contains(at.lineageTargetId)) {
        const auto earlier = store.target(at.lineageTargetId);
        if (!earlier)
            break;
        visited.insert(earlier->id);
        EarlierTarget entry{*earlier, {}, 0};
        if (const auto earlierIlp = store.ilp(earlier->ilpId))
            if (const auto earlierTerm = store.term(earlierIlp->termId))
                entry.term = *earlierTerm;
        review.earlier << entry;
        at = *earlier;
    }

    // The earlier targets' evidence is only counted here (the page lists it when asked), so their
    // counts come from the store's kept spans rather than reading their items.
    QStringList earlierIds;
    for (const EarlierTarget &e : std::as_const(review.earlier))
        earlierIds << e.target.id;
    const auto spans = store.evidenceSpansOfTargets(earlierIds);
    for (EarlierTarget &e : review.earlier)
        e.evidenceCount = spans.value(e.target.id).count;

    const QList<EvidenceItem> items = store.evidenceTagsOfTargets({target->id}).value(target->id);
    review.evidenceCount = int(items.size());
    QList<Term> terms = store.termsOfSchool(term->schoolId);
    review.figures = aspectFigures(items, terms, locale);
    review.sufficiency = evidenceSufficiency(items, today);
    review.history = judgementHistory(store.judgementsOfTarget(target->id));
    return review;
}

} // namespace Stride
