#include "mediastore.h"

#include "durablefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QUuid>

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

MediaStore::MediaStore(QString rootDir) : m_root(std::move(rootDir))
{
    prepareFolders();
}

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

QString MediaStore::pathOf(const QString &sha256) const
{
    // Two levels of fan-out keep any one directory small on a tablet's file system.
    return QDir(m_root).filePath(sha256.left(2) + QLatin1Char('/') + sha256);
}

bool MediaStore::contains(const QString &sha256) const
{
    return isSha256(sha256) && QFileInfo::exists(pathOf(sha256));
}

void MediaStore::setKey(const QByteArray &mediaKey)
{
    m_key = mediaKey;
}

std::unique_ptr<QIODevice> MediaStore::openForReading(const QString &sha256, QString *error) const
{
    if (!contains(sha256)) {
        if (error)
            *error = Words::tr("This file is not on the tablet.");
        return {};
    }
    auto file = std::make_unique<QFile>(pathOf(sha256));
    if (!file->open(QIODevice::ReadOnly)) {
        if (error)
            *error = Words::tr("This file could not be opened (%1).").arg(file->errorString());
        return {};
    }
    return file;
}

QByteArray MediaStore::read(const QString &sha256, QString *error) const
{
    const std::unique_ptr<QIODevice> device = openForReading(sha256, error);
    if (!device)
        return {};
    QByteArray bytes = device->readAll();
    if (bytes.size() != device->size()) {
        if (error)
            *error = Words::tr("This file could not be read (%1).").arg(device->errorString());
        return {};
    }
    return bytes;
}

qint64 MediaStore::plainSize(const QString &sha256) const
{
    const QFileInfo info(pathOf(sha256));
    return isSha256(sha256) && info.exists() ? info.size() : -1;
}

MediaStore::PutResult MediaStore::finish(const QString &tempPath, const QString &sha256, qint64 size)
{
    PutResult r;
    r.sha256 = sha256;
    r.byteSize = size;
    const QString target = pathOf(sha256);
    if (QFileInfo(target).size() == size) {
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
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (contains(sha) && QFileInfo(pathOf(sha)).size() == bytes.size())
        return {true, sha, bytes.size(), {}};
    const QString temp = newIncomingPath(QStringLiteral(".part"));
    QString error;
    if (!DurableFile::write(temp, bytes, &error)) {
        QFile::remove(temp);
        PutResult r;
        r.message = DurableFile::isDiskFull(error)
                        ? diskFullMessage()
                        : Words::tr("The file could not be saved (%1).").arg(error);
        return r;
    }
    return finish(temp, sha, bytes.size());
}

MediaStore::PutResult MediaStore::adopt(const QString &path)
{
    QFile file(path);
    PutResult r;
    if (!file.open(QIODevice::ReadOnly)) {
        r.message = Words::tr("The recording could not be read (%1).").arg(file.errorString());
        return r;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError) {
            r.message = Words::tr("The recording could not be read (%1).").arg(file.errorString());
            return r;
        }
        hash.addData(chunk);
        size += chunk.size();
    }
    file.close();
    const QString sha = QString::fromLatin1(hash.result().toHex());
    QString temp = path;
    if (!QFileInfo(path).absolutePath().startsWith(QDir(m_root).absolutePath())) {
        // From another disk or folder: copy into incoming/ first so the final rename is atomic.
        temp = newIncomingPath(QStringLiteral(".part"));
        QString error;
        if (!DurableFile::copy(path, temp, &error)) {
            QFile::remove(temp);
            r.message = DurableFile::isDiskFull(error)
                            ? diskFullMessage()
                            : Words::tr("The file could not be saved (%1).").arg(error);
            return r;
        }
        QFile::remove(path);
    } else {
        QString error;
        if (!DurableFile::sync(path, &error)) {
            r.message = Words::tr("The recording could not be saved (%1).").arg(error);
            return r;
        }
    }
    return finish(temp, sha, size);
}

MediaStore::PutResult MediaStore::copyIn(const QString &path)
{
    const QString temp = newIncomingPath(QStringLiteral(".part"));
    QString error;
    if (!DurableFile::copy(path, temp, &error)) {
        QFile::remove(temp);
        PutResult r;
        r.message = DurableFile::isDiskFull(error)
                        ? diskFullMessage()
                        : Words::tr("The file could not be copied (%1).").arg(error);
        return r;
    }
    return adopt(temp);
}

bool MediaStore::remove(const QString &sha256)
{
    return isSha256(sha256) && QFile::remove(pathOf(sha256));
}

qint64 MediaStore::bytesAvailable() const
{
    return QStorageInfo(m_root).bytesAvailable();
}

int MediaStore::removeOrphans(const QSet<QString> &referenced)
{
    int removed = 0;
    QDir incoming(incomingDir());
    for (const QFileInfo &leftover : incoming.entryInfoList(QDir::Files | QDir::Hidden))
        removed += QFile::remove(leftover.absoluteFilePath()) ? 1 : 0;
    QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.absolutePath() == incoming.absolutePath() || !isSha256(info.fileName()))
            continue;
        if (!referenced.contains(info.fileName()))
            removed += QFile::remove(info.absoluteFilePath()) ? 1 : 0;
    }
    return removed;
}

} // namespace Stride
