#pragma once

#include "sessionlistmodel.h"

#include "domain/vocabulary.h"

#include <QList>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// A pupil's targets for the current term, one group per area of learning that applies to them
// (Preparing for Adulthood pathways from Key Stage 4). An area with no target yet still has a row,
// so a gap in the plan is visible rather than silently missing.
class TargetListModel : public Stride::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString pupilId READ pupilId WRITE setPupilId NOTIFY pupilIdChanged)
    Q_PROPERTY(bool hasPlan READ hasPlan NOTIFY countChanged)
    Q_PROPERTY(int targetCount READ targetCount NOTIFY countChanged)

public:
    enum Role {
        TargetIdRole = Qt::UserRole + 1,
        AreaIdRole,
        AreaNameRole,
        AreaKindRole,
        AreaIndexRole,
        SectionRole,
        HasTargetRole,
        TextRole,
        AspectsRole,
        EhcpRefsRole,
        EhcpTextRole,
        LineageRole,
        LineageTextRole,
        EvidenceCountRole,
        EvidenceTextRole,
        ProvisionRole,
    };
    Q_ENUM(Role)

    explicit TargetListModel(QObject *parent = nullptr);

    QString pupilId() const { return m_pupilId; }
    void setPupilId(const QString &pupilId);
    // Whether the pupil has an ILP for the current term at all.
    bool hasPlan() const { return m_hasPlan; }
    int targetCount() const;
    // The first target with a card, in the order the page shows them ("" if none): where the
    // self-test and the tests start a capture from.
    QString firstTargetId() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void pupilIdChanged();

protected:
    void refill() override;

private:
    struct Row
    {
        QString targetId;
        QString areaId;
        QString areaName;
        QString areaKind;
        int areaIndex = 0;
        QString section;
        QString text;
        QStringList aspects;
        QStringList ehcpRefs;
        QString ehcpText;
        TargetLineage lineage = TargetLineage::New;
        QString lineageText;
        int evidenceCount = 0;
        QString provision;
    };
    QString m_pupilId;
    bool m_hasPlan = false;
    QList<Row> m_rows;
};

} // namespace Stride
