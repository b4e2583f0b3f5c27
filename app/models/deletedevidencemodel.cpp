#include "deletedevidencemodel.h"

#include "../session.h"
#include "../wording.h"

#include "store/deletedevidence.h"
#include "store/store.h"

namespace Stride {

namespace {

QString when(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("ddd d MMM yyyy, HH:mm"));
}

} // namespace

DeletedEvidenceModel::DeletedEvidenceModel(QObject *parent) : SessionListModel(parent) {}

int DeletedEvidenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DeletedEvidenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case EvidenceIdRole:
        return row.evidenceId;
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case CapturedTextRole:
        return row.capturedText;
    case DeletedTextRole:
        return row.deletedText;
    case RestoreAskedRole:
        return row.restoreAsked;
    }
    return {};
}

QHash<int, QByteArray> DeletedEvidenceModel::roleNames() const
{
    return {{EvidenceIdRole, "evidenceId"},
            {TitleRole, "title"},
            {CapturedTextRole, "capturedText"},
            {DeletedTextRole, "deletedText"},
            {RestoreAskedRole, "restoreAsked"}};
}

QString DeletedEvidenceModel::restoreQuestion(const QString &evidenceId) const
{
    for (const Row &row : m_rows)
        if (row.evidenceId == evidenceId)
            return row.question;
    return {};
}

QString DeletedEvidenceModel::firstToRestore() const
{
    for (const Row &row : m_rows)
        if (!row.restoreAsked)
            return row.evidenceId;
    return {};
}

bool DeletedEvidenceModel::restore(const QString &evidenceId)
{
    Store *store = openStore();
    if (!store)
        return false;
    const WriteResult result = DeletedEvidenceList(*store).restore(evidenceId);
    setMessage(result.ok ? QString() : result.message);
    if (result.ok)
        reload();
    return result.ok;
}

void DeletedEvidenceModel::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    emit messageChanged();
}

void DeletedEvidenceModel::refill()
{
    m_rows.clear();
    Store *store = openStore();
    // Senior leaders' list: nobody else is shown it, or can restore from it.
    if (!store || !session()->signedIn() || !session()->seniorLeader())
        return;
    auto nameOf = [&](const QString &staffId) {
        if (staffId.isEmpty())
            return tr("the school's office");
        if (staffId == session()->staffId())
            return tr("you");
        const auto member = store->staff(staffId);
        return member ? member->displayName() : tr("someone no longer at the school");
    };
    for (const DeletedEvidence &d : DeletedEvidenceList(*store).recent(session()->schoolId())) {
        QStringList pupils;
        for (const QString &pupilId : d.pupilIds)
            if (const auto p = store->pupil(pupilId))
                pupils << p->displayName();
        Row row;
        row.evidenceId = d.id;
        row.title = pupils.isEmpty() ? toLabel(d.kind)
                                     : tr("%1 of %2", "\"Photo\" of \"Alfie Brown and Ruby Clarke\"")
                                           .arg(toLabel(d.kind), Wording::names(pupils));
        row.question = pupils.isEmpty()
                           ? tr("Restore this %1?").arg(toLabel(d.kind).toLower())
                           : tr("Restore this %1 of %2?", "\"photo\" of \"Alfie Brown and Ruby Clarke\"")
                                 .arg(toLabel(d.kind).toLower(), Wording::names(pupils));
        row.capturedText = tr("Captured %1 by %2").arg(when(d.capturedAt), nameOf(d.capturedBy));
        row.deletedText = tr("Deleted %1 by %2").arg(when(d.deletedAt), nameOf(d.deletedBy));
        row.restoreAsked = d.restoreAsked();
        m_rows << row;
    }
}

} // namespace Stride
