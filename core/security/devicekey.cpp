#include "devicekey.h"

#include "filekeyvault.h"
#include "keyvault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

#include <memory>

namespace Stride {

namespace {

// Gives this file's sentences one context ("DeviceKey") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(DeviceKey)
};

struct Vaults
{
    QMutex mutex;
    std::shared_ptr<KeyVault> keystore; // null: key files only
    DeviceKey::FileFallback fileFallback = DeviceKey::FileFallback::Allowed;
    FileKeyVault files;
    struct Known
    {
        QByteArray master;
        QString keptIn;
    };
    QHash<QString, Known> masters; // by account: read once per process
};

Vaults &vaults()
{
    static Vaults v;
    return v;
}

// One account per database file, however its path was spelled: the folder's real path (the file
// itself may not exist yet) and the file's name.
QString accountOf(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

QByteArray hkdf(const QByteArray &master, const char *label)
{
    QByteArray out(DeviceKey::kBytes, Qt::Uninitialized);
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr), &EVP_PKEY_CTX_free);
    size_t length = size_t(out.size());
    const auto *secret = reinterpret_cast<const unsigned char *>(master.constData());
    const auto *info = reinterpret_cast<const unsigned char *>(label);
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) <= 0 ||
        EVP_PKEY_CTX_set_hkdf_md(ctx.get(), EVP_sha256()) <= 0 ||
        EVP_PKEY_CTX_set1_hkdf_key(ctx.get(), secret, int(master.size())) <= 0 ||
        EVP_PKEY_CTX_add1_hkdf_info(ctx.get(), info, int(qstrlen(label))) <= 0 ||
        EVP_PKEY_derive(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &length) <= 0 ||
        length != size_t(out.size()))
        return {};
    return out;
}

QByteArray randomKey()
{
    QByteArray key(DeviceKey::kBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), int(key.size())) != 1)
        return {};
    return key;
}

DeviceKey::Lookup withKey(Vaults &v, const QString &account, const QByteArray &master,
                          DeviceKey::Status status, const KeyVault &keptIn)
{
    DeviceKey::Lookup lookup;
    lookup.keys = DeviceKey::derive(master);
    if (!lookup.keys.isValid()) {
        lookup.status = DeviceKey::Status::Unavailable;
        lookup.message = Words::tr("Stride could not prepare the key to this tablet's records. Nothing has "
                                   "been changed. Please ask your school's IT support for help.");
        lookup.detail = QStringLiteral("HKDF-SHA256 failed");
        return lookup;
    }
    lookup.status = status;
    lookup.keptIn = keptIn.name();
    v.masters.insert(account, {master, lookup.keptIn});
    return lookup;
}

DeviceKey::Lookup failed(DeviceKey::Status status, const QString &message, const QString &detail)
{
    DeviceKey::Lookup lookup;
    lookup.status = status;
    lookup.message = message;
    lookup.detail = detail;
    return lookup;
}

QString unreadableMessage()
{
    return Words::tr("Stride cannot read the key to this tablet's records, so it cannot open them. Nothing "
                     "has been changed. Restart the tablet and open Stride again; if this goes on, ask "
                     "your school's IT support for help.");
}

QString damagedKeyMessage()
{
    return Words::tr("The key to this tablet's records is damaged, so Stride cannot open them. Nothing has "
                     "been changed. Please ask your school's IT support for help.");
}

DeviceKey::Lookup refused(const KeyVault &keystore, const QString &why)
{
    return failed(DeviceKey::Status::Refused,
                  Words::tr("Stride keeps the key to this tablet's records in the tablet's keystore, and "
                            "cannot reach it. Nothing has been changed. Restart the tablet and open Stride "
                            "again; if this goes on, ask your school's IT support for help."),
                  QStringLiteral("%1: %2. This build does not fall back to a key file unless started with "
                                 "--allow-file-key or STRIDE_ALLOW_FILE_KEY=1.")
                      .arg(keystore.name(), why));
}

// Adopts or makes the key in `vault` if `read` (its answer) found none.
DeviceKey::Lookup lookUp(Vaults &v, KeyVault &vault, const KeyVault::Result &read, const QString &account,
                         bool createIfMissing)
{
    if (read.outcome == KeyVault::Outcome::Unavailable)
        return failed(DeviceKey::Status::Unavailable, unreadableMessage(), read.detail);
    if (read.outcome == KeyVault::Outcome::Done) {
        if (read.key.size() != DeviceKey::kBytes)
            return failed(DeviceKey::Status::Unavailable, damagedKeyMessage(),
                          QStringLiteral("%1 holds %2 bytes, not %3")
                              .arg(vault.name())
                              .arg(read.key.size())
                              .arg(DeviceKey::kBytes));
        return withKey(v, account, read.key, DeviceKey::Status::Found, vault);
    }
    if (!vault.isFile()) {
        // A key file beside the database: issue 11's tablet secret (32 random bytes, so a master
        // key as good as a new one), or one written while the keystore was away. It moves into
        // the keystore, and the file goes once the keystore gives the key back.
        const KeyVault::Result file = v.files.read(account);
        if (file.outcome == KeyVault::Outcome::Done && file.key.size() == DeviceKey::kBytes) {
            DeviceKey::Lookup adopted = withKey(v, account, file.key, DeviceKey::Status::Found, v.files);
            if (adopted.ok() && vault.write(account, file.key).outcome == KeyVault::Outcome::Done &&
                vault.read(account).key == file.key) {
                v.files.remove(account);
                adopted.keptIn = vault.name();
                v.masters[account].keptIn = adopted.keptIn;
            }
            return adopted;
        }
        if (file.outcome != KeyVault::Outcome::NoKey)
            return failed(DeviceKey::Status::Unavailable, damagedKeyMessage(), file.detail);
    }
    if (!createIfMissing)
        return failed(DeviceKey::Status::Missing,
                      Words::tr("This tablet no longer has the key to its records (the tablet may have "
                                "been reset), so they cannot be opened."),
                      QStringLiteral("%1 holds no key for %2").arg(vault.name(), account));
    const QByteArray master = randomKey();
    const KeyVault::Result written = master.isEmpty() ? KeyVault::Result{} : vault.write(account, master);
    if (written.outcome != KeyVault::Outcome::Done && !master.isEmpty() && !vault.isFile()) {
        // A keystore that reads but cannot keep anything (a desktop keyring with no collection to
        // keep it in) is no keystore for this key: the fallback decides, as if it had not answered.
        if (v.fileFallback == DeviceKey::FileFallback::Refused)
            return refused(vault, written.detail);
        if (v.files.write(account, master).outcome == KeyVault::Outcome::Done)
            return withKey(v, account, master, DeviceKey::Status::Created, v.files);
    }
    if (written.outcome != KeyVault::Outcome::Done)
        return failed(DeviceKey::Status::Unavailable,
                      Words::tr("Stride could not keep a new key for this tablet's records, so it cannot "
                                "open them. Nothing has been changed. The tablet may be out of space."),
                      master.isEmpty() ? QStringLiteral("no random bytes") : written.detail);
    return withKey(v, account, master, DeviceKey::Status::Created, vault);
}

} // namespace

bool DeviceKeys::isValid() const
{
    return database.size() == DeviceKey::kBytes && media.size() == DeviceKey::kBytes &&
           credential.size() == DeviceKey::kBytes;
}

DeviceKeys DeviceKey::derive(const QByteArray &master)
{
    if (master.size() != kBytes)
        return {};
    return {hkdf(master, "stride database v1"), hkdf(master, "stride media v1"),
            hkdf(master, "stride credential v1")};
}

DeviceKey::Lookup DeviceKey::forDatabase(const QString &databasePath, bool createIfMissing)
{
    Vaults &v = vaults();
    const QString account = accountOf(databasePath);
    QMutexLocker lock(&v.mutex);
    if (const auto cached = v.masters.constFind(account); cached != v.masters.constEnd()) {
        Lookup lookup;
        lookup.status = Status::Found;
        lookup.keys = derive(cached->master);
        lookup.keptIn = cached->keptIn;
        return lookup;
    }
    if (!v.keystore)
        return lookUp(v, v.files, v.files.read(account), account, createIfMissing);

    // The keystore is asked first; a key file stands in only when it cannot be asked at all.
    const KeyVault::Result probe = v.keystore->read(account);
    if (probe.outcome != KeyVault::Outcome::Unavailable)
        return lookUp(v, *v.keystore, probe, account, createIfMissing);
    if (v.fileFallback == FileFallback::Refused)
        return refused(*v.keystore, probe.detail);
    Lookup lookup = lookUp(v, v.files, v.files.read(account), account, createIfMissing);
    // The key may well be in the keystore that did not answer: its absence from the files proves
    // nothing, so the records are not given up for lost.
    if (lookup.status == Status::Missing) {
        lookup.status = Status::Unavailable;
        lookup.message = unreadableMessage();
        lookup.detail = QStringLiteral("%1: %2").arg(v.keystore->name(), probe.detail);
    }
    return lookup;
}

bool DeviceKey::remove(const QString &databasePath, QString *error)
{
    Vaults &v = vaults();
    const QString account = accountOf(databasePath);
    QMutexLocker lock(&v.mutex);
    v.masters.remove(account);
    QStringList problems;
    // From the keystore and from the files both: a key file may be left from before the keystore.
    for (KeyVault *vault : {static_cast<KeyVault *>(v.keystore.get()), static_cast<KeyVault *>(&v.files)}) {
        if (!vault)
            continue;
        const KeyVault::Result removed = vault->remove(account);
        if (removed.outcome == KeyVault::Outcome::Unavailable)
            problems << QStringLiteral("%1: %2").arg(vault->name(), removed.detail);
    }
    if (error)
        *error = problems.join(QStringLiteral("; "));
    return problems.isEmpty();
}

void DeviceKey::useKeystore(std::shared_ptr<KeyVault> keystore, FileFallback fileFallback)
{
    Vaults &v = vaults();
    QMutexLocker lock(&v.mutex);
    v.keystore = std::move(keystore);
    v.fileFallback = fileFallback;
    v.masters.clear();
}

void DeviceKey::useKeyFilesOnly()
{
    useKeystore(nullptr, FileFallback::Allowed);
}

void DeviceKey::forgetCachedKeys()
{
    Vaults &v = vaults();
    QMutexLocker lock(&v.mutex);
    v.masters.clear();
}

} // namespace Stride
