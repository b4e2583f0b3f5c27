#include "evidenceopenings.h"

#include "sqlconnection.h"

#include <store/evidenceopening.h>

#include <QDateTime>

namespace Stride::Server {

namespace {

Rejection refusal(const IncomingMutation &m, const QString &error, const QString &message)
{
    return {m.mutationId, error, message};
}

} // namespace

bool EvidenceOpenings::isOpening(const IncomingMutation &m)
{
    return m.entity == EvidenceOpening::entity();
}

std::optional<Rejection> EvidenceOpenings::checkShape(const IncomingMutation &m)
{
    if (m.isDelete())
        return std::nullopt; // refused as append-only once its author is known, and logged
    const QStringList known{EvidenceOpening::evidenceIdField(), EvidenceOpening::viewedAtField(),
                            EvidenceOpening::staffIdField()};
    for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it)
        if (!known.contains(it.key()))
            return refusal(m, QStringLiteral("invalid_mutation"),
                           QStringLiteral("A record of opening evidence has no field called \"%1\".")
                               .arg(it.key().left(64)));
    for (const QString &field : known) {
        const QJsonValue v = m.fields.value(field);
        if (!v.isString() || v.toString().isEmpty() || v.toString().size() > 128)
            return refusal(m, QStringLiteral("invalid_mutation"),
                           QStringLiteral("A record of opening evidence needs %1 as text.").arg(field));
    }
    if (!QDateTime::fromString(m.fields.value(EvidenceOpening::viewedAtField()).toString(), Qt::ISODateWithMs)
             .isValid())
        return refusal(
            m, QStringLiteral("invalid_mutation"),
            QStringLiteral("A record of opening evidence needs the time it was opened (viewed_at)."));
    return std::nullopt;
}

std::optional<Rejection> EvidenceOpenings::check(const IncomingMutation &m, RecordStore &records,
                                                 const QString &schoolId)
{
    if (m.isDelete())
        return refusal(m, QStringLiteral("append_only"),
                       QStringLiteral("A record of someone opening evidence is never deleted: it stays in "
                                      "the school's audit log."));
    if (m.fields.value(EvidenceOpening::staffIdField()).toString() != m.authorStaffId)
        return refusal(m, QStringLiteral("forbidden"),
                       QStringLiteral("A record of opening evidence must be made by the person it names, "
                                      "so it was not accepted."));
    const auto item = records.find(QStringLiteral("evidence_item"),
                                   m.fields.value(EvidenceOpening::evidenceIdField()).toString());
    if (!item)
        return refusal(m, QStringLiteral("invalid_mutation"),
                       QStringLiteral("The store has no such piece of evidence, so the record of opening it "
                                      "was not accepted."));
    if (item->schoolId != schoolId)
        return refusal(m, QStringLiteral("wrong_school"),
                       QStringLiteral("This piece of evidence belongs to another school, so the record of "
                                      "opening it was not accepted."));
    // The push's own connection (this thread's), inside its transaction.
    QSqlQuery q = Sql::exec(SqlConnection::forThisThread(),
                            QStringLiteral("SELECT 1 FROM audit_event WHERE entity = ? AND entity_id = ?"),
                            {EvidenceOpening::entity(), m.entityId});
    if (q.next())
        return refusal(m, QStringLiteral("append_only"),
                       QStringLiteral("This opening of evidence is already in the school's audit log; it is "
                                      "never changed."));
    return std::nullopt;
}

Rejection EvidenceOpenings::notFromConsole(const IncomingMutation &m)
{
    return refusal(m, QStringLiteral("forbidden"),
                   QStringLiteral("Only a tablet records that someone opened evidence."));
}

} // namespace Stride::Server
