#include "offlinelockrules.h"

#include <domain/school.h>

#include <cmath>

namespace Stride::Server {

std::optional<Rejection> OfflineLockRules::check(const IncomingMutation &m)
{
    if (m.entity != QLatin1String("school") || m.isDelete() ||
        !m.fields.contains(QStringLiteral("offline_lock_days")))
        return std::nullopt;
    const QJsonValue days = m.fields.value(QStringLiteral("offline_lock_days"));
    const double d = days.isDouble() ? days.toDouble() : -1;
    // Compared as a double first: a huge or fractional number is refused, never converted.
    if (d >= 1 && d <= School::kMostOfflineLockDays && d == std::floor(d))
        return std::nullopt;
    return Rejection{m.mutationId, QStringLiteral("invalid_value"),
                     QStringLiteral("The days a tablet may go without reaching the store before it locks "
                                    "itself must be a whole number from 1 to %1, so the change was not "
                                    "accepted.")
                         .arg(School::kMostOfflineLockDays)};
}

} // namespace Stride::Server
