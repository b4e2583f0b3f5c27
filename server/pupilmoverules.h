#pragma once

#include "incomingmutation.h"

#include <domain/vocabulary.h>

#include <QJsonObject>
#include <QList>
#include <optional>

namespace Stride::Server {

// Who may move a pupil: their class, year group and key stage change only at the year-end class
// move (docs/termend.md), which senior leaders or the office make. Teachers keep the rest of a
// pupil's record (names, needs, consent, outcomes), as Permissions lets them; but a teacher who
// could move a pupil into their own class would see that pupil's whole history, evidence included,
// and the pupil would vanish from the class team that should have it.
class PupilMoveRules
{
public:
    // `roles` are the author's, as the store holds them; `current` is the pupil record held now
    // (empty for a new pupil, which the office or a CSV import adds with its class).
    static std::optional<Rejection> check(const IncomingMutation &m, const QList<StaffRole> &roles,
                                          const QJsonObject &current);
};

} // namespace Stride::Server
