#include "databasestatus.h"

#include "store/store.h"

#include <QFileInfo>

namespace Stride {

DatabaseStatus::DatabaseStatus(Store &store, const QString &path, QObject *parent)
    : QObject(parent), m_store(store), m_path(path)
{}

void DatabaseStatus::open()
{
    m_result = m_store.open(m_path);
    emit changed();
    if (m_result.ok())
        emit storeReady();
}

QString DatabaseStatus::status() const
{
    switch (m_result.status) {
    case OpenResult::Status::Opened:
        return QStringLiteral("opened");
    case OpenResult::Status::Created:
        return QStringLiteral("created");
    case OpenResult::Status::Damaged:
        return QStringLiteral("damaged");
    case OpenResult::Status::TooNew:
        return QStringLiteral("too-new");
    case OpenResult::Status::Failed:
        return QStringLiteral("failed");
    case OpenResult::Status::KeyLost:
        return QStringLiteral("key-lost");
    case OpenResult::Status::WrongKey:
        return QStringLiteral("wrong-key");
    }
    return {};
}

QString DatabaseStatus::heading() const
{
    switch (m_result.status) {
    case OpenResult::Status::Opened:
    case OpenResult::Status::Created:
        return tr("The records on this tablet are ready");
    case OpenResult::Status::Damaged:
        return tr("The records on this tablet are damaged");
    case OpenResult::Status::TooNew:
        return tr("This tablet needs a newer version of Stride");
    case OpenResult::Status::Failed:
        return tr("Stride could not open the records on this tablet");
    case OpenResult::Status::KeyLost:
        return tr("The records on this tablet can no longer be opened");
    case OpenResult::Status::WrongKey:
        return tr("The records on this tablet are locked with a different key");
    }
    return {};
}

bool DatabaseStatus::canStartFresh() const
{
    // Only once the damaged file is safely moved aside: starting fresh must never replace it.
    return m_result.status == OpenResult::Status::Damaged && !m_result.movedAsidePath.isEmpty() &&
           !QFileInfo::exists(m_path);
}

bool DatabaseStatus::startFresh()
{
    if (!canStartFresh())
        return false;
    open();
    return ok();
}

} // namespace Stride
