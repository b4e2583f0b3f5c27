#include "rollover.h"

#include "targetoutcome.h"

#include "../review/nexttermtarget.h"
#include "../store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Stride {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(Rollover)
};

} // namespace

RolloverPreview rolloverPreview(const Store &store, const Term &term)
{
    RolloverPreview preview;
    preview.term = term;
    const QList<Term> terms = store.termsOfSchool(term.schoolId);
    preview.nextTerm = nextTermAfter(terms, term);
    if (!preview.nextTerm) {
        preview.problem = Words::tr("There is no term after %1 yet. Ask the school's admin to add next "
                                    "term's dates, then roll the targets over.")
                              .arg(term.name);
        return preview;
    }
    const Term &next = *preview.nextTerm;

    QHash<QString, QString> classNames;
    for (const SchoolClass &c : store.classesOfSchool(term.schoolId))
        classNames.insert(c.id, c.name);
    QHash<QString, QString> areaNames;
    for (const AreaOfLearning &a : store.areasOfSchool(term.schoolId))
        areaNames.insert(a.id, a.name);

    struct Plan
    {
        Pupil pupil;
        QList<Target> targets;
        std::optional<Ilp> nextIlp;
        QList<Target> nextTargets;
    };
    QList<Plan> plans;
    QStringList targetIds;
    for (const Pupil &pupil : store.pupilsOfSchool(term.schoolId)) {
        // A pupil who leaves before next term begins has no next term's ILP.
        if (pupil.leftOn.isValid() && pupil.leftOn < next.startsOn)
            continue;
        const auto ilp = store.ilpFor(pupil.id, term.id);
        if (!ilp)
            continue;
        Plan plan{pupil, store.targetsOfIlp(ilp->id), store.ilpFor(pupil.id, next.id), {}};
        if (plan.targets.isEmpty())
            continue;
        if (plan.nextIlp)
            plan.nextTargets = store.targetsOfIlp(plan.nextIlp->id);
        for (const Target &t : plan.targets)
            targetIds << t.id;
        plans << plan;
    }
    QHash<QString, QList<Judgement>> judgements;
    for (const Judgement &j : store.judgementsOfTargets(targetIds))
        judgements[j.targetId] << j;
    QHash<QString, AssessmentModerationForm> forms;
    for (const PlacedAssessmentForm &p : store.placedAssessmentModerationForms(term.schoolId, term.id))
        forms.insert(p.form.targetId, p.form);

    for (const Plan &plan : std::as_const(plans)) {
        ++preview.pupilCount;
        const QString name = plan.pupil.displayName();
        if (!plan.nextIlp) {
            Ilp ilp;
            ilp.id = linkId(plan.pupil.id, next.id); // as nextTermTarget makes it
            ilp.pupilId = plan.pupil.id;
            ilp.termId = next.id;
            preview.ilpsToMake << ilp;
        }
        QHash<QString, Target> nextByArea;
        for (const Target &t : plan.nextTargets)
            nextByArea.insert(t.areaId, t);
        for (const Target &t : plan.targets) {
            RolloverLine line;
            line.pupilId = plan.pupil.id;
            line.pupilName = name;
            line.className = classNames.value(plan.pupil.classId);
            line.areaName = areaNames.value(t.areaId);
            line.fromTargetId = t.id;
            line.fromText = t.text;
            const std::optional<AssessmentModerationForm> form =
                forms.contains(t.id) ? std::optional(forms.value(t.id)) : std::nullopt;
            const TargetOutcome outcome = targetOutcome(judgements.value(t.id), form);
            line.action = outcome.action;

            if (nextByArea.contains(t.areaId)) {
                line.target = nextByArea.value(t.areaId);
                line.reason = line.target.text.trimmed().isEmpty()
                                  ? Words::tr("%1's target is started, with no words yet.").arg(next.name)
                                  : Words::tr("%1's target is written.").arg(next.name);
                preview.alreadyThere << line;
                continue;
            }
            const auto cannot = [&](const QString &why) {
                line.reason = why;
                preview.cannotMake << line;
            };
            if (outcome.clash) {
                cannot(Words::tr("%1, %2: two judgements of this term's target disagree. Settle them on "
                                 "the target's review first.")
                           .arg(name, line.areaName));
                continue;
            }
            if (!outcome.isJudged()) {
                cannot(Words::tr("%1, %2: this term's target has not been judged.").arg(name, line.areaName));
                continue;
            }
            if (!outcome.action) {
                cannot(Words::tr("%1, %2: no next step (Continue, Amend or Replace) has been chosen.")
                           .arg(name, line.areaName));
                continue;
            }
            if (*outcome.action == NextStep::Replace) {
                cannot(Words::tr("%1, %2: Replace needs a new target written. Write it from the target's "
                                 "review (Set next term's target).")
                           .arg(name, line.areaName));
                continue;
            }
            Judgement standing;
            standing.targetId = t.id;
            standing.nextStep = outcome.action;
            const NextTermTarget made = nextTermTarget(t, standing, plan.pupil, term, terms, plan.nextIlp);
            if (!made.ok()) {
                cannot(Words::tr("%1, %2: %3").arg(name, line.areaName, made.refusalSentence));
                continue;
            }
            line.target = made.target;
            line.newIlp = made.newIlp;
            if (*outcome.action == NextStep::Amend)
                line.reason =
                    Words::tr("Amend: carried in this term's words, for the class teacher to adjust.");
            preview.toMake << line;
        }
    }
    return preview;
}

RolloverResult applyRollover(Store &store, const RolloverPreview &preview)
{
    RolloverResult result;
    if (!preview.problem.isEmpty()) {
        result.message = preview.problem;
        return result;
    }
    QString failure;
    const bool ok = store.transaction([&] {
        QSet<QString> ilpsSaved;
        for (const Ilp &ilp : preview.ilpsToMake) {
            // Made on another tablet since the preview: keep theirs (its additional provision).
            if (store.ilp(ilp.id) || store.ilpFor(ilp.pupilId, ilp.termId)) {
                ilpsSaved.insert(ilp.id);
                continue;
            }
            if (const WriteResult w = store.save(ilp); !w) {
                failure = w.message;
                return false;
            }
            ilpsSaved.insert(ilp.id);
            ++result.ilpsMade;
        }
        for (const RolloverLine &line : preview.toMake) {
            if (line.newIlp && !ilpsSaved.contains(line.newIlp->id) && !store.ilp(line.newIlp->id)) {
                if (const WriteResult w = store.save(*line.newIlp); !w) {
                    failure = w.message;
                    return false;
                }
                ilpsSaved.insert(line.newIlp->id);
                ++result.ilpsMade;
            }
            if (store.target(line.target.id))
                continue; // carried forward by the class teacher since the preview
            if (const WriteResult w = store.save(line.target); !w) {
                failure = Words::tr("%1, %2: %3").arg(line.pupilName, line.areaName, w.message);
                return false;
            }
            ++result.targetsMade;
        }
        return true;
    });
    result.ok = ok;
    if (!ok) {
        result.ilpsMade = 0;
        result.targetsMade = 0;
        result.message =
            Words::tr("Nothing was rolled over: %1").arg(failure.isEmpty() ? store.lastError() : failure);
        return result;
    }
    result.message = Words::tr("%1 carried into %2, and %3 made.")
                         .arg(result.targetsMade == 1 ? Words::tr("1 target")
                                                      : Words::tr("%1 targets").arg(result.targetsMade),
                              preview.nextTerm->name,
                              result.ilpsMade == 1 ? Words::tr("1 new ILP")
                                                   : Words::tr("%1 new ILPs").arg(result.ilpsMade));
    return result;
}

} // namespace Stride
