#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>

#include <memory>

namespace Stride {

// The format every media file on the tablet is kept in: nothing in it readable, and nothing in it
// changeable unnoticed, without the tablet's media key.
//
//   header (64 bytes, plain): "STRDSEAL", version 1, 3 bytes zero, chunk size (u32, big-endian),
//                             a random 32-byte salt, 16 bytes that show the key is the right one
//   chunks: each chunk-size plain bytes (the last one fewer, or none for an empty file) sealed
//           with AES-256-GCM, followed by its 16-byte tag
//
// Each file has its own key, HKDF-SHA256 of the media key and the file's salt, so the nonce can be
// the chunk's index. Each chunk's additional data is the header, its index and whether it is the
// last: a chunk moved, a header changed, a chunk damaged, or the file cut short at a chunk
// boundary are all found when that chunk is read. Memory is one chunk, whatever the file's size.
namespace SealedFile {
constexpr int kHeaderBytes = 64;
constexpr int kTagBytes = 16;
constexpr int kDefaultChunkBytes = 64 * 1024;

// True if `firstBytes` (at least the header) begin as a sealed file does.
bool hasSealedHeader(QByteArrayView firstBytes);
bool isSealed(const QString &path);
// The plain size of a sealed file of `sealedSize` bytes in chunks of `chunkBytes`; -1 if no
// sealed file has that size.
qint64 plainSizeOf(qint64 sealedSize, int chunkBytes);
qint64 sealedSizeOf(qint64 plainSize, int chunkBytes);

// One file's key and its AES-256-GCM context (made once per file, reused for every chunk).
class Cipher;
} // namespace SealedFile

// Writes a sealed file as the bytes arrive, hashing the plain bytes (SHA-256) on the way, so a
// recording or a download is read once. Whole chunks go to the disk as they fill; the last is
// sealed by finish(). A writer dropped without finish() leaves whole chunks that resume() can
// carry on from (a download cut short), and never a file that reads as complete.
class SealedFileWriter
{
public:
    SealedFileWriter();
    ~SealedFileWriter();
    SealedFileWriter(const SealedFileWriter &) = delete;
    SealedFileWriter &operator=(const SealedFileWriter &) = delete;

    // Starts a new file at `path` (replacing any), with a fresh salt.
    bool create(const QString &path, const QByteArray &mediaKey,
                int chunkBytes = SealedFile::kDefaultChunkBytes);
    // Carries on a file an earlier writer left unfinished: each whole chunk is checked and its
    // bytes hashed again, anything after the last good chunk is cut off, and writing continues
    // after it. A file that is not a sealed file under this key fails (start it again).
    bool resume(const QString &path, const QByteArray &mediaKey);

    bool write(QByteArrayView bytes);
    // Seals the last chunk and flushes the file to the disk (fsync) when `durably`.
    bool finish(bool durably = true);
    // Writes whole chunks held in memory to the file, so that a restart can resume from them.
    bool flush();
    // Closes the file without sealing its end (whole chunks stay, for resume()).
    void abandon();

    qint64 plainSize() const { return m_plainSize; }
    // The SHA-256 of every plain byte written (raw 32 bytes); valid after finish().
    QByteArray plainSha256() const { return m_sha256; }
    QString errorString() const { return m_error; }
    bool isDiskFull() const;

private:
    // What create() and resume() both do first: let go of any file before, and check the key.
    bool begin(const QString &path, const QByteArray &mediaKey);
    bool sealChunk(const char *plain, int size, bool last);
    bool writeOut(bool force);
    bool fail(const QString &message);

    std::unique_ptr<SealedFile::Cipher> m_cipher;
    int m_fd = -1;
    QString m_path;
    int m_chunkBytes = SealedFile::kDefaultChunkBytes;
    quint64 m_chunkIndex = 0;
    QByteArray m_pending; // plain bytes of the chunk being filled
    QByteArray m_out;     // sealed chunks not yet written
    qint64 m_plainSize = 0;
    QByteArray m_sha256;
    QString m_error;
    int m_errno = 0;
};

// Reads a sealed file as its plain bytes, with seeking: a QMediaPlayer jumps about in a video,
// an upload resumes at an offset. One chunk is decrypted at a time. A chunk that does not open
// (damaged, moved, the file cut short, another key) makes the read fail with a sentence in
// errorString(): never bytes that were not written.
class SealedFileReader : public QIODevice
{
public:
    SealedFileReader(QString path, QByteArray mediaKey, QObject *parent = nullptr);
    ~SealedFileReader() override;

    // Read-only. Fails, with errorString(), for a file that is not sealed, has the wrong size for
    // one, or was sealed under another key.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_plainSize; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool loadChunk(quint64 index);

    QString m_path;
    QByteArray m_key;
    std::unique_ptr<SealedFile::Cipher> m_cipher;
    int m_fd = -1;
    int m_chunkBytes = 0;
    quint64 m_chunkCount = 0;
    qint64 m_plainSize = 0;
    qint64 m_sealedSize = 0;
    quint64 m_loaded = ~quint64(0);
    QByteArray m_chunk;
    QByteArray m_sealed;
};

} // namespace Stride
