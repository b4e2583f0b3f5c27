#pragma once

#include "sessionlistmodel.h"

#include "domain/vocabulary.h"

#include <QList>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// The pupils of one class, as cards: who they are, their needs, what their media consent allows
// and how much evidence they have this term.
class PupilListModel : public Stride::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString classId READ classId WRITE setClassId NOTIFY classIdChanged)
    Q_PROPERTY(QString className READ className NOTIFY classIdChanged)
    Q_PROPERTY(int pupilsWithoutEvidence READ pupilsWithoutEvidence NOTIFY countChanged)

public:
    enum Role {
        PupilIdRole = Qt::UserRole + 1,
        NameRole,
        FirstNameRole,
        InitialsRole,
        YearGroupRole,
        KeyStageRole,
        NeedsRole,
        PronounsRole,
        ConsentRole,
        ConsentTextRole,
        EvidenceCountRole,
        EvidenceTextRole,
    };
    Q_ENUM(Role)

    explicit PupilListModel(QObject *parent = nullptr);

    QString classId() const { return m_classId; }
    void setClassId(const QString &classId);
    QString className() const { return m_className; }
    int pupilsWithoutEvidence() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void classIdChanged();

protected:
    void refill() override;

private:
    struct Row
    {
        QString pupilId;
        QString name;
        QString firstName;
        QString initials;
        QString yearGroup;
        QString keyStage;
        QString needs;
        QString pronouns;
        MediaConsent consent = MediaConsent::None;
        QString consentText;
        int evidenceCount = 0;
    };
    QString m_classId;
    QString m_className;
    QList<Row> m_rows;
};

} // namespace Stride
