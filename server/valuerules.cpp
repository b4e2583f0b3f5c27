#include "valuerules.h"

#include <QHash>
#include <QJsonValue>
#include <QSet>

#include <cmath>

namespace Stride::Server {

namespace {

// How a field holds its vocabulary: one key as text, a comma-separated list of keys (toKeyList),
// or one key that is a whole number (the target statuses, INTEGER columns with CHECK 1..4).
enum class Shape {
    Key,
    KeyList,
    NumberKey
};

struct ValueRule
{
    QStringList keys;
    Shape shape = Shape::Key;
    bool nullable = false; // the column may be NULL (core/store/migrations.cpp)
};

template <typename E> ValueRule rule(Shape shape = Shape::Key, bool nullable = false)
{
    return {allKeys<E>(), shape, nullable};
}

using RuleTable = QHash<QString, QHash<QString, ValueRule>>;

// Entity -> column -> accepted keys, the keys taken from the core's vocabularies so there is no
// second list to fall out of step. Which vocabulary each column holds is core/store/rowmapping.cpp's.
const RuleTable &rules()
{
    static const RuleTable table{
        {QStringLiteral("staff"), {{QStringLiteral("roles"), rule<StaffRole>(Shape::KeyList)}}},
        {QStringLiteral("pupil"),
         {{QStringLiteral("pronouns"), rule<Pronouns>()},
          {QStringLiteral("media_consent"), rule<MediaConsent>()}}},
        {QStringLiteral("area_of_learning"), {{QStringLiteral("kind"), rule<AreaKind>()}}},
        {QStringLiteral("target"),
         {{QStringLiteral("aspects"), rule<MappAspect>(Shape::KeyList)},
          {QStringLiteral("lineage"), rule<TargetLineage>()}}},
        {QStringLiteral("evidence_item"),
         {{QStringLiteral("kind"), rule<EvidenceKind>()},
          {QStringLiteral("prompt_level"), rule<PromptLevel>(Shape::Key, true)},
          {QStringLiteral("visibility"), rule<Visibility>()}}},
        {QStringLiteral("media_reference"), {{QStringLiteral("role"), rule<MediaRole>()}}},
        {QStringLiteral("judgement"),
         {{QStringLiteral("role"), rule<JudgementRole>()},
          {QStringLiteral("status"), rule<TargetStatus>(Shape::NumberKey)},
          {QStringLiteral("next_step"), rule<NextStep>(Shape::Key, true)}}},
        {QStringLiteral("assessment_moderation_form"),
         {{QStringLiteral("mind_changed_by"), rule<MindChangedBy>(Shape::Key, true)},
          {QStringLiteral("final_status"), rule<TargetStatus>(Shape::NumberKey, true)},
          {QStringLiteral("moderation_outcome"), rule<ModerationOutcome>(Shape::Key, true)}}},
        {QStringLiteral("target_setting_moderation_form"),
         {{QStringLiteral("previous_status"), rule<TargetStatus>(Shape::NumberKey, true)},
          {QStringLiteral("next_step"), rule<NextStep>(Shape::Key, true)},
          {QStringLiteral("challenge"), rule<ChallengeLevel>(Shape::Key, true)}}},
    };
    return table;
}

// Exact keys, comma-separated with nothing around them, each once: what toKeyList() writes.
bool isKeyList(const QString &text, const QStringList &keys)
{
    if (text.isEmpty())
        return true; // no values (a target with no aspects)
    QSet<QString> seen;
    for (const QString &part : text.split(QLatin1Char(','))) {
        if (!keys.contains(part) || seen.contains(part))
            return false;
        seen.insert(part);
    }
    return true;
}

bool accepts(const ValueRule &r, const QJsonValue &v)
{
    if (v.isNull())
        return r.nullable;
    switch (r.shape) {
    case Shape::Key:
        return v.isString() && r.keys.contains(v.toString());
    case Shape::KeyList:
        return v.isString() && isKeyList(v.toString(), r.keys);
    case Shape::NumberKey: {
        if (!v.isDouble())
            return false;
        const double d = v.toDouble();
        // In range before it is made an integer: converting a larger one (7e112, which a push may
        // hold) is undefined behaviour, not a refusal. NaN fails the test too.
        return std::abs(d) < 1e15 && d == static_cast<double>(static_cast<qint64>(d)) &&
               r.keys.contains(QString::number(static_cast<qint64>(d)));
    }
    }
    return false;
}

QString described(const ValueRule &r)
{
    QStringList quoted;
    for (const QString &k : r.keys)
        quoted << (r.shape == Shape::NumberKey ? k : QStringLiteral("\"%1\"").arg(k));
    QString text = r.shape == Shape::KeyList
                       ? QStringLiteral("a comma-separated list of %1").arg(quoted.join(QStringLiteral(", ")))
                       : QStringLiteral("one of %1").arg(quoted.join(QStringLiteral(", ")));
    if (r.nullable)
        text += QStringLiteral(", or empty (null)");
    return text;
}

} // namespace

std::optional<Rejection> ValueRules::check(const IncomingMutation &m)
{
    const auto entity = rules().constFind(m.entity);
    if (entity == rules().constEnd())
        return std::nullopt;
    for (auto it = entity->constBegin(); it != entity->constEnd(); ++it) {
        if (!m.fields.contains(it.key()) || accepts(*it, m.fields.value(it.key())))
            continue;
        return Rejection{m.mutationId, QStringLiteral("invalid_value"),
                         QStringLiteral("The field \"%1\" of a %2 must be %3, written exactly so. The tablet "
                                        "sent something else, so the change was not accepted.")
                             .arg(it.key(), m.entity, described(*it))};
    }
    return std::nullopt;
}

QList<StaffRole> ValueRules::staffRoles(const QString &keys)
{
    QList<StaffRole> roles;
    for (const QString &part : keys.split(QLatin1Char(','), Qt::SkipEmptyParts))
        for (const auto &entry : Vocabulary<StaffRole>::entries())
            if (part == QLatin1String(entry.key) && !roles.contains(entry.value))
                roles << entry.value;
    return roles;
}

} // namespace Stride::Server
