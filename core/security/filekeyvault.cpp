#include "filekeyvault.h"

#include "../media/durablefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Stride {

namespace {

// Gives this file's sentences one context ("FileKeyVault") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(FileKeyVault)
};

// A key is 32 bytes; anything much longer is not a key file, and is not read whole.
constexpr qint64 kMostBytes = 4096;

} // namespace

QString FileKeyVault::fileFor(const QString &databasePath)
{
    return databasePath + QStringLiteral("-device.key");
}

QString FileKeyVault::name() const
{
    return Words::tr("a key file beside the records");
}

KeyVault::Result FileKeyVault::read(const QString &account)
{
    Result result;
    QFile file(fileFor(account));
    if (!file.exists()) {
        result.outcome = Outcome::NoKey;
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.detail = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return result;
    }
    result.key = file.read(kMostBytes);
    result.outcome = Outcome::Done;
    return result;
}

KeyVault::Result FileKeyVault::write(const QString &account, const QByteArray &key)
{
    Result result;
    const QString path = fileFor(account);
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Readable by this account only from its first byte (DurableFile makes files 0600), on the
    // flash before it is renamed into place, so a crash leaves the old key or the new, never half.
    const QString partial = path + QStringLiteral(".new");
    QFile::remove(partial);
    QString error;
    if (!DurableFile::write(partial, key, &error) || !DurableFile::renameDurably(partial, path, &error)) {
        QFile::remove(partial);
        result.detail = QStringLiteral("%1: %2").arg(path, error);
        return result;
    }
    result.outcome = Outcome::Done;
    return result;
}

KeyVault::Result FileKeyVault::remove(const QString &account)
{
    Result result;
    const QString path = fileFor(account);
    QFile file(path);
    if (!file.exists()) {
        result.outcome = Outcome::NoKey;
        return result;
    }
    // Overwritten before it goes, where the file system writes in place; on flash the removal is
    // what counts, and the database and media it opened are removed with it.
    if (file.open(QIODevice::ReadWrite)) {
        file.write(QByteArray(int(file.size()), '\0'));
        file.flush();
        QString ignored;
        DurableFile::sync(path, &ignored);
        file.close();
    }
    QString error;
    if (!QFile::remove(path) || !DurableFile::syncDirectory(QFileInfo(path).absolutePath(), &error)) {
        result.detail = QStringLiteral("%1: %2").arg(path, error.isEmpty() ? file.errorString() : error);
        if (QFileInfo::exists(path))
            return result;
    }
    result.outcome = Outcome::Done;
    return result;
}

} // namespace Stride
