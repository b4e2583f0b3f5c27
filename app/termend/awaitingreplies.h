#pragma once

#include "../session.h"

#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// The families who have not yet sent back the reply slip from the progress report, class by class
// (a teacher's own classes; the whole school for senior leaders and the office), so someone can
// chase them up, or tap one to record a slip that has come back.
class AwaitingReplies : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stride::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString termName READ termName NOTIFY loaded) // the report's: "Spring 2027"
    // Each { pupilId, name, className }, by class.
    Q_PROPERTY(QVariantList families READ families NOTIFY loaded)
    // "8 of 24 families have replied to the Spring 2027 progress report; 16 to go."
    Q_PROPERTY(QString countText READ countText NOTIFY loaded)
    // Pupils with no ILP for the term, who have had no report: "No Spring 2027 ILP yet: Ava Smith".
    Q_PROPERTY(QString withoutIlpText READ withoutIlpText NOTIFY loaded)
    Q_PROPERTY(QString emptyText READ emptyText NOTIFY loaded)
    Q_PROPERTY(QString summary READ countText NOTIFY loaded)

public:
    explicit AwaitingReplies(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString termName() const { return m_termName; }
    QVariantList families() const { return m_families; }
    QString countText() const { return m_countText; }
    QString withoutIlpText() const { return m_withoutIlpText; }
    QString emptyText() const { return m_emptyText; }

    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void loaded();

private:
    QPointer<Session> m_session;
    QString m_termName;
    QVariantList m_families;
    QString m_countText;
    QString m_withoutIlpText;
    QString m_emptyText;
};

} // namespace Stride
