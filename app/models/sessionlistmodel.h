#pragma once

#include "../session.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Stride {

class Store;

// A list model that reads the store through a Session, and reloads when the session's school,
// term or signed-in person changes, or evidence is saved or deleted (counts and lists change).
// Subclasses fill their rows in reload().
class SessionListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(Stride::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit SessionListModel(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    int count() const { return rowCount(); }

    // Re-reads the rows from the store (a no-op without a session and an open store).
    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void countChanged();

protected:
    // The store, if there is a session and its store is open; else null.
    Store *openStore() const;
    // Called between beginResetModel() and endResetModel(): clear and refill the rows.
    virtual void refill() = 0;

private:
    QPointer<Session> m_session;
};

} // namespace Stride
