#include "mediastore.h"

#include "durablefile.h"
#include "sealedfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QUuid>
#include <QtEndian>

namespace Stride {

namespace {

// Gives this file's sentences one context ("MediaStore") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(MediaStore)
};

} // namespace

namespace {
constexpr qint64 kChunk = 1 << 20;

QString diskFullMessage()
{
    return Words::tr("The tablet is full, so this could not be saved. Free some space (or sync, so that "
                     "synced videos can be cleared) and try again.");
}
} // namespace

MediaStore::MediaStore(QString rootDir) : m_root(std::move(rootDir)), m_keys(std::make_shared<const Keys>())
{
    prepareFolders();
}

MediaStore::MediaStore(MediaStore &&other) noexcept : m_root(std::move(other.m_root)), m_keys(other.keys()) {}

void MediaStore::prepareFolders()
{
    QDir().mkpath(incomingDir());
    // A marker that tells gallery apps on Android not to index these files.
    QFile noMedia(QDir(m_root).filePath(QStringLiteral(".nomedia")));
    if (!noMedia.exists() && noMedia.open(QIODevice::WriteOnly))
        noMedia.close();
}

QString MediaStore::incomingDir() const
{
    return QDir(m_root).filePath(QStringLiteral("incoming"));
}

QString MediaStore::newIncomingPath(const QString &suffix) const
{
    return QDir(incomingDir()).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + suffix);
}

bool MediaStore::isSha256(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(text).hasMatch();
}

QString MediaStore::keyMissingMessage() const
{
    return Words::tr("Stride cannot store or open media on this tablet because its key for them is not "
                     "available. Restart the app; if this goes on, ask the school's Stride administrator.");
}

void MediaStore::setKey(const QByteArray &mediaKey)
{
    auto made = std::make_shared<Keys>();
    if (mediaKey.size() == 32) {
        made->seal = mediaKey;
        // Names come from a key of their own, so that a name says nothing about the files' keys.
        made->name =
            QMessageAuthenticationCode::hash("Stride media names v1", mediaKey, QCryptographicHash::Sha256);
    }
    const QMutexLocker lock(&m_keysLock);
    m_keys = std::move(made);
}

std::shared_ptr<const MediaStore::Keys> MediaStore::keys() const
{
    const QMutexLocker lock(&m_keysLock);
    return m_keys;
}

QString MediaStore::nameOf(const Keys &keys, const QString &sha256)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(sha256.toLatin1(), keys.name, QCryptographicHash::Sha256).toHex());
}

QString MediaStore::legacyPathOf(const QString &sha256) const
{
    // Two levels of fan-out keep any one directory small on a tablet's file system.
    return QDir(m_root).filePath(sha256.left(2) + QLatin1Char('/') + sha256);
}

QString MediaStore::pathOf(const QString &sha256) const
{
    return pathOf(*keys(), sha256);
}

QString MediaStore::pathOf(const Keys &keys, const QString &sha256) const
{
    if (keys.seal.isEmpty())
        return legacyPathOf(sha256);
    const QString name = nameOf(keys, sha256);
    return QDir(m_root).filePath(name.left(2) + QLatin1Char('/') + name);
}

bool MediaStore::contains(const QString &sha256) const
{
    const auto k = keys();
    return isSha256(sha256) && !k->seal.isEmpty() && QFileInfo::exists(pathOf(*k, sha256));
}

std::unique_ptr<QIODevice> MediaStore::openForReading(const QString &sha256, QString *error) const
{
    const auto k = keys();
    if (k->seal.isEmpty()) {
        if (error)
            *error = keyMissingMessage();
        return {};
    }
    const QString path = pathOf(*k, sha256);
    if (!isSha256(sha256) || !QFileInfo::exists(path)) {
        if (error)
            *error = Words::tr("This file is not on the tablet.");
        return {};
    }
    auto file = std::make_unique<SealedFileReader>(path, k->seal);
    if (!file->open(QIODevice::ReadOnly)) {
        if (error)
            *error = file->errorString();
        return {};
    }
    return file;
}

QByteArray MediaStore::read(const QString &sha256, QString *error) const
{
    const std::unique_ptr<QIODevice> device = openForReading(sha256, error);
    if (!device)
        return {};
    QByteArray bytes(device->size(), Qt::Uninitialized);
    if (device->read(bytes.data(), bytes.size()) != bytes.size()) {
        if (error)
            *error = device->errorString();
        return {};
    }
    return bytes;
}

qint64 MediaStore::plainSize(const QString &sha256) const
{
    return plainSize(*keys(), sha256);
}

qint64 MediaStore::plainSize(const Keys &keys, const QString &sha256) const
{
    if (!isSha256(sha256) || keys.seal.isEmpty())
        return -1;
    QFile file(pathOf(keys, sha256));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray header = file.read(SealedFile::kHeaderBytes);
    if (!SealedFile::hasSealedHeader(header))
        return -1;
    return SealedFile::plainSizeOf(file.size(), int(qFromBigEndian<quint32>(header.constData() + 12)));
}

MediaStore::PutResult MediaStore::failed(const QString &what, const QString &error, bool diskFull) const
{
    PutResult r;
    r.message = diskFull || DurableFile::isDiskFull(error) ? diskFullMessage() : what.arg(error);
    return r;
}

MediaStore::PutResult MediaStore::finish(const Keys &keys, const QString &tempPath, const QString &sha256,
                                         qint64 size)
{
    PutResult r;
    r.sha256 = sha256;
    r.byteSize = size;
    const QString target = pathOf(keys, sha256);
    if (plainSize(keys, sha256) == size) {
        // Already here (the same photo twice): one copy is enough.
        QFile::remove(tempPath);
        r.ok = true;
        return r;
    }
    QDir().mkpath(QFileInfo(target).absolutePath());
    QString error;
    if (!DurableFile::renameDurably(tempPath, target, &error)) {
        QFile::remove(tempPath);
        r.message = Words::tr("The file could not be stored (%1).").arg(error);
        return r;
    }
    r.ok = true;
    return r;
}

MediaStore::PutResult MediaStore::put(const QByteArray &bytes)
{
    const auto k = keys();
    if (k->seal.isEmpty())
        return {false, {}, 0, keyMissingMessage()};
    const QString temp = newIncomingPath(QStringLiteral(".part"));
    SealedFileWriter writer;
    if (!writer.create(temp, k->seal) || !writer.write(bytes) || !writer.finish()) {
        writer.abandon();
        QFile::remove(temp);
        return failed(Words::tr("The file could not be saved (%1)."), writer.errorString(),
                      writer.isDiskFull());
    }
    return finish(*k, temp, QString::fromLatin1(writer.plainSha256().toHex()), bytes.size());
}

MediaStore::PutResult MediaStore::seal(const Keys &keys, const QString &plainPath, bool removePlain)
{
    if (keys.seal.isEmpty())
        return {false, {}, 0, keyMissingMessage()};
    QFile file(plainPath);
    if (!file.open(QIODevice::ReadOnly))
        return failed(Words::tr("The recording could not be read (%1)."), file.errorString(), false);
    const QString temp = newIncomingPath(QStringLiteral(".part"));
    SealedFileWriter writer;
    bool ok = writer.create(temp, keys.seal);
    QByteArray block(kChunk, Qt::Uninitialized);
    bool readFailed = false;
    while (ok) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0)
            readFailed = true;
        if (n <= 0)
            break;
        ok = writer.write(QByteArrayView(block.constData(), n));
    }
    ok = ok && !readFailed && writer.finish();
    if (!ok) {
        writer.abandon();
        QFile::remove(temp);
        if (readFailed)
            return failed(Words::tr("The recording could not be read (%1)."), file.errorString(), false);
        return failed(Words::tr("The file could not be saved (%1)."), writer.errorString(),
                      writer.isDiskFull());
    }
    file.close();
    const PutResult r =
        finish(keys, temp, QString::fromLatin1(writer.plainSha256().toHex()), writer.plainSize());
    // The plain recording goes only once its sealed copy is safely in place.
    if (r.ok && removePlain)
        DurableFile::overwriteAndRemove(plainPath);
    return r;
}

MediaStore::PutResult MediaStore::adopt(const QString &path)
{
    return seal(*keys(), path, true);
}

MediaStore::PutResult MediaStore::copyIn(const QString &path)
{
    return seal(*keys(), path, false);
}

QString MediaStore::downloadPathOf(const QString &sha256) const
{
    return downloadPathOf(*keys(), sha256);
}

QString MediaStore::downloadPathOf(const Keys &keys, const QString &sha256) const
{
    // Not in incoming/ (cleared at every start): a half-fetched video survives a restart. The
    // name is the keyed one with ".part", so removeOrphans leaves it alone and it names nothing.
    return QDir(m_root).filePath(QStringLiteral("fetching/") + nameOf(keys, sha256) +
                                 QStringLiteral(".part"));
}

bool MediaStore::startDownload(SealedFileWriter &writer, const QString &sha256, QString *error) const
{
    const auto k = keys();
    if (k->seal.isEmpty()) {
        if (error)
            *error = keyMissingMessage();
        return false;
    }
    const QString path = downloadPathOf(*k, sha256);
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (QFileInfo::exists(path) && writer.resume(path, k->seal))
        return true;
    // None yet, or one that cannot be carried on (another key, damaged at its start): afresh.
    if (writer.create(path, k->seal))
        return true;
    if (error)
        *error = writer.isDiskFull() ? diskFullMessage() : writer.errorString();
    return false;
}

MediaStore::PutResult MediaStore::finishDownload(SealedFileWriter &writer, const QString &sha256)
{
    const auto k = keys();
    const QString path = downloadPathOf(*k, sha256);
    if (!writer.finish()) {
        writer.abandon();
        return failed(Words::tr("The file could not be saved (%1)."), writer.errorString(),
                      writer.isDiskFull());
    }
    if (QString::fromLatin1(writer.plainSha256().toHex()) != sha256) {
        QFile::remove(path); // a damaged or mixed-up download: fetch it afresh next time
        PutResult r;
        r.message = Words::tr("The file arrived damaged, so it was not kept. Try opening it again.");
        return r;
    }
    return finish(*k, path, sha256, writer.plainSize());
}

int MediaStore::sealPlainFiles(QString *error)
{
    const auto k = keys();
    if (k->seal.isEmpty()) {
        if (error)
            *error = keyMissingMessage();
        return -1;
    }
    const QDir root(m_root);
    // Plain partial downloads cannot be carried on sealed: they start again.
    const QDir fetching(root.filePath(QStringLiteral("fetching")));
    for (const QFileInfo &partial : fetching.entryInfoList(QDir::Files | QDir::Hidden))
        if (!SealedFile::isSealed(partial.absoluteFilePath()))
            DurableFile::overwriteAndRemove(partial.absoluteFilePath());

    QStringList plain;
    for (const QFileInfo &folder : root.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (folder.fileName() == QLatin1String("incoming") || folder.fileName() == QLatin1String("fetching"))
            continue;
        for (const QFileInfo &info :
             QDir(folder.absoluteFilePath()).entryInfoList(QDir::Files | QDir::Hidden))
            if (isSha256(info.fileName()) && !SealedFile::isSealed(info.absoluteFilePath()))
                plain << info.absoluteFilePath();
    }
    int sealed = 0;
    for (const QString &path : std::as_const(plain)) {
        const QString sha = QFileInfo(path).fileName();
        if (plainSize(*k, sha) >= 0) {
            // Sealed and in place before a kill stopped the plain file's removal.
            DurableFile::overwriteAndRemove(path);
            continue;
        }
        const PutResult r = seal(*k, path, true);
        if (!r.ok) {
            if (error)
                *error = r.message;
            return -1;
        }
        ++sealed;
    }
    return sealed;
}

bool MediaStore::remove(const QString &sha256)
{
    const auto k = keys();
    return isSha256(sha256) && !k->seal.isEmpty() && QFile::remove(pathOf(*k, sha256));
}

qint64 MediaStore::bytesAvailable() const
{
    return QStorageInfo(m_root).bytesAvailable();
}

int MediaStore::removeOrphans(const QSet<QString> &referenced)
{
    int removed = 0;
    QDir incoming(incomingDir());
    // Recordings and imports wait here plain until Save: overwritten before they go.
    for (const QFileInfo &leftover : incoming.entryInfoList(QDir::Files | QDir::Hidden))
        removed += DurableFile::overwriteAndRemove(leftover.absoluteFilePath()) ? 1 : 0;
    const auto k = keys();
    if (k->seal.isEmpty())
        return removed; // without the key no name can be matched to a record: nothing else goes
    // Kept: each referenced file under its keyed name, and under its SHA-256 a plain file from
    // before media was sealed, which sealPlainFiles() takes in next.
    QSet<QString> keep = referenced;
    for (const QString &sha : referenced)
        keep.insert(nameOf(*k, sha));
    const QString fetching = QDir(m_root).filePath(QStringLiteral("fetching"));
    QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.absolutePath() == incoming.absolutePath() || info.absolutePath() == fetching ||
            !isSha256(info.fileName()) || keep.contains(info.fileName()))
            continue;
        const QString path = info.absoluteFilePath();
        const bool ok =
            SealedFile::isSealed(path) ? QFile::remove(path) : DurableFile::overwriteAndRemove(path);
        removed += ok ? 1 : 0;
    }
    return removed;
}

} // namespace Stride
