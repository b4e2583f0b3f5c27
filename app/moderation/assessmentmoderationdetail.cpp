#include "assessmentmoderationdetail.h"

#include "../wording.h"

#include "moderation/blindorder.h"
#include "moderation/formchanges.h"
#include "moderation/moderationoutcome.h"
#include "review/judgementhistory.h"
#include "store/store.h"

#include <QLocale>

namespace Stride {

namespace {

QString dayText(const QDateTime &at)
{
    return QLocale().toString(localDay(at), QStringLiteral("d MMM yyyy"));
}

int yesNo(const std::optional<bool> &answer)
{
    return answer ? (*answer ? 1 : 0) : -1;
}

std::optional<bool> fromYesNo(int answer)
{
    if (answer < 0)
        return std::nullopt;
    return answer != 0;
}

QVariantMap evidenceEntry(const SeenEvidence &seen, const QUrl &thumbnail, bool deleted)
{
    return {{QStringLiteral("evidenceId"), seen.evidenceId},
            {QStringLiteral("kind"), int(seen.kind)},
            {QStringLiteral("kindText"), toLabel(seen.kind)},
            {QStringLiteral("dayText"), dayText(seen.capturedAt)},
            {QStringLiteral("promptText"),
             seen.promptLevel ? Wording::promptLevelShort(*seen.promptLevel) : QString()},
            {QStringLiteral("caption"), seen.caption},
            {QStringLiteral("thumbnailUrl"), thumbnail},
            {QStringLiteral("deleted"), deleted}};
}

} // namespace

AssessmentModerationDetail::AssessmentModerationDetail(QObject *parent) : QObject(parent) {}

void AssessmentModerationDetail::setSession(Session *session)
{
    // A moderator's judgement or SLT's decision arrives by sync from another tablet; evidence is
    // captured and judgements made meanwhile. Any of them changes what the form says.
    if (!Session::follow(m_session, session, this, [this] { reload(); }))
        return;
    emit sessionChanged();
    reload();
}

void AssessmentModerationDetail::setMedia(MediaFiles *media)
{
    if (media == m_media)
        return;
    m_media = media;
    reload();
}

void AssessmentModerationDetail::setFormId(const QString &id)
{
    if (id == m_formId)
        return;
    m_formId = id;
    emit formIdChanged();
    reload();
}

void AssessmentModerationDetail::reload()
{
    m_form.reset();
    m_review.reset();
    m_judgements.clear();
    m_access = {};
    m_className.clear();
    m_areaIndex = 0;
    m_chart = {};
    if (m_session && m_session->store().isOpen() && !m_formId.isEmpty()) {
        const Store &store = m_session->store();
        m_form = store.assessmentModerationForm(m_formId);
        if (m_form)
            m_review = targetReview(store, m_form->targetId, m_session->today());
        if (m_form && m_review) {
            m_judgements = store.judgementsOfTarget(m_form->targetId);
            if (const auto me = store.staff(m_session->staffId()))
                m_access = accessTo(*m_form, *me, m_judgements);
            if (const auto c = store.schoolClass(m_review->pupil.classId))
                m_className = c->name;
            for (const AreaOfLearning &a : store.areasOfSchool(m_review->term.schoolId)) {
                if (a.id == m_review->area.id)
                    break;
                if (a.kind == m_review->area.kind)
                    ++m_areaIndex;
            }
            m_chart = independenceChartData(*m_review);
        }
    }
    emit changed();
}

void AssessmentModerationDetail::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

bool AssessmentModerationDetail::refuse(const QString &message)
{
    setMessage(message);
    return false;
}

QString AssessmentModerationDetail::nameOf(const QString &staffId) const
{
    if (staffId.isEmpty() || !m_session)
        return {};
    const auto member = m_session->store().staff(staffId);
    return member ? member->displayName() : tr("Someone no longer on the staff list");
}

QString AssessmentModerationDetail::pupilInitials() const
{
    return m_review ? m_review->pupil.initials : QString();
}

QString AssessmentModerationDetail::yearGroupText() const
{
    return m_review ? Wording::yearGroup(m_review->pupil.yearGroup) : QString();
}

QString AssessmentModerationDetail::specificNeeds() const
{
    return m_review ? m_review->pupil.specificNeeds : QString();
}

QString AssessmentModerationDetail::areaName() const
{
    return m_review ? m_review->area.name : QString();
}

QString AssessmentModerationDetail::areaKind() const
{
    return m_review ? toKey(m_review->area.kind) : QString();
}

QString AssessmentModerationDetail::targetId() const
{
    return m_form ? m_form->targetId : QString();
}

QString AssessmentModerationDetail::pupilId() const
{
    return m_review ? m_review->pupil.id : QString();
}

QString AssessmentModerationDetail::targetText() const
{
    return m_review ? m_review->target.text : QString();
}

QString AssessmentModerationDetail::termName() const
{
    return m_review ? m_review->term.name : QString();
}

QString AssessmentModerationDetail::assessorName() const
{
    return m_form ? nameOf(m_form->assessorId) : QString();
}

QString AssessmentModerationDetail::moderatorName() const
{
    return m_form ? nameOf(m_form->moderatorId) : QString();
}

QString AssessmentModerationDetail::seniorLeaderName() const
{
    return m_form ? nameOf(m_form->seniorLeaderId) : QString();
}

QString AssessmentModerationDetail::yourPartText() const
{
    if (!found() || !m_session)
        return {};
    if (m_form->assessorId == m_session->staffId())
        return tr("You are the assessor: fill in your side and attach the evidence. The moderator sees "
                  "your judgement only after giving their own.");
    if (m_access.moderatorSide && !moderatorHasJudged())
        return tr("You are moderating: read the evidence and the assessor's side, then give your own 1-4 "
                  "first. The assessor's judgement is shown after that.");
    if (m_access.moderatorSide && m_access.sltSection)
        return tr("You moderated this form. As SLT you can also write the SLT section.");
    if (m_access.moderatorSide)
        return tr("You moderated this form.");
    if (m_access.sltSection)
        return tr("You can write the SLT section.");
    return tr("You can read this form.");
}

QString AssessmentModerationDetail::startingPoint() const
{
    return m_form ? m_form->startingPoint : QString();
}

QString AssessmentModerationDetail::provisionUsed() const
{
    return m_form ? m_form->provisionUsed : QString();
}

QString AssessmentModerationDetail::currentAbilities() const
{
    return m_form ? m_form->currentAbilities : QString();
}

QString AssessmentModerationDetail::progressEvidenceNote() const
{
    return m_form ? m_form->progressEvidenceNote : QString();
}

QVariantList AssessmentModerationDetail::evidence() const
{
    QVariantList list;
    if (!found() || !m_session)
        return list;
    const Store &store = m_session->store();
    for (const EvidenceItem &item : attachedEvidence(store, *m_form))
        list << evidenceEntry(seenEvidence(item), m_media ? m_media->thumbnailOf(item) : QUrl(), false);
    // Deleted since the moderator saw it: kept as they saw it, and said to be gone.
    for (const SeenEvidence &seen : formChanges(store, *m_form).deletedSinceSeen)
        list << evidenceEntry(seen, QUrl(), true);
    return list;
}

QStringList AssessmentModerationDetail::attachedIds() const
{
    return m_form ? m_form->evidenceIds : QStringList();
}

QString AssessmentModerationDetail::moderatorExplanation() const
{
    return m_form ? m_form->moderatorExplanation : QString();
}

int AssessmentModerationDetail::moderatorAgreed() const
{
    return m_form ? yesNo(m_form->moderatorAgreed) : -1;
}

QString AssessmentModerationDetail::disagreementSource() const
{
    return m_form ? m_form->disagreementSource : QString();
}

bool AssessmentModerationDetail::moderatorHasJudged() const
{
    return m_form && moderatorFirstJudgement(*m_form, m_judgements).has_value();
}

bool AssessmentModerationDetail::isModeratorHere() const
{
    return m_form && m_session && !m_form->moderatorId.isEmpty() &&
           m_form->moderatorId == m_session->staffId();
}

bool AssessmentModerationDetail::assessorJudgementVisible() const
{
    if (!found() || !m_session)
        return false;
    if (m_form->assessorId == m_session->staffId())
        return true;
    const auto me = m_session->store().staff(m_session->staffId());
    if (!me || !moderatorHasJudged() || !mayShowAssessorJudgement(*m_form, m_judgements, *me))
        return false;
    // The moderator sees it when they ask to, after their own: the asking is the recorded order.
    return !isModeratorHere() || m_form->assessorShownAt.isValid();
}

int AssessmentModerationDetail::assessorStatus() const
{
    if (!assessorJudgementVisible())
        return 0;
    const auto j = judgementHistory(m_judgements).current(JudgementRole::Assessor);
    return j ? int(j->status) : 0;
}

bool AssessmentModerationDetail::canShowAssessorJudgement() const
{
    return isModeratorHere() && moderatorHasJudged() && !m_form->assessorShownAt.isValid();
}

QString AssessmentModerationDetail::blindOrderText() const
{
    return m_form ? blindOrder(*m_form, m_judgements).sentence : QString();
}

bool AssessmentModerationDetail::blindOrderKept() const
{
    return m_form && blindOrder(*m_form, m_judgements).state == BlindOrder::State::JudgedBlind;
}

QVariantList AssessmentModerationDetail::table() const
{
    QVariantList rows;
    if (!found())
        return rows;
    const JudgementHistory history = judgementHistory(m_judgements);
    for (JudgementRole role :
         {JudgementRole::Assessor, JudgementRole::Moderator, JudgementRole::SeniorLeader}) {
        const bool hidden = role == JudgementRole::Assessor && !assessorJudgementVisible();
        QVariantList entries;
        int standing = 0;
        if (!hidden) {
            for (const JudgementEntry &e : history.entries) {
                if (e.judgement.role != role)
                    continue;
                entries << QVariantMap{{QStringLiteral("status"), int(e.judgement.status)},
                                       {QStringLiteral("crossed"), e.superseded}};
            }
            if (const auto j = history.current(role))
                standing = int(j->status);
        }
        QString hiddenText;
        if (hidden)
            hiddenText = canShowAssessorJudgement() ? tr("Hidden: tap “Show the assessor's judgement”.")
                                                    : tr("Hidden until the moderator has given theirs.");
        rows << QVariantMap{
            {QStringLiteral("roleKey"), toKey(role)}, {QStringLiteral("roleText"), toLabel(role)},
            {QStringLiteral("entries"), entries},     {QStringLiteral("standing"), standing},
            {QStringLiteral("hidden"), hidden},       {QStringLiteral("hiddenText"), hiddenText}};
    }
    return rows;
}

int AssessmentModerationDetail::assessorModeratorAgreed() const
{
    return m_form ? yesNo(m_form->assessorModeratorAgreed) : -1;
}

QString AssessmentModerationDetail::mindChangedBy() const
{
    return m_form && m_form->mindChangedBy ? toKey(*m_form->mindChangedBy) : QString();
}

QString AssessmentModerationDetail::sltComments() const
{
    return m_form ? m_form->sltComments : QString();
}

QString AssessmentModerationDetail::sltFinalDecision() const
{
    return m_form ? m_form->sltFinalDecision : QString();
}

int AssessmentModerationDetail::finalStatus() const
{
    return m_form && m_form->finalStatus ? int(*m_form->finalStatus) : 0;
}

QString AssessmentModerationDetail::outcomeText() const
{
    if (!m_form || !assessorJudgementVisible())
        return {};
    const auto outcome = moderationOutcome(*m_form, m_judgements);
    return outcome ? toLabel(*outcome) : QString();
}

QStringList AssessmentModerationDetail::changesSinceModeration() const
{
    if (!found() || !m_session)
        return {};
    return formChanges(m_session->store(), *m_form).sentences();
}

QStringList AssessmentModerationDetail::writableRoles() const
{
    QStringList roles;
    if (!found() || !m_session)
        return roles;
    if (m_form->assessorId == m_session->staffId())
        roles << toKey(JudgementRole::Assessor);
    if (m_access.moderatorSide)
        roles << toKey(JudgementRole::Moderator);
    if (m_access.sltSection)
        roles << toKey(JudgementRole::SeniorLeader);
    return roles;
}

QVariantList AssessmentModerationDetail::statusChoices() const
{
    QVariantList list;
    for (TargetStatus s :
         {TargetStatus::Unmet, TargetStatus::PartiallyMet, TargetStatus::Met, TargetStatus::Exceeded})
        list << QVariantMap{{QStringLiteral("status"), int(s)},
                            {QStringLiteral("label"), QStringLiteral("%1 %2").arg(int(s)).arg(toLabel(s))},
                            {QStringLiteral("descriptor"), statusDescriptor(s)}};
    return list;
}

QVariantList AssessmentModerationDetail::mindChangedChoices() const
{
    QVariantList list;
    for (MindChangedBy m : {MindChangedBy::Assessor, MindChangedBy::Moderator, MindChangedBy::Neither})
        list << QVariantMap{{QStringLiteral("key"), toKey(m)}, {QStringLiteral("label"), toLabel(m)}};
    return list;
}

bool AssessmentModerationDetail::saveForm(const AssessmentModerationForm &form)
{
    if (form == *m_form) {
        setMessage({});
        return true;
    }
    const WriteResult result = m_session->store().save(form);
    if (!result.ok)
        return refuse(tr("The form could not be saved: %1").arg(result.message));
    setMessage({});
    m_session->notePlanChanged();
    reload();
    return true;
}

bool AssessmentModerationDetail::saveAssessorSection(const QString &startingPoint,
                                                     const QString &provisionUsed,
                                                     const QString &currentAbilities,
                                                     const QString &progressEvidenceNote)
{
    if (!found())
        return refuse(tr("This form is no longer on the tablet."));
    if (!m_access.ownSide)
        return refuse(tr("Only the assessor (or SLT) fills in the assessor's side of this form."));
    AssessmentModerationForm form = *m_form;
    form.startingPoint = startingPoint.trimmed();
    form.provisionUsed = provisionUsed.trimmed();
    form.currentAbilities = currentAbilities.trimmed();
    form.progressEvidenceNote = progressEvidenceNote.trimmed();
    return saveForm(form);
}

bool AssessmentModerationDetail::setAttached(const QString &evidenceId, bool attached)
{
    if (!found())
        return refuse(tr("This form is no longer on the tablet."));
    if (!m_access.ownSide)
        return refuse(tr("Only the assessor (or SLT) attaches evidence to this form."));
    AssessmentModerationForm form = *m_form;
    if (attached) {
        const auto item = m_session->store().evidenceItem(evidenceId);
        bool ofTarget = false;
        if (item)
            for (const EvidencePupil &p : item->pupils)
                ofTarget = ofTarget || p.targetIds.contains(form.targetId);
        if (!ofTarget)
            return refuse(tr("Only evidence of this target can be attached to its form."));
        if (!form.evidenceIds.contains(evidenceId))
            form.evidenceIds << evidenceId;
    } else {
        form.evidenceIds.removeAll(evidenceId);
    }
    return saveForm(form);
}

bool AssessmentModerationDetail::judge(const QString &roleKey, int status)
{
    if (!found())
        return refuse(tr("This form is no longer on the tablet."));
    const auto role = fromKey<JudgementRole>(roleKey);
    const auto chosen = fromKey<TargetStatus>(QString::number(status));
    if (!role || !chosen)
        return refuse(tr("Choose 1 Unmet, 2 Partially Met, 3 Met or 4 Exceeded."));
    const QString me = m_session->staffId();
    if (!writableRoles().contains(toKey(*role)))
        return refuse(tr("You can circle a number only in your own row of the assessment table."));
    const JudgementHistory history = judgementHistory(m_judgements);
    const auto standing = history.current(*role);
    if (standing && standing->status == *chosen && !history.hasClash()) {
        setMessage({});
        return true; // the same number again: nothing to cross out
    }
    Judgement j;
    j.id = newId();
    j.targetId = m_form->targetId;
    j.role = *role;
    j.status = *chosen;
    j.judgedBy = me;
    j.judgedAt = m_session->now();
    // A changed mind keeps what else the judgement said (the assessor's next step, what the pupil
    // can do now): only the number is crossed out and circled again.
    if (standing) {
        j.nextStep = standing->nextStep;
        j.currentAbilities = standing->currentAbilities;
        j.learnerVoice = standing->learnerVoice;
    }
    j.supersedesId = history.toSupersede(*role, j.status, j.nextStep);

    Store &store = m_session->store();
    AssessmentModerationForm form = *m_form;
    if (*role == JudgementRole::Moderator) {
        form.moderatorId = me;
        // What they judged from is kept with the form, taken again on a changed mind: the judgement
        // that stands was made on what they saw then.
        form = withWhatTheModeratorSaw(store, form);
    }
    if (*role == JudgementRole::SeniorLeader && form.seniorLeaderId.isEmpty())
        form.seniorLeaderId = me;
    QString problem;
    const bool ok = store.transaction([&] {
        if (!(form == *m_form)) {
            const WriteResult r = store.save(form);
            if (!r.ok) {
                problem = r.message;
                return false;
            }
        }
        const WriteResult r = store.save(j);
        problem = r.ok ? QString() : r.message;
        return r.ok;
    });
    if (!ok)
        return refuse(tr("The judgement could not be saved: %1").arg(problem));
    setMessage({});
    m_session->notePlanChanged();
    reload();
    return true;
}

bool AssessmentModerationDetail::showAssessorJudgement()
{
    if (!found())
        return refuse(tr("This form is no longer on the tablet."));
    if (!isModeratorHere() || !moderatorHasJudged())
        return refuse(tr("Give your own judgement first: the assessor's is shown after it."));
    if (m_form->assessorShownAt.isValid())
        return true;
    AssessmentModerationForm form = *m_form;
    form.assessorShownAt = m_session->now();
    return saveForm(form);
}

bool AssessmentModerationDetail::saveModeratorSection(const QString &explanation, int agreed,
                                                      const QString &disagreementSource)
{
    if (!found())
        return refuse(tr("This form is no longer on the tablet."));
    if (!m_access.moderatorSide)
        return refuse(tr("The moderator writes this section: another teacher or SLT, never the assessor."));
    AssessmentModerationForm form = *m_form;
    form.moderatorId = m_session->staffId();
    form.moderatorExplanation = explanation.trimmed();
    form.moderatorAgreed = fromYesNo(agreed);
    form.disagreementSource = disagreementSource.trimmed();
    return saveForm(form);
}

bool AssessmentModerationDetail::saveSltSection(int agreed, const QString &mindChangedBy,
                                                const QString &comments, const QString &finalDecision,
                                                int finalStatus)
{
    if (!found())
        return refuse(tr("This form is no longer on the tablet."));
    if (!m_access.sltSection)
        return refuse(tr("Only SLT write the SLT section."));
    AssessmentModerationForm form = *m_form;
    form.seniorLeaderId = m_session->staffId();
    form.assessorModeratorAgreed = fromYesNo(agreed);
    form.mindChangedBy = mindChangedBy.isEmpty() ? std::nullopt : fromKey<MindChangedBy>(mindChangedBy);
    form.sltComments = comments.trimmed();
    form.sltFinalDecision = finalDecision.trimmed();
    form.finalStatus =
        finalStatus > 0 ? fromKey<TargetStatus>(QString::number(finalStatus)) : std::optional<TargetStatus>();
    // The outcome is worked out from the final status, never typed.
    form = withWorkedOutOutcome(form, m_judgements);
    return saveForm(form);
}

} // namespace Stride
