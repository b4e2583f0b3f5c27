#include "syncproblems.h"

#include "../session.h"
#include "../wording.h"

#include "store/hybridlogicalclock.h"
#include "store/store.h"
#include "sync/syncclient.h"
#include "sync/syncengine.h"

#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace Stride {

namespace {

const QLocale &ukLocale()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

QString dayText(const QDateTime &utc)
{
    return ukLocale().toString(utc.toLocalTime(), QStringLiteral("ddd d MMM, HH:mm"));
}

QString valueText(const QString &field, const QJsonValue &value)
{
    const QString text = Wording::fieldValue(field, value);
    return text.isEmpty() ? QStringLiteral("(left empty)") : text;
}

QString kindWords(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::Photo:
        return QStringLiteral("photo");
    case EvidenceKind::Video:
        return QStringLiteral("video");
    case EvidenceKind::Audio:
        return QStringLiteral("voice note");
    case EvidenceKind::WorkSample:
        return QStringLiteral("photo of work");
    case EvidenceKind::Written:
        break;
    }
    return QStringLiteral("written observation");
}

} // namespace

SyncProblems::SyncProblems(SyncClient &client, SyncEngine &engine, Session &session, QObject *parent)
    : QObject(parent), m_client(client), m_engine(engine), m_session(session)
{
    connect(&m_engine, &SyncEngine::statusChanged, this, &SyncProblems::refresh);
}

QString SyncProblems::staffName(const QString &staffId) const
{
    if (staffId.isEmpty())
        return QStringLiteral("Someone");
    const auto member = m_client.store().staff(staffId);
    return member ? member->displayName() : QStringLiteral("A member of staff not on this tablet");
}

QString SyncProblems::describeRecord(const QString &entity, const QString &entityId) const
{
    const Store &store = m_client.store();
    if (entity == QLatin1String("evidence_item")) {
        if (const auto item = store.evidenceItem(entityId)) {
            QStringList names;
            for (const QString &pupilId : item->pupilIds())
                if (const auto p = store.pupil(pupilId))
                    names << p->firstName;
            return QStringLiteral("The %1 of %2, %3")
                .arg(kindWords(item->kind),
                     names.isEmpty() ? QStringLiteral("a pupil") : Wording::names(names),
                     dayText(item->capturedAt));
        }
        return QStringLiteral("A piece of evidence that has since been deleted");
    }
    if (entity == QLatin1String("target")) {
        if (const auto target = store.target(entityId)) {
            const auto ilp = store.ilp(target->ilpId);
            const auto pupil = ilp ? store.pupil(ilp->pupilId) : std::nullopt;
            const auto area = store.area(target->areaId);
            return QStringLiteral("%1's %2 target")
                .arg(pupil ? pupil->displayName() : QStringLiteral("A pupil"),
                     area ? area->name : QStringLiteral("ILP"));
        }
    }
    if (entity == QLatin1String("judgement")) {
        if (const auto judgement = store.judgement(entityId))
            return QStringLiteral("A judgement of %1 (%2)")
                .arg(describeRecord(QStringLiteral("target"), judgement->targetId),
                     toLabel(judgement->status));
    }
    if (entity == QLatin1String("pupil")) {
        if (const auto pupil = store.pupil(entityId))
            return QStringLiteral("%1's details").arg(pupil->displayName());
    }
    if (entity == QLatin1String("assessment_moderation_form") ||
        entity == QLatin1String("target_setting_moderation_form"))
        return entity == QLatin1String("assessment_moderation_form")
                   ? QStringLiteral("An assessment moderation form")
                   : QStringLiteral("A target setting moderation form");
    QString words = entity;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    return QStringLiteral("A record (%1)").arg(words);
}

void SyncProblems::refresh()
{
    QVariantList conflicts;
    if (m_client.store().isOpen()) {
        for (const ConflictRecord &c : m_engine.conflicts()) {
            QVariantList options;
            // The store keeps the value with the latest clock; mark it so people see which one
            // the other tablets show now.
            QString latestHlc;
            for (const QJsonValue &v : c.values)
                latestHlc = std::max(latestHlc, v.toObject().value(QLatin1String("hlc")).toString());
            for (const QJsonValue &v : c.values) {
                const QJsonObject o = v.toObject();
                const QString hlc = o.value(QLatin1String("hlc")).toString();
                const auto stamp = HlcTimestamp::parse(hlc);
                options << QVariantMap{
                    {QStringLiteral("text"), valueText(c.field, o.value(QLatin1String("value")))},
                    {QStringLiteral("who"), staffName(o.value(QLatin1String("author_staff_id")).toString())},
                    {QStringLiteral("when"),
                     stamp ? dayText(QDateTime::fromMSecsSinceEpoch(stamp->wallMs, Qt::UTC)) : QString()},
                    {QStringLiteral("current"), QVariant(hlc == latestHlc)}};
            }
            conflicts << QVariantMap{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("what"), describeRecord(c.entity, c.entityId)},
                                     {QStringLiteral("field"), Wording::fieldLabel(c.field)},
                                     {QStringLiteral("options"), options}};
        }
    }
    QVariantList refused;
    for (const RejectedMutation &m : m_engine.rejectedChanges()) {
        refused << QVariantMap{
            {QStringLiteral("id"), m.mutationId},
            {QStringLiteral("what"), describeRecord(m.entity, m.entityId)},
            {QStringLiteral("reason"), m.message},
            {QStringLiteral("when"), m.recordedAt.isValid() ? dayText(m.recordedAt) : QString()}};
    }
    // The engine's status changes with every chunk sent: the lists are replaced only when they
    // differ, so the cards are not rebuilt under a finger about to press "Keep this".
    if (conflicts == m_conflicts && refused == m_refused)
        return;
    m_conflicts = conflicts;
    m_refused = refused;
    emit changed();
}

bool SyncProblems::choose(const QString &conflictId, int optionIndex)
{
    m_message.clear();
    if (!m_session.signedIn()) {
        m_message = QStringLiteral("Sign in first: the choice is recorded under your name.");
        emit changed();
        return false;
    }
    const QList<ConflictRecord> open = m_engine.conflicts();
    const auto found =
        std::find_if(open.cbegin(), open.cend(), [&](const ConflictRecord &c) { return c.id == conflictId; });
    if (found == open.cend() || optionIndex < 0 || optionIndex >= found->values.size()) {
        m_message = QStringLiteral("That clash has already been sorted out.");
        emit changed();
        return false;
    }
    const QJsonValue value = found->values.at(optionIndex).toObject().value(QLatin1String("value"));
    if (!m_client.ledger().resolveConflict(conflictId, value)) {
        m_message = QStringLiteral("Your choice could not be saved: %1").arg(m_client.ledger().lastError());
        emit changed();
        return false;
    }
    m_engine.localChangeMade(); // refreshes the lists, and sends the choice soon
    return true;
}

bool SyncProblems::dismiss(const QString &mutationId)
{
    m_message.clear();
    if (!m_session.signedIn()) {
        m_message = QStringLiteral("Sign in first: dismissing it is recorded under your name.");
        emit changed();
        return false;
    }
    if (!m_client.ledger().dismissRejected(mutationId, m_session.staffId())) {
        m_message = QStringLiteral("That refusal has already been dismissed.");
        emit changed();
        return false;
    }
    m_engine.refreshStatus();
    return true;
}

} // namespace Stride
