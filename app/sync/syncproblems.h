#pragma once

#include <QObject>
#include <QVariantList>

namespace Stride {

class Session;
class Store;
class SyncClient;
class SyncEngine;

// The sync page's two lists, in the words of the people who made the records: the clashes the
// school's store found (two people changed the same thing to different values without seeing each
// other's change, docs/sync.md "Conflicts"), each with the values to choose between and who typed
// them, and the changes the store refused, with its reason. Choosing a value writes it as an
// ordinary change by whoever is signed in, which goes out with the next sync.
class SyncProblems : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariantList conflicts READ conflicts NOTIFY changed)
    Q_PROPERTY(QVariantList refused READ refused NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    SyncProblems(SyncClient &client, SyncEngine &engine, Session &session, QObject *parent = nullptr);

    // Each { id, what, field, options: [{ text, who, when, current }] }, newest first.
    QVariantList conflicts() const { return m_conflicts; }
    // Each { id, what, reason, when }.
    QVariantList refused() const { return m_refused; }
    QString message() const { return m_message; }

    // Keeps option `optionIndex` of conflict `conflictId`. Needs someone signed in: the choice is
    // recorded as theirs.
    Q_INVOKABLE bool choose(const QString &conflictId, int optionIndex);
    // The person signed in has read why the store refused change `mutationId`: it leaves the
    // list. The change stays on this tablet only, as it already was.
    Q_INVOKABLE bool dismiss(const QString &mutationId);
    Q_INVOKABLE void refresh();

signals:
    void changed();

private:
    QString describeRecord(const QString &entity, const QString &entityId) const;
    QString staffName(const QString &staffId) const;

    SyncClient &m_client;
    SyncEngine &m_engine;
    Session &m_session;
    QVariantList m_conflicts;
    QVariantList m_refused;
    QString m_message;
};

} // namespace Stride
