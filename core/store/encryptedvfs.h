#pragma once

#include <QByteArray>
#include <QString>

namespace Stride {

// "stride-aes": an SQLite VFS, registered beside the system SQLite's own (never as the default),
// that keeps a tablet's store encrypted at rest. Qt's QSQLITE driver links the same system SQLite,
// so a connection opened with QSQLITE_OPEN_URI on uriFor(path, key) reads and writes through it.
//
// The file on the disk: a plain 4096-byte header (magic, format version, page size, a random salt
// and a key-check value), then SQLite's pages, each 4096 bytes with 32 bytes reserved at its end;
// every page is AES-256-GCM over its first 4064 bytes, its random nonce and tag in the reserved
// bytes, bound to its page number. The write-ahead log keeps SQLite's frame headers plain and
// encrypts each frame's page the same way (bound to the frame's place, page number, commit mark
// and salts); a rollback journal's page images likewise (bound to their place and page number). A
// page that fails its tag reads as an error, never as its bytes. Temporary files are refused: the
// store keeps them in memory (PRAGMA temp_store = MEMORY). docs/decisions.md has the reasons.
class EncryptedVfs
{
public:
    static constexpr const char *name = "stride-aes";
    static constexpr int pageSize = 4096;
    static constexpr int reservedBytes = 32;
    static constexpr int headerBytes = 4096;
    static constexpr int keyBytes = 32;

    // Registers the VFS with SQLite once per process. False, with SQLite's reason, if it refused.
    static bool ensureRegistered(QString *error = nullptr);

    // The database name to give QSQLITE (with QSQLITE_OPEN_URI) to open `path` through this VFS
    // with `key`. The key stays in this process's memory; the name carries only a slot number.
    static QString uriFor(const QString &path, const QByteArray &key);
    // The same path as a URI on SQLite's own VFS (for a plain file on a connection that uses URIs).
    static QString plainUriFor(const QString &path);

    enum class FileKind {
        Missing,     // no file
        Empty,       // a file of zero bytes: a new store
        PlainSqlite, // SQLite's own header: a store from before encryption
        Encrypted,   // this VFS's header
        Unknown,     // neither: damaged, or not a store at all
    };
    static FileKind kindOf(const QString &path);
    // Whether `key` is the key an Encrypted file was made with, from its header's check value
    // alone (no page is read): a wrong key is told apart from damaged pages.
    static bool keyOpens(const QString &path, const QByteArray &key);
};

} // namespace Stride
