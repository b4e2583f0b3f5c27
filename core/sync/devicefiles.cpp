#include "devicefiles.h"

#include "../media/durablefile.h"
#include "../media/mediastore.h"
#include "../media/sealedfile.h"
#include "../security/devicekey.h"
#include "../store/database.h"
#include "../store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace Stride::DeviceFiles {

namespace {

// Gives these sentences one context ("DeviceFiles") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(DeviceFiles)
};

QString couldNotRemove(const QString &path, const QString &why)
{
    return Words::tr("%1 could not be removed (%2).").arg(QDir::toNativeSeparators(path), why);
}

// Zeros over the file's bytes, flushed to the disk, so the blocks it held no longer hold them
// (as far as the flash's wear levelling lets a file reach its own blocks).
void overwrite(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        // A file made read-only is still ours to wipe.
        file.setPermissions(file.permissions() | QFile::WriteOwner);
        if (!file.open(QIODevice::ReadWrite))
            return; // unlinking it is still tried, and reported if that fails too
    }
    const QByteArray zeros(1 << 20, '\0');
    for (qint64 written = 0; written < size;) {
        const qint64 n = file.write(zeros.constData(), std::min<qint64>(zeros.size(), size - written));
        if (n <= 0)
            break;
        written += n;
    }
    file.close();
    DurableFile::sync(path, nullptr);
}

// Whether sealed files are overwritten before they go: on an erase (whose key has only just been
// removed) up to kOverwriteSealedUpTo; when their key was lost long ago, never.
enum class SealedFiles {
    OverwriteSmall,
    UnlinkOnly
};

void eraseFile(const QFileInfo &info, EraseResult &result, SealedFiles sealed = SealedFiles::OverwriteSmall)
{
    const QString path = info.absoluteFilePath();
    // A link is removed, never followed: what it points at is not ours.
    if (!info.isSymLink()) {
        const bool skip = sealed == SealedFiles::UnlinkOnly
                              ? SealedFile::isSealed(path)
                              : MediaStore::isSha256(info.fileName()) && info.size() > kOverwriteSealedUpTo;
        if (!skip)
            overwrite(path, info.size());
    }
    QFile file(path);
    if (!file.remove())
        result.leftBehind << couldNotRemove(path, file.errorString());
}

void eraseFolder(const QString &dir, EraseResult &result, SealedFiles sealed = SealedFiles::OverwriteSmall)
{
    QDirIterator files(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        files.next();
        eraseFile(files.fileInfo(), result, sealed);
    }
    if (QFileInfo::exists(dir) && !QDir(dir).removeRecursively())
        result.leftBehind << couldNotRemove(dir, Words::tr("a folder that is not empty"));
}

void eraseEntry(const QString &path, EraseResult &result, SealedFiles sealed = SealedFiles::OverwriteSmall)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return;
    if (info.isDir() && !info.isSymLink())
        eraseFolder(path, result, sealed);
    else
        eraseFile(info, result, sealed);
}

} // namespace

QString mediaDirFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral("-media");
}

QStringList filesOf(const QString &databasePath)
{
    if (databasePath.isEmpty())
        return {};
    const QFileInfo database(databasePath);
    const QString name = database.fileName();
    QStringList found;
    const QDir folder = database.absoluteDir();
    for (const QFileInfo &entry :
         folder.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        const QString entryName = entry.fileName();
        if (entryName == name || (entryName.startsWith(name) && entryName.size() > name.size() &&
                                  (entryName.at(name.size()) == QLatin1Char('-') ||
                                   entryName.at(name.size()) == QLatin1Char('.'))))
            found << entry.absoluteFilePath();
    }
    return found;
}

EraseResult erase(Store &store, const QString &mediaDir)
{
    const QString path = store.path();
    store.close();
    return eraseFiles(path, mediaDir);
}

EraseResult eraseFiles(const QString &databasePath, const QString &mediaDir)
{
    EraseResult result;
    // The key first: once it is gone, whatever the flash still holds of the files below (or a
    // removal that fails) cannot be read.
    if (!databasePath.isEmpty()) {
        QString error;
        if (!DeviceKey::remove(databasePath, &error))
            result.leftBehind << Words::tr("This tablet's key could not be removed (%1).").arg(error);
    }
    QStringList entries = filesOf(databasePath);
    if (!mediaDir.isEmpty()) {
        const QString media = QFileInfo(mediaDir).absoluteFilePath();
        if (!entries.contains(media))
            entries << media;
    }
    for (const QString &entry : entries)
        eraseEntry(entry, result);
    result.ok = result.leftBehind.isEmpty();
    return result;
}

KeyLostResult setAsideAfterKeyLost(const QString &databasePath)
{
    KeyLostResult result;
    result.movedAsidePath = Database::moveAside(databasePath, QStringLiteral("keylost"));
    if (result.movedAsidePath.isEmpty())
        return result;
    eraseEntry(mediaDirFor(databasePath), result.media, SealedFiles::UnlinkOnly);
    result.media.ok = result.media.leftBehind.isEmpty();
    return result;
}

} // namespace Stride::DeviceFiles
