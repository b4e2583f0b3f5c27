// The start-up page's account of a store that did not open because of its key
// (app/databasestatus.h): a key gone after a reset (moved aside as "keylost", never "damaged", and
// the tablet starts again from enrolment), a key that does not match (nothing touched), and a
// keystore that cannot be reached with the key file refused (nothing touched).
#include "databasestatus.h"

#include "security/devicekey.h"
#include "security/filekeyvault.h"
#include "security/keyvault.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Stride;

namespace {

class UnreachableKeystore : public KeyVault
{
public:
    QString name() const override { return QStringLiteral("test keystore"); }
    Result read(const QString &) override { return {Outcome::Unavailable, {}, QStringLiteral("no D-Bus")}; }
    Result write(const QString &, const QByteArray &) override
    {
        return {Outcome::Unavailable, {}, QStringLiteral("no D-Bus")};
    }
    Result remove(const QString &) override { return {Outcome::Unavailable, {}, QStringLiteral("no D-Bus")}; }
};

struct KeyFilesOnly
{
    KeyFilesOnly() { DeviceKey::useKeyFilesOnly(); }
    ~KeyFilesOnly() { DeviceKey::useKeyFilesOnly(); }
};

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

// A store with something in it, closed, as the tablet leaves it when switched off.
void makeStore(const QString &path)
{
    Store store;
    REQUIRE(store.open(path).ok());
    QSqlQuery q(store.database());
    REQUIRE(
        q.exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('marker', 'Oak class')")));
}

} // namespace

TEST_CASE("A store whose key is gone is moved aside as key-lost, and the tablet starts again",
          "[databasestatus]")
{
    KeyFilesOnly files;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stride.db"));
    makeStore(path);
    // The tablet reset: its keystore no longer holds the key. A write-ahead log left beside it
    // goes with it.
    REQUIRE(DeviceKey::remove(path));
    QFile wal(path + QStringLiteral("-wal"));
    REQUIRE(wal.open(QIODevice::WriteOnly));
    wal.write("log");
    wal.close();
    const QByteArray locked = hashOf(path);
    // Its media, sealed under a key from the lost one, can never be shown again.
    const QString media = path + QStringLiteral("-media");
    REQUIRE(QDir().mkpath(media + QStringLiteral("/ab")));
    QFile photo(media + QStringLiteral("/ab/") + QString(64, QLatin1Char('a')));
    REQUIRE(photo.open(QIODevice::WriteOnly));
    photo.write("a sealed photo");
    photo.close();

    Store store;
    DatabaseStatus status(store, path);
    status.open();
    CHECK_FALSE(status.ok());
    CHECK(status.status() == QLatin1String("key-lost"));
    CHECK(status.heading() == QStringLiteral("The records on this tablet can no longer be opened"));
    CHECK(status.message().contains(QLatin1String("safe on the school's store")));
    CHECK(status.message().contains(QLatin1String("Enrol this tablet")));
    CHECK(status.message().contains(QLatin1String("removed this tablet's photos")));
    CHECK_FALSE(QFileInfo::exists(media));
    CHECK_FALSE(status.heading().contains(QLatin1String("damaged")));
    CHECK_FALSE(status.message().contains(QLatin1String("damaged")));
    REQUIRE(status.movedAsidePath().contains(QLatin1String("stride.db.keylost-")));
    CHECK(hashOf(status.movedAsidePath()) == locked); // kept whole, not deleted
    CHECK(QFile::exists(status.movedAsidePath() + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.damaged-*")}).isEmpty());

    // Starting again: a new, empty store with a new key, not enrolled, so enrolment comes next.
    REQUIRE(status.canStartFresh());
    REQUIRE(status.startFresh());
    CHECK(status.status() == QLatin1String("created"));
    CHECK(store.deviceKeys().isValid());
    QSqlQuery q(store.database());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM enrolment")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("A key that does not match the store is told apart, and nothing is touched", "[databasestatus]")
{
    KeyFilesOnly files;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stride.db"));
    makeStore(path);
    REQUIRE(FileKeyVault().write(path, QByteArray(DeviceKey::kBytes, '\x21')).outcome ==
            KeyVault::Outcome::Done);
    DeviceKey::forgetCachedKeys();
    const QByteArray before = hashOf(path);

    Store store;
    DatabaseStatus status(store, path);
    status.open();
    CHECK(status.status() == QLatin1String("wrong-key"));
    CHECK(status.heading() == QStringLiteral("The records on this tablet are locked with a different key"));
    CHECK_FALSE(status.message().isEmpty());
    CHECK_FALSE(status.canStartFresh());
    CHECK(status.movedAsidePath().isEmpty());
    CHECK(hashOf(path) == before);
    CHECK(
        QDir(dir.path()).entryList({QStringLiteral("*.keylost-*"), QStringLiteral("*.damaged-*")}).isEmpty());
}

TEST_CASE("A keystore out of reach, with the key file refused, is said so and nothing is touched",
          "[databasestatus]")
{
    KeyFilesOnly files;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stride.db"));
    makeStore(path);
    const QByteArray before = hashOf(path);
    DeviceKey::useKeystore(std::make_shared<UnreachableKeystore>(), DeviceKey::FileFallback::Refused);

    Store store;
    DatabaseStatus status(store, path);
    status.open();
    CHECK(status.status() == QLatin1String("key-unavailable"));
    CHECK(status.heading() == QStringLiteral("Stride cannot reach this tablet's keystore"));
    CHECK(status.message().contains(QLatin1String("keystore")));
    CHECK(status.detail().contains(QLatin1String("--allow-file-key")));
    CHECK_FALSE(status.canStartFresh());
    CHECK(hashOf(path) == before);

    // A new tablet in the same state makes no store and no key file either.
    const QString fresh = dir.filePath(QStringLiteral("new.db"));
    DatabaseStatus first(store, fresh);
    first.open();
    CHECK(first.status() == QLatin1String("key-unavailable"));
    CHECK_FALSE(QFile::exists(fresh));
    CHECK_FALSE(QFile::exists(FileKeyVault::fileFor(fresh)));
}
