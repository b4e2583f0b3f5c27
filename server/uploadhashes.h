#pragma once

#include <sync/sha256.h>

#include <QString>

#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

namespace Stride::Server {

// The SHA-256 of each tus upload's acknowledged bytes, kept up to date from one chunk to the next,
// so that the whole-file check at the last byte does not read the whole file again.
//
// Each acknowledged chunk is read back (it is still in the page cache) and added on a thread of
// its own, while the tablet is sending the next chunk: the request thread, which receives that
// chunk and works out its own digest, does not wait for it.
//
// It is only a shortcut, and only ever fed bytes that were acknowledged, so a refused chunk cannot
// spoil it. If it is missing (a restarted store) or behind (a read that failed), finish() says so
// and the caller hashes the whole file, as the check always did.
class UploadHashes
{
public:
    UploadHashes() = default;
    UploadHashes(const UploadHashes &) = delete;
    UploadHashes &operator=(const UploadHashes &) = delete;

    // The bytes [from, to) of the upload's file were acknowledged: adds them, in the background.
    // Calls for one upload must not overlap (the caller holds the upload's lock).
    void advance(const QString &uploadId, const QString &path, qint64 from, qint64 to);
    // The last chunk, [from, to), was written and flushed: the lower-case hex SHA-256 of the whole
    // file, or nullopt if this process does not have the digest of the bytes before it (a
    // restarted store; a file sent in one chunk, whose digest the chunk's own is). Forgets the
    // upload either way.
    std::optional<QString> finish(const QString &uploadId, const QString &path, qint64 from, qint64 to);
    void forget(const QString &uploadId);

private:
    struct Entry
    {
        qint64 offset = 0; // the bytes covered once `pending` is done
        std::shared_ptr<Sha256::Hasher> hash;
        std::future<bool> pending; // adding the last acknowledged chunk
    };
    std::shared_ptr<Entry> take(const QString &uploadId);
    // Waits for the chunk being added; true if it was, and the entry covers exactly `offset` bytes.
    static bool settle(Entry &entry, qint64 offset);

    std::mutex m_mutex;
    std::map<QString, std::shared_ptr<Entry>> m_entries;
};

} // namespace Stride::Server
