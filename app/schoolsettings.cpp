#include "schoolsettings.h"

#include "people/offlinelocksetting.h"
#include "store/store.h"

namespace Stride {

SchoolSettings::SchoolSettings(QObject *parent) : QObject(parent) {}

void SchoolSettings::setSession(Session *session)
{
    // A sync that brings the school's row must not throw away what is being typed.
    if (!Session::follow(m_session, session, this, [this] {
            if (!isChanged())
                reload();
        }))
        return;
    emit sessionChanged();
    reload();
}

void SchoolSettings::reload()
{
    m_canChange = false;
    m_days = School::kDefaultOfflineLockDays;
    if (m_session && m_session->hasSchool()) {
        const Store &store = m_session->store();
        if (const auto school = store.school(m_session->schoolId()))
            m_days = school->offlineLockDays;
        m_canChange = m_session->signedIn() && OfflineLockSetting::mayChange(store, m_session->staffId());
    }
    m_usingDefault = m_days == School::kDefaultOfflineLockDays;
    m_typed = QString::number(m_days);
    emit loaded();
    emit typedDaysChanged();
}

void SchoolSettings::setTypedDays(const QString &typed)
{
    if (typed == m_typed)
        return;
    m_typed = typed;
    emit typedDaysChanged();
    if (!m_message.isEmpty())
        setMessage({}, false); // what the last save said is about a value no longer shown
}

QString SchoolSettings::currentText() const
{
    return m_usingDefault ? tr("%n day(s) (Stride's default)", nullptr, m_days)
                          : tr("%n day(s)", nullptr, m_days);
}

bool SchoolSettings::save()
{
    if (!m_session || !m_session->hasSchool())
        return false;
    // The core refuses anyone but a senior leader or the office, in its own words.
    const WriteResult result = OfflineLockSetting::change(m_session->store(), m_session->schoolId(), m_typed);
    if (!result.ok) {
        setMessage(result.message, true);
        return false;
    }
    reload();
    setMessage(tr("Saved. From their next sync, every tablet of the school locks itself after %n day(s) "
                  "without reaching the school's store.",
                  nullptr, m_days),
               false);
    return true;
}

void SchoolSettings::setMessage(const QString &message, bool refused)
{
    m_message = message;
    m_refused = refused;
    emit messageChanged();
}

} // namespace Stride
