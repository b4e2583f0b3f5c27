#include "pupilmoverules.h"

namespace Stride::Server {

namespace {

// Two values of one field as the same thing: a class id held as null and sent as "" (or the
// other way round) is no move, nor is a year group held as 7 and sent as 7.0.
bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    const auto text = [](const QJsonValue &v) {
        return v.isNull() || v.isUndefined() ? QString() : v.toVariant().toString();
    };
    return text(a) == text(b);
}

} // namespace

std::optional<Rejection> PupilMoveRules::check(const IncomingMutation &m, const QList<StaffRole> &roles,
                                               const QJsonObject &current)
{
    if (m.entity != QLatin1String("pupil") || m.isDelete() || current.isEmpty())
        return std::nullopt;
    if (roles.contains(StaffRole::SeniorLeader) || roles.contains(StaffRole::Admin))
        return std::nullopt;
    for (const char *field : {"class_id", "year_group", "key_stage"}) {
        const QLatin1String name(field);
        if (m.fields.contains(name) && !sameValue(m.fields.value(name), current.value(name)))
            return Rejection{m.mutationId, QStringLiteral("forbidden"),
                             QStringLiteral("Only senior leaders or the office move a pupil to another "
                                            "class or year group (the year-end class move). Ask them "
                                            "to make this change.")};
    }
    return std::nullopt;
}

} // namespace Stride::Server
