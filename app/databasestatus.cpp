#include "databasestatus.h"

#include "store/store.h"
#include "sync/devicefiles.h"

#include <QDir>
#include <QFileInfo>

namespace Stride {

DatabaseStatus::DatabaseStatus(Store &store, const QString &path, QObject *parent)
    : QObject(parent), m_store(store), m_path(path)
{}

void DatabaseStatus::open()
{
    m_result = m_store.open(m_path);
    if (m_result.status == OpenResult::Status::KeyLost) {
        // Nobody can open it again on this tablet, so it must not stand in the way of a fresh
        // store; it is kept (the key might yet be found), under a name that says why. The media
        // sealed under the same key go: they can never be shown again and would only fill the
        // tablet (DeviceFiles::setAsideAfterKeyLost).
        const DeviceFiles::KeyLostResult setAside = DeviceFiles::setAsideAfterKeyLost(m_path);
        m_result.movedAsidePath = setAside.movedAsidePath;
        if (!setAside.media.ok)
            m_result.detail += QLatin1Char(' ') + setAside.media.leftBehind.join(QLatin1Char(' '));
        if (m_result.movedAsidePath.isEmpty())
            m_result.message =
                tr("The key that opens the records on this tablet is no longer on it (this happens when a "
                   "tablet is reset), so they can no longer be opened. Everything that had synced is safe "
                   "on the school's store. Stride could not put the locked file aside, and nothing has "
                   "been deleted: please ask your school's IT support to look at %1.")
                    .arg(QDir::toNativeSeparators(m_path));
        else
            m_result.message =
                tr("The key that opens the records on this tablet is no longer on it (this happens when a "
                   "tablet is reset), so they can no longer be opened. Everything that had synced is safe "
                   "on the school's store. Stride has put the locked file aside (kept, not deleted, as "
                   "%1) and removed this tablet's photos, videos and voice notes, which were locked with "
                   "the same key. Enrol this tablet with the school's store again to carry on: what had "
                   "synced comes back, photos and videos too. Anything recorded since the last sync cannot "
                   "be opened on this tablet.")
                    .arg(QFileInfo(m_result.movedAsidePath).fileName());
    }
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
        return keyUnavailable() ? QStringLiteral("key-unavailable") : QStringLiteral("failed");
    case OpenResult::Status::KeyLost:
        return QStringLiteral("key-lost");
    case OpenResult::Status::WrongKey:
        return QStringLiteral("wrong-key");
    }
    return {};
}

bool DatabaseStatus::keyUnavailable() const
{
    const DeviceKey::Status key = m_store.keyLookup().status;
    return m_result.status == OpenResult::Status::Failed &&
           (key == DeviceKey::Status::Unavailable || key == DeviceKey::Status::Refused);
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
        if (keyUnavailable())
            return m_store.keyLookup().status == DeviceKey::Status::Refused
                       ? tr("Stride cannot reach this tablet's keystore")
                       : tr("Stride cannot read the key to the records on this tablet");
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
    // Only once the file is safely moved aside: starting fresh must never replace it.
    return (m_result.status == OpenResult::Status::Damaged ||
            m_result.status == OpenResult::Status::KeyLost) &&
           !m_result.movedAsidePath.isEmpty() && !QFileInfo::exists(m_path);
}

bool DatabaseStatus::startFresh()
{
    if (!canStartFresh())
        return false;
    open();
    return ok();
}

} // namespace Stride
