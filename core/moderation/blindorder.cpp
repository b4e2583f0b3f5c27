#include "blindorder.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QLocale>

namespace Stride {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(BlindOrder)
};

QString when(const QDateTime &at)
{
    return QLocale().toString(at, QStringLiteral("d MMMM 'at' HH:mm"));
}

} // namespace

std::optional<Judgement> moderatorFirstJudgement(const AssessmentModerationForm &form,
                                                 const QList<Judgement> &judgementsOfTarget)
{
    if (form.moderatorId.isEmpty())
        return std::nullopt;
    std::optional<Judgement> first;
    for (const Judgement &j : judgementsOfTarget) {
        if (j.targetId != form.targetId || j.role != JudgementRole::Moderator ||
            j.judgedBy != form.moderatorId)
            continue;
        if (!first || j.judgedAt < first->judgedAt || (j.judgedAt == first->judgedAt && j.id < first->id))
            first = j;
    }
    return first;
}

BlindOrder blindOrder(const AssessmentModerationForm &form, const QList<Judgement> &judgementsOfTarget)
{
    using State = BlindOrder::State;
    BlindOrder order;
    order.assessorShownAt = form.assessorShownAt;
    if (const auto first = moderatorFirstJudgement(form, judgementsOfTarget))
        order.moderatorJudgedAt = first->judgedAt;
    const bool judged = order.moderatorJudgedAt.isValid();
    const bool shown = order.assessorShownAt.isValid();
    if (!judged && !shown) {
        order.state = State::NotYetJudged;
        order.sentence = Words::tr("The moderator has not judged this target yet.");
    } else if (!judged) {
        order.state = State::AssessorShownFirst;
        order.sentence = Words::tr("Not blind: the assessor's judgement was shown to the moderator on %1, "
                                   "before they had judged the target themselves.")
                             .arg(when(order.assessorShownAt));
    } else if (!shown) {
        order.state = State::NotRecorded;
        order.sentence = Words::tr("The moderator judged on %1. When they were shown the assessor's "
                                   "judgement is not recorded: their tablet had an older version of "
                                   "Stride, or it has not been shown to them yet.")
                             .arg(when(order.moderatorJudgedAt));
    } else if (order.assessorShownAt < order.moderatorJudgedAt) {
        order.state = State::AssessorShownFirst;
        order.sentence = Words::tr("Not blind: the assessor's judgement was shown to the moderator on %1, "
                                   "before they gave their own on %2.")
                             .arg(when(order.assessorShownAt), when(order.moderatorJudgedAt));
    } else {
        // Shown at the same instant counts as after: the tablet records the judgement, then shows.
        order.state = State::JudgedBlind;
        order.sentence = Words::tr("Moderated blind: the moderator gave their own judgement on %1, before "
                                   "the assessor's judgement was shown to them on %2.")
                             .arg(when(order.moderatorJudgedAt), when(order.assessorShownAt));
    }
    return order;
}

bool mayShowAssessorJudgement(const AssessmentModerationForm &form,
                              const QList<Judgement> &judgementsOfTarget, const Staff &viewer)
{
    if (viewer.id.isEmpty())
        return false;
    const bool moderatorHasJudged = moderatorFirstJudgement(form, judgementsOfTarget).has_value();
    // The moderator first, even when they are SLT: their opinion is formed before they read the
    // assessor's.
    if (viewer.id == form.moderatorId)
        return moderatorHasJudged;
    if (viewer.id == form.assessorId || viewer.hasRole(StaffRole::SeniorLeader))
        return true;
    return moderatorHasJudged;
}

QSet<QString> targetsModeratedBlindBy(const Store &store, const Staff &viewer, const QString &termId)
{
    QSet<QString> blind;
    if (viewer.id.isEmpty() || termId.isEmpty())
        return blind;
    QList<AssessmentModerationForm> mine;
    QStringList targetIds;
    for (const PlacedAssessmentForm &placed : store.placedAssessmentModerationForms(viewer.schoolId, termId))
        if (placed.form.moderatorId == viewer.id) {
            mine << placed.form;
            targetIds << placed.form.targetId;
        }
    if (mine.isEmpty())
        return blind;
    QHash<QString, QList<Judgement>> byTarget;
    for (const Judgement &j : store.judgementsOfTargets(targetIds))
        byTarget[j.targetId] << j;
    for (const AssessmentModerationForm &form : std::as_const(mine))
        if (!mayShowAssessorJudgement(form, byTarget.value(form.targetId), viewer))
            blind.insert(form.targetId);
    return blind;
}

} // namespace Stride
