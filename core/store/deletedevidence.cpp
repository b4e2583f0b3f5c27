#include "deletedevidence.h"

#include "store.h"
#include "tablerow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Stride {

namespace {

// Gives these sentences one context ("DeletedEvidenceList") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(DeletedEvidenceList)
};

const QString &columns()
{
    static const QString list = QStringLiteral(
        "d.id, d.kind, d.captured_at, d.captured_by, d.pupil_ids, d.deleted_by, d.deleted_at, d.restored_by,"
        " d.restored_at");
    return list;
}

DeletedEvidence fromQuery(const QSqlQuery &q)
{
    DeletedEvidence d;
    d.id = q.value(0).toString();
    d.kind = fromKey<EvidenceKind>(q.value(1).toString()).value_or(EvidenceKind::Written);
    d.capturedAt = Column::toInstant(q.value(2));
    d.capturedBy = q.value(3).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array())
        d.pupilIds << v.toString();
    d.deletedBy = q.value(5).toString();
    d.deletedAt = Column::toInstant(q.value(6));
    d.restoredBy = q.value(7).toString();
    d.restoredAt = Column::toInstant(q.value(8));
    return d;
}

} // namespace

QList<DeletedEvidence> DeletedEvidenceList::recent(const QString &schoolId, int limit) const
{
    // An item back on this tablet is no longer deleted, whatever the list says yet.
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT %1 FROM deleted_evidence d WHERE d.school_id = ?"
                             " AND NOT EXISTS (SELECT 1 FROM evidence_item e WHERE e.id = d.id)"
                             " ORDER BY d.deleted_at DESC, d.id LIMIT ?")
                  .arg(columns()));
    q.addBindValue(schoolId);
    q.addBindValue(limit);
    QList<DeletedEvidence> list;
    if (!q.exec())
        return list;
    while (q.next())
        list << fromQuery(q);
    return list;
}

std::optional<DeletedEvidence> DeletedEvidenceList::find(const QString &id) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT %1 FROM deleted_evidence d WHERE d.id = ?").arg(columns()));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

WriteResult DeletedEvidenceList::restore(const QString &id)
{
    const auto person = m_store.staff(m_store.actingStaffId());
    if (!person || !person->hasRole(StaffRole::SeniorLeader))
        return WriteResult::failure(
            Words::tr("Only the assessment lead or SLT restore deleted evidence. Ask one "
                      "of them if it should come back."));
    const auto entry = find(id);
    if (!entry || m_store.evidenceItem(id))
        return WriteResult::failure(Words::tr("That evidence is no longer deleted."));
    if (entry->restoreAsked())
        return WriteResult::success(); // asked already: it comes back with the next sync
    const bool written = m_store.transaction([&] {
        return m_store.writeRow(
            {QStringLiteral("deleted_evidence"),
             id,
             {{QStringLiteral("restored_by"), person->id},
              {QStringLiteral("restored_at"), Column::instant(QDateTime::currentDateTimeUtc())}}});
    });
    if (!written)
        return WriteResult::failure(
            Words::tr("The request to restore it could not be saved on this tablet: %1")
                .arg(m_store.lastError()));
    return WriteResult::success();
}

} // namespace Stride
