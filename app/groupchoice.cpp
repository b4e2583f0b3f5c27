#include "groupchoice.h"

namespace Stride {

GroupChoice::GroupChoice(QObject *parent) : QObject(parent) {}

void GroupChoice::start()
{
    m_pupilIds.clear();
    m_choosing = true;
    emit changed();
}

void GroupChoice::toggle(const QString &pupilId)
{
    if (!m_choosing || pupilId.isEmpty())
        return;
    if (!m_pupilIds.removeOne(pupilId))
        m_pupilIds << pupilId;
    emit changed();
}

void GroupChoice::cancel()
{
    m_pupilIds.clear();
    m_choosing = false;
    emit changed();
}

bool GroupChoice::record()
{
    if (!m_choosing || m_pupilIds.isEmpty())
        return false;
    const QStringList chosen = m_pupilIds;
    cancel();
    emit recordRequested(chosen);
    return true;
}

} // namespace Stride
