#include "encryptedvfs.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QUrl>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>

namespace Stride {

namespace {

constexpr int kPage = EncryptedVfs::pageSize;
constexpr int kReserve = EncryptedVfs::reservedBytes;
constexpr int kSealed = kPage - kReserve; // the bytes of a page that are encrypted
constexpr int kNonce = 12;
constexpr int kTag = 16;
constexpr int kHeader = EncryptedVfs::headerBytes;
constexpr int kKey = EncryptedVfs::keyBytes;
constexpr int kSalt = 32;
constexpr int kCheck = 32;
// SQLite's write-ahead log: a 32-byte header, then frames of a 24-byte header and one page.
constexpr int kWalHeader = 32;
constexpr int kFrameHeader = 24;
constexpr int kFrame = kFrameHeader + kPage;

// The header's fields, at fixed places; the rest of its 4096 bytes are zero.
constexpr char kMagic[] = "Stride AES store"; // 16 bytes, never SQLite's "SQLite format 3\0"
constexpr int kMagicBytes = 16;
constexpr quint32 kFormatVersion = 1;
constexpr int kVersionAt = 16;
constexpr int kPageSizeAt = 20;
constexpr int kReserveAt = 24;
constexpr int kSaltAt = 28;
constexpr int kCheckAt = kSaltAt + kSalt;
constexpr int kHeaderUsed = kCheckAt + kCheck;
static_assert(sizeof(kMagic) == kMagicBytes + 1);
static_assert(kNonce + kTag <= kReserve);

constexpr const char *kKeySlotParameter = "stride-key";

quint32 readBig32(const unsigned char *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

void writeBig32(unsigned char *p, quint32 v)
{
    p[0] = (unsigned char)(v >> 24);
    p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8);
    p[3] = (unsigned char)v;
}

void writeBig64(unsigned char *p, quint64 v)
{
    writeBig32(p, quint32(v >> 32));
    writeBig32(p + 4, quint32(v));
}

// HMAC-SHA256(key, label || salt): the key-check value and the page key both come from the
// store's key and its file's salt, so one key never encrypts two files' pages the same way.
bool derive(const QByteArray &key, const char *label, const unsigned char *salt, unsigned char *out)
{
    unsigned char message[64 + kSalt];
    const size_t labelBytes = std::strlen(label);
    std::memcpy(message, label, labelBytes);
    std::memcpy(message + labelBytes, salt, kSalt);
    unsigned int outBytes = 0;
    return HMAC(EVP_sha256(), key.constData(), int(key.size()), message, labelBytes + kSalt, out,
                &outBytes) != nullptr &&
           outBytes == 32;
}

// ---- The keys the process holds, by slot: a database's URI names its slot, never its key.

struct KeyRegistry
{
    QMutex mutex;
    std::map<int, QByteArray> keys;
    std::map<QString, int> slotOfPath;
    int nextSlot = 1;
};

KeyRegistry &registry()
{
    static KeyRegistry r;
    return r;
}

QByteArray keyInSlot(const char *slot)
{
    if (!slot)
        return {};
    KeyRegistry &r = registry();
    QMutexLocker lock(&r.mutex);
    const auto it = r.keys.find(std::atoi(slot));
    return it == r.keys.end() ? QByteArray() : it->second;
}

// ---- AES-256-GCM over one page, with contexts made once per open file and reused.

// What a page's tag binds besides its bytes: which kind of file, its page number and its place;
// in the log also the rest of its frame's header (see frameBinding).
struct Binding
{
    unsigned char bytes[25] = {};
    int size = 21;
    Binding(char kind, quint32 pageNumber, quint64 place)
    {
        bytes[0] = (unsigned char)kind;
        writeBig32(bytes + 1, pageNumber);
        writeBig64(bytes + 5, place);
    }
};

class PageCipher
{
public:
    PageCipher() = default;
    PageCipher(const PageCipher &) = delete;
    PageCipher &operator=(const PageCipher &) = delete;
    ~PageCipher()
    {
        EVP_CIPHER_CTX_free(m_encrypt);
        EVP_CIPHER_CTX_free(m_decrypt);
        OPENSSL_cleanse(m_key, sizeof m_key);
    }

    bool start(const unsigned char *key)
    {
        std::memcpy(m_key, key, kKey);
        m_encrypt = EVP_CIPHER_CTX_new();
        m_decrypt = EVP_CIPHER_CTX_new();
        m_ready = m_encrypt && m_decrypt &&
                  EVP_EncryptInit_ex(m_encrypt, EVP_aes_256_gcm(), nullptr, m_key, nullptr) == 1 &&
                  EVP_DecryptInit_ex(m_decrypt, EVP_aes_256_gcm(), nullptr, m_key, nullptr) == 1;
        return m_ready;
    }
    bool ready() const { return m_ready; }
    const unsigned char *key() const { return m_key; }

    // Encrypts a plain page into `out` (both kPage bytes, distinct): the nonce and tag go in the
    // reserved bytes at its end.
    bool seal(const unsigned char *plain, unsigned char *out, const Binding &binding)
    {
        unsigned char *nonce = out + kSealed;
        unsigned char *tag = nonce + kNonce;
        std::memset(out + kSealed, 0, kReserve);
        int length = 0;
        int last = 0;
        return RAND_bytes(nonce, kNonce) == 1 &&
               EVP_EncryptInit_ex(m_encrypt, nullptr, nullptr, nullptr, nonce) == 1 &&
               EVP_EncryptUpdate(m_encrypt, nullptr, &length, binding.bytes, binding.size) == 1 &&
               EVP_EncryptUpdate(m_encrypt, out, &length, plain, kSealed) == 1 &&
               EVP_EncryptFinal_ex(m_encrypt, out + length, &last) == 1 &&
               EVP_CIPHER_CTX_ctrl(m_encrypt, EVP_CTRL_GCM_GET_TAG, kTag, tag) == 1;
    }

    // Decrypts a sealed page into `out` (may be the same buffer) and zeroes the reserved bytes, as
    // SQLite wrote them: the write-ahead log's checksums, computed by SQLite over the plain page it
    // wrote, then match at recovery. False if the page does not authenticate, and then `out` is
    // all zeros: GCM decrypts before it checks, and bytes the tag did not vouch for are never
    // handed on.
    bool open(const unsigned char *sealed, unsigned char *out, const Binding &binding)
    {
        unsigned char nonce[kNonce];
        unsigned char tag[kTag];
        std::memcpy(nonce, sealed + kSealed, kNonce);
        std::memcpy(tag, sealed + kSealed + kNonce, kTag);
        int length = 0;
        int last = 0;
        const bool ok = EVP_DecryptInit_ex(m_decrypt, nullptr, nullptr, nullptr, nonce) == 1 &&
                        EVP_DecryptUpdate(m_decrypt, nullptr, &length, binding.bytes, binding.size) == 1 &&
                        EVP_DecryptUpdate(m_decrypt, out, &length, sealed, kSealed) == 1 &&
                        EVP_CIPHER_CTX_ctrl(m_decrypt, EVP_CTRL_GCM_SET_TAG, kTag, tag) == 1 &&
                        EVP_DecryptFinal_ex(m_decrypt, out + length, &last) == 1;
        if (!ok)
            std::memset(out, 0, kSealed);
        std::memset(out + kSealed, 0, kReserve);
        return ok;
    }

private:
    unsigned char m_key[kKey] = {};
    EVP_CIPHER_CTX *m_encrypt = nullptr;
    EVP_CIPHER_CTX *m_decrypt = nullptr;
    bool m_ready = false;
};

// A page SQLite hands us never uses its reserved bytes: they are where the nonce and tag go.
bool reserveIsEmpty(const unsigned char *page)
{
    for (int i = kSealed; i < kPage; ++i)
        if (page[i] != 0)
            return false;
    return true;
}

// ---- The open file: our part, then the real file of the VFS underneath.

enum class FileKind {
    Database,
    WriteAheadLog,
    Journal
};

struct FileState
{
    FileKind kind = FileKind::Database;
    PageCipher cipher;
    // Buffers of our own, made once per open file: SQLite's buffers are never written to.
    unsigned char sealed[kFrame];
    unsigned char plain[kPage];
    unsigned char lastFrameHeader[kFrameHeader];
    sqlite3_int64 lastFrameHeaderAt = -1;
    // The first part of a log page SQLite wrote in two (see writeWriteAheadLog).
    unsigned char firstPart[kPage];
    sqlite3_int64 firstPartAt = -1;
    int firstPartBytes = 0;
};

struct EncFile
{
    sqlite3_file base;
    FileState *state;
};

sqlite3_file *realFile(sqlite3_file *file)
{
    return reinterpret_cast<sqlite3_file *>(reinterpret_cast<EncFile *>(file) + 1);
}

FileState &stateOf(sqlite3_file *file)
{
    return *reinterpret_cast<EncFile *>(file)->state;
}

sqlite3_vfs *underlying(sqlite3_vfs *vfs)
{
    return static_cast<sqlite3_vfs *>(vfs->pAppData);
}

int realRead(sqlite3_file *real, void *buffer, int amount, sqlite3_int64 offset)
{
    return real->pMethods->xRead(real, buffer, amount, offset);
}

int realWrite(sqlite3_file *real, const void *buffer, int amount, sqlite3_int64 offset)
{
    return real->pMethods->xWrite(real, buffer, amount, offset);
}

// The database: SQLite's page n lives at kHeader + (n - 1) * kPage.
int readDatabase(sqlite3_file *file, unsigned char *out, int amount, sqlite3_int64 offset)
{
    FileState &s = stateOf(file);
    sqlite3_file *real = realFile(file);
    const sqlite3_int64 end = offset + amount;
    while (offset < end) {
        const sqlite3_int64 pageIndex = offset / kPage;
        const int inPage = int(offset % kPage);
        const int take = int(std::min<sqlite3_int64>(kPage - inPage, end - offset));
        const bool whole = inPage == 0 && take == kPage;
        const int rc = realRead(real, s.sealed, kPage, kHeader + pageIndex * kPage);
        if (rc == SQLITE_IOERR_SHORT_READ || (rc == SQLITE_OK && !s.cipher.ready())) {
            std::memset(out, 0, size_t(end - offset));
            return SQLITE_IOERR_SHORT_READ;
        }
        if (rc != SQLITE_OK)
            return rc;
        unsigned char *target = whole ? out : s.plain;
        if (!s.cipher.open(s.sealed, target, Binding('D', quint32(pageIndex + 1), 0))) {
            sqlite3_log(SQLITE_IOERR_DATA, "stride-aes: page %lld does not authenticate", pageIndex + 1);
            return SQLITE_IOERR_DATA;
        }
        if (!whole)
            std::memcpy(out, s.plain + inPage, size_t(take));
        out += take;
        offset += take;
    }
    return SQLITE_OK;
}

int writeDatabase(sqlite3_file *file, const unsigned char *page, int amount, sqlite3_int64 offset)
{
    FileState &s = stateOf(file);
    if (!s.cipher.ready() || amount != kPage || offset % kPage != 0) {
        sqlite3_log(SQLITE_IOERR_WRITE, "stride-aes: refused a write of %d bytes at %lld", amount, offset);
        return SQLITE_IOERR_WRITE;
    }
    // Page 1 says how big pages are and how many bytes each keeps in reserve: a page that would
    // lose data to the nonce and tag is never written.
    if (offset == 0 && (((page[16] << 8) | page[17]) != kPage || page[20] < kReserve)) {
        sqlite3_log(SQLITE_IOERR_WRITE, "stride-aes: refused a database without %d reserved bytes", kReserve);
        return SQLITE_IOERR_WRITE;
    }
    if (!reserveIsEmpty(page)) {
        sqlite3_log(SQLITE_IOERR_WRITE, "stride-aes: refused a page whose reserved bytes are in use");
        return SQLITE_IOERR_WRITE;
    }
    if (!s.cipher.seal(page, s.sealed, Binding('D', quint32(offset / kPage + 1), 0)))
        return SQLITE_IOERR_WRITE;
    return realWrite(realFile(file), s.sealed, kPage, kHeader + offset);
}

// The write-ahead log: its header and each frame's header stay plain (page numbers, sizes, salts
// and checksums); each frame's page is sealed, bound to the frame's number, its page number, its
// commit mark (the store's size in pages on a frame that ends a transaction, else 0) and the log's
// salts. SQLite's checksums are no defence (anyone can compute them), so without the mark in the
// tag a frame in the middle of a transaction could be marked as its end and half the transaction
// recovered as committed. SQLite never changes a frame's page number or mark once written (a page
// rewritten within a transaction is never a commit frame).
Binding frameBinding(const unsigned char *frameHeader, sqlite3_int64 frameIndex, const unsigned char *salts)
{
    Binding binding('W', readBig32(frameHeader), quint64(frameIndex));
    std::memcpy(binding.bytes + 13, frameHeader + 4, 4);
    std::memcpy(binding.bytes + 17, salts, 8);
    binding.size = 25;
    return binding;
}

// The salts are the log's, from its own header, not the copy in the frame's header: once a
// transaction has rewritten a page in place, SQLite writes its later frames with that copy (and
// the checksums) zeroed and fills them in at the commit. Every frame that counts has the log's.
bool readLogSalts(sqlite3_file *real, unsigned char *salts)
{
    return realRead(real, salts, 8, 16) == SQLITE_OK;
}

int readWriteAheadLog(sqlite3_file *file, unsigned char *out, int amount, sqlite3_int64 offset)
{
    FileState &s = stateOf(file);
    sqlite3_file *real = realFile(file);
    const sqlite3_int64 end = offset + amount;
    const bool onePage =
        amount == kPage && offset >= kWalHeader && (offset - kWalHeader) % kFrame == kFrameHeader;
    while (offset < end) {
        sqlite3_int64 plainUntil = 0;
        if (offset < kWalHeader) {
            plainUntil = kWalHeader;
        } else {
            const sqlite3_int64 frameIndex = (offset - kWalHeader) / kFrame;
            const sqlite3_int64 frameStart = kWalHeader + frameIndex * kFrame;
            const int inFrame = int(offset - frameStart);
            if (inFrame < kFrameHeader) {
                plainUntil = frameStart + kFrameHeader;
            } else {
                const int inPage = inFrame - kFrameHeader;
                const int take = int(std::min<sqlite3_int64>(kPage - inPage, end - offset));
                const int rc = realRead(real, s.sealed, kFrame, frameStart);
                if (rc == SQLITE_IOERR_SHORT_READ) {
                    std::memset(out, 0, size_t(end - offset));
                    return rc;
                }
                if (rc != SQLITE_OK)
                    return rc;
                unsigned char salts[8];
                if (!readLogSalts(real, salts) || !s.cipher.open(s.sealed + kFrameHeader, s.plain,
                                                                 frameBinding(s.sealed, frameIndex, salts))) {
                    if (onePage) {
                        sqlite3_log(SQLITE_IOERR_DATA, "stride-aes: log frame %lld does not authenticate",
                                    frameIndex + 1);
                        return SQLITE_IOERR_DATA;
                    }
                    // A read across a frame's header is SQLite checking the log after a crash. A
                    // page that does not authenticate (a write the crash tore) must end the log
                    // there, as its checksum would have: no plain page has its reserved bytes set,
                    // so these bytes can never pass as one.
                    std::memset(s.plain, 0xFF, kPage);
                }
                std::memcpy(out, s.plain + inPage, size_t(take));
                out += take;
                offset += take;
                continue;
            }
        }
        const int n = int(std::min(end, plainUntil) - offset);
        const int rc = realRead(real, out, n, offset);
        if (rc != SQLITE_OK) {
            if (rc == SQLITE_IOERR_SHORT_READ)
                std::memset(out + n, 0, size_t(end - offset - n));
            return rc;
        }
        out += n;
        offset += n;
    }
    return SQLITE_OK;
}

int writeWriteAheadLog(sqlite3_file *file, const unsigned char *bytes, int amount, sqlite3_int64 offset)
{
    FileState &s = stateOf(file);
    sqlite3_file *real = realFile(file);
    if (offset < kWalHeader) {
        if (offset == 0 && amount >= 12 && readBig32(bytes + 8) != quint32(kPage)) {
            sqlite3_log(SQLITE_IOERR_WRITE, "stride-aes: refused a log of pages that are not %d bytes",
                        kPage);
            return SQLITE_IOERR_WRITE;
        }
        if (offset + amount > kWalHeader)
            return SQLITE_IOERR_WRITE;
        return realWrite(real, bytes, amount, offset);
    }
    const sqlite3_int64 frameIndex = (offset - kWalHeader) / kFrame;
    const sqlite3_int64 frameStart = kWalHeader + frameIndex * kFrame;
    const int inFrame = int(offset - frameStart);
    if (inFrame == 0 && amount == kFrameHeader) {
        std::memcpy(s.lastFrameHeader, bytes, kFrameHeader);
        s.lastFrameHeaderAt = frameStart;
        return realWrite(real, bytes, amount, offset);
    }
    if (inFrame + amount <= kFrameHeader) {
        // Part of a frame header (split as below): plain, and read back whole when its page comes.
        s.lastFrameHeaderAt = -1;
        return realWrite(real, bytes, amount, offset);
    }
    // Where the storage does not promise power-safe overwrite, SQLite pads a commit to a whole
    // sector with copies of its last frame and syncs at the sector's end, writing the copy that
    // crosses it in two parts with the sync between. A page is sealed whole, so the first part
    // waits for the second. The sync then does not cover that copy, which SQLite does not need:
    // the commit's own frames all end before the sector does, and are synced.
    if (inFrame == kFrameHeader && amount < kPage) {
        std::memcpy(s.firstPart, bytes, size_t(amount));
        s.firstPartAt = offset;
        s.firstPartBytes = amount;
        return SQLITE_OK;
    }
    if (s.firstPartAt >= 0 && offset == s.firstPartAt + s.firstPartBytes &&
        amount == kPage - s.firstPartBytes) {
        std::memcpy(s.firstPart + s.firstPartBytes, bytes, size_t(amount));
        bytes = s.firstPart;
        amount = kPage;
        offset = s.firstPartAt;
        s.firstPartAt = -1;
        return writeWriteAheadLog(file, bytes, amount, offset);
    }
    if (inFrame == kFrameHeader && amount == kPage && reserveIsEmpty(bytes)) {
        if (s.lastFrameHeaderAt != frameStart) {
            // SQLite rewrites a page already in this transaction's log without its header.
            const int rc = realRead(real, s.lastFrameHeader, kFrameHeader, frameStart);
            if (rc != SQLITE_OK)
                return SQLITE_IOERR_WRITE;
            s.lastFrameHeaderAt = frameStart;
        }
        unsigned char salts[8];
        if (!readLogSalts(real, salts) ||
            !s.cipher.seal(bytes, s.sealed, frameBinding(s.lastFrameHeader, frameIndex, salts)))
            return SQLITE_IOERR_WRITE;
        return realWrite(real, s.sealed, kPage, offset);
    }
    sqlite3_log(SQLITE_IOERR_WRITE, "stride-aes: refused a log write of %d bytes at %lld", amount, offset);
    return SQLITE_IOERR_WRITE;
}

// A rollback journal: a header per sector, then records of a page number (4 bytes), the page's
// image and a checksum (4 bytes). Headers start on a sector boundary (a multiple of 512), so a
// page image always starts 4 bytes past a multiple of 8, which a header never does.
bool isJournalPage(int amount, sqlite3_int64 offset)
{
    return amount == kPage && offset % 8 == 4;
}

// The page number of the record whose image is at `offset`: SQLite writes it just before the
// image, and reads it just before. The image's tag covers it: SQLite's record checksum covers only
// the image, so without it an image could be put back over another page in a rollback.
Binding journalBinding(sqlite3_file *real, sqlite3_int64 offset, bool *ok)
{
    unsigned char number[4] = {};
    *ok = realRead(real, number, 4, offset - 4) == SQLITE_OK;
    return Binding('J', readBig32(number), quint64(offset));
}

int readJournal(sqlite3_file *file, unsigned char *out, int amount, sqlite3_int64 offset)
{
    FileState &s = stateOf(file);
    sqlite3_file *real = realFile(file);
    if (!isJournalPage(amount, offset))
        return realRead(real, out, amount, offset);
    const int rc = realRead(real, s.sealed, kPage, offset);
    if (rc != SQLITE_OK) {
        if (rc == SQLITE_IOERR_SHORT_READ)
            std::memset(out, 0, kPage);
        return rc;
    }
    // As in the log: a torn image (or one given another page's number) fails SQLite's own record
    // checksum, which ends the rollback.
    bool numbered = false;
    const Binding binding = journalBinding(real, offset, &numbered);
    if (!numbered || !s.cipher.open(s.sealed, out, binding))
        std::memset(out, 0xFF, kPage);
    return SQLITE_OK;
}

int writeJournal(sqlite3_file *file, const unsigned char *bytes, int amount, sqlite3_int64 offset)
{
    FileState &s = stateOf(file);
    sqlite3_file *real = realFile(file);
    if (!isJournalPage(amount, offset))
        return realWrite(real, bytes, amount, offset);
    bool numbered = false;
    const Binding binding = journalBinding(real, offset, &numbered);
    if (!numbered || !reserveIsEmpty(bytes) || !s.cipher.seal(bytes, s.sealed, binding))
        return SQLITE_IOERR_WRITE;
    return realWrite(real, s.sealed, kPage, offset);
}

// ---- sqlite3_io_methods

int fileClose(sqlite3_file *file)
{
    sqlite3_file *real = realFile(file);
    const int rc = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    delete reinterpret_cast<EncFile *>(file)->state;
    reinterpret_cast<EncFile *>(file)->state = nullptr;
    return rc;
}

int fileRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    auto *out = static_cast<unsigned char *>(buffer);
    switch (stateOf(file).kind) {
    case FileKind::Database:
        return readDatabase(file, out, amount, offset);
    case FileKind::WriteAheadLog:
        return readWriteAheadLog(file, out, amount, offset);
    case FileKind::Journal:
        return readJournal(file, out, amount, offset);
    }
    return SQLITE_IOERR_READ;
}

int fileWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    const auto *bytes = static_cast<const unsigned char *>(buffer);
    switch (stateOf(file).kind) {
    case FileKind::Database:
        return writeDatabase(file, bytes, amount, offset);
    case FileKind::WriteAheadLog:
        return writeWriteAheadLog(file, bytes, amount, offset);
    case FileKind::Journal:
        return writeJournal(file, bytes, amount, offset);
    }
    return SQLITE_IOERR_WRITE;
}

sqlite3_int64 shift(sqlite3_file *file)
{
    return stateOf(file).kind == FileKind::Database ? kHeader : 0;
}

int fileTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xTruncate(real, size + shift(file));
}

int fileSync(sqlite3_file *file, int flags)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xSync(real, flags);
}

int fileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    sqlite3_file *real = realFile(file);
    const int rc = real->pMethods->xFileSize(real, size);
    if (rc == SQLITE_OK)
        *size = std::max<sqlite3_int64>(0, *size - shift(file));
    return rc;
}

int fileLock(sqlite3_file *file, int level)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xLock(real, level);
}

int fileUnlock(sqlite3_file *file, int level)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xUnlock(real, level);
}

int fileCheckReservedLock(sqlite3_file *file, int *result)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xCheckReservedLock(real, result);
}

int fileControl(sqlite3_file *file, int op, void *argument)
{
    sqlite3_file *real = realFile(file);
    if (op == SQLITE_FCNTL_SIZE_HINT) {
        sqlite3_int64 hint = *static_cast<sqlite3_int64 *>(argument) + shift(file);
        return real->pMethods->xFileControl(real, op, &hint);
    }
    if (op == SQLITE_FCNTL_PRAGMA) {
        // Every page is 4096 bytes (their layout depends on it): PRAGMA page_size = N is ignored.
        char **words = static_cast<char **>(argument);
        if (words[1] && words[2] && sqlite3_stricmp(words[1], "page_size") == 0) {
            words[0] = sqlite3_mprintf("%d", kPage);
            return SQLITE_OK;
        }
    }
    return real->pMethods->xFileControl(real, op, argument);
}

int fileSectorSize(sqlite3_file *file)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xSectorSize(real);
}

int fileDeviceCharacteristics(sqlite3_file *file)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xDeviceCharacteristics(real);
}

int fileShmMap(sqlite3_file *file, int region, int regionSize, int extend, void volatile **mapped)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xShmMap(real, region, regionSize, extend, mapped);
}

int fileShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xShmLock(real, offset, n, flags);
}

void fileShmBarrier(sqlite3_file *file)
{
    sqlite3_file *real = realFile(file);
    real->pMethods->xShmBarrier(real);
}

int fileShmUnmap(sqlite3_file *file, int deleteFlag)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xShmUnmap(real, deleteFlag);
}

// Memory-mapped reads would hand SQLite the sealed bytes: say there is no mapping, and SQLite
// reads through fileRead.
int fileFetch(sqlite3_file *, sqlite3_int64, int, void **mapped)
{
    *mapped = nullptr;
    return SQLITE_OK;
}

int fileUnfetch(sqlite3_file *, sqlite3_int64, void *)
{
    return SQLITE_OK;
}

const sqlite3_io_methods ioMethods = {
    3,
    fileClose,
    fileRead,
    fileWrite,
    fileTruncate,
    fileSync,
    fileSize,
    fileLock,
    fileUnlock,
    fileCheckReservedLock,
    fileControl,
    fileSectorSize,
    fileDeviceCharacteristics,
    fileShmMap,
    fileShmLock,
    fileShmBarrier,
    fileShmUnmap,
    fileFetch,
    fileUnfetch,
};

// ---- The database's header: made when the file is created, checked at every open.

void makeHeader(const QByteArray &key, unsigned char *header, unsigned char *pageKey, bool *ok)
{
    std::memset(header, 0, kHeader);
    std::memcpy(header, kMagic, kMagicBytes);
    writeBig32(header + kVersionAt, kFormatVersion);
    writeBig32(header + kPageSizeAt, kPage);
    writeBig32(header + kReserveAt, kReserve);
    *ok = RAND_bytes(header + kSaltAt, kSalt) == 1 &&
          derive(key, "stride-aes check", header + kSaltAt, header + kCheckAt) &&
          derive(key, "stride-aes pages", header + kSaltAt, pageKey);
}

enum class HeaderCheck {
    Opens,
    WrongKey,
    NotOurs
};

HeaderCheck checkHeader(const QByteArray &key, const unsigned char *header, unsigned char *pageKey)
{
    if (std::memcmp(header, kMagic, kMagicBytes) != 0 || readBig32(header + kVersionAt) != kFormatVersion ||
        readBig32(header + kPageSizeAt) != quint32(kPage) ||
        readBig32(header + kReserveAt) != quint32(kReserve))
        return HeaderCheck::NotOurs;
    unsigned char check[kCheck];
    if (!derive(key, "stride-aes check", header + kSaltAt, check) ||
        CRYPTO_memcmp(check, header + kCheckAt, kCheck) != 0)
        return HeaderCheck::WrongKey;
    return derive(key, "stride-aes pages", header + kSaltAt, pageKey) ? HeaderCheck::Opens
                                                                      : HeaderCheck::WrongKey;
}

// Opens the database file: writes a new file's header, or checks an existing one's.
int startDatabase(sqlite3_file *real, int flags, const QByteArray &key, FileState &s)
{
    sqlite3_int64 size = 0;
    int rc = real->pMethods->xFileSize(real, &size);
    if (rc != SQLITE_OK)
        return rc;
    unsigned char pageKey[kKey];
    if (size == 0) {
        if (!(flags & SQLITE_OPEN_READWRITE))
            return SQLITE_OK; // an empty file read only: no pages, nothing to decrypt
        bool ok = false;
        makeHeader(key, s.sealed, pageKey, &ok);
        if (!ok)
            return SQLITE_CANTOPEN;
        rc = realWrite(real, s.sealed, kHeader, 0);
        // The salt must be on the disk before any page sealed with it is.
        if (rc == SQLITE_OK)
            rc = real->pMethods->xSync(real, SQLITE_SYNC_FULL);
        if (rc != SQLITE_OK)
            return rc;
    } else {
        rc = realRead(real, s.sealed, kHeaderUsed, 0);
        if (rc != SQLITE_OK)
            return SQLITE_CANTOPEN;
        const HeaderCheck check = checkHeader(key, s.sealed, pageKey);
        if (check != HeaderCheck::Opens) {
            sqlite3_log(SQLITE_CANTOPEN, check == HeaderCheck::WrongKey
                                             ? "stride-aes: the key does not open this database"
                                             : "stride-aes: not an encrypted Stride database");
            return check == HeaderCheck::WrongKey ? SQLITE_AUTH : SQLITE_NOTADB;
        }
    }
    const bool started = s.cipher.start(pageKey);
    OPENSSL_cleanse(pageKey, sizeof pageKey);
    return started ? SQLITE_OK : SQLITE_CANTOPEN;
}

// ---- sqlite3_vfs

int vfsOpen(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *f = reinterpret_cast<EncFile *>(file);
    f->base.pMethods = nullptr;
    f->state = nullptr;
    auto state = std::make_unique<FileState>();
    QByteArray key;
    const unsigned char *pageKey = nullptr;
    if (flags & SQLITE_OPEN_MAIN_DB) {
        state->kind = FileKind::Database;
        key = keyInSlot(sqlite3_uri_parameter(name, kKeySlotParameter));
        if (key.size() != kKey) {
            sqlite3_log(SQLITE_CANTOPEN, "stride-aes: no key for this database");
            return SQLITE_CANTOPEN;
        }
    } else if (flags & (SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL)) {
        state->kind = (flags & SQLITE_OPEN_WAL) ? FileKind::WriteAheadLog : FileKind::Journal;
        // The log and the journal are sealed with their database's page key.
        sqlite3_file *database = name ? sqlite3_database_file_object(name) : nullptr;
        if (!database || database->pMethods != &ioMethods || !stateOf(database).cipher.ready())
            return SQLITE_CANTOPEN;
        pageKey = stateOf(database).cipher.key();
    } else {
        // Temporary tables, indices, sorts, statement journals and super-journals are kept in
        // memory (PRAGMA temp_store = MEMORY): anything that still asks for a file is refused
        // rather than written in the clear.
        sqlite3_log(SQLITE_CANTOPEN, "stride-aes: refused a temporary file (flags %x)", flags);
        return SQLITE_CANTOPEN;
    }
    sqlite3_vfs *below = underlying(vfs);
    sqlite3_file *real = realFile(file);
    int rc = below->xOpen(below, name, real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    if (state->kind == FileKind::Database)
        rc = startDatabase(real, flags, key, *state);
    else
        rc = state->cipher.start(pageKey) ? SQLITE_OK : SQLITE_CANTOPEN;
    if (rc != SQLITE_OK) {
        real->pMethods->xClose(real);
        return rc;
    }
    f->state = state.release();
    f->base.pMethods = &ioMethods;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs *vfs, const char *name, int syncDir)
{
    return underlying(vfs)->xDelete(underlying(vfs), name, syncDir);
}

int vfsAccess(sqlite3_vfs *vfs, const char *name, int flags, int *result)
{
    return underlying(vfs)->xAccess(underlying(vfs), name, flags, result);
}

int vfsFullPathname(sqlite3_vfs *vfs, const char *name, int size, char *out)
{
    return underlying(vfs)->xFullPathname(underlying(vfs), name, size, out);
}

void *vfsDlOpen(sqlite3_vfs *vfs, const char *name)
{
    return underlying(vfs)->xDlOpen(underlying(vfs), name);
}

void vfsDlError(sqlite3_vfs *vfs, int size, char *message)
{
    underlying(vfs)->xDlError(underlying(vfs), size, message);
}

void (*vfsDlSym(sqlite3_vfs *vfs, void *handle, const char *symbol))(void)
{
    return underlying(vfs)->xDlSym(underlying(vfs), handle, symbol);
}

void vfsDlClose(sqlite3_vfs *vfs, void *handle)
{
    underlying(vfs)->xDlClose(underlying(vfs), handle);
}

int vfsRandomness(sqlite3_vfs *vfs, int size, char *out)
{
    return underlying(vfs)->xRandomness(underlying(vfs), size, out);
}

int vfsSleep(sqlite3_vfs *vfs, int microseconds)
{
    return underlying(vfs)->xSleep(underlying(vfs), microseconds);
}

int vfsCurrentTime(sqlite3_vfs *vfs, double *now)
{
    return underlying(vfs)->xCurrentTime(underlying(vfs), now);
}

int vfsGetLastError(sqlite3_vfs *vfs, int size, char *out)
{
    return underlying(vfs)->xGetLastError(underlying(vfs), size, out);
}

int vfsCurrentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *now)
{
    return underlying(vfs)->xCurrentTimeInt64(underlying(vfs), now);
}

int vfsSetSystemCall(sqlite3_vfs *vfs, const char *name, sqlite3_syscall_ptr call)
{
    return underlying(vfs)->xSetSystemCall(underlying(vfs), name, call);
}

sqlite3_syscall_ptr vfsGetSystemCall(sqlite3_vfs *vfs, const char *name)
{
    return underlying(vfs)->xGetSystemCall(underlying(vfs), name);
}

const char *vfsNextSystemCall(sqlite3_vfs *vfs, const char *name)
{
    return underlying(vfs)->xNextSystemCall(underlying(vfs), name);
}

sqlite3_vfs s_vfs;

} // namespace

bool EncryptedVfs::ensureRegistered(QString *error)
{
    static std::once_flag once;
    static int result = SQLITE_ERROR;
    std::call_once(once, [] {
        sqlite3_vfs *below = sqlite3_vfs_find(nullptr);
        if (!below || below->iVersion < 3)
            return;
        s_vfs = sqlite3_vfs{};
        s_vfs.iVersion = 3;
        s_vfs.szOsFile = int(sizeof(EncFile)) + below->szOsFile;
        s_vfs.mxPathname = below->mxPathname;
        s_vfs.zName = EncryptedVfs::name;
        s_vfs.pAppData = below;
        s_vfs.xOpen = vfsOpen;
        s_vfs.xDelete = vfsDelete;
        s_vfs.xAccess = vfsAccess;
        s_vfs.xFullPathname = vfsFullPathname;
        s_vfs.xDlOpen = vfsDlOpen;
        s_vfs.xDlError = vfsDlError;
        s_vfs.xDlSym = vfsDlSym;
        s_vfs.xDlClose = vfsDlClose;
        s_vfs.xRandomness = vfsRandomness;
        s_vfs.xSleep = vfsSleep;
        s_vfs.xCurrentTime = vfsCurrentTime;
        s_vfs.xGetLastError = vfsGetLastError;
        s_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
        s_vfs.xSetSystemCall = vfsSetSystemCall;
        s_vfs.xGetSystemCall = vfsGetSystemCall;
        s_vfs.xNextSystemCall = vfsNextSystemCall;
        result = sqlite3_vfs_register(&s_vfs, 0);
    });
    if (result != SQLITE_OK && error)
        *error = QStringLiteral("SQLite refused the stride-aes VFS: %1")
                     .arg(QString::fromUtf8(sqlite3_errstr(result)));
    return result == SQLITE_OK;
}

QString EncryptedVfs::plainUriFor(const QString &path)
{
    return QStringLiteral("file:") +
           QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/"));
}

QString EncryptedVfs::uriFor(const QString &path, const QByteArray &key)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    KeyRegistry &r = registry();
    int slot = 0;
    {
        QMutexLocker lock(&r.mutex);
        const auto known = r.slotOfPath.find(absolute);
        slot = known != r.slotOfPath.end() ? known->second : r.nextSlot++;
        r.slotOfPath[absolute] = slot;
        r.keys[slot] = key;
    }
    return plainUriFor(path) + QStringLiteral("?vfs=%1&%2=%3")
                                   .arg(QLatin1String(name), QLatin1String(kKeySlotParameter))
                                   .arg(slot);
}

EncryptedVfs::FileKind EncryptedVfs::kindOf(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return FileKind::Missing;
    if (file.size() == 0)
        return FileKind::Empty;
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Unknown;
    const QByteArray start = file.read(kMagicBytes);
    if (start == QByteArray("SQLite format 3\0", 16))
        return FileKind::PlainSqlite;
    // A header cut short is damage, not a wrong key.
    if (start == QByteArray(kMagic, kMagicBytes))
        return file.size() >= kHeader ? FileKind::Encrypted : FileKind::Unknown;
    return FileKind::Unknown;
}

bool EncryptedVfs::keyOpens(const QString &path, const QByteArray &key)
{
    QFile file(path);
    if (key.size() != kKey || !file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(kHeaderUsed);
    if (header.size() != kHeaderUsed)
        return false;
    unsigned char pageKey[kKey];
    const bool opens = checkHeader(key, reinterpret_cast<const unsigned char *>(header.constData()),
                                   pageKey) == HeaderCheck::Opens;
    OPENSSL_cleanse(pageKey, sizeof pageKey);
    return opens;
}

} // namespace Stride
