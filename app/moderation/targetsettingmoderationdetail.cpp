#include "targetsettingmoderationdetail.h"

#include "../wording.h"

#include "moderation/targetrewrite.h"
#include "review/nexttermtarget.h"
#include "store/store.h"
#include "termend/parentreplies.h"

namespace Stride {

namespace {

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

} // namespace

TargetSettingModerationDetail::TargetSettingModerationDetail(QObject *parent) : QObject(parent) {}

void TargetSettingModerationDetail::setSession(Session *session)
{
    if (!Session::follow(m_session, session, this, [this] { reload(); }))
        return;
    emit sessionChanged();
    reload();
}

void TargetSettingModerationDetail::setFormId(const QString &id)
{
    if (id == m_formId)
        return;
    m_formId = id;
    emit formIdChanged();
    reload();
}

void TargetSettingModerationDetail::reload()
{
    m_form.reset();
    m_pupil.reset();
    m_access = {};
    m_className.clear();
    m_areaName.clear();
    m_termName.clear();
    m_previousTargetText.clear();
    m_parentReply.clear();
    if (m_session && m_session->store().isOpen() && !m_formId.isEmpty()) {
        const Store &store = m_session->store();
        m_form = store.targetSettingModerationForm(m_formId);
        if (m_form)
            m_pupil = store.pupil(m_form->pupilId);
        if (m_form && m_pupil) {
            if (const auto me = store.staff(m_session->staffId()))
                m_access = accessTo(*m_form, *me);
            if (const auto c = store.schoolClass(m_pupil->classId))
                m_className = c->name;
            if (const auto a = store.area(m_form->areaId))
                m_areaName = a->name;
            if (const auto t = store.term(m_form->termId))
                m_termName = t->name;
            if (const auto previous = store.target(m_form->previousTargetId))
                m_previousTargetText = previous->text;
            m_parentReply = parentReplyLine(store);
        }
    }
    emit changed();
}

void TargetSettingModerationDetail::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

bool TargetSettingModerationDetail::refuse(const QString &message)
{
    setMessage(message);
    return false;
}

QString TargetSettingModerationDetail::parentReplyLine(const Store &store) const
{
    // The form proposes next term's target; the progress report showing it goes home in this
    // term's ILP documents week, and the family's reply is recorded against next term's ILP.
    const auto term = store.term(m_form->termId);
    const auto next = term ? nextTermAfter(store.termsOfSchool(term->schoolId), *term) : std::nullopt;
    if (!next)
        return {};
    const auto reply = ParentReplies::replyOf(store, m_pupil->id, next->id);
    return reply ? tr("Parents' reply to the %1 report: %2").arg(next->name, ParentReplies::summary(*reply))
                 : tr("Parents' reply to the %1 report: none recorded yet").arg(next->name);
}

QString TargetSettingModerationDetail::nameOf(const QString &staffId) const
{
    if (staffId.isEmpty() || !m_session)
        return {};
    const auto member = m_session->store().staff(staffId);
    return member ? member->displayName() : tr("Someone no longer on the staff list");
}

QString TargetSettingModerationDetail::yearGroupText() const
{
    return m_pupil ? Wording::yearGroup(m_pupil->yearGroup) : QString();
}

QString TargetSettingModerationDetail::setterName() const
{
    return m_form ? nameOf(m_form->setterId) : QString();
}

QString TargetSettingModerationDetail::moderatorName() const
{
    return m_form ? nameOf(m_form->moderatorId) : QString();
}

QString TargetSettingModerationDetail::yourPartText() const
{
    if (!found() || !m_session)
        return {};
    if (m_form->setterId == m_session->staffId())
        return canAnswerRewrite()
                   ? tr("You set this target. The moderator suggests a rewrite: accept it or keep your own.")
                   : tr("You set this target: fill in your side for the moderator.");
    if (m_access.moderatorSide)
        return tr("You are moderating: answer the questions and say whether the challenge is right.");
    if (m_access.sltSection)
        return tr("You can write the SLT section.");
    return tr("You can read this form.");
}

int TargetSettingModerationDetail::previousStatus() const
{
    return m_form && m_form->previousStatus ? int(*m_form->previousStatus) : 0;
}

QString TargetSettingModerationDetail::nextStep() const
{
    return m_form && m_form->nextStep ? toKey(*m_form->nextStep) : QString();
}

QVariantList TargetSettingModerationDetail::ehcpOutcomes() const
{
    QVariantList list;
    if (!found())
        return list;
    for (const EhcpOutcome &o : m_pupil->ehcpOutcomes)
        list << QVariantMap{{QStringLiteral("outcomeId"), o.id},
                            {QStringLiteral("text"), QStringLiteral("%1: %2").arg(o.reference, o.text)},
                            {QStringLiteral("linked"), m_form->ehcpOutcomeIds.contains(o.id)}};
    return list;
}

QString TargetSettingModerationDetail::challenge() const
{
    return m_form && m_form->challenge ? toKey(*m_form->challenge) : QString();
}

int TargetSettingModerationDetail::setterAccepts() const
{
    return m_form ? yesNo(m_form->setterAcceptsAmendment) : -1;
}

int TargetSettingModerationDetail::amendmentProposed() const
{
    return m_form ? yesNo(m_form->amendmentProposed) : -1;
}

int TargetSettingModerationDetail::amendmentAccepted() const
{
    return m_form ? yesNo(m_form->amendmentAccepted) : -1;
}

bool TargetSettingModerationDetail::canAnswerRewrite() const
{
    return found() && m_session && m_form->setterId == m_session->staffId() &&
           !m_form->suggestedRewrite.trimmed().isEmpty();
}

QVariantList TargetSettingModerationDetail::statusChoices() const
{
    QVariantList list;
    for (TargetStatus s :
         {TargetStatus::Unmet, TargetStatus::PartiallyMet, TargetStatus::Met, TargetStatus::Exceeded})
        list << QVariantMap{{QStringLiteral("status"), int(s)},
                            {QStringLiteral("label"), QStringLiteral("%1 %2").arg(int(s)).arg(toLabel(s))},
                            {QStringLiteral("descriptor"), statusDescriptor(s)}};
    return list;
}

QVariantList TargetSettingModerationDetail::nextStepChoices() const
{
    QVariantList list;
    for (NextStep s : {NextStep::Continue, NextStep::Amend, NextStep::Replace})
        list << QVariantMap{{QStringLiteral("key"), toKey(s)},
                            {QStringLiteral("label"), toLabel(s)},
                            {QStringLiteral("meaning"), nextStepMeaning(s)}};
    return list;
}

QVariantList TargetSettingModerationDetail::challengeChoices() const
{
    QVariantList list;
    for (ChallengeLevel c : {ChallengeLevel::TooEasy, ChallengeLevel::JustRight, ChallengeLevel::TooHard})
        list << QVariantMap{{QStringLiteral("key"), toKey(c)}, {QStringLiteral("label"), toLabel(c)}};
    return list;
}

bool TargetSettingModerationDetail::saveForm(const TargetSettingModerationForm &form)
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

bool TargetSettingModerationDetail::saveSetterSection(const QString &proposedTargetText,
                                                      const QString &reasons,
                                                      const QStringList &ehcpOutcomeIds,
                                                      const QString &noEhcpLinkReason,
                                                      const QString &plannedProvision)
{
    if (!found())
        return refuse(tr("This form is no longer on the tablet."));
    if (!m_access.ownSide)
        return refuse(tr("Only the target setter (or SLT) fills in the target setter's side."));
    TargetSettingModerationForm form = *m_form;
    form.proposedTargetText = proposedTargetText.trimmed();
    form.reasons = reasons.trimmed();
    form.ehcpOutcomeIds = ehcpOutcomeIds;
    form.noEhcpLinkReason = ehcpOutcomeIds.isEmpty() ? noEhcpLinkReason.trimmed() : QString();
    form.plannedProvision = plannedProvision.trimmed();
    return saveForm(form);
}

bool TargetSettingModerationDetail::saveModeratorSection(
    const QString &clearEhcpLink, const QString &successCriteriaEmbedded,
    const QString &clearWhatMetLooksLike, const QString &provisionSuitable, const QString &otherSuggestions,
    const QString &challenge, const QString &suggestedRewrite)
{
    if (!found())
        return refuse(tr("This form is no longer on the tablet."));
    if (!m_access.moderatorSide)
        return refuse(
            tr("The moderator writes this section: another teacher or SLT, never the target setter."));
    TargetSettingModerationForm form = *m_form;
    form.moderatorId = m_session->staffId();
    form.clearEhcpLink = clearEhcpLink.trimmed();
    form.successCriteriaEmbedded = successCriteriaEmbedded.trimmed();
    form.clearWhatMetLooksLike = clearWhatMetLooksLike.trimmed();
    form.provisionSuitable = provisionSuitable.trimmed();
    form.otherSuggestions = otherSuggestions.trimmed();
    form.challenge = challenge.isEmpty() ? std::nullopt : fromKey<ChallengeLevel>(challenge);
    const QString rewrite = suggestedRewrite.trimmed();
    if (rewrite != form.suggestedRewrite)
        form.setterAcceptsAmendment.reset(); // a new rewrite asks the setter again
    form.suggestedRewrite = rewrite;
    return saveForm(form);
}

bool TargetSettingModerationDetail::answerRewrite(bool accept)
{
    if (!found())
        return refuse(tr("This form is no longer on the tablet."));
    if (!canAnswerRewrite())
        return refuse(tr("Only the target setter accepts or declines the moderator's rewrite."));
    // Accepted, the rewrite becomes the proposed target (next term's target with it), the setter's
    // own words kept beside it; declined, the setter's wording stands.
    Store &store = m_session->store();
    const WriteResult result = accept ? acceptRewrite(store, m_form->id) : declineRewrite(store, m_form->id);
    if (!result.ok)
        return refuse(tr("Your answer could not be saved: %1").arg(result.message));
    setMessage({});
    m_session->notePlanChanged();
    reload();
    return true;
}

bool TargetSettingModerationDetail::saveSltSection(int amendmentProposed, int amendmentAccepted,
                                                   const QString &outcome)
{
    if (!found())
        return refuse(tr("This form is no longer on the tablet."));
    if (!m_access.sltSection)
        return refuse(tr("Only SLT write the SLT section."));
    TargetSettingModerationForm form = *m_form;
    form.seniorLeaderId = m_session->staffId();
    form.amendmentProposed = fromYesNo(amendmentProposed);
    form.amendmentAccepted = fromYesNo(amendmentAccepted);
    form.moderationOutcome = outcome.trimmed();
    return saveForm(form);
}

} // namespace Stride
