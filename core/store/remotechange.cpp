#include "remotechange.h"

#include <QSet>

namespace Stride {

namespace {
QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

RemoteChange RemoteChange::fromJson(const QJsonObject &json)
{
    RemoteChange c;
    c.seq = static_cast<qint64>(json.value(QLatin1String("seq")).toDouble());
    c.mutationId = text(json, "mutation_id");
    c.entity = text(json, "entity");
    c.entityId = text(json, "entity_id");
    c.op = text(json, "op");
    c.fields = json.value(QLatin1String("fields")).toObject();
    c.hlc = text(json, "hlc");
    c.deviceId = text(json, "device_id");
    c.authorStaffId = text(json, "author_staff_id");
    return c;
}

QJsonObject RemoteChange::toJson() const
{
    return {{QStringLiteral("seq"), static_cast<double>(seq)},
            {QStringLiteral("mutation_id"), mutationId},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("entity_id"), entityId},
            {QStringLiteral("op"), op},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("hlc"), hlc},
            {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("author_staff_id"), authorStaffId}};
}

const QStringList &syncedEntities()
{
    static const QStringList tables{
        QStringLiteral("school"),
        QStringLiteral("staff"),
        QStringLiteral("school_class"),
        QStringLiteral("class_staff"),
        QStringLiteral("pupil"),
        QStringLiteral("ehcp_outcome"),
        QStringLiteral("term"),
        QStringLiteral("area_of_learning"),
        QStringLiteral("ilp"),
        QStringLiteral("target"),
        QStringLiteral("target_ehcp_link"),
        QStringLiteral("evidence_item"),
        QStringLiteral("evidence_pupil"),
        QStringLiteral("evidence_target"),
        QStringLiteral("media_reference"),
        QStringLiteral("judgement"),
        QStringLiteral("assessment_moderation_form"),
        QStringLiteral("moderation_form_evidence"),
        QStringLiteral("target_setting_moderation_form"),
        QStringLiteral("target_setting_form_ehcp_link"),
        QStringLiteral("parent_response"),
        QStringLiteral("profile_highlight"),
        QStringLiteral("conflict"),
        QStringLiteral("deleted_evidence"),
    };
    return tables;
}

bool isSyncedEntity(const QString &table)
{
    static const QSet<QString> tables(syncedEntities().cbegin(), syncedEntities().cend());
    return tables.contains(table);
}

} // namespace Stride
