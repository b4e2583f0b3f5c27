#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace Stride {

class KeyVault;

// The keys a tablet's files are encrypted and bound with, each 32 bytes, derived from the one
// device key (DeviceKey) by HKDF-SHA256 with a label each, so no key opens another's files.
struct DeviceKeys
{
    QByteArray database;   // the encrypting SQLite VFS's key
    QByteArray media;      // MediaStore's key for originals and thumbnails
    QByteArray credential; // binds the sealed sign-in credentials to this tablet (DeviceSecret)
    bool isValid() const;
};

// This tablet's device key: 32 random bytes made on the tablet the first time a database is
// created, kept in the platform's keystore (or, where there is none and it is allowed, a file
// beside the database: FileKeyVault), one per database. Read once per database per process and
// kept in memory, so a second connection (the document thread) does not ask the keystore again.
// Removing it is the crypto-erase: the database and media it opened are unreadable without it.
class DeviceKey
{
public:
    static constexpr int kBytes = 32;

    enum class Status {
        Found,       // the key was there (or an issue-11 key file, now adopted)
        Created,     // there was none and `createIfMissing` made one
        Missing,     // the keystore answered and holds no key for this database
        Unavailable, // the keystore (or the key file) could not be read, or the key is damaged
        Refused      // the keystore cannot be reached and a key file may not stand in for it
    };
    struct Lookup
    {
        Status status = Status::Unavailable;
        DeviceKeys keys;
        QString message; // for the person holding the tablet, when there are no keys
        QString detail;  // the technical reason, for support
        QString keptIn;  // where the key is (the vault's name), when there are keys

        bool ok() const { return status == Status::Found || status == Status::Created; }
    };

    static Lookup forDatabase(const QString &databasePath, bool createIfMissing);
    // Removes the database's key from wherever it is kept (and from memory): what the key opened
    // can never be read again. True if no key is left (none there counts).
    static bool remove(const QString &databasePath, QString *error = nullptr);
    static DeviceKeys derive(const QByteArray &master);

    // Where keys are kept in this process. Until this is called (the tests, the command-line
    // client), in the key file beside each database. With a keystore, it is asked first; when it
    // cannot be asked, the key file stands in only if `fileFallback` allows it, and a key file
    // found beside a database (issue 11's, or one written while the keystore was away) is moved
    // into the keystore once it answers.
    enum class FileFallback {
        Allowed,
        Refused
    };
    static void useKeystore(std::shared_ptr<KeyVault> keystore, FileFallback fileFallback);
    static void useKeyFilesOnly();
    // Forgets the keys read so far, so the next lookup asks the vault (tests that change a key
    // behind the process's back, and after the vault is changed).
    static void forgetCachedKeys();
};

} // namespace Stride
