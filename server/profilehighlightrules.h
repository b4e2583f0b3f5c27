#pragma once

#include "incomingmutation.h"
#include "recordstore.h"

#include <QJsonObject>
#include <optional>

namespace Stride::Server {

// What the store holds true of a highlight on a pupil's one-page profile for their family
// (profile_highlight, core/documents/onepageprofile.h), whatever a tablet sends: its pupil is one
// of this school's, its term is this school's, and its evidence is a live item of this school in
// which that pupil is. A highlight naming another child's evidence would put that child's moment
// on someone else's page home. Who may write highlights at all (teachers and SLT) is Permissions'
// rule; this one runs after it, checked against the store's own rows.
class ProfileHighlightRules
{
public:
    // `current` is what the store holds for the highlight (empty if nothing live).
    static std::optional<Rejection> check(const IncomingMutation &m, const QJsonObject &current,
                                          RecordStore &records, const QString &schoolId);
};

} // namespace Stride::Server
