#pragma once

#include <sync/sha256.h>

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <vector>

namespace Stride::Server {

// One tus chunk, received straight into its upload's file as it arrives off the network and
// hashed on the way, so no chunk is ever held in memory (docs/sync.md, "Media").
//
// What the store has acknowledged of an upload is its offset in the database, never the file's
// length. A chunk is written past that offset, and nothing of it counts until commit() has flushed
// it (fdatasync) and the caller has recorded the new offset. discard() cuts the file back to the
// offset; so does the next chunk's open(). A chunk that fails its checksum, stops half-way, or is
// cut short by a SIGKILL therefore leaves the upload exactly as it was acknowledged.
class ChunkReceiver
{
public:
    // `offset` is the upload's acknowledged offset; `room` the most this chunk may hold (the chunk
    // limit, or what is left of the file if that is less).
    ChunkReceiver(const QString &path, qint64 offset, qint64 room);
    ~ChunkReceiver();
    ChunkReceiver(const ChunkReceiver &) = delete;
    ChunkReceiver &operator=(const ChunkReceiver &) = delete;

    // Opens the upload's file and cuts it back to the acknowledged offset.
    bool open(QString *error);
    // Takes the next piece of the body. Once the chunk is over `room`, or a write failed, the rest
    // is counted but neither written nor hashed.
    void receive(const char *data, std::size_t length);

    qint64 received() const { return m_received; }
    bool overflowed() const { return m_received > m_room; }
    // Why a write failed (empty if none did).
    QString writeError() const { return m_writeError; }
    // The SHA-256 of what was received (raw 32 bytes); only meaningful if nothing overflowed and
    // the body is over. Worked out once: asking again gives the same answer.
    QByteArray digest();

    // Flushes the chunk to disk (fdatasync): only then may it be acknowledged.
    bool commit(QString *error);
    // Drops the chunk: the file goes back to the acknowledged offset.
    void discard();

private:
    bool flush();

    QString m_path;
    qint64 m_offset;
    qint64 m_room;
    qint64 m_received = 0;
    qint64 m_written = 0; // of m_received, how much is in the file
    int m_fd = -1;
    // httplib hands the body over in 4 KiB pieces: gathered here, so the file takes few large writes.
    std::vector<char> m_buffer;
    std::size_t m_buffered = 0;
    QString m_writeError;
    Sha256::Hasher m_hash;
    QByteArray m_digest;
};

} // namespace Stride::Server
