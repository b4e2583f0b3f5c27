// Erasing a tablet (docs/security.md, "Erase"): the database, its companions, the media folder
// with everything in it, and every copy moved aside go; nothing else in the folder is touched.
#include "testsupport.h"

#include "media/mediastore.h"
#include "media/sealedfile.h"
#include "people/signin.h"
#include "security/devicekey.h"
#include "sync/devicefiles.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <unistd.h>

using namespace Stride;
using namespace Stride::Testing;

namespace {

// Every file and folder under `root`, relative to it, with each file's size: what a person
// listing the folder (ls -laR) would see.
QStringList treeOf(const QString &root)
{
    QStringList tree;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        tree << QDir(root).relativeFilePath(info.absoluteFilePath()) +
                    (info.isDir() ? QStringLiteral("/") : QStringLiteral(" %1").arg(info.size()));
    }
    tree.sort();
    return tree;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

} // namespace

TEST_CASE("Erasing a tablet leaves nothing of its own in its folder, and nothing else is touched",
          "[devicefiles][erase]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // What is in the folder before Stride makes anything: another program's file, and another
    // database whose name only starts like this one's.
    writeFile(dir.filePath(QStringLiteral("notes.txt")), "not Stride's");
    writeFile(dir.filePath(QStringLiteral("stride.db2")), "another store");
    const QStringList before = treeOf(dir.path());

    const QString db = dir.filePath(QStringLiteral("stride.db"));
    const QString mediaDir = DeviceFiles::mediaDirFor(db);
    Store store;
    REQUIRE(store.open(db).ok());
    const MiniSchool m = makeMiniSchool(store);
    // A credential kept on this tablet: the key it is sealed with is beside the database.
    REQUIRE(SignIn(store).keepCredential(m.assistant.id, QStringLiteral("4826"), QByteArray(32, '\x5a')));
    MediaStore media(mediaDir);
    media.setKey(QByteArray(32, '\x6b'));
    const MediaStore::PutResult photo = media.put(QByteArrayLiteral("a photo of Ava's work"));
    REQUIRE(photo.ok);
    REQUIRE(media.put(QByteArrayLiteral("its thumbnail")).ok);
    // A recording not saved yet (a parked draft's video), and a video half fetched from the store.
    writeFile(media.newIncomingPath(QStringLiteral(".mp4")), "a recording in progress");
    writeFile(QDir(mediaDir).filePath(QStringLiteral("fetching/") + QString(64, QLatin1Char('c')) +
                                      QStringLiteral(".part")),
              "half a video");
    // A sealed video too large to be worth overwriting (sparse, so the test stays quick).
    const QString bigVideo = QDir(mediaDir).filePath(QStringLiteral("dd/") + QString(64, QLatin1Char('d')));
    writeFile(bigVideo, {});
    REQUIRE(QFile(bigVideo).resize(DeviceFiles::kOverwriteSealedUpTo + 1));
    // A read-only file is wiped all the same.
    const QString readOnly = QDir(mediaDir).filePath(QStringLiteral("incoming/read-only.jpg"));
    writeFile(readOnly, "read-only photo");
    REQUIRE(QFile::setPermissions(readOnly, QFile::ReadOwner));
    // Every copy moved aside: a damaged store with its log, a store whose key was lost, and the
    // two files a plain store leaves while it is encrypted; and SQLite's rollback journal.
    for (const char *name :
         {"stride.db-journal", "stride.db.damaged-20261120-101500", "stride.db.damaged-20261120-101500-wal",
          "stride.db.damaged-20261120-101500-shm", "stride.db.keylost-20261121-090000",
          "stride.db.keylost-20261121-090000-wal", "stride.db.encrypting", "stride.db.plain"})
        writeFile(dir.filePath(QLatin1String(name)), "Ava Thompson's records");
    // A link inside the media folder to a file that is not Stride's: the link goes, the file stays.
    REQUIRE(QFile::link(dir.filePath(QStringLiteral("notes.txt")),
                        QDir(mediaDir).filePath(QStringLiteral("incoming/link"))));
    // A second name for a moved-aside copy, outside the folder, shows what erasing did to its
    // bytes: overwritten before the name was removed.
    QTemporaryDir elsewhere;
    const QString witness = elsewhere.filePath(QStringLiteral("witness"));
    REQUIRE(::link(QFile::encodeName(dir.filePath(QStringLiteral("stride.db.plain"))).constData(),
                   QFile::encodeName(witness).constData()) == 0);

    const QStringList ours = DeviceFiles::filesOf(db);
    CHECK(ours.contains(db));
    CHECK(ours.contains(mediaDir));
    CHECK(ours.contains(dir.filePath(QStringLiteral("stride.db.plain"))));
    CHECK_FALSE(ours.contains(dir.filePath(QStringLiteral("stride.db2"))));
    CHECK_FALSE(ours.contains(dir.filePath(QStringLiteral("notes.txt"))));
    REQUIRE(treeOf(dir.path()).size() > before.size() + 15);

    const DeviceFiles::EraseResult erased = DeviceFiles::erase(store, mediaDir);
    INFO(erased.leftBehind.join(QLatin1Char('\n')).toStdString());
    CHECK(erased.ok);
    CHECK(erased.leftBehind.isEmpty());
    CHECK_FALSE(store.isOpen());
    CHECK(treeOf(dir.path()) == before);
    CHECK(readFile(dir.filePath(QStringLiteral("notes.txt"))) == "not Stride's");
    CHECK(readFile(dir.filePath(QStringLiteral("stride.db2"))) == "another store");
    CHECK(readFile(witness) == QByteArray(int(qstrlen("Ava Thompson's records")), '\0'));
}

TEST_CASE("Erasing a tablet with no database left (erased before) is done, not a failure",
          "[devicefiles][erase]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("stride.db"));
    const DeviceFiles::EraseResult erased = DeviceFiles::eraseFiles(db, DeviceFiles::mediaDirFor(db));
    CHECK(erased.ok);
    CHECK(erased.leftBehind.isEmpty());
    CHECK(QDir(dir.path()).isEmpty());
}

TEST_CASE("A store whose key is lost is moved aside, and the media sealed under that key go with it",
          "[devicefiles][keylost]")
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("notes.txt")), "not Stride's");
    const QString db = dir.filePath(QStringLiteral("stride.db"));
    const QString mediaDir = DeviceFiles::mediaDirFor(db);
    const QByteArray photoBytes = QByteArray("a photo of Ava's work ").repeated(5000);
    QTemporaryDir elsewhere; // second names for files in the media folder, to see what became of their bytes
    const QString sealedWitness = elsewhere.filePath(QStringLiteral("sealed"));
    const QString plainWitness = elsewhere.filePath(QStringLiteral("plain"));
    {
        Store store;
        REQUIRE(store.open(db).ok());
        makeMiniSchool(store);
        MediaStore media(mediaDir);
        media.setKey(store.deviceKeys().media);
        const MediaStore::PutResult photo = media.put(photoBytes);
        REQUIRE(photo.ok);
        REQUIRE(media.put(QByteArrayLiteral("its thumbnail")).ok);
        // A video half fetched from the store, sealed as it arrived.
        SealedFileWriter download;
        REQUIRE(media.startDownload(download, QString(64, QLatin1Char('e')), nullptr));
        REQUIRE(download.write(QByteArray(200'000, 'v')));
        REQUIRE(download.flush());
        download.abandon();
        REQUIRE(SealedFile::isSealed(media.downloadPathOf(QString(64, QLatin1Char('e')))));
        // A recording not saved yet: plain until Save.
        const QString recording = media.newIncomingPath(QStringLiteral(".mp4"));
        writeFile(recording, "a recording in progress");
        REQUIRE(::link(QFile::encodeName(media.pathOf(photo.sha256)).constData(),
                       QFile::encodeName(sealedWitness).constData()) == 0);
        REQUIRE(::link(QFile::encodeName(recording).constData(),
                       QFile::encodeName(plainWitness).constData()) == 0);
    }
    const QByteArray sealedBefore = readFile(sealedWitness);
    const QByteArray databaseBefore = readFile(db);
    // The tablet was reset: its keystore no longer holds the key.
    REQUIRE(DeviceKey::remove(db));
    Store store;
    REQUIRE(store.open(db).status == OpenResult::Status::KeyLost);

    const DeviceFiles::KeyLostResult setAside = DeviceFiles::setAsideAfterKeyLost(db);
    INFO(setAside.media.leftBehind.join(QLatin1Char('\n')).toStdString());
    CHECK(setAside.media.ok);
    // The database is kept, whole, under a name that says why; nothing of the media folder is left.
    REQUIRE(setAside.movedAsidePath.startsWith(db + QStringLiteral(".keylost-")));
    CHECK(readFile(setAside.movedAsidePath) == databaseBefore);
    CHECK_FALSE(QFile::exists(db));
    CHECK_FALSE(QFileInfo::exists(mediaDir));
    CHECK(treeOf(dir.path()) ==
          QStringList{QStringLiteral("notes.txt 12"),
                      QFileInfo(setAside.movedAsidePath).fileName() +
                          QStringLiteral(" %1").arg(QFileInfo(setAside.movedAsidePath).size())});
    // The plain recording was overwritten before it went; sealed files, whose key is gone, were
    // only unlinked (nothing to wipe, and a tablet full of photos is not rewritten at start-up).
    CHECK(readFile(plainWitness) == QByteArray(int(qstrlen("a recording in progress")), '\0'));
    CHECK(readFile(sealedWitness) == sealedBefore);

    // A store that could not be moved aside (here: there is none left) leaves the media alone.
    MediaStore again(mediaDir);
    again.setKey(QByteArray(32, '\x6b'));
    REQUIRE(again.put(QByteArrayLiteral("a new photo")).ok);
    const DeviceFiles::KeyLostResult notMoved = DeviceFiles::setAsideAfterKeyLost(db);
    CHECK(notMoved.movedAsidePath.isEmpty());
    CHECK(QFileInfo::exists(mediaDir + QStringLiteral("/.nomedia")));
    CHECK(again.contains(QString::fromLatin1(
        QCryptographicHash::hash(QByteArrayLiteral("a new photo"), QCryptographicHash::Sha256).toHex())));
}
