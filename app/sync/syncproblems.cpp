#include "syncproblems.h"

#include "../session.h"
#include "../wording.h"

#include "store/evidenceopening.h"
#include "store/hybridlogicalclock.h"
#include "store/store.h"
#include "sync/syncclient.h"
#include "sync/syncengine.h"
#include "termend/parentreplies.h"

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
    return text.isEmpty() ? SyncProblems::tr("(left empty)") : text;
}

// "The photo of Alfie and Ruby, Tue 24 Nov, 09:15": one sentence per kind, for languages in
// which the words around the kind change with it.
QString evidenceWords(EvidenceKind kind, const QString &names, const QString &day)
{
    switch (kind) {
    case EvidenceKind::Photo:
        return SyncProblems::tr("The photo of %1, %2", "names, then a day").arg(names, day);
    case EvidenceKind::Video:
        return SyncProblems::tr("The video of %1, %2", "names, then a day").arg(names, day);
    case EvidenceKind::Audio:
        return SyncProblems::tr("The voice note of %1, %2", "names, then a day").arg(names, day);
    case EvidenceKind::WorkSample:
        return SyncProblems::tr("The photo of work by %1, %2", "names, then a day").arg(names, day);
    case EvidenceKind::Written:
        break;
    }
    return SyncProblems::tr("The written observation of %1, %2", "names, then a day").arg(names, day);
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
        return tr("Someone");
    const auto member = m_client.store().staff(staffId);
    return member ? member->displayName() : tr("A member of staff not on this tablet");
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
            return evidenceWords(item->kind, names.isEmpty() ? tr("a pupil") : Wording::names(names),
                                 dayText(item->capturedAt));
        }
        return tr("A piece of evidence that has since been deleted");
    }
    if (entity == QLatin1String("target")) {
        if (const auto target = store.target(entityId)) {
            const auto ilp = store.ilp(target->ilpId);
            const auto pupil = ilp ? store.pupil(ilp->pupilId) : std::nullopt;
            const auto area = store.area(target->areaId);
            return tr("%1's %2 target",
                      "a pupil's name, then an area of learning: \"Alfie Brown's Communication target\"")
                .arg(pupil ? pupil->displayName() : tr("A pupil"), area ? area->name : tr("ILP"));
        }
    }
    if (entity == QLatin1String("judgement")) {
        if (const auto judgement = store.judgement(entityId))
            return tr("A judgement of %1 (%2)", "a target, then the judged status")
                .arg(describeRecord(QStringLiteral("target"), judgement->targetId),
                     toLabel(judgement->status));
    }
    if (entity == QLatin1String("pupil")) {
        if (const auto pupil = store.pupil(entityId))
            return tr("%1's details", "a pupil's name").arg(pupil->displayName());
    }
    if (entity == QLatin1String("parent_response")) {
        const QString ilpId = ParentReplies::ilpIdOfReply(store, entityId);
        const auto ilp = ilpId.isEmpty() ? std::nullopt : store.ilp(ilpId);
        const auto pupil = ilp ? store.pupil(ilp->pupilId) : std::nullopt;
        const auto term = ilp ? store.term(ilp->termId) : std::nullopt;
        if (pupil && term)
            return tr("%1's family's reply to the %2 progress report", "a pupil's name, then a term")
                .arg(pupil->displayName(), term->name);
        return tr("A family's reply to a progress report");
    }
    if (entity == QLatin1String("assessment_moderation_form") ||
        entity == QLatin1String("target_setting_moderation_form"))
        return entity == QLatin1String("assessment_moderation_form") ? tr("An assessment moderation form")
                                                                     : tr("A target setting moderation form");
    if (entity == EvidenceOpening::entity())
        return tr("The note, for the school's audit log, that someone opened a piece of evidence");
    QString words = entity;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    return tr("A record (%1)", "the name of a table in the store").arg(words);
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
        m_message = tr("Sign in first: the choice is recorded under your name.");
        emit changed();
        return false;
    }
    const QList<ConflictRecord> open = m_engine.conflicts();
    const auto found =
        std::find_if(open.cbegin(), open.cend(), [&](const ConflictRecord &c) { return c.id == conflictId; });
    if (found == open.cend() || optionIndex < 0 || optionIndex >= found->values.size()) {
        m_message = tr("That clash has already been sorted out.");
        emit changed();
        return false;
    }
    const QJsonValue value = found->values.at(optionIndex).toObject().value(QLatin1String("value"));
    if (!m_client.ledger().resolveConflict(conflictId, value)) {
        m_message = tr("Your choice could not be saved: %1").arg(m_client.ledger().lastError());
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
        m_message = tr("Sign in first: dismissing it is recorded under your name.");
        emit changed();
        return false;
    }
    if (!m_client.ledger().dismissRejected(mutationId, m_session.staffId())) {
        m_message = tr("That refusal has already been dismissed.");
        emit changed();
        return false;
    }
    m_engine.refreshStatus();
    return true;
}

} // namespace Stride
