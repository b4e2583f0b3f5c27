#include "pupilprofile.h"

#include "session.h"
#include "wording.h"

#include "store/store.h"
#include "termend/parentreplies.h"

namespace Stride {

PupilProfile::PupilProfile(QObject *parent) : QObject(parent) {}

void PupilProfile::setSession(Session *session)
{
    if (!Session::follow(m_session, session, this, [this] { reload(); }))
        return;
    emit sessionChanged();
    reload();
}

void PupilProfile::setPupilId(const QString &pupilId)
{
    if (m_pupilId == pupilId)
        return;
    m_pupilId = pupilId;
    emit pupilIdChanged();
    reload();
}

QString PupilProfile::evidenceText() const
{
    return Wording::evidenceThisTerm(m_d.evidenceCount);
}

void PupilProfile::reload()
{
    m_found = false;
    m_d = {};
    Store *store = m_session && m_session->store().isOpen() ? &m_session->store() : nullptr;
    const auto pupil = store && !m_pupilId.isEmpty() ? store->pupil(m_pupilId) : std::nullopt;
    if (pupil) {
        m_found = true;
        m_d.name = pupil->displayName();
        m_d.firstName = pupil->firstName;
        m_d.initials = pupil->initials.isEmpty() ? Pupil::initialsFor(pupil->firstName, pupil->surname)
                                                 : pupil->initials;
        m_d.yearGroup = Wording::yearGroup(pupil->yearGroup);
        m_d.keyStage = Wording::keyStage(pupil->keyStage);
        if (const auto c = store->schoolClass(pupil->classId))
            m_d.className = c->name;
        m_d.needs = pupil->specificNeeds;
        m_d.pronouns = toLabel(pupil->pronouns);
        m_d.consent = pupil->mediaConsent;
        m_d.consentText = Wording::consentBadge(pupil->mediaConsent);
        m_d.consentMeaning = toLabel(pupil->mediaConsent);
        m_d.preparingForAdulthood = pupil->isPreparingForAdulthood();
        for (const EhcpOutcome &o : pupil->ehcpOutcomes)
            m_d.ehcpOutcomes.append(
                QVariantMap{{QStringLiteral("reference"), o.reference}, {QStringLiteral("text"), o.text}});
        const QString termId = m_session->termId();
        if (!termId.isEmpty()) {
            if (const auto ilp = store->ilpFor(pupil->id, termId))
                m_d.additionalProvision = ilp->additionalProvision;
            // A group item linked to several of this pupil's targets is still one item for them.
            m_d.evidenceCount = store->evidenceCountsByPupil(pupil->classId, termId).value(pupil->id);
        }
        if (const auto term = ParentReplies::reportTerm(*store, pupil->schoolId, m_session->today()))
            if (const auto ilp = store->ilpFor(pupil->id, term->id)) {
                m_d.parentReplyTerm = term->name;
                if (const auto reply = ParentReplies::replyTo(*store, ilp->id))
                    m_d.parentReply = ParentReplies::summary(*reply);
            }
    }
    emit changed();
}

} // namespace Stride
