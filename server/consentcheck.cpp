#include "consentcheck.h"

#include <domain/consentrules.h>
#include <domain/pupil.h>
#include <domain/vocabulary.h>

namespace Stride::Server {

namespace {

const QString &evidenceIdField()
{
    static const QString field = QStringLiteral("evidence_id");
    return field;
}

// The value a field will hold once the change is merged: the change's, or else the one held.
QString resolved(const IncomingMutation &m, const QJsonObject &current, const QString &field)
{
    return m.fields.contains(field) ? m.fields.value(field).toString() : current.value(field).toString();
}

// A pupil as the consent rule reads one. Consent the store cannot read counts as none, the safe
// default the tablet uses until the school records consent.
Pupil pupilOf(const StoredRecord &record)
{
    Pupil p;
    p.id = record.entityId;
    p.firstName = record.fields.value(QLatin1String("first_name")).toString();
    p.surname = record.fields.value(QLatin1String("surname")).toString();
    p.mediaConsent = fromKey<MediaConsent>(record.fields.value(QLatin1String("media_consent")).toString())
                         .value_or(MediaConsent::None);
    return p;
}

// A kind or visibility the store cannot read is taken at its most demanding: a recording, shared.
EvidenceKind kindOf(const QJsonObject &item)
{
    return fromKey<EvidenceKind>(item.value(QLatin1String("kind")).toString()).value_or(EvidenceKind::Photo);
}

Visibility visibilityOf(const QString &text)
{
    return fromKey<Visibility>(text).value_or(Visibility::ShareableWithParents);
}

Rejection refused(const IncomingMutation &m, const QString &message)
{
    return {m.mutationId, QStringLiteral("consent"), message};
}

std::optional<Rejection> judge(const IncomingMutation &m, const QList<Pupil> &pupils, EvidenceKind kind,
                               Visibility visibility)
{
    const ConsentCheck consent = ConsentCheck::of(pupils, kind);
    if (!consent.allowed)
        return refused(m, consent.message);
    if (visibility == Visibility::ShareableWithParents && consent.mostVisible != visibility)
        return refused(m, ConsentCheck::visibilityMessage(pupils));
    return std::nullopt;
}

// Every pupil linked to the item, by either kind of link, as the store holds them now.
QList<Pupil> pupilsOf(const QString &itemId, RecordStore &records, const QString &schoolId)
{
    QList<Pupil> pupils;
    QSet<QString> seen;
    for (const QString &link : {QStringLiteral("evidence_pupil"), QStringLiteral("evidence_target")})
        for (const StoredRecord &r : records.recordsReferring(schoolId, link, evidenceIdField(), itemId)) {
            const QString pupilId = r.fields.value(QLatin1String("pupil_id")).toString();
            if (seen.contains(pupilId))
                continue;
            seen.insert(pupilId);
            const auto pupil = records.find(QStringLiteral("pupil"), pupilId);
            if (pupil && !pupil->deleted)
                pupils << pupilOf(*pupil);
        }
    return pupils;
}

std::optional<StoredRecord> liveItem(const QString &itemId, RecordStore &records)
{
    auto item = records.find(QStringLiteral("evidence_item"), itemId);
    if (!item || item->deleted)
        return std::nullopt;
    return item;
}

std::optional<Rejection> checkLink(const IncomingMutation &m, const QJsonObject &current,
                                   RecordStore &records)
{
    const auto item = liveItem(resolved(m, current, evidenceIdField()), records);
    if (!item)
        return refused(m,
                       QStringLiteral("This links a pupil to evidence the store does not hold (it may have "
                                      "been deleted), so whose consent applies cannot be checked."));
    const auto pupil =
        records.find(QStringLiteral("pupil"), resolved(m, current, QStringLiteral("pupil_id")));
    if (!pupil || pupil->deleted)
        return refused(m, QStringLiteral("This links evidence to a pupil the store does not hold, so their "
                                         "consent cannot be checked."));
    return judge(m, {pupilOf(*pupil)}, kindOf(item->fields),
                 visibilityOf(item->fields.value(QLatin1String("visibility")).toString()));
}

std::optional<Rejection> checkMedia(const IncomingMutation &m, const QJsonObject &current,
                                    RecordStore &records, const QString &schoolId)
{
    const auto item = liveItem(resolved(m, current, evidenceIdField()), records);
    if (!item)
        return refused(m, QStringLiteral("This photo, video or voice note belongs to evidence the store does "
                                         "not hold (it may have been deleted), so whose consent applies "
                                         "cannot be checked."));
    // Each pupil link was checked against the item's kind when it came; a recording added to an
    // item whose kind needs no consent (a written observation) is checked here as a recording.
    const EvidenceKind kind = kindOf(item->fields);
    if (kindNeedsMediaConsent(kind) || kind == EvidenceKind::WorkSample)
        return std::nullopt;
    const QString mime = resolved(m, current, QStringLiteral("mime_type"));
    const EvidenceKind recording = mime.startsWith(QLatin1String("video/"))   ? EvidenceKind::Video
                                   : mime.startsWith(QLatin1String("audio/")) ? EvidenceKind::Audio
                                                                              : EvidenceKind::Photo;
    return judge(m, pupilsOf(item->entityId, records, schoolId), recording, Visibility::InternalOnly);
}

std::optional<Rejection> checkItem(const IncomingMutation &m, const QJsonObject &current,
                                   RecordStore &records, const QString &schoolId)
{
    const Visibility visibility = visibilityOf(resolved(m, current, QStringLiteral("visibility")));
    // A brand-new item has no links yet (a link needs its item first); an item made again after a
    // delete may still have some, and so may one whose visibility widens.
    const bool remade = current.isEmpty() && records.find(m.entity, m.entityId).has_value();
    const bool widened = !current.isEmpty() && visibility == Visibility::ShareableWithParents &&
                         visibilityOf(current.value(QLatin1String("visibility")).toString()) != visibility;
    if (!remade && !widened)
        return std::nullopt;
    const QJsonObject item = current.isEmpty() ? m.fields : current;
    return judge(m, pupilsOf(m.entityId, records, schoolId), kindOf(item), visibility);
}

} // namespace

std::optional<Rejection> EvidenceConsent::check(const IncomingMutation &m, const QJsonObject &current,
                                                RecordStore &records, const QString &schoolId)
{
    if (m.isDelete())
        return std::nullopt;
    if (m.entity == QLatin1String("evidence_pupil") || m.entity == QLatin1String("evidence_target"))
        return checkLink(m, current, records);
    if (m.entity == QLatin1String("media_reference"))
        return checkMedia(m, current, records, schoolId);
    if (m.entity == QLatin1String("evidence_item"))
        return checkItem(m, current, records, schoolId);
    return std::nullopt;
}

} // namespace Stride::Server
