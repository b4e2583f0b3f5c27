#include "uploadhashes.h"

#include <QFile>

#include <system_error>

namespace Stride::Server {

namespace {

// Adds the bytes [from, to) of the file at `path` to `hash`.
bool addRange(Sha256::Hasher &hash, const QString &path, qint64 from, qint64 to)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(from))
        return false;
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (qint64 at = from; at < to;) {
        const qint64 n = file.read(block.data(), std::min<qint64>(block.size(), to - at));
        if (n <= 0)
            return false;
        hash.addData(QByteArrayView(block.constData(), n));
        at += n;
    }
    return true;
}

} // namespace

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
            return addRange(*hash, path, from, to);
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
    std::shared_ptr<Entry> entry = take(uploadId);
    if (!entry && from == 0) { // a file sent in one chunk
        entry = std::make_shared<Entry>();
        entry->hash = std::make_shared<Sha256::Hasher>();
    }
    if (!entry || !settle(*entry, from) || !addRange(*entry->hash, path, from, to))
        return std::nullopt;
    return QString::fromLatin1(entry->hash->result().toHex());
}

void UploadHashes::forget(const QString &uploadId)
{
    // An addition still under way finishes (and is waited for) outside the lock.
    const std::shared_ptr<Entry> entry = take(uploadId);
}

} // namespace Stride::Server
