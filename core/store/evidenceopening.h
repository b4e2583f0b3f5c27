#pragma once

#include <QString>

namespace Stride::EvidenceOpening {

// A person opening an evidence item on a tablet travels as a change of this entity
// (Store::recordEvidenceOpened): a record for the school's audit log only. The store writes it to
// its audit log and nowhere else, so no other tablet ever receives it, and no tablet keeps a table
// of them (docs/security.md, "Audit").
inline QString entity()
{
    return QStringLiteral("evidence_view");
}
inline QString evidenceIdField()
{
    return QStringLiteral("evidence_id");
}
inline QString viewedAtField()
{
    return QStringLiteral("viewed_at");
}
inline QString staffIdField()
{
    return QStringLiteral("staff_id");
}

} // namespace Stride::EvidenceOpening
