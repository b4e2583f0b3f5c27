#include "moderationsample.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <functional>

namespace Stride {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(ModerationSample)
};

struct Candidate
{
    int order = 0; // the grid's order: pupils as the class lists them, areas as the school sorts them
    SampleChoice choice;
};

struct Covered
{
    QSet<QString> areas, pupils;
    QSet<int> statuses;
};

// What makes one form's sample: which targets may be in it, and what it prefers beyond the spread.
struct FormRule
{
    bool judgedOnly = false;                     // a target-setting form needs the next step
    std::function<int(const Candidate &)> bonus; // a small preference, below the spread
};

QList<Candidate> candidatesOf(const AssessmentGrid &grid)
{
    QList<Candidate> list;
    int order = 0;
    for (const GridRow &row : grid.rows)
        for (const GridCell &cell : row.cells) {
            if (!cell.hasTarget())
                continue;
            Candidate c;
            c.order = order++;
            c.choice.targetId = cell.targetId;
            c.choice.pupilId = row.pupil.id;
            c.choice.areaId = cell.areaId;
            c.choice.evidenceCount = cell.evidenceCount;
            if (cell.judgement) {
                c.choice.status = cell.judgement->status;
                c.choice.nextStep = cell.judgement->nextStep;
            }
            list << c;
        }
    return list;
}

void cover(Covered &covered, const SampleChoice &choice)
{
    covered.areas.insert(choice.areaId);
    covered.pupils.insert(choice.pupilId);
    if (choice.status)
        covered.statuses.insert(int(*choice.status));
}

// Why a choice adds to the sample, given what the sample held before it.
QStringList reasonsFor(const SampleChoice &c, const Covered &before, const QHash<QString, QString> &areaNames)
{
    QStringList reasons;
    if (!before.areas.contains(c.areaId))
        reasons << areaNames.value(c.areaId);
    if (!c.status)
        reasons << Words::tr("not judged yet");
    else if (!before.statuses.contains(int(*c.status)))
        reasons << Words::tr("judged %1 %2").arg(int(*c.status)).arg(toLabel(*c.status));
    if (c.nextStep && *c.nextStep != NextStep::Continue)
        reasons << Words::tr("next step: %1").arg(toLabel(*c.nextStep));
    if (!before.pupils.contains(c.pupilId) && reasons.isEmpty())
        reasons << Words::tr("another pupil");
    return reasons;
}

QList<SampleChoice> choose(const QList<Candidate> &all, const QSet<QString> &already, int size,
                           const FormRule &rule, const QHash<QString, QString> &areaNames)
{
    QList<SampleChoice> sample;
    Covered covered;
    QList<Candidate> open;
    for (const Candidate &c : all) {
        if (already.contains(c.choice.targetId)) {
            SampleChoice kept = c.choice;
            kept.alreadyChosen = true;
            kept.reasons << Words::tr("has a form already");
            sample << kept;
            cover(covered, kept);
        } else if (!rule.judgedOnly || c.choice.status) {
            open << c;
        }
    }

    auto take = [&](qsizetype at, const QString &extraReason) {
        SampleChoice c = open.at(at).choice;
        c.reasons = reasonsFor(c, covered, areaNames);
        if (!extraReason.isEmpty())
            c.reasons.prepend(extraReason);
        cover(covered, c);
        sample << c;
        open.removeAt(at);
    };

    // The target with the least evidence, judged ones before any not judged yet, unless the
    // sample already holds one with as little.
    if (sample.size() < size && !open.isEmpty()) {
        qsizetype least = -1;
        for (qsizetype i = 0; i < open.size(); ++i) {
            const SampleChoice &c = open.at(i).choice;
            if (least < 0)
                least = i;
            else {
                const SampleChoice &l = open.at(least).choice;
                if (std::pair(!c.status, c.evidenceCount) < std::pair(!l.status, l.evidenceCount))
                    least = i;
            }
        }
        const int leastCount = open.at(least).choice.evidenceCount;
        const bool held = std::any_of(sample.cbegin(), sample.cend(),
                                      [&](const SampleChoice &c) { return c.evidenceCount <= leastCount; });
        if (!held)
            take(least, Words::tr("the least evidence: %n item(s)", nullptr, leastCount));
    }

    // Then the spread: a new area first, then a new status, then a new pupil; a judged target
    // before one not judged yet; the form's own preference; and among equals, less evidence first.
    while (sample.size() < size && !open.isEmpty()) {
        qsizetype best = 0;
        auto score = [&](const Candidate &c) {
            return (c.choice.status ? 100 : 0) + (covered.areas.contains(c.choice.areaId) ? 0 : 8) +
                   (c.choice.status && !covered.statuses.contains(int(*c.choice.status)) ? 4 : 0) +
                   (covered.pupils.contains(c.choice.pupilId) ? 0 : 2) + (rule.bonus ? rule.bonus(c) : 0);
        };
        for (qsizetype i = 1; i < open.size(); ++i) {
            const Candidate &c = open.at(i), &b = open.at(best);
            const int sc = score(c), sb = score(b);
            if (sc > sb || (sc == sb && c.choice.evidenceCount < b.choice.evidenceCount))
                best = i;
        }
        take(best, {});
    }
    return sample;
}

} // namespace

ModerationSample moderationSample(const AssessmentGrid &grid, const QSet<QString> &withAssessmentForms,
                                  const QSet<QString> &withTargetSettingForms, int size)
{
    QHash<QString, QString> areaNames;
    for (const AreaOfLearning &area : grid.areas)
        areaNames.insert(area.id, area.name);
    const QList<Candidate> candidates = candidatesOf(grid);

    ModerationSample sample;
    sample.assessment = choose(candidates, withAssessmentForms, size, FormRule{}, areaNames);

    QSet<QString> inAssessment;
    for (const SampleChoice &c : sample.assessment)
        inAssessment.insert(c.targetId);
    FormRule targetSetting;
    targetSetting.judgedOnly = true;
    // A new wording (Amend, Replace) is what the moderator's questions are for; and a target not in
    // the assessment sample lets the meeting see more of the class.
    targetSetting.bonus = [&](const Candidate &c) {
        return (c.choice.nextStep && *c.choice.nextStep != NextStep::Continue ? 3 : 0) +
               (inAssessment.contains(c.choice.targetId) ? 0 : 1);
    };
    sample.targetSetting = choose(candidates, withTargetSettingForms, size, targetSetting, areaNames);
    return sample;
}

ModerationSample moderationSample(const Store &store, const QString &classId, const Term &term,
                                  const QDate &today, int size)
{
    const AssessmentGrid grid = assessmentGrid(store, classId, term, today);
    QSet<QString> withAssessmentForms, withTargetSettingForms;
    for (const PlacedAssessmentForm &placed : store.placedAssessmentModerationForms(term.schoolId, term.id))
        if (placed.place.classId == classId)
            withAssessmentForms.insert(placed.form.targetId);
    for (const PlacedTargetSettingForm &placed :
         store.placedTargetSettingModerationForms(term.schoolId, term.id))
        if (placed.place.classId == classId && !placed.form.previousTargetId.isEmpty())
            withTargetSettingForms.insert(placed.form.previousTargetId);
    return moderationSample(grid, withAssessmentForms, withTargetSettingForms, size);
}

} // namespace Stride
