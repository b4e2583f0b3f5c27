#pragma once

#include "httpresult.h"

#include <QIODevice>
#include <QObject>
#include <QString>
#include <future>
#include <memory>

namespace Stride {

class SyncApi;

// One media file sent to the school's store with tus 1.0 (creation + checksum; docs/sync.md,
// "Media"): a POST creates the upload, PATCHes send it in chunks, each with the SHA-256 of its
// bytes, and a HEAD asks the server where to carry on. A killed upload therefore resumes at the
// server's offset, not at zero and not at what the client believes it sent.
class TusUploader : public QObject
{
    Q_OBJECT
public:
    // The store's limit, and the default: each chunk costs a round trip, a checksum check and
    // two flushes to disk on the store (the bytes, then the offset), with the connection idle
    // meanwhile, so the larger it is the closer tus comes to one plain copy (docs/benchmarks.md,
    // "Media": 32 MiB against 8 MiB roughly halved the gap). Two chunks are in memory at once,
    // 64 MiB. A store with the older 8 MiB limit answers 413 and gets 8 MiB chunks.
    static constexpr qint64 kMaxChunkSize = 32 * 1024 * 1024;
    static constexpr qint64 kDefaultChunkSize = kMaxChunkSize;
    // A store configured with a lower limit answers 413: the chunk is halved, down to this.
    static constexpr qint64 kMinChunkSize = 64 * 1024;
    static constexpr int kChecksumRetries = 3;

    struct Job
    {
        QString sha256;    // lower-case hex, the file's name
        QString uploadUrl; // from an earlier, interrupted run: resume there
    };

    // What the sync page says while the school's store is full (docs/sync.md, "Media").
    static QString storeFullMessage();

    struct Result
    {
        bool ok = false;
        bool alreadyOnServer = false; // the server had the bytes: nothing was sent
        bool deviceRevoked = false;
        bool reachedServer = true;
        bool storeFull = false; // the school's store has no room for it (507): it waits on the tablet
        QString sha256;
        QString uploadUrl;
        qint64 size = 0;
        qint64 resumedFrom = -1; // the server's offset when an earlier upload was picked up
        qint64 bytesSent = 0;    // bytes the server acknowledged in this run
        int chunks = 0;
        QString message; // why not, in plain words
    };

    explicit TusUploader(SyncApi &api, QObject *parent = nullptr);

    void setChunkSize(qint64 bytes);
    qint64 chunkSize() const { return m_chunkSize; }
    // Sends `file`: the media file's bytes as captured (MediaStore::openForReading), seekable, so
    // that a resumed upload reads from the server's offset. A null `file` finishes at once, saying
    // `whyNoFile`.
    void start(const Job &job, std::unique_ptr<QIODevice> file, const QString &whyNoFile = {});
    void abort();
    bool isRunning() const { return m_running; }

signals:
    // A new upload exists on the server: keep its URL, so a killed client resumes it.
    void uploadCreated(const QString &sha256, const QString &uploadUrl);
    void progress(const QString &sha256, qint64 offset, qint64 size);
    void finished(const Stride::TusUploader::Result &result);

private:
    // A chunk read from the file and hashed, ready to send.
    struct Chunk
    {
        qint64 offset = -1;
        QByteArray bytes;
        QByteArray digest;
        QString error;
    };
    Chunk readChunk(qint64 offset); // on whichever thread runs it; only one at a time
    void prepareNext(qint64 offset);
    Chunk takeChunk(qint64 offset);
    void settle(); // waits for a chunk being prepared, so the file may be closed

    // The upload's address is on the store's own origin (scheme, host and port): bytes are never
    // sent where a Location header, or a URL kept from an earlier run, points elsewhere.
    bool isOnStore(const QString &uploadUrl) const;
    void create();
    void askOffset();
    void sendChunk();
    void finish(bool ok, const QString &message = {});
    void failWith(const HttpResult &r, const QString &what);

    SyncApi &m_api;
    qint64 m_chunkSize = kDefaultChunkSize;
    Job m_job;
    Result m_result;
    std::unique_ptr<QIODevice> m_file;
    qint64 m_offset = 0;
    int m_checksumFailures = 0;
    int m_restarts = 0;
    bool m_running = false;
    quint64 m_generation = 0; // callbacks of an aborted run are ignored
    // The next chunk is read and hashed on a worker thread while the current one is on the
    // wire, so the device's hashing overlaps the network and the server's work.
    std::future<Chunk> m_next;
};

} // namespace Stride
