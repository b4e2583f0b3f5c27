#include "durablefile.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Stride::DurableFile {

namespace {
constexpr qint64 kChunk = 1 << 20;
const QString kDiskFull = QStringLiteral("no space left on the device");

QString describe(int err)
{
    return err == ENOSPC || err == EDQUOT ? kDiskFull : QString::fromLocal8Bit(std::strerror(err));
}

bool fsyncPath(const QString &path, bool directory, QString *error)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDONLY);
    if (fd < 0) {
        if (error)
            *error = describe(errno);
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    if (!ok && error)
        *error = describe(errno);
    ::close(fd);
    return ok;
}

// Writes through a raw descriptor so a short write (a full disk) is seen at once, with errno.
bool writeAll(int fd, const char *data, qint64 size, QString *error)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (error)
                *error = describe(errno);
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}
} // namespace

QString describeError(int err)
{
    return describe(err);
}

bool isDiskFull(const QString &error)
{
    return error == kDiskFull;
}

bool write(const QString &path, const QByteArray &bytes, QString *error)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (error)
            *error = describe(errno);
        return false;
    }
    bool ok = writeAll(fd, bytes.constData(), bytes.size(), error);
    if (ok && ::fsync(fd) != 0) {
        ok = false;
        if (error)
            *error = describe(errno);
    }
    ::close(fd);
    return ok;
}

bool copy(const QString &from, const QString &to, QString *error)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly)) {
        if (error)
            *error = source.errorString();
        return false;
    }
    const int fd = ::open(QFile::encodeName(to).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (error)
            *error = describe(errno);
        return false;
    }
    bool ok = true;
    while (ok && !source.atEnd()) {
        const QByteArray chunk = source.read(kChunk);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError) {
            if (error)
                *error = source.errorString();
            ok = false;
            break;
        }
        ok = writeAll(fd, chunk.constData(), chunk.size(), error);
    }
    if (ok && ::fsync(fd) != 0) {
        ok = false;
        if (error)
            *error = describe(errno);
    }
    ::close(fd);
    return ok;
}

bool overwriteAndRemove(const QString &path, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CLOEXEC);
    if (fd >= 0) {
        const off_t size = ::lseek(fd, 0, SEEK_END);
        ::lseek(fd, 0, SEEK_SET);
        const QByteArray zeros(int(std::min<qint64>(size, kChunk)), '\0');
        bool ok = true;
        for (qint64 left = size; ok && left > 0; left -= zeros.size())
            ok = writeAll(fd, zeros.constData(), std::min<qint64>(left, zeros.size()), error);
        if (ok)
            ::fdatasync(fd);
        ::close(fd);
    }
    if (::unlink(name.constData()) != 0 && errno != ENOENT) {
        if (error)
            *error = describe(errno);
        return false;
    }
    return true;
}

bool sync(const QString &path, QString *error)
{
    return fsyncPath(path, false, error);
}

bool renameDurably(const QString &from, const QString &to, QString *error)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        if (error)
            *error = describe(errno);
        return false;
    }
    return syncDirectory(QFileInfo(to).absolutePath(), error);
}

bool syncDirectory(const QString &dir, QString *error)
{
    return fsyncPath(dir, true, error);
}

} // namespace Stride::DurableFile
