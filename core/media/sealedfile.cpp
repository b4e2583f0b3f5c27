#include "sealedfile.h"

#include "durablefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

#include <cerrno>
#include <fcntl.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>
#include <unistd.h>

namespace Stride {

namespace {

// Gives this file's sentences one context ("SealedFile") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(SealedFile)
};

constexpr char kMagic[8] = {'S', 'T', 'R', 'D', 'S', 'E', 'A', 'L'};
constexpr quint8 kVersion = 1;
constexpr int kSaltBytes = 32;
constexpr int kCheckBytes = 16;
constexpr int kSaltAt = 16;
constexpr int kCheckAt = kSaltAt + kSaltBytes;
constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 12;
constexpr int kMinChunkBytes = 1024;
constexpr int kMaxChunkBytes = 16 * 1024 * 1024;
// Sealed chunks are written a megabyte at a time rather than a chunk at a time: fewer calls.
constexpr int kWriteBatchBytes = 1 << 20;

bool readFully(int fd, char *data, qint64 size, qint64 offset)
{
    while (size > 0) {
        const ssize_t n = ::pread(fd, data, static_cast<size_t>(size), offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
        offset += n;
    }
    return true;
}

int chunkBytesOf(QByteArrayView header)
{
    return int(qFromBigEndian<quint32>(header.data() + 12));
}

} // namespace

namespace SealedFile {

class Cipher
{
public:
    Cipher() : m_ctx(EVP_CIPHER_CTX_new()) {}
    // The file's key does not outlive its cipher, however the file ends (finished, abandoned,
    // closed, failed).
    ~Cipher()
    {
        OPENSSL_cleanse(m_key, sizeof(m_key));
        EVP_CIPHER_CTX_free(m_ctx);
        EVP_MD_CTX_free(m_hash);
    }
    Cipher(const Cipher &) = delete;
    Cipher &operator=(const Cipher &) = delete;

    // The file key and its check value from the media key and the header's salt. The check lets a
    // reader tell "another key" from "damaged" before it reads a chunk.
    bool derive(const QByteArray &mediaKey, QByteArrayView salt, QByteArray *check)
    {
        unsigned char out[kKeyBytes + kCheckBytes];
        EVP_PKEY_CTX *kdf = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr);
        static const char info[] = "Stride media file v1";
        bool ok =
            kdf && EVP_PKEY_derive_init(kdf) > 0 && EVP_PKEY_CTX_set_hkdf_md(kdf, EVP_sha256()) > 0 &&
            EVP_PKEY_CTX_set1_hkdf_salt(kdf, reinterpret_cast<const unsigned char *>(salt.data()),
                                        int(salt.size())) > 0 &&
            EVP_PKEY_CTX_set1_hkdf_key(kdf, reinterpret_cast<const unsigned char *>(mediaKey.constData()),
                                       int(mediaKey.size())) > 0 &&
            EVP_PKEY_CTX_add1_hkdf_info(kdf, reinterpret_cast<const unsigned char *>(info),
                                        int(sizeof(info) - 1)) > 0;
        size_t length = sizeof(out);
        ok = ok && EVP_PKEY_derive(kdf, out, &length) > 0 && length == sizeof(out);
        EVP_PKEY_CTX_free(kdf);
        if (ok) {
            std::memcpy(m_key, out, kKeyBytes);
            *check = QByteArray(reinterpret_cast<const char *>(out) + kKeyBytes, kCheckBytes);
        }
        OPENSSL_cleanse(out, sizeof(out));
        m_keyed = false;
        return ok;
    }

    void setHeader(QByteArrayView header) { m_header = header.toByteArray(); }

    // `out` receives size + kTagBytes bytes.
    bool seal(quint64 index, bool last, const char *plain, int size, char *out)
    {
        return chunk(true, index, last, plain, size, out);
    }

    // `sealed` is size + kTagBytes bytes; `out` receives size bytes, which count only when true.
    bool open(quint64 index, bool last, const char *sealed, int size, char *out)
    {
        return chunk(false, index, last, sealed, size, out);
    }

private:
    // One chunk, sealed or opened: `size` bytes of `in` go through AES-GCM into `out`, and the
    // 16-byte tag that follows them is written after a seal, or checked (by the final call) on
    // opening.
    bool chunk(bool encrypt, quint64 index, bool last, const char *in, int size, char *out)
    {
        if (!start(encrypt, index, last))
            return false;
        auto *to = reinterpret_cast<unsigned char *>(out);
        int n = 0;
        if (size > 0 &&
            EVP_CipherUpdate(m_ctx, to, &n, reinterpret_cast<const unsigned char *>(in), size) <= 0)
            return false;
        if (!encrypt &&
            EVP_CIPHER_CTX_ctrl(m_ctx, EVP_CTRL_GCM_SET_TAG, kTagBytes, const_cast<char *>(in) + size) <= 0)
            return false;
        int tail = 0;
        return EVP_CipherFinal_ex(m_ctx, to + n, &tail) > 0 &&
               (!encrypt || EVP_CIPHER_CTX_ctrl(m_ctx, EVP_CTRL_GCM_GET_TAG, kTagBytes, out + size) > 0);
    }

    bool start(bool encrypt, quint64 index, bool last)
    {
        unsigned char nonce[kNonceBytes] = {};
        qToBigEndian<quint64>(index, nonce + 4);
        unsigned char position[9];
        qToBigEndian<quint64>(index, position);
        position[8] = last ? 1 : 0;
        // The key schedule is set once per file and direction; each chunk sets only its nonce.
        const bool keyed = m_keyed && m_encrypting == encrypt;
        const EVP_CIPHER *aes = keyed ? nullptr : EVP_aes_256_gcm();
        const unsigned char *key = keyed ? nullptr : m_key;
        const int ok = encrypt ? EVP_EncryptInit_ex(m_ctx, aes, nullptr, key, nonce)
                               : EVP_DecryptInit_ex(m_ctx, aes, nullptr, key, nonce);
        if (ok <= 0)
            return false;
        m_keyed = true;
        m_encrypting = encrypt;
        int n = 0;
        const auto update = encrypt ? EVP_EncryptUpdate : EVP_DecryptUpdate;
        return update(m_ctx, nullptr, &n, reinterpret_cast<const unsigned char *>(m_header.constData()),
                      int(m_header.size())) > 0 &&
               update(m_ctx, nullptr, &n, position, sizeof(position)) > 0;
    }

    EVP_CIPHER_CTX *m_ctx;
    unsigned char m_key[kKeyBytes] = {};
    QByteArray m_header;
    bool m_keyed = false;
    bool m_encrypting = false;

    EVP_MD_CTX *m_hash = nullptr;

public:
    // The writer's running SHA-256 of the plain bytes, which lives as long as the file's key.
    void startHash()
    {
        if (!m_hash)
            m_hash = EVP_MD_CTX_new();
        EVP_DigestInit_ex(m_hash, EVP_sha256(), nullptr);
    }
    void hash(const char *data, qint64 size) { EVP_DigestUpdate(m_hash, data, size_t(size)); }
    QByteArray hashResult()
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_hash, digest, &length);
        return QByteArray(reinterpret_cast<const char *>(digest), int(length));
    }
};

bool hasSealedHeader(QByteArrayView firstBytes)
{
    if (firstBytes.size() < kHeaderBytes || std::memcmp(firstBytes.data(), kMagic, sizeof(kMagic)) != 0 ||
        quint8(firstBytes[8]) != kVersion)
        return false;
    const int chunk = chunkBytesOf(firstBytes);
    return chunk >= kMinChunkBytes && chunk <= kMaxChunkBytes;
}

bool isSealed(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && hasSealedHeader(file.read(kHeaderBytes));
}

qint64 plainSizeOf(qint64 sealedSize, int chunkBytes)
{
    const qint64 body = sealedSize - kHeaderBytes;
    const qint64 whole = chunkBytes + kTagBytes;
    if (chunkBytes <= 0 || body < kTagBytes)
        return -1;
    // Every chunk but the last is whole; the last holds up to a chunk's bytes (none in an empty
    // file, or after a download that stopped exactly at a chunk's end and was carried on).
    const qint64 chunks = (body + whole - 1) / whole;
    const qint64 last = body - (chunks - 1) * whole - kTagBytes;
    if (last < 0)
        return -1;
    return (chunks - 1) * chunkBytes + last;
}

qint64 sealedSizeOf(qint64 plainSize, int chunkBytes)
{
    const qint64 chunks = plainSize == 0 ? 1 : (plainSize + chunkBytes - 1) / chunkBytes;
    return kHeaderBytes + plainSize + chunks * kTagBytes;
}

} // namespace SealedFile

// ---- writing ----

SealedFileWriter::SealedFileWriter() = default;

SealedFileWriter::~SealedFileWriter()
{
    abandon();
}

bool SealedFileWriter::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool SealedFileWriter::isDiskFull() const
{
    return m_errno == ENOSPC || m_errno == EDQUOT;
}

bool SealedFileWriter::begin(const QString &path, const QByteArray &mediaKey)
{
    abandon();
    m_error.clear();
    m_errno = 0;
    m_path = path;
    if (mediaKey.size() != kKeyBytes)
        return fail(Words::tr("the tablet's key for its media files is not available"));
    return true;
}

bool SealedFileWriter::create(const QString &path, const QByteArray &mediaKey, int chunkBytes)
{
    if (!begin(path, mediaKey))
        return false;
    if (chunkBytes < kMinChunkBytes || chunkBytes > kMaxChunkBytes)
        return fail(Words::tr("the chunk size %1 is not allowed").arg(chunkBytes));
    m_chunkBytes = chunkBytes;
    QByteArray header(SealedFile::kHeaderBytes, '\0');
    std::memcpy(header.data(), kMagic, sizeof(kMagic));
    header[8] = char(kVersion);
    qToBigEndian<quint32>(quint32(chunkBytes), header.data() + 12);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(header.data()) + kSaltAt, kSaltBytes) != 1)
        return fail(Words::tr("no random numbers were available"));
    m_cipher = std::make_unique<SealedFile::Cipher>();
    QByteArray check;
    if (!m_cipher->derive(mediaKey, QByteArrayView(header).sliced(kSaltAt, kSaltBytes), &check))
        return fail(Words::tr("the file's key could not be made"));
    std::memcpy(header.data() + kCheckAt, check.constData(), kCheckBytes);
    m_cipher->setHeader(header);

    m_fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (m_fd < 0) {
        m_errno = errno;
        return fail(DurableFile::describeError(m_errno));
    }
    m_cipher->startHash();
    m_chunkIndex = 0;
    m_plainSize = 0;
    m_sha256.clear();
    m_pending.clear();
    m_pending.reserve(chunkBytes);
    m_out = header;
    m_out.reserve(kWriteBatchBytes + chunkBytes + SealedFile::kTagBytes);
    return true;
}

bool SealedFileWriter::resume(const QString &path, const QByteArray &mediaKey)
{
    if (!begin(path, mediaKey))
        return false;
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
    if (m_fd < 0) {
        m_errno = errno;
        return fail(DurableFile::describeError(m_errno));
    }
    QByteArray header(SealedFile::kHeaderBytes, '\0');
    if (!readFully(m_fd, header.data(), header.size(), 0) || !SealedFile::hasSealedHeader(header)) {
        abandon();
        return fail(Words::tr("the unfinished file is not a sealed file"));
    }
    m_chunkBytes = chunkBytesOf(header);
    m_cipher = std::make_unique<SealedFile::Cipher>();
    QByteArray check;
    if (!m_cipher->derive(mediaKey, QByteArrayView(header).sliced(kSaltAt, kSaltBytes), &check) ||
        CRYPTO_memcmp(check.constData(), header.constData() + kCheckAt, kCheckBytes) != 0) {
        abandon();
        return fail(Words::tr("the unfinished file was sealed with another key"));
    }
    m_cipher->setHeader(header);
    m_cipher->startHash();

    const qint64 whole = m_chunkBytes + SealedFile::kTagBytes;
    const qint64 size = ::lseek(m_fd, 0, SEEK_END);
    const qint64 chunks = size < SealedFile::kHeaderBytes ? 0 : (size - SealedFile::kHeaderBytes) / whole;
    QByteArray sealed(whole, Qt::Uninitialized);
    m_pending.resize(m_chunkBytes);
    quint64 good = 0;
    for (; qint64(good) < chunks; ++good) {
        if (!readFully(m_fd, sealed.data(), whole, SealedFile::kHeaderBytes + qint64(good) * whole))
            break;
        if (!m_cipher->open(good, false, sealed.constData(), m_chunkBytes, m_pending.data())) {
            // A whole chunk sealed as the last one: finish() ran, and only the rename was lost.
            // Carrying on would seal this chunk's index again under the same key and nonce, and
            // two tags under one GCM nonce give away the key that forges this file's chunks: the
            // caller starts afresh instead, under a new salt.
            if (m_cipher->open(good, true, sealed.constData(), m_chunkBytes, m_pending.data())) {
                abandon();
                return fail(Words::tr("the unfinished file was already finished"));
            }
            break; // a chunk half-written when the writer stopped: carry on from before it
        }
        m_cipher->hash(m_pending.constData(), m_chunkBytes);
    }
    const qint64 keep = SealedFile::kHeaderBytes + qint64(good) * whole;
    if (::ftruncate(m_fd, keep) != 0 || ::lseek(m_fd, keep, SEEK_SET) != keep) {
        m_errno = errno;
        abandon();
        return fail(DurableFile::describeError(m_errno));
    }
    m_chunkIndex = good;
    m_plainSize = qint64(good) * m_chunkBytes;
    m_sha256.clear();
    m_pending.clear();
    m_pending.reserve(m_chunkBytes);
    m_out.clear();
    m_out.reserve(kWriteBatchBytes + whole);
    return true;
}

bool SealedFileWriter::sealChunk(const char *plain, int size, bool last)
{
    const qsizetype at = m_out.size();
    m_out.resize(at + size + SealedFile::kTagBytes);
    if (!m_cipher->seal(m_chunkIndex, last, plain, size, m_out.data() + at))
        return fail(Words::tr("a part of the file could not be sealed"));
    m_cipher->hash(plain, size);
    ++m_chunkIndex;
    return m_out.size() < kWriteBatchBytes || writeOut(true);
}

bool SealedFileWriter::writeOut(bool force)
{
    if (!force || m_out.isEmpty())
        return true;
    const char *data = m_out.constData();
    qint64 left = m_out.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, data, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            m_errno = errno;
            return fail(DurableFile::describeError(m_errno));
        }
        data += n;
        left -= n;
    }
    m_out.resize(0);
    return true;
}

bool SealedFileWriter::write(QByteArrayView bytes)
{
    if (m_fd < 0)
        return fail(m_error.isEmpty() ? Words::tr("the file is not open") : m_error);
    const char *data = bytes.data();
    qint64 left = bytes.size();
    // A chunk is sealed only once a byte beyond it arrives: until finish() it may be the last.
    while (left > 0) {
        if (m_pending.isEmpty() && left > m_chunkBytes) {
            if (!sealChunk(data, m_chunkBytes, false)) // straight from the caller's bytes, no copy
                return false;
            data += m_chunkBytes;
            left -= m_chunkBytes;
            m_plainSize += m_chunkBytes;
            continue;
        }
        if (m_pending.size() == m_chunkBytes) {
            if (!sealChunk(m_pending.constData(), m_chunkBytes, false))
                return false;
            m_pending.resize(0);
        }
        const qint64 take = std::min<qint64>(left, m_chunkBytes - m_pending.size());
        m_pending.append(data, take);
        data += take;
        left -= take;
        m_plainSize += take;
    }
    return true;
}

bool SealedFileWriter::flush()
{
    return m_fd >= 0 && writeOut(true);
}

bool SealedFileWriter::finish(bool durably)
{
    if (m_fd < 0)
        return fail(m_error.isEmpty() ? Words::tr("the file is not open") : m_error);
    if (!sealChunk(m_pending.constData(), int(m_pending.size()), true) || !writeOut(true))
        return false;
    m_pending.clear();
    if (durably && ::fsync(m_fd) != 0) {
        m_errno = errno;
        return fail(DurableFile::describeError(m_errno));
    }
    m_sha256 = m_cipher->hashResult();
    ::close(m_fd);
    m_fd = -1;
    m_cipher.reset();
    return true;
}

void SealedFileWriter::abandon()
{
    if (m_fd >= 0) {
        writeOut(true); // whole chunks only: the unfinished last one is never sealed
        ::close(m_fd);
        m_fd = -1;
    }
    m_cipher.reset();
    m_pending.fill('\0');
    m_pending.clear();
}

// ---- reading ----

SealedFileReader::SealedFileReader(QString path, QByteArray mediaKey, QObject *parent)
    : QIODevice(parent), m_path(std::move(path)), m_key(std::move(mediaKey))
{}

SealedFileReader::~SealedFileReader()
{
    close();
}

bool SealedFileReader::open(OpenMode mode)
{
    if (isOpen() || (mode & (WriteOnly | Append | Truncate))) {
        setErrorString(Words::tr("A media file can only be opened for reading."));
        return false;
    }
    if (m_key.size() != kKeyBytes) {
        setErrorString(Words::tr("This tablet's key for its media files is not available."));
        return false;
    }
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0) {
        setErrorString(
            Words::tr("The file could not be opened (%1).").arg(DurableFile::describeError(errno)));
        return false;
    }
    QByteArray header(SealedFile::kHeaderBytes, '\0');
    m_sealedSize = ::lseek(m_fd, 0, SEEK_END);
    auto refuse = [this](const QString &why) {
        ::close(m_fd);
        m_fd = -1;
        setErrorString(why);
        return false;
    };
    if (!readFully(m_fd, header.data(), header.size(), 0) || !SealedFile::hasSealedHeader(header))
        return refuse(
            Words::tr("This is not one of Stride's sealed media files, or its beginning is damaged."));
    m_chunkBytes = chunkBytesOf(header);
    m_plainSize = SealedFile::plainSizeOf(m_sealedSize, m_chunkBytes);
    if (m_plainSize < 0)
        return refuse(
            Words::tr("This media file has been cut short or damaged (it is %1 bytes long, which no "
                      "whole file is).")
                .arg(m_sealedSize));
    m_cipher = std::make_unique<SealedFile::Cipher>();
    QByteArray check;
    if (!m_cipher->derive(m_key, QByteArrayView(header).sliced(kSaltAt, kSaltBytes), &check) ||
        CRYPTO_memcmp(check.constData(), header.constData() + kCheckAt, kCheckBytes) != 0) {
        m_cipher.reset();
        return refuse(Words::tr("This media file was sealed with another key than this tablet's (or its "
                                "beginning is damaged), so it cannot be opened."));
    }
    m_cipher->setHeader(header);
    const qint64 whole = m_chunkBytes + SealedFile::kTagBytes;
    m_chunkCount = quint64((m_sealedSize - SealedFile::kHeaderBytes + whole - 1) / whole);
    m_loaded = ~quint64(0);
    m_chunk.resize(m_chunkBytes);
    m_sealed.resize(whole);
    // Unbuffered: the decrypted chunk is the buffer, and pos() is where readData reads from.
    return QIODevice::open(mode | Unbuffered);
}

void SealedFileReader::close()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    m_cipher.reset();
    m_chunk.fill('\0');
    m_loaded = ~quint64(0);
    if (isOpen())
        QIODevice::close();
}

bool SealedFileReader::loadChunk(quint64 index)
{
    if (index == m_loaded)
        return true;
    const qint64 whole = m_chunkBytes + SealedFile::kTagBytes;
    const bool last = index + 1 == m_chunkCount;
    const int plain = last ? int(m_plainSize - qint64(index) * m_chunkBytes) : m_chunkBytes;
    m_loaded = ~quint64(0);
    if (!readFully(m_fd, m_sealed.data(), plain + SealedFile::kTagBytes,
                   SealedFile::kHeaderBytes + qint64(index) * whole)) {
        setErrorString(Words::tr("Part %1 of %2 of this media file could not be read from the disk.")
                           .arg(index + 1)
                           .arg(m_chunkCount));
        return false;
    }
    if (m_cipher->open(index, last, m_sealed.constData(), plain, m_chunk.data())) {
        m_loaded = index;
        return true;
    }
    // Say which damage it is: a last part that opens as a middle one means the file lost its end.
    if (last && plain == m_chunkBytes &&
        m_cipher->open(index, false, m_sealed.constData(), plain, m_chunk.data()))
        setErrorString(
            Words::tr("This media file has been cut short: it ends after part %1, which is not its "
                      "last part.")
                .arg(index + 1));
    else
        setErrorString(Words::tr("Part %1 of %2 of this media file is damaged or out of place (it does not "
                                 "match what was written), so it cannot be shown.")
                           .arg(index + 1)
                           .arg(m_chunkCount));
    m_chunk.fill('\0');
    return false;
}

qint64 SealedFileReader::readData(char *data, qint64 maxSize)
{
    qint64 done = 0;
    while (done < maxSize) {
        const qint64 at = pos() + done;
        if (at >= m_plainSize)
            break;
        const quint64 index = quint64(at / m_chunkBytes);
        if (!loadChunk(index))
            return done > 0 ? done : -1;
        const qint64 offset = at - qint64(index) * m_chunkBytes;
        const qint64 chunkEnd = std::min<qint64>(m_chunkBytes, m_plainSize - qint64(index) * m_chunkBytes);
        const qint64 take = std::min(maxSize - done, chunkEnd - offset);
        std::memcpy(data + done, m_chunk.constData() + offset, size_t(take));
        done += take;
    }
    return done;
}

qint64 SealedFileReader::writeData(const char *, qint64)
{
    return -1;
}

} // namespace Stride
