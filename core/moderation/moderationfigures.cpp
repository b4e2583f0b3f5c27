#include "moderationfigures.h"

#include "blindorder.h"
#include "moderationoutcome.h"

#include "store/store.h"

#include <QHash>
#include <cmath>
#include <cstdlib>
#include <optional>

namespace Stride {

namespace {

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
        // First judgements, because a changed mind is what moderation is for: the standard is read
        // from what each judged before they talked. The rules are the forms' own (blind order and
        // outcome), so the figures count what each form shows.
        const QList<Judgement> ofTarget = judgementsOf.value(placed.form.targetId);
        const auto assessor = assessorFirstJudgement(ofTarget);
        if (!assessor)
            continue;
        if (const auto outcome = moderationOutcome(assessor->status, placed.form.finalStatus)) {
            switch (*outcome) {
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
        const auto moderator = moderatorFirstJudgement(placed.form, ofTarget);
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
