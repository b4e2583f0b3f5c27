#include "deleterules.h"

#include "permissions.h"

#include <domain/evidencedeleterule.h>

namespace Stride::Server {

namespace {

const QString &evidenceIdField()
{
    static const QString field = QStringLiteral("evidence_id");
    return field;
}

const QString &pupilIdField()
{
    static const QString field = QStringLiteral("pupil_id");
    return field;
}

bool isEvidencePart(const QString &entity)
{
    return entity == QLatin1String("evidence_pupil") || entity == QLatin1String("evidence_target") ||
           entity == QLatin1String("media_reference");
}

// Whether a field holds something: an empty text and null both count as nothing written, as in
// Permissions::check.
bool filledIn(const QJsonValue &v)
{
    return !(v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()));
}

Rejection forbidden(const IncomingMutation &m, const QString &message)
{
    return {m.mutationId, QStringLiteral("forbidden"), message};
}

} // namespace

std::optional<Rejection> DeleteRules::check(const IncomingMutation &m, const QList<StaffRole> &roles,
                                            const QJsonObject &current)
{
    if (!m.isDelete() || current.isEmpty())
        return std::nullopt; // nothing live to protect: a delete of what is gone changes nothing
    const bool slt = roles.contains(StaffRole::SeniorLeader);
    if (m.entity == QLatin1String("evidence_item")) {
        if (mayDeleteEvidence(m.entityId, current, m.authorStaffId, roles))
            return std::nullopt;
        return forbidden(m, EvidenceDeleteRule::refusal());
    }
    if (isEvidencePart(m.entity)) {
        const QString itemId = current.value(evidenceIdField()).toString();
        const auto item = m_records.find(QStringLiteral("evidence_item"), itemId);
        if (item && !item->deleted && !mayDeleteEvidence(itemId, item->fields, m.authorStaffId, roles))
            return forbidden(m, EvidenceDeleteRule::partRefusal());
        if (current.contains(pupilIdField()))
            m_unlinkedPupils[itemId].insert(current.value(pupilIdField()).toString());
        return std::nullopt;
    }
    if (!slt)
        for (const QString &field : Permissions::sltFields(m.entity))
            if (filledIn(current.value(field)))
                return forbidden(m,
                                 QStringLiteral("A senior leader has filled in this moderation form, so only "
                                                "the assessment lead or SLT can delete it."));
    return std::nullopt;
}

bool DeleteRules::mayDeleteEvidence(const QString &itemId, const QJsonObject &item, const QString &staffId,
                                    const QList<StaffRole> &roles)
{
    const QString capturedBy = item.value(QLatin1String("captured_by")).toString();
    if (!EvidenceDeleteRule::dependsOnClasses(staffId, roles, capturedBy))
        return EvidenceDeleteRule::allows(staffId, roles, {}, capturedBy, {});
    QSet<QString> pupils = m_unlinkedPupils.value(itemId);
    for (const QString &link : {QStringLiteral("evidence_pupil"), QStringLiteral("evidence_target")})
        for (const StoredRecord &r : m_records.recordsReferring(m_schoolId, link, evidenceIdField(), itemId))
            pupils.insert(r.fields.value(pupilIdField()).toString());
    return EvidenceDeleteRule::allows(staffId, roles, classesOf(staffId), capturedBy,
                                      classesOfPupils(pupils));
}

QSet<QString> DeleteRules::classesOf(const QString &staffId)
{
    QSet<QString> classes;
    for (const StoredRecord &r : m_records.recordsReferring(m_schoolId, QStringLiteral("class_staff"),
                                                            QStringLiteral("staff_id"), staffId))
        classes.insert(r.fields.value(QLatin1String("class_id")).toString());
    return classes;
}

QSet<QString> DeleteRules::classesOfPupils(const QSet<QString> &pupilIds)
{
    QSet<QString> classes;
    for (const QString &pupilId : pupilIds) {
        const auto pupil = m_records.find(QStringLiteral("pupil"), pupilId);
        if (pupil && !pupil->deleted)
            classes.insert(pupil->fields.value(QLatin1String("class_id")).toString());
    }
    return classes;
}

} // namespace Stride::Server
