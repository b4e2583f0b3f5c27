#include "capturedefaults.h"

namespace Stride {

void CaptureDefaults::remember(const EvidenceItem &saved, const QDateTime &now)
{
    m_last.insert(saved.capturedBy, {saved, now});
}

bool CaptureDefaults::inSameLesson(const QString &staffId, const QDateTime &now) const
{
    const auto it = m_last.constFind(staffId);
    return it != m_last.cend() && it->at.secsTo(now) >= 0 && it->at.secsTo(now) <= kLessonMinutes * 60;
}

EvidenceItem CaptureDefaults::draft(const QString &schoolId, const QString &staffId,
                                    const QDateTime &now) const
{
    EvidenceItem item;
    item.schoolId = schoolId;
    item.capturedBy = staffId;
    item.capturedAt = now;
    if (inSameLesson(staffId, now)) {
        const EvidenceItem &last = m_last.value(staffId).item;
        item.setting = last.setting;
        item.peoplePresent = last.peoplePresent;
        item.promptLevel = last.promptLevel;
        item.visibility = last.visibility;
    }
    return item;
}

} // namespace Stride
