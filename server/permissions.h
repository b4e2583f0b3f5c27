#pragma once

#include "incomingmutation.h"
#include "recordstore.h"

#include <domain/vocabulary.h>

#include <QList>
#include <QSet>
#include <optional>

namespace Stride::Server {

// The role rules of docs/sync.md ("Roles"), checked against the server's own copy of the author's
// staff record, never against anything the tablet claims.
class Permissions
{
public:
    // Finds the author among the school's staff; a rejection if they are unknown, of another
    // school, or no longer active.
    static std::optional<Rejection> authorOf(const IncomingMutation &m,
                                             const std::optional<StoredRecord> &staffRecord,
                                             const QString &schoolId, QList<StaffRole> *roles);
    // May someone with `roles` make this change to a record that currently holds `current`?
    static std::optional<Rejection> check(const IncomingMutation &m, const QList<StaffRole> &roles,
                                          const QJsonObject &current);
    // The fields of a moderation form only the assessment lead or SLT fill in (none for other tables).
    static const QSet<QString> &sltFields(const QString &entity);
    // A staff record's name as people say it ("Hannah Kaur"), for refusals.
    static QString nameOf(const StoredRecord &staffRecord);
};

} // namespace Stride::Server
