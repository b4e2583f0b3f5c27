#include "moderationfigures.h"

#include "store/store.h"

#include <QHash>
#include <cmath>
#include <cstdlib>
#include <optional>

namespace Stride {

namespace {

// The final status against the assessor's first judgement: the rule the form's outcome follows.
ModerationOutcome outcomeOf(TargetStatus assessorFirst, TargetStatus finalStatus)
{
    if (finalStatus > assessorFirst)
        return ModerationOutcome::Up;
    if (finalStatus < assessorFirst)
        return ModerationOutcome::Down;
    return ModerationOutcome::Same;
}

// The first judgement of a target in a role (by one person, if named): the earliest, by time and
// then id so two tablets agree. A later one is a changed mind, which moderation is for; the
// standard is read from what each judged before they talked. The assessor's first replaces no
// other.
std::optional<Judgement> firstJudgement(const QList<Judgement> &judgementsOfTarget, JudgementRole role,
                                        const QString &by = {})
{
    std::optional<Judgement> first;
    for (const Judgement &j : judgementsOfTarget) {
        if (j.role != role || (!by.isEmpty() && j.judgedBy != by) ||
            (role == JudgementRole::Assessor && !j.supersedesId.isEmpty()))
            continue;
        if (!first || j.judgedAt < first->judgedAt || (j.judgedAt == first->judgedAt && j.id < first->id))
            first = j;
    }
    return first;
}

// Rows in the school's order, only those with something counted in them.
template <typename Counts, typename Named>
QList<FiguresRow<Counts>> rowsInOrder(const QList<Named> &order, const QHash<QString, Counts> &counted)
{
    QList<FiguresRow<Counts>> rows;
    for (const Named &named : order)
        if (const auto at = counted.constFind(named.id); at != counted.constEnd())
            rows << FiguresRow<Counts>{named.id, named.name, *at};
    return rows;
}

void addChallenge(ChallengeCounts &counts, ChallengeLevel level)
{
    switch (level) {
    case ChallengeLevel::TooEasy:
        ++counts.tooEasy;
        break;
    case ChallengeLevel::JustRight:
        ++counts.justRight;
        break;
    case ChallengeLevel::TooHard:
        ++counts.tooHard;
        break;
    }
}

} // namespace

int Agreement::agreedPercent() const
{
    return total() == 0 ? 0 : int(std::lround(100.0 * agreed / total()));
}

void Agreement::add(int difference)
{
    difference = std::abs(difference);
    if (difference == 0)
        ++agreed;
    else if (difference == 1)
        ++differedByOne;
    else
        ++differedByMore;
}

ModerationFigures moderationFigures(const QList<PlacedAssessmentForm> &assessmentForms,
                                    const QList<Judgement> &judgements,
                                    const QList<PlacedTargetSettingForm> &targetSettingForms,
                                    const QList<AreaOfLearning> &areas, const QList<SchoolClass> &classes)
{
    ModerationFigures figures;
    QHash<QString, QList<Judgement>> judgementsOf;
    for (const Judgement &j : judgements)
        judgementsOf[j.targetId] << j;

    QHash<QString, Agreement> byArea;
    QHash<QString, Agreement> byClass;
    for (const PlacedAssessmentForm &placed : assessmentForms) {
        ++figures.assessmentForms;
        const QList<Judgement> ofTarget = judgementsOf.value(placed.form.targetId);
        const auto assessor = firstJudgement(ofTarget, JudgementRole::Assessor);
        if (!assessor)
            continue;
        if (placed.form.finalStatus) {
            switch (outcomeOf(assessor->status, *placed.form.finalStatus)) {
            case ModerationOutcome::Up:
                ++figures.outcomes.up;
                break;
            case ModerationOutcome::Down:
                ++figures.outcomes.down;
                break;
            case ModerationOutcome::Same:
                ++figures.outcomes.same;
                break;
            }
        }
        // The form's moderator's: another teacher's judgement of the target is not this form's.
        if (placed.form.moderatorId.isEmpty())
            continue;
        const auto moderator = firstJudgement(ofTarget, JudgementRole::Moderator, placed.form.moderatorId);
        if (!moderator)
            continue;
        ++figures.moderatedForms;
        const int difference = int(moderator->status) - int(assessor->status);
        figures.agreement.add(difference);
        byArea[placed.place.areaId].add(difference);
        byClass[placed.place.classId].add(difference);
    }
    figures.agreementByArea = rowsInOrder(areas, byArea);
    figures.agreementByClass = rowsInOrder(classes, byClass);

    QHash<QString, ChallengeCounts> challengeByArea;
    QHash<QString, ChallengeCounts> challengeByClass;
    for (const PlacedTargetSettingForm &placed : targetSettingForms) {
        ++figures.targetSettingForms;
        if (!placed.form.challenge)
            continue;
        addChallenge(figures.challenge, *placed.form.challenge);
        addChallenge(challengeByArea[placed.place.areaId], *placed.form.challenge);
        addChallenge(challengeByClass[placed.place.classId], *placed.form.challenge);
    }
    figures.challengeByArea = rowsInOrder(areas, challengeByArea);
    figures.challengeByClass = rowsInOrder(classes, challengeByClass);
    return figures;
}

ModerationFigures moderationFigures(const Store &store, const QString &schoolId, const QString &termId)
{
    const QList<PlacedAssessmentForm> assessmentForms =
        store.placedAssessmentModerationForms(schoolId, termId);
    QStringList targetIds;
    targetIds.reserve(assessmentForms.size());
    for (const PlacedAssessmentForm &placed : assessmentForms)
        targetIds << placed.form.targetId;
    ModerationFigures figures =
        moderationFigures(assessmentForms, store.judgementsOfTargets(targetIds),
                          store.placedTargetSettingModerationForms(schoolId, termId),
                          store.areasOfSchool(schoolId), store.classesOfSchool(schoolId));
    figures.termId = termId;
    return figures;
}

} // namespace Stride
