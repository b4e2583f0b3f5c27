#pragma once

#include "aspectfigures.h"
#include "evidencesufficiency.h"
#include "judgementhistory.h"

#include "domain/areaoflearning.h"
#include "domain/pupil.h"
#include "domain/target.h"
#include "domain/term.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <optional>

// Everything a teacher reads about one target before judging it: the target and whose it is, the
// four MAPP aspects from the tags already on its evidence this term, whether that evidence is
// enough, every judgement made of it so far, and, where the target continues last term's, the
// earlier targets whose evidence carries on into this one. The evidence items themselves are
// listed a page at a time by the page (Store::evidence); what is here is read from their tags
// only, so a target with hundreds of items reviews as fast as one with three.
namespace Stride {

class Store;

struct EarlierTarget
{
    Target target;
    Term term;
    int evidenceCount = 0;
};

struct TargetReview
{
    Target target;
    Pupil pupil;
    AreaOfLearning area;
    Term term;
    int evidenceCount = 0; // this term's
    AspectFigures figures;
    QList<SufficiencyFinding> sufficiency;
    JudgementHistory history;
    // The targets this one continues, last term's first, back to where it began.
    QList<EarlierTarget> earlier;
};

// Empty if the target, its ILP, pupil, area or term is not in the store.
std::optional<TargetReview> targetReview(const Store &store, const QString &targetId, const QDate &today,
                                         const QLocale &locale = QLocale());

} // namespace Stride
