#pragma once

#include "incomingmutation.h"
#include "recordstore.h"

#include <domain/vocabulary.h>

#include <QHash>
#include <QSet>
#include <optional>

namespace Stride::Server {

// Who may delete what (docs/sync.md, "Deletes"): evidence only by the person who captured it, a
// teacher of the class of one of its pupils, or a senior leader (EvidenceDeleteRule, the tablet's
// rule too, here over the store's own rows); a moderation form whose SLT part
// is filled in only by a senior leader. Removing a pupil, target or recording from an item is
// deleting part of it, so the same rule holds for those links. One per push: a tablet deletes an
// item's links before the item, so the pupils it unlinked earlier in the push still count.
class DeleteRules
{
public:
    DeleteRules(RecordStore &records, const QString &schoolId) : m_records(records), m_schoolId(schoolId) {}

    // `current` is what the store holds for the record (empty if nothing live).
    std::optional<Rejection> check(const IncomingMutation &m, const QList<StaffRole> &roles,
                                   const QJsonObject &current);

private:
    bool mayDeleteEvidence(const QString &itemId, const QJsonObject &item, const QString &staffId,
                           const QList<StaffRole> &roles);
    QSet<QString> classesOf(const QString &staffId);
    QSet<QString> classesOfPupils(const QSet<QString> &pupilIds);

    RecordStore &m_records;
    QString m_schoolId;
    QHash<QString, QSet<QString>> m_unlinkedPupils; // evidence id -> pupils unlinked in this push
};

} // namespace Stride::Server
