#include "conflictrules.h"

namespace Stride::Server {

std::optional<Rejection> ConflictRules::check(const IncomingMutation &m,
                                              const std::optional<StoredRecord> &existing)
{
    if (m.entity != QLatin1String("conflict"))
        return std::nullopt;
    auto forbidden = [&](const QString &message) {
        return Rejection{m.mutationId, QStringLiteral("forbidden"), message};
    };
    if (m.isDelete())
        return forbidden(
            QStringLiteral("A conflict is never deleted from a tablet: choose a value to resolve it."));
    if (!existing || existing->deleted)
        return forbidden(
            QStringLiteral("Only the store records conflicts. This tablet sent one the store never "
                           "made, so it was not accepted."));
    for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it)
        if (it.key() != QLatin1String("resolved"))
            return forbidden(
                QStringLiteral("A tablet may only mark a conflict resolved; what the conflict records "
                               "(\"%1\") is the store's and does not change.")
                    .arg(it.key()));
    const QJsonValue resolved = m.fields.value(QLatin1String("resolved"));
    if (resolved != QJsonValue(1) && resolved != QJsonValue(true))
        return forbidden(
            QStringLiteral("A tablet may only mark a conflict resolved (resolved = 1), not reopen it."));
    return std::nullopt;
}

} // namespace Stride::Server
