#pragma once

#include "../session.h"

#include "domain/ilp.h"
#include "domain/target.h"

#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// A pupil's Provision Map for a term (page 2 of the ILP document, seed 000): for each target its
// interventions and strategies, and the pupil's additional/general provision. By default the
// term after the current one, which is what assessment week prepares.
class ProvisionMap : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stride::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString pupilId READ pupilId WRITE setPupilId NOTIFY sourceChanged)
    // Empty: the term after the current one.
    Q_PROPERTY(QString termId READ termId WRITE setTermId NOTIFY sourceChanged)

    Q_PROPERTY(bool ready READ ready NOTIFY loaded)
    Q_PROPERTY(QString problem READ problem NOTIFY loaded) // "No targets are set for Spring 2027 yet..."
    Q_PROPERTY(QString pupilName READ pupilName NOTIFY loaded)
    Q_PROPERTY(QString termName READ termName NOTIFY loaded)
    // [{ targetId, areaName, areaKind, areaIndex, text, provision }] in the areas' order.
    Q_PROPERTY(QVariantList rows READ rows NOTIFY edited)
    Q_PROPERTY(
        QString additionalProvision READ additionalProvision WRITE setAdditionalProvision NOTIFY edited)
    Q_PROPERTY(bool dirty READ dirty NOTIFY edited)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit ProvisionMap(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString pupilId() const { return m_pupilId; }
    void setPupilId(const QString &id);
    QString termId() const { return m_termId; }
    void setTermId(const QString &id);

    bool ready() const { return m_ilp.has_value(); }
    QString problem() const { return m_problem; }
    QString pupilName() const { return m_pupilName; }
    QString termName() const { return m_termName; }
    QVariantList rows() const;
    QString additionalProvision() const { return m_ilp ? m_ilp->additionalProvision : QString(); }
    void setAdditionalProvision(const QString &text);
    bool dirty() const;
    QString message() const { return m_message; }

    Q_INVOKABLE void setProvision(const QString &targetId, const QString &provision);
    // Saves every changed target and the ILP in one transaction.
    Q_INVOKABLE bool save();
    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void sourceChanged();
    void loaded();
    void edited();
    void messageChanged();

private:
    void setMessage(const QString &message);

    QPointer<Session> m_session;
    QString m_pupilId;
    QString m_termId;
    QString m_problem;
    QString m_pupilName;
    QString m_termName;
    std::optional<Ilp> m_ilp;
    std::optional<Ilp> m_savedIlp;
    QList<Target> m_targets;
    QList<Target> m_savedTargets;
    QHash<QString, std::pair<QString, int>> m_areaKinds; // area id -> kind key, index within kind
    QHash<QString, QString> m_areaNames;
    QString m_message;
};

} // namespace Stride
