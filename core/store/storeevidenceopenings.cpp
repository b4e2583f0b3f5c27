// Store::recordEvidenceOpened: who opened which evidence item, for the school's audit log.
#include "evidenceopening.h"
#include "store.h"

#include "../domain/validation.h"

#include <QDateTime>

namespace Stride {

bool Store::recordEvidenceOpened(const QString &evidenceId)
{
    if (m_actingStaffId.isEmpty() || evidenceId.isEmpty() || !evidenceItem(evidenceId))
        return false;
    // Each opening is a record of its own (a new id), never changed or deleted afterwards. It goes
    // only into the change log: there is nothing on the tablet to show or merge, so no table and no
    // field clocks, and the store keeps it in its audit log rather than among the records.
    const QVariantMap fields{
        {EvidenceOpening::evidenceIdField(), evidenceId},
        {EvidenceOpening::viewedAtField(), Column::instant(QDateTime::currentDateTimeUtc())},
        {EvidenceOpening::staffIdField(), m_actingStaffId}};
    m_lastError.clear();
    return transaction([&] {
        return appendMutation(EvidenceOpening::entity(), newId(), QStringLiteral("upsert"), fields, {},
                              m_clock->now().toString());
    });
}

} // namespace Stride
