#pragma once

#include "../domain/evidenceitem.h"

#include <QDateTime>
#include <QHash>

namespace Stride {

// What the next capture starts with. Within one lesson (the same person, no more than
// kLessonMinutes since their last capture) the setting, the people present, the prompt level and
// who may see it carry over, so a TA recording the same activity again taps only what changed.
// A new lesson starts clean: yesterday's café trip must not label today's classroom work.
class CaptureDefaults
{
public:
    static constexpr int kLessonMinutes = 45;

    void remember(const EvidenceItem &saved, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // A draft for `staffId` at `now`, with the carried-over fields filled in when in the same lesson.
    EvidenceItem draft(const QString &schoolId, const QString &staffId,
                       const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    bool inSameLesson(const QString &staffId, const QDateTime &now) const;
    void forget(const QString &staffId) { m_last.remove(staffId); }

private:
    struct Last
    {
        EvidenceItem item;
        QDateTime at;
    };
    QHash<QString, Last> m_last; // per member of staff: tablets are shared
};

} // namespace Stride
