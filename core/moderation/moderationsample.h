#pragma once

#include "domain/term.h"
#include "review/assessmentgrid.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

// The sample of a class's targets a teacher brings to the moderation meeting, one list per form
// (seed 000: each teacher picks a representative sample). Stride suggests one; the teacher may take
// it or choose their own. Representative means a spread of areas of learning, of the class teacher's
// judgements and of pupils, and it always includes the target with the least evidence: the one a
// moderator most needs to see, because a judgement is only as safe as what it rests on.
namespace Stride {

class Store;

// Four forms of each kind per class: one for each of the Code of Practice's four broad areas,
// which every pupil has a target in, so that each area (and, as far as the class's judgements go,
// each of the four statuses) is seen once; at about ten minutes a form, a class's eight forms fit an
// hour's meeting. A class with fewer targets to choose from gets fewer.
constexpr int kModerationSampleSize = 4;

struct SampleChoice
{
    QString targetId;
    QString pupilId;
    QString areaId;
    int evidenceCount = 0;
    std::optional<TargetStatus> status; // the class teacher's judgement that stands
    std::optional<NextStep> nextStep;
    bool alreadyChosen = false; // a form exists for it already: kept, and the rest chosen around it
    QStringList reasons;        // why it is in the sample, short phrases ("Cognition and Learning")

    bool operator==(const SampleChoice &) const = default;
};

struct ModerationSample
{
    QList<SampleChoice> assessment;    // for the Assessment Moderation Form
    QList<SampleChoice> targetSetting; // for the Target Setting Moderation Form: this term's target,
                                       // whose next step leads to the proposed one
};

// `grid`: the class's assessment grid for the term. `withAssessmentForms` and `withTargetSettingForms`
// name the targets that already have a form of that kind (for target setting: the previous target).
// Deterministic: the same grid gives the same sample on every tablet.
ModerationSample moderationSample(const AssessmentGrid &grid, const QSet<QString> &withAssessmentForms,
                                  const QSet<QString> &withTargetSettingForms,
                                  int size = kModerationSampleSize);
// The same, read from the store for a class and a term; `today` as for the assessment grid.
ModerationSample moderationSample(const Store &store, const QString &classId, const Term &term,
                                  const QDate &today, int size = kModerationSampleSize);

} // namespace Stride
