#include "incomingmutation.h"

#include "entitycatalogue.h"
#include "evidenceopenings.h"
#include "storejson.h"

namespace Stride::Server {

namespace {

constexpr int kMaxIdLength = 128;
constexpr qsizetype kMaxTextValue = 256 * 1024;

Rejection invalid(const QString &mutationId, const QString &message)
{
    return {mutationId, QStringLiteral("invalid_mutation"), message};
}

bool isPlainValue(const QJsonValue &v)
{
    return v.isNull() || v.isBool() || v.isDouble() || (v.isString() && v.toString().size() <= kMaxTextValue);
}

} // namespace

QJsonObject Rejection::toJson() const
{
    return {{QStringLiteral("mutation_id"), mutationId},
            {QStringLiteral("error"), error},
            {QStringLiteral("message"), message}};
}

std::optional<QString> IncomingMutation::mutationIdOf(const QJsonValue &value)
{
    const QJsonValue id = value.toObject().value(QLatin1String("mutation_id"));
    if (!value.isObject() || !id.isString() || id.toString().isEmpty() || id.toString().size() > kMaxIdLength)
        return std::nullopt;
    return id.toString();
}

ParsedMutation IncomingMutation::parse(const QJsonObject &json, QByteArrayView sentFieldsText)
{
    const EntityCatalogue &catalogue = EntityCatalogue::instance();
    IncomingMutation m;
    m.mutationId = json.value(QLatin1String("mutation_id")).toString();
    m.entity = json.value(QLatin1String("entity")).toString();
    m.entityId = json.value(QLatin1String("entity_id")).toString();
    m.op = json.value(QLatin1String("op")).toString();
    m.hlc = json.value(QLatin1String("hlc")).toString();
    m.authorStaffId = json.value(QLatin1String("author_staff_id")).toString();
    m.recordedAt = json.value(QLatin1String("recorded_at")).toString();
    // Base64 of an HMAC-SHA256: anything longer is not one (AuthorProofs refuses it as unproven).
    m.proof = json.value(QLatin1String("proof")).toString().left(64);

    // A person opening evidence is not a record, but comes the same way (EvidenceOpenings).
    const bool opening = EvidenceOpenings::isOpening(m);
    if (!opening && !catalogue.isSynced(m.entity))
        return {std::nullopt,
                invalid(m.mutationId, QStringLiteral("\"%1\" is not a kind of record this store keeps.")
                                          .arg(m.entity.left(64)))};
    if (m.entityId.isEmpty() || m.entityId.size() > kMaxIdLength)
        return {std::nullopt,
                invalid(m.mutationId, QStringLiteral("The change does not say which record it is for."))};
    if (m.op != QLatin1String("upsert") && m.op != QLatin1String("delete"))
        return {std::nullopt,
                invalid(m.mutationId, QStringLiteral("The change is neither an upsert nor a delete."))};
    const auto stamp = HlcTimestamp::parseCanonical(m.hlc);
    if (!stamp || m.hlc.size() > 160)
        return {std::nullopt,
                Rejection{m.mutationId, QStringLiteral("invalid_hlc"),
                          QStringLiteral("The change's clock stamp (hlc) is not in its one written form "
                                         "(12 and 4 lower-case hex digits and the tablet's name, as "
                                         "\"0190a1b2c3d4-0000-tablet\"), so it was not accepted.")}};
    m.stamp = *stamp;
    if (m.authorStaffId.size() > kMaxIdLength)
        return {std::nullopt, invalid(m.mutationId, QStringLiteral("The change's author id is too long."))};

    const QJsonValue fields = json.value(QLatin1String("fields"));
    const QJsonValue previous = json.value(QLatin1String("previous"));
    if (!(fields.isObject() || fields.isUndefined() || fields.isNull()) ||
        !(previous.isObject() || previous.isUndefined() || previous.isNull()))
        return {std::nullopt,
                invalid(m.mutationId, QStringLiteral("The change's fields must be a JSON object."))};
    m.fields = fields.toObject();
    m.previous = previous.toObject();
    m.fields.remove(QStringLiteral("id")); // the id is entity_id; a field of that name changes nothing
    if (m.op == QLatin1String("upsert") && m.fields.isEmpty())
        return {std::nullopt, invalid(m.mutationId, QStringLiteral("The change has no fields to write."))};
    for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it) {
        if (!opening && !catalogue.hasColumn(m.entity, it.key()))
            return {std::nullopt,
                    invalid(m.mutationId,
                            QStringLiteral("A %1 has no field called \"%2\". If the tablet is newer than "
                                           "this store, update stride-store.")
                                .arg(m.entity, it.key().left(64)))};
        if (!isPlainValue(it.value()))
            return {std::nullopt,
                    invalid(m.mutationId, QStringLiteral("The field \"%1\" of a %2 must be text, a number, "
                                                         "true/false or null, under 256 KiB.")
                                              .arg(it.key(), m.entity))};
    }
    for (auto it = m.previous.constBegin(); it != m.previous.constEnd(); ++it)
        if (!isPlainValue(it.value()))
            return {std::nullopt,
                    invalid(m.mutationId, QStringLiteral("The previous value of \"%1\" is not a plain "
                                                         "value.")
                                              .arg(it.key().left(64)))};
    if (opening)
        if (auto r = EvidenceOpenings::checkShape(m))
            return {std::nullopt, r};
    m.fieldsText = sentFieldsText.isEmpty() ? jsonUtf8(m.fields) : sentFieldsText.toByteArray();
    return {m, std::nullopt};
}

} // namespace Stride::Server
