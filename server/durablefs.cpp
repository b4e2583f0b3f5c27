#include "durablefs.h"

#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Stride::Server::DurableFs {

namespace {

bool fail(QString *error, const QString &what, const QString &path)
{
    *error = QStringLiteral("%1 %2: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(errno)));
    return false;
}

// Closes the descriptor whatever happens.
struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

bool syncDirectory(const QString &dir, QString *error)
{
    Fd d{::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    if (d.fd < 0)
        return fail(error, QStringLiteral("Could not open the folder"), dir);
    if (::fsync(d.fd) != 0)
        return fail(error, QStringLiteral("Could not flush the folder"), dir);
    return true;
}

bool createEmpty(const QString &path, QString *error)
{
    Fd f{::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600)};
    if (f.fd < 0)
        return fail(error, QStringLiteral("Could not create"), path);
    if (::fsync(f.fd) != 0)
        return fail(error, QStringLiteral("Could not flush"), path);
    return syncDirectory(QFileInfo(path).absolutePath(), error);
}

bool writeAt(const QString &path, qint64 offset, const QByteArray &bytes, QString *error)
{
    Fd f{::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC)};
    if (f.fd < 0)
        return fail(error, QStringLiteral("Could not open"), path);
    if (::ftruncate(f.fd, offset) != 0)
        return fail(error, QStringLiteral("Could not cut back"), path);
    qint64 written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::pwrite(f.fd, bytes.constData() + written, size_t(bytes.size() - written), offset + written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(error, QStringLiteral("Could not write"), path);
        }
        written += n;
    }
    if (::fdatasync(f.fd) != 0)
        return fail(error, QStringLiteral("Could not flush"), path);
    return true;
}

bool syncFile(const QString &path, QString *error)
{
    Fd f{::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC)};
    if (f.fd < 0)
        return fail(error, QStringLiteral("Could not open"), path);
    if (::fsync(f.fd) != 0)
        return fail(error, QStringLiteral("Could not flush"), path);
    return true;
}

bool renameInto(const QString &from, const QString &to, QString *error)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return fail(error, QStringLiteral("Could not move the file into"), to);
    return syncDirectory(QFileInfo(to).absolutePath(), error);
}

} // namespace Stride::Server::DurableFs
