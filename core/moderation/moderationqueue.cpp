#include "moderationqueue.h"

#include "store/store.h"

#include <QHash>
#include <algorithm>

namespace Stride {

namespace {

struct Involvement
{
    bool author = false;
    bool moderator = false;
    bool seniorLeader = false;
    bool mayTakeUnassigned = false; // the form has no moderator and this person may be it
};

void place(ModerationQueue &queue, const ModerationQueueItem &item, const Involvement &who)
{
    switch (item.stage.stage) {
    case ModerationStage::ToFill:
    case ModerationStage::SetterToAnswer:
        if (who.author)
            queue.mineToFill << item;
        break;
    case ModerationStage::ToModerate:
        if (who.moderator || who.mayTakeUnassigned)
            queue.toModerate << item;
        else if (who.author)
            queue.withModerator << item;
        break;
    case ModerationStage::AwaitingSlt:
        if (who.seniorLeader || who.author || who.moderator)
            queue.awaitingSlt << item;
        break;
    case ModerationStage::Done:
        if (who.seniorLeader || who.author || who.moderator)
            queue.done << item;
        break;
    }
}

Involvement involvement(const Staff &person, const QString &authorId, const QString &moderatorId,
                        const QList<Judgement> &judgementsOfTarget = {})
{
    Involvement who;
    who.author = person.id == authorId;
    who.moderator = !moderatorId.isEmpty() && person.id == moderatorId;
    who.seniorLeader = person.hasRole(StaffRole::SeniorLeader);
    who.mayTakeUnassigned = moderatorId.isEmpty() && mayModerate(person, authorId, judgementsOfTarget);
    return who;
}

} // namespace

bool mayModerate(const Staff &person, const QString &authorId, const QList<Judgement> &judgementsOfTarget)
{
    if (!person.active || person.id.isEmpty() || person.id == authorId || !person.canJudgeTargets())
        return false;
    return std::none_of(judgementsOfTarget.cbegin(), judgementsOfTarget.cend(), [&](const Judgement &j) {
        return j.role == JudgementRole::Assessor && j.judgedBy == person.id;
    });
}

ModerationQueue moderationQueue(const Staff &person, const QList<PlacedAssessmentForm> &assessmentForms,
                                const QList<PlacedTargetSettingForm> &targetSettingForms,
                                const QList<Judgement> &judgements)
{
    QHash<QString, QList<Judgement>> byTarget;
    for (const Judgement &j : judgements)
        byTarget[j.targetId] << j;

    ModerationQueue queue;
    for (const PlacedAssessmentForm &placed : assessmentForms) {
        const AssessmentModerationForm &f = placed.form;
        ModerationQueueItem item;
        item.kind = ModerationQueueItem::Kind::Assessment;
        item.formId = f.id;
        item.targetId = f.targetId;
        item.place = placed.place;
        item.stage = formStage(f, byTarget.value(f.targetId));
        place(queue, item, involvement(person, f.assessorId, f.moderatorId, byTarget.value(f.targetId)));
    }
    for (const PlacedTargetSettingForm &placed : targetSettingForms) {
        const TargetSettingModerationForm &f = placed.form;
        ModerationQueueItem item;
        item.kind = ModerationQueueItem::Kind::TargetSetting;
        item.formId = f.id;
        item.pupilId = f.pupilId;
        item.targetId = f.previousTargetId;
        item.place = placed.place;
        item.stage = formStage(f);
        place(queue, item, involvement(person, f.setterId, f.moderatorId));
    }
    return queue;
}

ModerationQueue moderationQueue(const Store &store, const Staff &person, const QString &termId)
{
    if (termId.isEmpty())
        return {};
    const QList<PlacedAssessmentForm> assessment =
        store.placedAssessmentModerationForms(person.schoolId, termId);
    const QList<PlacedTargetSettingForm> targetSetting =
        store.placedTargetSettingModerationForms(person.schoolId, termId);
    QStringList targetIds;
    for (const PlacedAssessmentForm &placed : assessment)
        targetIds << placed.form.targetId;
    ModerationQueue queue =
        moderationQueue(person, assessment, targetSetting, store.judgementsOfTargets(targetIds));
    // An assessment form names its target, not its pupil; the queue names both for the pages.
    QHash<QString, QString> pupilOfTarget;
    for (QList<ModerationQueueItem> *group :
         {&queue.mineToFill, &queue.toModerate, &queue.withModerator, &queue.awaitingSlt, &queue.done}) {
        for (ModerationQueueItem &item : *group) {
            if (item.kind != ModerationQueueItem::Kind::Assessment)
                continue;
            if (!pupilOfTarget.contains(item.targetId)) {
                const auto target = store.target(item.targetId);
                const auto ilp = target ? store.ilp(target->ilpId) : std::nullopt;
                pupilOfTarget.insert(item.targetId, ilp ? ilp->pupilId : QString());
            }
            item.pupilId = pupilOfTarget.value(item.targetId);
        }
    }
    return queue;
}

} // namespace Stride
