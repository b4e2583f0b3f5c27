#include "profilehighlightrules.h"

namespace Stride::Server {

namespace {

Rejection forbidden(const IncomingMutation &m, const QString &message)
{
    return {m.mutationId, QStringLiteral("forbidden"), message};
}

std::optional<StoredRecord> liveInSchool(RecordStore &records, const QString &entity, const QString &id,
                                         const QString &schoolId)
{
    if (id.isEmpty())
        return std::nullopt;
    auto record = records.find(entity, id);
    if (!record || record->deleted || record->schoolId != schoolId)
        return std::nullopt;
    return record;
}

} // namespace

std::optional<Rejection> ProfileHighlightRules::check(const IncomingMutation &m, const QJsonObject &current,
                                                      RecordStore &records, const QString &schoolId)
{
    if (m.entity != QLatin1String("profile_highlight") || m.isDelete())
        return std::nullopt;
    // The highlight as it would be after the change: a caption edited alone is checked too, so a
    // highlight whose pupil has since been taken out of the evidence is not kept alive by edits.
    QJsonObject after = current;
    for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it)
        after.insert(it.key(), it.value());
    const QString pupilId = after.value(QLatin1String("pupil_id")).toString();
    const QString termId = after.value(QLatin1String("term_id")).toString();
    const QString evidenceId = after.value(QLatin1String("evidence_id")).toString();

    const auto pupil = liveInSchool(records, QStringLiteral("pupil"), pupilId, schoolId);
    if (!pupil)
        return forbidden(m, QStringLiteral("This highlight's pupil is not one of this school's pupils in the "
                                           "store, so it cannot go on their profile. Sync the tablet and "
                                           "choose the highlight again from the pupil's page."));
    const QString name = pupil->fields.value(QLatin1String("first_name")).toString();
    if (!liveInSchool(records, QStringLiteral("term"), termId, schoolId))
        return forbidden(m, QStringLiteral("This highlight's term is not one of this school's terms in the "
                                           "store. Choose the highlight again from %1's page.")
                                .arg(name));
    if (!liveInSchool(records, QStringLiteral("evidence_item"), evidenceId, schoolId))
        return forbidden(m, QStringLiteral("This highlight's evidence is not in the store (deleted, or not "
                                           "synced yet). Choose another of %1's evidence items.")
                                .arg(name));
    for (const StoredRecord &link : records.recordsReferring(schoolId, QStringLiteral("evidence_pupil"),
                                                             QStringLiteral("evidence_id"), evidenceId))
        if (link.fields.value(QLatin1String("pupil_id")).toString() == pupilId)
            return std::nullopt;
    return forbidden(m, QStringLiteral("This evidence is not of %1, so it cannot be one of their highlights: "
                                       "a highlight goes home on %1's own page. Choose one of %1's own "
                                       "evidence items.")
                            .arg(name));
}

} // namespace Stride::Server
