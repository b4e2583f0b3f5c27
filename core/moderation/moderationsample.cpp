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

struct Covered
{
    QSet<QString> areas, pupils;
    QSet<int> statuses;

    void add(const SampleChoice &c)
    {
        areas.insert(c.areaId);
        pupils.insert(c.pupilId);
        if (c.status)
            statuses.insert(int(*c.status));
    }
};

// What a form's sample may hold, and what it prefers beyond the spread.
struct FormRule
{
    bool judgedOnly = false;                          // a target-setting form needs the next step
    std::function<bool(const SampleChoice &)> prefer; // a preference below areas and statuses
};

// More sets than this to compare (each a few look-ups) and the rest is chosen one at a time
// instead, for a sample asked for far above the usual size: still a spread, found faster.
constexpr qint64 kMostSetsCompared = 200000;

QList<SampleChoice> candidatesOf(const AssessmentGrid &grid)
{
    QList<SampleChoice> list;
    for (const GridRow &row : grid.rows)
        for (const GridCell &cell : row.cells) {
            if (!cell.hasTarget())
                continue;
            SampleChoice c;
            c.targetId = cell.targetId;
            c.pupilId = row.pupil.id;
            c.areaId = cell.areaId;
            c.evidenceCount = cell.evidenceCount;
            if (cell.judgement) {
                c.status = cell.judgement->status;
                c.nextStep = cell.judgement->nextStep;
            }
            list << c;
        }
    return list;
}

// How good a set of additions is, beside what the sample holds: judged targets first (there is a
// judgement to moderate), then as many new areas as possible, then new statuses, then the form's
// preference, then new pupils; among equals, less evidence (and then the class's order, by being
// found first).
qint64 worth(const QList<const SampleChoice *> &set, const Covered &held, const FormRule &rule)
{
    // Counted without copying what is held: this runs for every set compared.
    qint64 judged = 0, preferred = 0, evidence = 0, areas = 0, statuses = 0, pupils = 0;
    for (qsizetype i = 0; i < set.size(); ++i) {
        const SampleChoice &c = *set.at(i);
        judged += c.status.has_value();
        preferred += rule.prefer && rule.prefer(c);
        evidence += c.evidenceCount;
        bool newArea = !held.areas.contains(c.areaId), newPupil = !held.pupils.contains(c.pupilId);
        bool newStatus = c.status && !held.statuses.contains(int(*c.status));
        for (qsizetype e = 0; e < i; ++e) {
            const SampleChoice &earlier = *set.at(e);
            newArea = newArea && earlier.areaId != c.areaId;
            newPupil = newPupil && earlier.pupilId != c.pupilId;
            newStatus = newStatus && earlier.status != c.status;
        }
        areas += newArea;
        pupils += newPupil;
        statuses += newStatus;
    }
    return judged * 1'000'000'000'000 + areas * 10'000'000'000 + statuses * 100'000'000 +
           preferred * 1'000'000 + pupils * 10'000 - std::min<qint64>(evidence, 9'999);
}

qint64 combinations(qint64 n, qint64 k)
{
    qint64 c = 1;
    for (qint64 i = 1; i <= k; ++i) {
        c = c * (n - k + i) / i;
        if (c > kMostSetsCompared)
            return c;
    }
    return c;
}

// The best `k` of `open` beside `held`: every set compared when there are few enough.
QList<qsizetype> bestAdditions(const QList<SampleChoice> &open, qsizetype k, const Covered &held,
                               const FormRule &rule)
{
    QList<qsizetype> best;
    if (combinations(open.size(), k) <= kMostSetsCompared) {
        qint64 bestWorth = 0;
        QList<qsizetype> picked;
        QList<const SampleChoice *> set;
        std::function<void(qsizetype)> walk = [&](qsizetype from) {
            if (picked.size() == k) {
                const qint64 w = worth(set, held, rule);
                if (best.isEmpty() || w > bestWorth) {
                    best = picked;
                    bestWorth = w;
                }
                return;
            }
            for (qsizetype i = from; i <= open.size() - (k - picked.size()); ++i) {
                picked << i;
                set << &open.at(i);
                walk(i + 1);
                picked.removeLast();
                set.removeLast();
            }
        };
        walk(0);
        return best;
    }
    Covered now = held;
    QList<bool> taken(open.size(), false);
    for (qsizetype n = 0; n < k; ++n) {
        qsizetype choice = -1;
        qint64 choiceWorth = 0;
        for (qsizetype i = 0; i < open.size(); ++i) {
            if (taken.at(i))
                continue;
            const qint64 w = worth({&open.at(i)}, now, rule);
            if (choice < 0 || w > choiceWorth) {
                choice = i;
                choiceWorth = w;
            }
        }
        taken[choice] = true;
        now.add(open.at(choice));
        best << choice;
    }
    return best;
}

// Targets alike in all the spread counts (area, status, the form's preference) differ only in
// pupil and evidence: `k` of each kind are enough to find the best `k` additions, the ones with the
// least evidence and, among those, different pupils. So a large class compares a few thousand sets,
// not millions. The class's order is kept.
QList<SampleChoice> shortlisted(const QList<SampleChoice> &open, qsizetype k, const FormRule &rule)
{
    QHash<QString, QList<qsizetype>> kinds;
    QStringList kindOrder;
    for (qsizetype i = 0; i < open.size(); ++i) {
        const SampleChoice &c = open.at(i);
        const QString kind = QStringLiteral("%1|%2|%3")
                                 .arg(c.areaId)
                                 .arg(c.status ? int(*c.status) : 0)
                                 .arg(rule.prefer && rule.prefer(c) ? 1 : 0);
        if (!kinds.contains(kind))
            kindOrder << kind;
        kinds[kind] << i;
    }
    QList<bool> kept(open.size(), false);
    for (const QString &kind : std::as_const(kindOrder)) {
        QList<qsizetype> members = kinds.value(kind);
        std::stable_sort(members.begin(), members.end(), [&](qsizetype a, qsizetype b) {
            return open.at(a).evidenceCount < open.at(b).evidenceCount;
        });
        QSet<QString> pupils;
        qsizetype taken = 0;
        for (qsizetype i : std::as_const(members)) // different pupils first
            if (taken < k && !pupils.contains(open.at(i).pupilId)) {
                pupils.insert(open.at(i).pupilId);
                kept[i] = true;
                ++taken;
            }
        for (qsizetype i : std::as_const(members))
            if (taken < k && !kept.at(i)) {
                kept[i] = true;
                ++taken;
            }
    }
    QList<SampleChoice> list;
    for (qsizetype i = 0; i < open.size(); ++i)
        if (kept.at(i))
            list << open.at(i);
    return list;
}

// Worded without a plural form to translate: the tests and the CLI run without the translations.
QString leastEvidence(int count)
{
    if (count == 0)
        return Words::tr("the least evidence: none yet");
    if (count == 1)
        return Words::tr("the least evidence: 1 item");
    return Words::tr("the least evidence: %1 items").arg(count);
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

QList<SampleChoice> choose(const QList<SampleChoice> &all, const QSet<QString> &already, int size,
                           const FormRule &rule, const QHash<QString, QString> &areaNames)
{
    QList<SampleChoice> sample;
    Covered covered;
    QList<SampleChoice> open;
    for (const SampleChoice &c : all) {
        if (already.contains(c.targetId)) {
            SampleChoice kept = c;
            kept.alreadyChosen = true;
            kept.reasons << Words::tr("has a form already");
            sample << kept;
            covered.add(kept);
        } else if (!rule.judgedOnly || c.status) {
            open << c;
        }
    }
    auto take = [&](const SampleChoice &chosen, const QString &firstReason) {
        SampleChoice c = chosen;
        c.reasons = reasonsFor(c, covered, areaNames);
        if (!firstReason.isEmpty())
            c.reasons.prepend(firstReason);
        covered.add(c);
        sample << c;
    };

    // The target with the least evidence (a judged one, if any is), unless the sample holds one
    // with as little already: the judgement a moderator most needs to see.
    if (sample.size() < size && !open.isEmpty()) {
        const auto least = std::min_element(open.cbegin(), open.cend(), [](const auto &a, const auto &b) {
            return std::pair(!a.status, a.evidenceCount) < std::pair(!b.status, b.evidenceCount);
        });
        const int leastCount = least->evidenceCount;
        const bool held = std::any_of(sample.cbegin(), sample.cend(),
                                      [&](const SampleChoice &c) { return c.evidenceCount <= leastCount; });
        if (!held) {
            take(*least, leastEvidence(leastCount));
            open.removeAt(std::distance(open.cbegin(), least));
        }
    }

    // Then the best spread for the places left.
    const qsizetype left = std::min<qsizetype>(size - sample.size(), open.size());
    if (left > 0) {
        const QList<SampleChoice> shortlist = shortlisted(open, left, rule);
        for (qsizetype i : bestAdditions(shortlist, left, covered, rule))
            take(shortlist.at(i), {});
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
    const QList<SampleChoice> candidates = candidatesOf(grid);

    ModerationSample sample;
    sample.assessment = choose(candidates, withAssessmentForms, size, FormRule{}, areaNames);
    // A new wording (Amend, Replace) is what the moderator's questions on a target-setting form are
    // for; a target carried on as it is has less to check.
    const FormRule targetSetting{
        true, [](const SampleChoice &c) { return c.nextStep && *c.nextStep != NextStep::Continue; }};
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
