#pragma once

#include "domain/areaoflearning.h"
#include "domain/judgement.h"
#include "domain/schoolclass.h"
#include "store/moderationformplace.h"

#include <QList>
#include <QString>

// The school's moderation figures, as SLT (the head of assessment) read them after a moderation
// meeting: did moderators agree with the class teachers' judgements, by area of learning and by
// class; did the final decisions move targets up or down; were the proposed new targets pitched
// right. Seed 000 holds the meeting "so that assessment and target setting follow the same
// standard across the school": these say whether they do.
namespace Stride {

class Store;

// How the moderators' first judgements compared with the assessors' first judgements, target by
// target. First judgements, because a mind changed in the conversation is what moderation is for:
// the standard is read from what each judged before they talked.
struct Agreement
{
    int agreed = 0;         // the same 1-4
    int differedByOne = 0;  // one step apart: 2 against 3
    int differedByMore = 0; // two or more apart: 1 against 3
    int total() const { return agreed + differedByOne + differedByMore; }
    // Rounded to a whole per cent; 0 when nothing was moderated.
    int agreedPercent() const;
    void add(int difference);
};

// The final target statuses set by SLT against the assessor's first judgement (seed 000:
// "Moderation Outcome: Up / Down / Same").
struct OutcomeCounts
{
    int up = 0;
    int down = 0;
    int same = 0;
    int total() const { return up + down + same; }
};

// The moderators' answers to "What do you think about the level of challenge presented by this
// target?" on the target-setting forms.
struct ChallengeCounts
{
    int tooEasy = 0;
    int justRight = 0;
    int tooHard = 0;
    int total() const { return tooEasy + justRight + tooHard; }
};

// One bar group of a chart: an area of learning or a class, by id and the name people know it by.
template <typename Counts> struct FiguresRow
{
    QString id;
    QString name;
    Counts counts;
};

struct ModerationFigures
{
    QString termId; // empty: every term
    int assessmentForms = 0;
    // Forms whose target has both an assessor's judgement and one by the form's moderator.
    int moderatedForms = 0;
    Agreement agreement;
    QList<FiguresRow<Agreement>> agreementByArea;  // in the school's order of areas
    QList<FiguresRow<Agreement>> agreementByClass; // in the school's order of classes
    // Forms with SLT's final target status and an assessor's judgement to compare it with.
    OutcomeCounts outcomes;
    int targetSettingForms = 0;
    ChallengeCounts challenge; // forms where the moderator answered the question
    QList<FiguresRow<ChallengeCounts>> challengeByArea;
    QList<FiguresRow<ChallengeCounts>> challengeByClass;

    // Nothing to show yet: no form has a moderator's judgement or a moderator's challenge answer.
    bool nothingModerated() const { return moderatedForms == 0 && challenge.total() == 0; }
};

// The figures of one term's moderation meeting, or of every term (an empty termId), from the
// school's forms: a few queries whatever the size of the school.
ModerationFigures moderationFigures(const Store &store, const QString &schoolId, const QString &termId = {});

// The same from rows already read. `judgements` are the judgements of the forms' targets (any
// order, others ignored); areas and classes name the rows and give their order, and a form whose
// area or class is not among them is counted in the totals only.
ModerationFigures moderationFigures(const QList<PlacedAssessmentForm> &assessmentForms,
                                    const QList<Judgement> &judgements,
                                    const QList<PlacedTargetSettingForm> &targetSettingForms,
                                    const QList<AreaOfLearning> &areas, const QList<SchoolClass> &classes);

} // namespace Stride
