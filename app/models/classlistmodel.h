#pragma once

#include "sessionlistmodel.h"

#include <QList>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// The classes the signed-in person may open: their own first; senior leaders also see every other
// class in the school. Each row says how many pupils still have no evidence this term.
class ClassListModel : public Stride::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        ClassIdRole = Qt::UserRole + 1,
        NameRole,
        StaffNamesRole,
        PupilCountRole,
        PupilsWithoutEvidenceRole,
        MineRole,
        SectionRole,
    };
    Q_ENUM(Role)

    explicit ClassListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void refill() override;

private:
    struct Row
    {
        QString classId;
        QString name;
        QString staffNames;
        int pupilCount = 0;
        int pupilsWithoutEvidence = 0;
        bool mine = false;
    };
    QList<Row> m_rows;
};

} // namespace Stride
