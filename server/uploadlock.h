#pragma once

#include "sqltransaction.h"
#include "uploadregistry.h"

#include <QString>

#include <memory>
#include <mutex>
#include <optional>

namespace Stride::Server {

// One request at a time works on a tus upload, whichever store process it reached: a second PATCH
// (or HEAD, DELETE, the expiry sweep) of the same upload waits, then reads what the first left.
//
// PostgreSQL, where several processes may serve one store: a transaction holds the upload's row
// (SELECT ... FOR UPDATE) from the moment the request reads the upload until its new offset is
// committed. The offset is written in that transaction after the chunk was flushed to disk, so the
// database never acknowledges a byte the disk does not hold. A process killed mid-chunk loses its
// connection, PostgreSQL rolls its transaction back, and the row is free for the next request at the
// offset last committed.
//
// SQLite: one process serves a data directory (serve.lock), so the lock is this process's mutex for
// the upload, and only the writes at the end are a transaction. Holding SQLite's one write lock for
// as long as a chunk streams in would stop every push to every school meanwhile.
class UploadLock
{
public:
    // Waits for the upload, then reads it (nullopt: there is no such upload).
    explicit UploadLock(const QString &uploadId);
    ~UploadLock();
    UploadLock(const UploadLock &) = delete;
    UploadLock &operator=(const UploadLock &) = delete;

    const std::optional<Upload> &upload() const { return m_upload; }

    // The writes from here to commit() are kept together, or not at all.
    void beginWrites();
    void commit();

private:
    std::optional<SqlTransaction> m_transaction;
    std::shared_ptr<std::mutex> m_mutex; // SQLite only
    std::unique_lock<std::mutex> m_held;
    std::optional<Upload> m_upload;
};

} // namespace Stride::Server
