#pragma once

#include "incomingmutation.h"
#include "recordstore.h"

#include <optional>

namespace Stride::Server {

// Media consent and visibility checked by the store against its own pupil rows, with the very rule
// the tablet applies before it records anything (Stride::ConsentCheck, core/domain/consentrules.h).
// An item, its pupil links and its media arrive as separate mutations, so each is checked against
// what the store already holds: a link needs its item and pupil in the store (the tablet sends the
// item first) and must fit the item's kind and visibility; media need a live item; a wider
// visibility, or an item made again after a delete, must fit every pupil already linked.
class EvidenceConsent
{
public:
    // `current` is what the store holds for the record (empty if nothing live).
    static std::optional<Rejection> check(const IncomingMutation &m, const QJsonObject &current,
                                          RecordStore &records, const QString &schoolId);
};

} // namespace Stride::Server
