#pragma once

#include "sessionlistmodel.h"

#include <QList>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// The staff of the tablet's school, as tiles to pick from before typing a PIN.
class StaffListModel : public Stride::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        StaffIdRole = Qt::UserRole + 1,
        NameRole,
        FirstNameRole,
        InitialsRole,
        RoleTextRole,
        HasPinRole
    };
    Q_ENUM(Role)

    explicit StaffListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void refill() override;

private:
    struct Row
    {
        QString staffId;
        QString name;
        QString firstName;
        QString initials;
        QString roleText;
        bool hasPin = false;
    };
    QList<Row> m_rows;
};

} // namespace Stride
