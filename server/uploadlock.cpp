#include "uploadlock.h"

#include "sqlconnection.h"

#include <map>

namespace Stride::Server {

namespace {

// SQLite's per-upload mutexes, made when first wanted and forgotten when nobody holds them.
std::shared_ptr<std::mutex> processMutex(const QString &uploadId)
{
    static std::mutex mapMutex;
    static std::map<QString, std::shared_ptr<std::mutex>> mutexes;
    std::lock_guard lock(mapMutex);
    for (auto it = mutexes.begin(); it != mutexes.end();)
        it = it->second.use_count() == 1 ? mutexes.erase(it) : std::next(it);
    auto &slot = mutexes[uploadId];
    if (!slot)
        slot = std::make_shared<std::mutex>();
    return slot;
}

} // namespace

UploadLock::UploadLock(const QString &uploadId)
{
    if (SqlConnection::isPostgres()) {
        m_transaction.emplace(SqlConnection::forThisThread());
        m_upload = UploadRegistry::findForUpdate(uploadId);
        return;
    }
    m_mutex = processMutex(uploadId);
    m_held = std::unique_lock(*m_mutex);
    m_upload = UploadRegistry::find(uploadId);
}

UploadLock::~UploadLock()
{
    // An open transaction is rolled back first (SqlTransaction), then the mutex is let go.
    m_transaction.reset();
}

void UploadLock::beginWrites()
{
    if (!m_transaction)
        m_transaction.emplace(SqlConnection::forThisThread());
}

void UploadLock::commit()
{
    if (m_transaction)
        m_transaction->commit();
    m_transaction.reset();
}

} // namespace Stride::Server
