// The tablet's device key (core/security/devicekey.h): made on the tablet, kept in a keystore or
// the named key-file fallback, read once per process, the keys derived from it, and its removal.
#include "testsupport.h"

#include "security/devicekey.h"
#include "security/filekeyvault.h"
#include "security/keystorepolicy.h"
#include "security/keyvault.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QHash>

using namespace Stride;
using namespace Stride::Testing;

namespace {

// A keystore in memory that can be made to stop answering, as a locked or absent one does.
class MemoryKeystore : public KeyVault
{
public:
    QHash<QString, QByteArray> keys;
    bool available = true;
    bool writable = true; // false: answers reads, keeps nothing (a keyring with no collection)
    int reads = 0;

    QString name() const override { return QStringLiteral("test keystore"); }
    Result read(const QString &account) override
    {
        ++reads;
        if (!available)
            return {Outcome::Unavailable, {}, QStringLiteral("not answering")};
        if (!keys.contains(account))
            return {Outcome::NoKey, {}, {}};
        return {Outcome::Done, keys.value(account), {}};
    }
    Result write(const QString &account, const QByteArray &key) override
    {
        if (!available || !writable)
            return {Outcome::Unavailable, {}, QStringLiteral("not answering")};
        keys.insert(account, key);
        return {Outcome::Done, {}, {}};
    }
    Result remove(const QString &account) override
    {
        if (!available)
            return {Outcome::Unavailable, {}, QStringLiteral("not answering")};
        return {keys.remove(account) ? Outcome::Done : Outcome::NoKey, {}, {}};
    }
};

// Each test starts and ends with key files only, and nothing remembered.
struct KeyFilesOnly
{
    KeyFilesOnly() { DeviceKey::useKeyFilesOnly(); }
    ~KeyFilesOnly() { DeviceKey::useKeyFilesOnly(); }
};

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("The keys derived from a device key are distinct, stable and 32 bytes", "[devicekey]")
{
    const QByteArray master(DeviceKey::kBytes, '\x42');
    const DeviceKeys keys = DeviceKey::derive(master);
    REQUIRE(keys.isValid());
    CHECK(keys.database != keys.media);
    CHECK(keys.database != keys.credential);
    CHECK(keys.media != keys.credential);
    CHECK_FALSE(keys.database == master);
    const DeviceKeys again = DeviceKey::derive(master);
    CHECK(again.database == keys.database);
    CHECK(again.media == keys.media);
    CHECK(again.credential == keys.credential);
    // HKDF-SHA256 (RFC 5869) with no salt and the label as info: a fixed answer, so a change to the
    // derivation, which would lose every tablet's records, cannot pass unnoticed.
    // (Expected values computed independently, with Python's hmac and hashlib.)
    CHECK(keys.database.toHex() == "41d93fa56791e7acea4cd8f26403223c6471fccadf542fa156d5bd1dceb72951");
    CHECK(keys.media.toHex() == "ebe204bc55971b4a98c4d58c87ab00a7e9cee42316d284e8214a9d28b366a39b");
    CHECK(keys.credential.toHex() == "ef272e9e96326675b709bddcc3ec474e1f059d56a7bf72cae7f7c947a2d0e31e");
    CHECK(DeviceKey::derive(QByteArray(DeviceKey::kBytes, '\x43')).database != keys.database);
    CHECK_FALSE(DeviceKey::derive(QByteArray(16, '\x42')).isValid());
}

TEST_CASE("A key file is made once, readable by this account only, and read back", "[devicekey]")
{
    KeyFilesOnly files;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("stride.db"));

    CHECK(DeviceKey::forDatabase(db, false).status == DeviceKey::Status::Missing);
    const DeviceKey::Lookup made = DeviceKey::forDatabase(db, true);
    REQUIRE(made.status == DeviceKey::Status::Created);
    REQUIRE(made.keys.isValid());
    const QString file = FileKeyVault::fileFor(db);
    const QByteArray master = fileBytes(file);
    REQUIRE(master.size() == DeviceKey::kBytes);
    CHECK(DeviceKey::derive(master).database == made.keys.database);
    CHECK(QFile(file).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK_FALSE(QFile::exists(file + QStringLiteral(".new")));

    // Read again (from memory), and again from the file once memory is cleared: the same keys.
    const DeviceKey::Lookup again = DeviceKey::forDatabase(db, true);
    CHECK(again.status == DeviceKey::Status::Found);
    CHECK(again.keys.database == made.keys.database);
    DeviceKey::forgetCachedKeys();
    const DeviceKey::Lookup reread = DeviceKey::forDatabase(db, false);
    CHECK(reread.status == DeviceKey::Status::Found);
    CHECK(reread.keys.credential == made.keys.credential);
    // The same file however its path is spelled.
    CHECK(DeviceKey::forDatabase(dir.path() + QStringLiteral("/./stride.db"), false).keys.media ==
          made.keys.media);
    // Another database has another key.
    CHECK(DeviceKey::forDatabase(dir.filePath(QStringLiteral("other.db")), true).keys.database !=
          made.keys.database);
}

TEST_CASE("A key is read from the keystore once per database per process", "[devicekey]")
{
    KeyFilesOnly files;
    auto keystore = std::make_shared<MemoryKeystore>();
    DeviceKey::useKeystore(keystore, DeviceKey::FileFallback::Refused);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("stride.db"));

    const DeviceKey::Lookup made = DeviceKey::forDatabase(db, true);
    REQUIRE(made.status == DeviceKey::Status::Created);
    CHECK(made.keptIn == QStringLiteral("test keystore"));
    CHECK(keystore->keys.size() == 1);
    CHECK_FALSE(QFile::exists(FileKeyVault::fileFor(db))); // never in a file when the keystore answers
    const int readsAfterCreating = keystore->reads;
    // A second connection (the document thread) asks memory, not the keystore, even if it stopped
    // answering meanwhile.
    keystore->available = false;
    const DeviceKey::Lookup second = DeviceKey::forDatabase(db, false);
    CHECK(second.status == DeviceKey::Status::Found);
    CHECK(second.keys.database == made.keys.database);
    CHECK(keystore->reads == readsAfterCreating);
}

TEST_CASE("A keystore that answers without a key is told apart from one that does not answer", "[devicekey]")
{
    KeyFilesOnly files;
    auto keystore = std::make_shared<MemoryKeystore>();
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("stride.db"));

    SECTION("no key: missing")
    {
        DeviceKey::useKeystore(keystore, DeviceKey::FileFallback::Allowed);
        const DeviceKey::Lookup lookup = DeviceKey::forDatabase(db, false);
        CHECK(lookup.status == DeviceKey::Status::Missing);
        CHECK_FALSE(lookup.message.isEmpty());
    }
    SECTION("not answering, file refused: refused, and nothing written")
    {
        keystore->available = false;
        DeviceKey::useKeystore(keystore, DeviceKey::FileFallback::Refused);
        const DeviceKey::Lookup lookup = DeviceKey::forDatabase(db, true);
        CHECK(lookup.status == DeviceKey::Status::Refused);
        CHECK_FALSE(lookup.keys.isValid());
        CHECK(lookup.detail.contains(QLatin1String("--allow-file-key")));
        CHECK_FALSE(QFile::exists(FileKeyVault::fileFor(db)));
    }
    SECTION("answering but keeping nothing: as if it had not answered")
    {
        keystore->writable = false;
        DeviceKey::useKeystore(keystore, DeviceKey::FileFallback::Refused);
        CHECK(DeviceKey::forDatabase(db, true).status == DeviceKey::Status::Refused);
        CHECK_FALSE(QFile::exists(FileKeyVault::fileFor(db)));
        DeviceKey::useKeystore(keystore, DeviceKey::FileFallback::Allowed);
        const DeviceKey::Lookup made = DeviceKey::forDatabase(db, true);
        CHECK(made.status == DeviceKey::Status::Created);
        CHECK(made.keptIn == FileKeyVault().name());
        DeviceKey::forgetCachedKeys();
        // The keystore still says "no key"; the key file is found, not a lost key.
        const DeviceKey::Lookup again = DeviceKey::forDatabase(db, false);
        CHECK(again.status == DeviceKey::Status::Found);
        CHECK(again.keys.database == made.keys.database);
        CHECK(QFile::exists(FileKeyVault::fileFor(db)));
    }
    SECTION("not answering, file allowed: a key file stands in, and moves in when the keystore answers")
    {
        keystore->available = false;
        DeviceKey::useKeystore(keystore, DeviceKey::FileFallback::Allowed);
        // An existing store's key may be in the keystore that is not answering: never "missing".
        CHECK(DeviceKey::forDatabase(db, false).status == DeviceKey::Status::Unavailable);
        const DeviceKey::Lookup made = DeviceKey::forDatabase(db, true);
        REQUIRE(made.status == DeviceKey::Status::Created);
        CHECK(made.keptIn == FileKeyVault().name());
        REQUIRE(QFile::exists(FileKeyVault::fileFor(db)));

        keystore->available = true;
        DeviceKey::forgetCachedKeys();
        const DeviceKey::Lookup moved = DeviceKey::forDatabase(db, false);
        CHECK(moved.status == DeviceKey::Status::Found);
        CHECK(moved.keys.database == made.keys.database);
        CHECK(moved.keptIn == QStringLiteral("test keystore"));
        CHECK_FALSE(QFile::exists(FileKeyVault::fileFor(db)));
    }
}

TEST_CASE("An issue-11 key file is adopted as the device key, and moved into the keystore", "[devicekey]")
{
    KeyFilesOnly files;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("stride.db"));
    const QByteArray oldSecret(DeviceKey::kBytes, '\x07');
    REQUIRE(FileKeyVault().write(db, oldSecret).outcome == KeyVault::Outcome::Done);

    SECTION("key files only: the file is the key")
    {
        const DeviceKey::Lookup lookup = DeviceKey::forDatabase(db, true);
        CHECK(lookup.status == DeviceKey::Status::Found);
        CHECK(lookup.keys.database == DeviceKey::derive(oldSecret).database);
        CHECK(fileBytes(FileKeyVault::fileFor(db)) == oldSecret);
    }
    SECTION("a keystore: the key moves in, the file goes")
    {
        auto keystore = std::make_shared<MemoryKeystore>();
        DeviceKey::useKeystore(keystore, DeviceKey::FileFallback::Refused);
        const DeviceKey::Lookup lookup = DeviceKey::forDatabase(db, false);
        CHECK(lookup.status == DeviceKey::Status::Found);
        CHECK(lookup.keys.media == DeviceKey::derive(oldSecret).media);
        CHECK(keystore->keys.values() == QList<QByteArray>{oldSecret});
        CHECK_FALSE(QFile::exists(FileKeyVault::fileFor(db)));
    }
}

TEST_CASE("A damaged key is reported, never replaced", "[devicekey]")
{
    KeyFilesOnly files;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("stride.db"));
    REQUIRE(FileKeyVault().write(db, "short").outcome == KeyVault::Outcome::Done);
    const DeviceKey::Lookup lookup = DeviceKey::forDatabase(db, true);
    CHECK(lookup.status == DeviceKey::Status::Unavailable);
    CHECK(lookup.message.contains(QLatin1String("damaged")));
    CHECK(fileBytes(FileKeyVault::fileFor(db)) == "short");
}

TEST_CASE("Removing the device key leaves nothing that opens the records", "[devicekey]")
{
    KeyFilesOnly files;
    auto keystore = std::make_shared<MemoryKeystore>();
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("stride.db"));

    SECTION("key file")
    {
        REQUIRE(DeviceKey::forDatabase(db, true).ok());
        REQUIRE(DeviceKey::remove(db));
        CHECK_FALSE(QFile::exists(FileKeyVault::fileFor(db)));
        CHECK(DeviceKey::forDatabase(db, false).status == DeviceKey::Status::Missing); // not remembered
        CHECK(DeviceKey::remove(db)); // nothing left counts as removed
    }
    SECTION("keystore, and a stray key file beside it")
    {
        DeviceKey::useKeystore(keystore, DeviceKey::FileFallback::Refused);
        REQUIRE(DeviceKey::forDatabase(db, true).ok());
        REQUIRE(FileKeyVault().write(db, QByteArray(DeviceKey::kBytes, '\x01')).outcome ==
                KeyVault::Outcome::Done);
        REQUIRE(DeviceKey::remove(db));
        CHECK(keystore->keys.isEmpty());
        CHECK_FALSE(QFile::exists(FileKeyVault::fileFor(db)));
        CHECK(DeviceKey::forDatabase(db, false).status == DeviceKey::Status::Missing);
    }
    SECTION("a keystore that does not answer: not reported as removed")
    {
        DeviceKey::useKeystore(keystore, DeviceKey::FileFallback::Refused);
        REQUIRE(DeviceKey::forDatabase(db, true).ok());
        keystore->available = false;
        QString error;
        CHECK_FALSE(DeviceKey::remove(db, &error));
        CHECK(error.contains(QLatin1String("not answering")));
    }
}

TEST_CASE("A store opens with its device key; the staging store opens plain", "[devicekey]")
{
    KeyFilesOnly files;
    TempStore t;
    CHECK(t.store.deviceKeys().isValid());
    CHECK(t.store.keyLookup().status == DeviceKey::Status::Created);
    CHECK(t.store.deviceKeys().database == DeviceKey::forDatabase(t.path(), false).keys.database);

    QTemporaryDir dir;
    const QString plainPath = dir.filePath(QStringLiteral("staging.db"));
    Store plain;
    REQUIRE(plain.open(plainPath, Store::AtRest::Plain).ok());
    CHECK_FALSE(plain.deviceKeys().isValid());
    CHECK_FALSE(QFile::exists(FileKeyVault::fileFor(plainPath)));
}

TEST_CASE("A store whose keystore cannot be reached is left closed and untouched", "[devicekey]")
{
    KeyFilesOnly files;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("stride.db"));
    {
        Store store;
        REQUIRE(store.open(db).ok());
        makeMiniSchool(store);
    }
    const QByteArray before = fileBytes(db);
    auto keystore = std::make_shared<MemoryKeystore>();
    keystore->available = false;
    DeviceKey::useKeystore(keystore, DeviceKey::FileFallback::Refused);
    Store store;
    const OpenResult r = store.open(db);
    CHECK_FALSE(r.ok());
    CHECK(r.status == OpenResult::Status::Failed);
    CHECK(store.keyLookup().status == DeviceKey::Status::Refused);
    CHECK_FALSE(r.message.isEmpty());
    CHECK_FALSE(store.isOpen());
    CHECK(fileBytes(db) == before);
}

TEST_CASE("A release build keeps device keys in the keystore unless told otherwise", "[devicekey][policy]")
{
    using Fallback = DeviceKey::FileFallback;
    // A development build: the keystore, and the key file where it cannot be reached.
    KeyStorePolicy p = KeyStorePolicy::decide(false, false, {}, {}, {});
    CHECK(p.useKeystore);
    CHECK(p.fileFallback == Fallback::Allowed);
    CHECK(p.note.isEmpty());

    // A release build: the keystore only, unless the option or the environment allows the file.
    p = KeyStorePolicy::decide(true, false, {}, {}, {});
    CHECK(p.useKeystore);
    CHECK(p.fileFallback == Fallback::Refused);
    CHECK(KeyStorePolicy::decide(true, true, {}, {}, {}).fileFallback == Fallback::Allowed);
    CHECK(KeyStorePolicy::decide(true, false, "1", {}, {}).fileFallback == Fallback::Allowed);
    CHECK(KeyStorePolicy::decide(true, false, "0", {}, {}).fileFallback == Fallback::Refused);
    CHECK(KeyStorePolicy::decide(true, false, "yes", {}, {}).fileFallback == Fallback::Refused);

    // Key files only, as the tests ask: granted in a development build...
    p = KeyStorePolicy::decide(false, false, {}, {}, "file");
    CHECK_FALSE(p.useKeystore);
    CHECK(p.note.contains(QLatin1String("key files")));
    CHECK_FALSE(KeyStorePolicy::decide(false, false, {}, QStringLiteral("file"), {}).useKeystore);
    // ... and in a release build only when allowed; otherwise the keystore, saying why.
    p = KeyStorePolicy::decide(true, false, {}, {}, "file");
    CHECK(p.useKeystore);
    CHECK(p.fileFallback == Fallback::Refused);
    CHECK(p.note.contains(QLatin1String("--allow-file-key")));
    CHECK_FALSE(KeyStorePolicy::decide(true, true, {}, QStringLiteral("file"), {}).useKeystore);
    // Anything else is the keystore.
    CHECK(KeyStorePolicy::decide(false, false, {}, QStringLiteral("keystore"), "keystore").useKeystore);
}
