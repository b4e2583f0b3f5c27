#pragma once

#include "capturedraft.h"

#include <QHash>
#include <QString>

namespace Stride {

// Drafts left unsaved when someone else took the tablet (or the person signed out), one per
// member of staff. Each waits in memory, exactly as it was left, for the person who started it;
// nobody else sees or saves it under their own name.
class ParkedDrafts
{
public:
    // Keeps `draft` for the person who started it (item.capturedBy), in place of any kept before.
    void park(const CaptureDraft &draft) { m_drafts.insert(draft.item.capturedBy, draft); }
    bool has(const QString &staffId) const { return !staffId.isEmpty() && m_drafts.contains(staffId); }
    // The person's draft, to change in place (a recording that finishes after they were switched
    // away arrives into it); null if they have none.
    CaptureDraft *find(const QString &staffId);
    const CaptureDraft *find(const QString &staffId) const;
    CaptureDraft take(const QString &staffId) { return m_drafts.take(staffId); }
    // Everyone's drafts go, with the recordings they hold (the tablet was erased).
    void clear();

private:
    QHash<QString, CaptureDraft> m_drafts;
};

} // namespace Stride
