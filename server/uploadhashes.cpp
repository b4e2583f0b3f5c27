#include "uploadhashes.h"

#include <system_error>

namespace Stride::Server {

std::shared_ptr<UploadHashes::Entry> UploadHashes::take(const QString &uploadId)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(uploadId);
    if (it == m_entries.end())
        return {};
    std::shared_ptr<Entry> entry = std::move(it->second);
    m_entries.erase(it);
    return entry;
}

bool UploadHashes::settle(Entry &entry, qint64 offset)
{
    const bool added = !entry.pending.valid() || entry.pending.get();
    return added && entry.offset == offset;
}

void UploadHashes::advance(const QString &uploadId, const QString &path, qint64 from, qint64 to)
{
    // Out of the map while it is worked on, so that waiting here holds up no other upload.
    std::shared_ptr<Entry> entry = take(uploadId);
    if (!entry && from == 0) {
        entry = std::make_shared<Entry>();
        entry->hash = std::make_shared<Sha256::Hasher>();
    }
    // The previous chunk was added long ago, while this one was on the network.
    if (!entry || !settle(*entry, from))
        return; // missing or behind: finish() will say so
    entry->offset = to;
    try {
        entry->pending = std::async(std::launch::async, [hash = entry->hash, path, from, to] {
            return Sha256::addFileRange(*hash, path, from, to);
        });
    } catch (const std::system_error &) {
        return; // no thread to be had: the chunk stands, and finish() will read the file instead
    }
    std::lock_guard lock(m_mutex);
    m_entries[uploadId] = std::move(entry);
}

std::optional<QString> UploadHashes::finish(const QString &uploadId, const QString &path, qint64 from,
                                            qint64 to)
{
    const std::shared_ptr<Entry> entry = take(uploadId);
    if (!entry || !settle(*entry, from) || !Sha256::addFileRange(*entry->hash, path, from, to))
        return std::nullopt;
    return QString::fromLatin1(entry->hash->result().toHex());
}

void UploadHashes::forget(const QString &uploadId)
{
    // An addition still under way finishes (and is waited for) outside the lock.
    const std::shared_ptr<Entry> entry = take(uploadId);
}

} // namespace Stride::Server
