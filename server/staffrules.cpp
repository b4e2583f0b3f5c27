#include "staffrules.h"

#include "valuerules.h"

#include <QSet>

namespace Stride::Server {

namespace {

Rejection forbidden(const IncomingMutation &m, const QString &message)
{
    return {m.mutationId, QStringLiteral("forbidden"), message};
}

// An active flag as the store reads it (Permissions::authorOf): 0 or false is inactive.
bool isActive(const QJsonValue &v)
{
    return !(v == QJsonValue(0) || v == QJsonValue(false));
}

bool changesRoles(const IncomingMutation &m, const QJsonObject &current)
{
    if (!m.fields.contains(QLatin1String("roles")))
        return false;
    const QList<StaffRole> before = ValueRules::staffRoles(current.value(QLatin1String("roles")).toString());
    const QList<StaffRole> after = ValueRules::staffRoles(m.fields.value(QLatin1String("roles")).toString());
    return QSet<StaffRole>(before.cbegin(), before.cend()) != QSet<StaffRole>(after.cbegin(), after.cend());
}

bool changesActive(const IncomingMutation &m, const QJsonObject &current)
{
    return m.fields.contains(QLatin1String("active")) && isActive(m.fields.value(QLatin1String("active"))) !=
                                                             isActive(current.value(QLatin1String("active")));
}

bool changesCredentials(const IncomingMutation &m, const QJsonObject &current)
{
    for (const char *field : {"pin_hash", "pin_salt"}) {
        const QLatin1String name(field);
        if (m.fields.contains(name) && m.fields.value(name) != current.value(name))
            return true;
    }
    return false;
}

} // namespace

std::optional<Rejection> StaffRules::check(const IncomingMutation &m, const QList<StaffRole> &roles,
                                           const QJsonObject &current)
{
    if (m.entity != QLatin1String("staff"))
        return std::nullopt;
    const QJsonValue active = m.fields.value(QLatin1String("active"));
    if (m.fields.contains(QLatin1String("active")) && active != QJsonValue(0) && active != QJsonValue(1) &&
        !active.isBool())
        return Rejection{
            m.mutationId, QStringLiteral("invalid_value"),
            QStringLiteral("The field \"active\" of a staff member must be 1 or 0 (true or false).")};
    const bool powers = m.isDelete() || changesRoles(m, current) || changesActive(m, current) ||
                        changesCredentials(m, current);
    if (!powers)
        return std::nullopt;
    if (!roles.contains(StaffRole::Admin) && !roles.contains(StaffRole::SeniorLeader))
        return forbidden(m,
                         QStringLiteral("Only the office (admin) or senior leaders change a person's roles, "
                                        "whether they are active, or their PIN."));
    if (m.entityId == m.authorStaffId &&
        (m.isDelete() || changesRoles(m, current) || changesActive(m, current)))
        return forbidden(
            m, QStringLiteral("Nobody changes their own roles or takes themselves off the staff "
                              "list. Ask another senior leader or the office to make this change."));
    return std::nullopt;
}

} // namespace Stride::Server
