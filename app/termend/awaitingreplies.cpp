#include "awaitingreplies.h"

#include "../wording.h"

#include "store/store.h"
#include "termend/parentreplies.h"

namespace Stride {

AwaitingReplies::AwaitingReplies(QObject *parent) : QObject(parent) {}

void AwaitingReplies::setSession(Session *session)
{
    if (!Session::follow(m_session, session, this, [this] { reload(); }))
        return;
    emit sessionChanged();
    reload();
}

void AwaitingReplies::reload()
{
    m_termName.clear();
    m_families.clear();
    m_countText.clear();
    m_withoutIlpText.clear();
    m_emptyText.clear();
    if (m_session && m_session->hasSchool()) {
        const Store &store = m_session->store();
        const QString schoolId = m_session->schoolId();
        const auto term = ParentReplies::reportTerm(store, schoolId, m_session->today());
        if (!term) {
            m_emptyText = tr("The school has no terms yet, so no progress report is waiting for replies.");
        } else {
            m_termName = term->name;
            // Teachers chase their own classes' slips; senior leaders and the office the whole school's.
            const auto me = store.staff(m_session->staffId());
            const bool wholeSchool =
                me && (me->hasRole(StaffRole::SeniorLeader) || me->hasRole(StaffRole::Admin));
            QStringList classIds;
            if (wholeSchool || !me)
                classIds << QString();
            else
                classIds = me->classIds;
            int replied = 0;
            QStringList withoutIlp;
            for (const QString &classId : classIds) {
                const ParentReplies::Awaited awaited =
                    ParentReplies::awaiting(store, schoolId, term->id, classId);
                replied += awaited.replied;
                for (const ParentReplies::AwaitedFamily &family : awaited.families)
                    m_families << QVariantMap{{QStringLiteral("pupilId"), family.pupil.id},
                                              {QStringLiteral("name"), family.pupil.displayName()},
                                              {QStringLiteral("className"), family.className}};
                for (const Pupil &pupil : awaited.withoutIlp)
                    withoutIlp << pupil.displayName();
            }
            const int total = replied + int(m_families.size());
            m_countText = total == 0
                              ? QString()
                              : tr("%1 of %2 families have replied to the %3 progress report; %4 to go.")
                                    .arg(replied)
                                    .arg(total)
                                    .arg(term->name)
                                    .arg(m_families.size());
            if (!withoutIlp.isEmpty())
                m_withoutIlpText = tr("No %1 ILP yet, so no report has gone home: %2.")
                                       .arg(term->name, Wording::names(withoutIlp));
            if (total == 0)
                m_emptyText = tr("No pupil has an ILP for %1 yet, so no progress report has gone home.")
                                  .arg(term->name);
            else if (m_families.isEmpty())
                m_emptyText = tr("Every family has replied. Thank you!");
        }
    }
    emit loaded();
}

} // namespace Stride
