#include "sessionlistmodel.h"

#include "../session.h"

#include "store/store.h"

namespace Stride {

SessionListModel::SessionListModel(QObject *parent) : QAbstractListModel(parent) {}

void SessionListModel::setSession(Session *session)
{
    if (!Session::follow(m_session, session, this, [this] { reload(); }))
        return;
    emit sessionChanged();
    reload();
}

void SessionListModel::reload()
{
    beginResetModel();
    refill();
    endResetModel();
    // Also carries the subclasses' summary properties (pupils without evidence, targets...).
    emit countChanged();
}

Store *SessionListModel::openStore() const
{
    if (!m_session || !m_session->store().isOpen())
        return nullptr;
    return &m_session->store();
}

} // namespace Stride
