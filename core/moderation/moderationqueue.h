#pragma once

#include "formstage.h"

#include "domain/judgement.h"
#include "domain/staff.h"
#include "store/moderationformplace.h"

#include <QList>
#include <QString>

// What a member of staff has to do at a term's moderation meeting, on any tablet: both kinds of
// form, in groups. Read from the forms and the targets' judgements as they are (through sync), so
// every tablet shows the same queue.
namespace Stride {

class Store;

struct ModerationQueueItem
{
    enum class Kind {
        Assessment,
        TargetSetting
    };
    Kind kind = Kind::Assessment;
    QString formId;
    QString pupilId;
    QString targetId; // the assessment form's target, or the target-setting form's previous target
    ModerationFormPlace place;
    FormStage stage;

    bool operator==(const ModerationQueueItem &other) const
    {
        return kind == other.kind && formId == other.formId;
    }
};

struct ModerationQueue
{
    // Forms this person is the assessor or target setter of, not finished: their side to fill, or
    // (target setting) the moderator's re-written target to accept or decline.
    QList<ModerationQueueItem> mineToFill;
    // Forms whose teacher's side is done, waiting for this person to moderate: they are its
    // moderator, or it has none yet and they may moderate it (a teacher or SLT who is not its
    // assessor or setter).
    QList<ModerationQueueItem> toModerate;
    // This person's own forms (as assessor or setter) with a moderator, or waiting for one: nothing
    // to do but to know where they are.
    QList<ModerationQueueItem> withModerator;
    // Moderated forms waiting for SLT's final word: every one for SLT, else the ones this person
    // filled or moderated.
    QList<ModerationQueueItem> awaitingSlt;
    // Forms with SLT's final word: every one for SLT, else the ones this person filled or moderated.
    QList<ModerationQueueItem> done;

    int count() const
    {
        return int(mineToFill.size() + toModerate.size() + withModerator.size() + awaitingSlt.size() +
                   done.size());
    }
};

// Whether `person` may moderate a form filled by `authorId` (the assessor or target setter): a
// teacher or SLT, never the author (seed 000: the moderator is another teacher), nor anyone who has
// judged the form's target as its assessor (`judgementsOfTarget`, for an assessment form), whose
// moderation would not be a second opinion. The school's store refuses both the same way.
bool mayModerate(const Staff &person, const QString &authorId,
                 const QList<Judgement> &judgementsOfTarget = {});

// `judgements` are the judgements of the assessment forms' targets (any order; others ignored).
// Each group lists the assessment forms, then the target-setting forms, each in the order given.
ModerationQueue moderationQueue(const Staff &person, const QList<PlacedAssessmentForm> &assessmentForms,
                                const QList<PlacedTargetSettingForm> &targetSettingForms,
                                const QList<Judgement> &judgements);
// The same, for the meeting of `termId` in the person's school, read from the store.
ModerationQueue moderationQueue(const Store &store, const Staff &person, const QString &termId);

} // namespace Stride
