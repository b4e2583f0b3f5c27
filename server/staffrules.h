#pragma once

#include "incomingmutation.h"

#include <domain/vocabulary.h>

#include <QJsonObject>
#include <QList>

namespace Stride::Server {

// Who may change what makes a person powerful on the store: their roles, whether they are active,
// and their PIN (docs/security.md, "Rules the store enforces"). The office and senior leaders
// manage staff, but nobody changes their own roles or active flag: otherwise one copied tablet
// and one SLT's or admin's name would be enough to promote or keep alive any account.
class StaffRules
{
public:
    // `roles` are the author's, as the store holds them; `current` is the staff record now held.
    static std::optional<Rejection> check(const IncomingMutation &m, const QList<StaffRole> &roles,
                                          const QJsonObject &current);
};

} // namespace Stride::Server
