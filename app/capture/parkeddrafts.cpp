#include "parkeddrafts.h"

namespace Stride {

CaptureDraft *ParkedDrafts::find(const QString &staffId)
{
    const auto it = m_drafts.find(staffId);
    return it == m_drafts.end() ? nullptr : &it.value();
}

const CaptureDraft *ParkedDrafts::find(const QString &staffId) const
{
    const auto it = m_drafts.constFind(staffId);
    return it == m_drafts.constEnd() ? nullptr : &it.value();
}

void ParkedDrafts::clear()
{
    for (CaptureDraft &draft : m_drafts)
        draft.dropMedia();
    m_drafts.clear();
}

} // namespace Stride
