#include "classlistmodel.h"

#include "../session.h"

#include "store/store.h"

#include <algorithm>

namespace Stride {

ClassListModel::ClassListModel(QObject *parent) : SessionListModel(parent) {}

int ClassListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ClassListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ClassIdRole:
        return row.classId;
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case StaffNamesRole:
        return row.staffNames;
    case PupilCountRole:
        return row.pupilCount;
    case PupilsWithoutEvidenceRole:
        return row.pupilsWithoutEvidence;
    case MineRole:
        return row.mine;
    case SectionRole:
        if (row.mine)
            return tr("Your classes");
        return m_rows.first().mine ? tr("Other classes") : tr("All classes");
    }
    return {};
}

QHash<int, QByteArray> ClassListModel::roleNames() const
{
    return {{ClassIdRole, "classId"},
            {NameRole, "name"},
            {StaffNamesRole, "staffNames"},
            {PupilCountRole, "pupilCount"},
            {PupilsWithoutEvidenceRole, "pupilsWithoutEvidence"},
            {MineRole, "mine"},
            {SectionRole, "section"}};
}

void ClassListModel::refill()
{
    m_rows.clear();
    Store *store = openStore();
    if (!store || !session()->signedIn())
        return;
    const QStringList mine = session()->staffClassIds();
    const bool seesEveryClass = session()->seniorLeader();
    for (const SchoolClass &c : store->classesOfSchool(session()->schoolId())) {
        const bool isMine = mine.contains(c.id);
        if (!isMine && !seesEveryClass)
            continue;
        QStringList staffNames;
        for (const Staff &member : store->staffOfClass(c.id))
            staffNames << member.displayName();
        const QList<Pupil> pupils = store->pupilsInClass(c.id);
        const QHash<QString, int> evidence = session()->termId().isEmpty()
                                                 ? QHash<QString, int>{}
                                                 : store->evidenceCountsByPupil(c.id, session()->termId());
        const int without = int(std::count_if(pupils.cbegin(), pupils.cend(),
                                              [&](const Pupil &p) { return evidence.value(p.id) == 0; }));
        m_rows.append(
            {c.id, c.name, staffNames.join(QStringLiteral(", ")), int(pupils.size()), without, isMine});
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.mine && !b.mine; });
}

} // namespace Stride
