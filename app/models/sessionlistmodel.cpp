#include "sessionlistmodel.h"

#include "../session.h"

#include "store/store.h"

namespace Stride {

SessionListModel::SessionListModel(QObject *parent) : QAbstractListModel(parent) {}

void SessionListModel::setSession(Session *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        m_session->whenRecordsChange(this, [this] { reload(); });
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
