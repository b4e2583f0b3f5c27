#include "stafflistmodel.h"

#include "../session.h"
#include "../wording.h"

#include "store/store.h"

namespace Stride {

StaffListModel::StaffListModel(QObject *parent) : SessionListModel(parent) {}

int StaffListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StaffListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case StaffIdRole:
        return row.staffId;
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case FirstNameRole:
        return row.firstName;
    case InitialsRole:
        return row.initials;
    case RoleTextRole:
        return row.roleText;
    case HasPinRole:
        return row.hasPin;
    }
    return {};
}

QHash<int, QByteArray> StaffListModel::roleNames() const
{
    return {{StaffIdRole, "staffId"},   {NameRole, "name"},         {FirstNameRole, "firstName"},
            {InitialsRole, "initials"}, {RoleTextRole, "roleText"}, {HasPinRole, "hasPin"}};
}

void StaffListModel::refill()
{
    m_rows.clear();
    Store *store = openStore();
    if (!store || session()->schoolId().isEmpty())
        return;
    QHash<QString, QString> classNames;
    for (const SchoolClass &c : store->classesOfSchool(session()->schoolId()))
        classNames.insert(c.id, c.name);
    for (const Staff &member : store->staffOfSchool(session()->schoolId())) {
        if (!member.active)
            continue;
        // The tile says what the person does and where: "Teaching assistant · Oak".
        QStringList roles;
        for (StaffRole r : member.roles)
            roles << toLabel(r);
        QStringList classes;
        for (const QString &id : member.classIds)
            if (classNames.contains(id))
                classes << classNames.value(id);
        QString roleText = roles.join(QStringLiteral(", "));
        if (!classes.isEmpty())
            roleText += QStringLiteral(" · ") + classes.join(QStringLiteral(", "));
        m_rows.append({member.id, member.displayName(), member.firstName,
                       Wording::initials(member.firstName, member.surname), roleText,
                       !member.pinHash.isEmpty()});
    }
}

} // namespace Stride
