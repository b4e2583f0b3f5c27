#include "pupillistmodel.h"

#include "../session.h"
#include "../wording.h"

#include "store/store.h"

#include <algorithm>

namespace Stride {

PupilListModel::PupilListModel(QObject *parent) : SessionListModel(parent) {}

void PupilListModel::setClassId(const QString &classId)
{
    if (m_classId == classId)
        return;
    m_classId = classId;
    reload();
    emit classIdChanged();
}

int PupilListModel::pupilsWithoutEvidence() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.evidenceCount == 0; }));
}

int PupilListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PupilListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case PupilIdRole:
        return row.pupilId;
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case FirstNameRole:
        return row.firstName;
    case InitialsRole:
        return row.initials;
    case YearGroupRole:
        return row.yearGroup;
    case KeyStageRole:
        return row.keyStage;
    case NeedsRole:
        return row.needs;
    case PronounsRole:
        return row.pronouns;
    case ConsentRole:
        return int(row.consent); // QML: Vocabulary.MediaConsent
    case ConsentTextRole:
        return row.consentText;
    case EvidenceCountRole:
        return row.evidenceCount;
    case EvidenceTextRole:
        return Wording::evidenceThisTerm(row.evidenceCount);
    }
    return {};
}

QHash<int, QByteArray> PupilListModel::roleNames() const
{
    return {{PupilIdRole, "pupilId"},
            {NameRole, "name"},
            {FirstNameRole, "firstName"},
            {InitialsRole, "initials"},
            {YearGroupRole, "yearGroup"},
            {KeyStageRole, "keyStage"},
            {NeedsRole, "needs"},
            {PronounsRole, "pronouns"},
            {ConsentRole, "consent"},
            {ConsentTextRole, "consentText"},
            {EvidenceCountRole, "evidenceCount"},
            {EvidenceTextRole, "evidenceText"}};
}

void PupilListModel::refill()
{
    m_rows.clear();
    m_className.clear();
    Store *store = openStore();
    if (!store || m_classId.isEmpty())
        return;
    if (const auto c = store->schoolClass(m_classId))
        m_className = c->name;
    const QHash<QString, int> evidence = session()->termId().isEmpty()
                                             ? QHash<QString, int>{}
                                             : store->evidenceCountsByPupil(m_classId, session()->termId());
    for (const Pupil &p : store->pupilsInClass(m_classId)) {
        m_rows.append({p.id, p.displayName(), p.firstName,
                       p.initials.isEmpty() ? Pupil::initialsFor(p.firstName, p.surname) : p.initials,
                       Wording::yearGroup(p.yearGroup), Wording::keyStage(p.keyStage), p.specificNeeds,
                       toLabel(p.pronouns), p.mediaConsent, Wording::consentBadge(p.mediaConsent),
                       evidence.value(p.id)});
    }
}

} // namespace Stride
