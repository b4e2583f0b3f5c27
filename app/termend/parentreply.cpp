#include "parentreply.h"

#include "store/store.h"
#include "termend/parentreplies.h"

#include <QLocale>

namespace Stride {

ParentReplyForm::ParentReplyForm(QObject *parent) : QObject(parent) {}

void ParentReplyForm::setSession(Session *session)
{
    // A sync while the slip is being typed must not wipe it: only a form not yet touched reloads.
    if (!Session::follow(m_session, session, this, [this] {
            if (!m_touched)
                reload();
        }))
        return;
    emit sessionChanged();
    reload();
}

void ParentReplyForm::setPupilId(const QString &pupilId)
{
    if (pupilId == m_pupilId)
        return;
    m_pupilId = pupilId;
    emit pupilIdChanged();
    reload();
}

void ParentReplyForm::reload()
{
    m_found = false;
    m_pupilName.clear();
    m_firstName.clear();
    m_className.clear();
    m_termName.clear();
    m_ilpId.clear();
    m_recorded = false;
    m_canRecord = false;
    m_approved = false;
    m_comments.clear();
    m_respondentName.clear();
    m_receivedOn = {};
    m_recordedBy.clear();
    if (m_session && !m_pupilId.isEmpty()) {
        const Store &store = m_session->store();
        if (const auto pupil = store.pupil(m_pupilId)) {
            m_found = true;
            m_pupilName = pupil->displayName();
            m_firstName = pupil->firstName;
            if (const auto schoolClass = store.schoolClass(pupil->classId))
                m_className = schoolClass->name;
            if (const auto term = ParentReplies::reportTerm(store, pupil->schoolId, m_session->today())) {
                m_termName = term->name;
                if (const auto ilp = store.ilpFor(pupil->id, term->id))
                    m_ilpId = ilp->id;
            }
        }
        if (const auto me = store.staff(m_session->staffId()))
            m_canRecord = me->hasRole(StaffRole::Teacher) || me->hasRole(StaffRole::SeniorLeader) ||
                          me->hasRole(StaffRole::Admin);
        m_receivedOn = m_session->today();
        m_recordedBy = m_session->staffId();
        if (const auto reply = m_ilpId.isEmpty() ? std::nullopt : ParentReplies::replyTo(store, m_ilpId)) {
            m_recorded = true;
            m_approved = reply->approved;
            m_comments = reply->comments;
            m_respondentName = reply->respondentName;
            m_receivedOn = reply->receivedOn;
            m_recordedBy = reply->recordedBy;
        }
    }
    m_message.clear();
    m_touched = false;
    emit loaded();
    emit edited();
    emit messageChanged();
}

void ParentReplyForm::setApproved(bool approved)
{
    if (approved == m_approved)
        return;
    m_approved = approved;
    m_touched = true;
    emit edited();
}

void ParentReplyForm::setComments(const QString &comments)
{
    if (comments == m_comments)
        return;
    m_comments = comments;
    m_touched = true;
    emit edited();
}

void ParentReplyForm::setRespondentName(const QString &name)
{
    if (name == m_respondentName)
        return;
    m_respondentName = name;
    m_touched = true;
    emit edited();
}

QString ParentReplyForm::receivedText() const
{
    return m_receivedOn.isValid() ? QLocale().toString(m_receivedOn, QStringLiteral("dddd d MMMM yyyy"))
                                  : QString();
}

bool ParentReplyForm::canMoveLater() const
{
    return m_session && m_receivedOn.isValid() && m_receivedOn < m_session->today();
}

void ParentReplyForm::moveReceived(int days)
{
    if (!m_session || !m_receivedOn.isValid())
        return;
    const QDate moved = m_receivedOn.addDays(days);
    if (moved > m_session->today() || moved == m_receivedOn)
        return;
    m_receivedOn = moved;
    m_touched = true;
    emit edited();
}

QString ParentReplyForm::enteredBy() const
{
    if (!m_session)
        return {};
    const auto staff = m_session->store().staff(m_recordedBy);
    const QString name = staff ? staff->displayName() : tr("someone no longer on this tablet");
    return m_recorded ? tr("Entered by %1. Saving again records it as entered by %2.")
                            .arg(name, m_session->staffName())
                      : tr("Entered by %1").arg(m_session->staffName());
}

QString ParentReplyForm::problem() const
{
    if (!m_approved && m_comments.trimmed().isEmpty())
        return tr("If the family did not approve the new targets, write their comments from the slip.");
    return {};
}

bool ParentReplyForm::save()
{
    if (!m_session || !m_canRecord) {
        setMessage(tr("Only a teacher, a senior leader or the office can record a family's reply."));
        return false;
    }
    if (m_ilpId.isEmpty()) {
        setMessage(tr("%1 has no ILP for %2 yet, so no progress report has gone home to reply to.")
                       .arg(m_pupilName, m_termName.isEmpty() ? tr("next term") : m_termName));
        return false;
    }
    ParentResponse reply = ParentReplies::newReply(m_ilpId, m_session->staffId(), m_receivedOn);
    reply.approved = m_approved;
    reply.comments = m_comments.trimmed();
    reply.respondentName = m_respondentName.trimmed();
    const WriteResult result = m_session->store().save(reply);
    if (!result.ok) {
        QStringList reasons;
        for (const ValidationProblem &p : result.problems)
            reasons << p.message;
        setMessage(reasons.isEmpty() ? result.message : reasons.join(QLatin1Char(' ')));
        return false;
    }
    m_session->notePlanChanged();
    emit saved(tr("%1's family's reply is recorded.").arg(m_firstName));
    return true;
}

QString ParentReplyForm::summary() const
{
    if (!m_found)
        return tr("No pupil");
    if (m_ilpId.isEmpty())
        return tr("%1: no ILP for %2, nothing to reply to").arg(m_pupilName, m_termName);
    return tr("%1's reply to the %2 report: %3, %4")
        .arg(m_pupilName, m_termName, m_approved ? tr("approved") : tr("not approved"),
             m_recorded ? tr("recorded") : tr("not recorded yet"));
}

void ParentReplyForm::setMessage(const QString &message)
{
    m_message = message;
    emit messageChanged();
}

} // namespace Stride
