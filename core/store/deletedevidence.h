#pragma once

#include "../domain/vocabulary.h"
#include "writeresult.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Stride {

class Store;

// One evidence item someone deleted, as the school's store lists it (docs/sync.md, "Deleted
// evidence"): only what a senior leader needs to recognise it; what it said stays on the store.
struct DeletedEvidence
{
    QString id; // the evidence item's id
    EvidenceKind kind = EvidenceKind::Written;
    QDateTime capturedAt;
    QString capturedBy; // staff id
    QStringList pupilIds;
    QString deletedBy; // staff id; empty for the school's admin console
    QDateTime deletedAt;
    QString restoredBy; // set once a senior leader asked for it back
    QDateTime restoredAt;

    bool restoreAsked() const { return !restoredBy.isEmpty(); }
};

// The school's deleted evidence on this tablet, and a senior leader's request to restore an item.
// The list is written only by the store; the request is an ordinary change (restored_by, in the
// asker's own name) that goes out in the next push, and the store then sends the item back to
// every tablet.
class DeletedEvidenceList
{
public:
    explicit DeletedEvidenceList(Store &store) : m_store(store) {}

    // Newest deletion first: items not restored, and those whose restore is asked for but not yet
    // back on this tablet.
    QList<DeletedEvidence> recent(const QString &schoolId, int limit = 500) const;
    std::optional<DeletedEvidence> find(const QString &id) const;
    // Asks for the item back, as the person acting on the store, who must be a senior leader.
    WriteResult restore(const QString &id);

private:
    Store &m_store;
};

} // namespace Stride
