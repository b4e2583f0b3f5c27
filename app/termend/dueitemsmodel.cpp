#include "dueitemsmodel.h"

#include "store/store.h"

namespace Stride {

namespace {

QString kindName(DueItem::Kind kind)
{
    switch (kind) {
    case DueItem::Kind::Assessment:
        return QStringLiteral("assessment");
    case DueItem::Kind::Moderation:
        return QStringLiteral("moderation");
    case DueItem::Kind::IlpDocuments:
        return QStringLiteral("ilpDocuments");
    case DueItem::Kind::ProvisionMaps:
        return QStringLiteral("provisionMaps");
    case DueItem::Kind::ParentReplies:
        return QStringLiteral("parentReplies");
    case DueItem::Kind::Rollover:
        return QStringLiteral("rollover");
    case DueItem::Kind::ClassMove:
        return QStringLiteral("classMove");
    }
    return {};
}

} // namespace

DueItemsModel::DueItemsModel(QObject *parent) : SessionListModel(parent) {}

void DueItemsModel::refill()
{
    m_items.clear();
    m_mayRollOver = false;
    m_mayMoveClasses = false;
    Store *store = openStore();
    if (!store || !session()->signedIn())
        return;
    const auto person = store->staff(session()->staffId());
    if (person) {
        m_mayRollOver = person->hasRole(StaffRole::SeniorLeader);
        m_mayMoveClasses = m_mayRollOver || person->hasRole(StaffRole::Admin);
    }
    const auto term = store->term(session()->termId());
    if (!person || !term)
        return;
    m_items = dueItems(*store, *person, *term, session()->today());
}

int DueItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant DueItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const DueItem &item = m_items.at(index.row());
    switch (role) {
    case LineRole:
    case Qt::DisplayRole:
        return item.text;
    case KindRole:
        return kindName(item.kind);
    case DoneRole:
        return item.done;
    default:
        return {};
    }
}

QHash<int, QByteArray> DueItemsModel::roleNames() const
{
    return {{LineRole, "line"}, {KindRole, "kind"}, {DoneRole, "done"}};
}

} // namespace Stride
