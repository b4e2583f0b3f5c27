#include "chunkreceiver.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Stride::Server {

namespace {

QString describe(const QString &what, const QString &path)
{
    return QStringLiteral("%1 %2: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(errno)));
}

constexpr std::size_t kWriteBlock = 256 * 1024;

} // namespace

ChunkReceiver::ChunkReceiver(const QString &path, qint64 offset, qint64 room)
    : m_path(path), m_offset(offset), m_room(room)
{}

ChunkReceiver::~ChunkReceiver()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool ChunkReceiver::open(QString *error)
{
    m_buffer.resize(kWriteBlock);
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_CLOEXEC);
    if (m_fd < 0) {
        *error = describe(QStringLiteral("Could not open"), m_path);
        return false;
    }
    // Whatever lies past the offset is an earlier chunk that was never acknowledged.
    if (::ftruncate(m_fd, m_offset) != 0) {
        *error = describe(QStringLiteral("Could not cut back"), m_path);
        return false;
    }
    return true;
}

void ChunkReceiver::receive(const char *data, std::size_t length)
{
    m_received += qint64(length);
    if (overflowed() || !m_writeError.isEmpty())
        return;
    m_hash.addData(QByteArrayView(data, qsizetype(length)));
    while (length > 0) {
        const std::size_t n = std::min(length, kWriteBlock - m_buffered);
        std::memcpy(m_buffer.data() + m_buffered, data, n);
        m_buffered += n;
        data += n;
        length -= n;
        if (m_buffered == kWriteBlock && !flush())
            return;
    }
}

QByteArray ChunkReceiver::digest()
{
    if (m_digest.isEmpty())
        m_digest = m_hash.result();
    return m_digest;
}

bool ChunkReceiver::flush()
{
    std::size_t done = 0;
    while (done < m_buffered) {
        const ssize_t n =
            ::pwrite(m_fd, m_buffer.data() + done, m_buffered - done, m_offset + m_written + qint64(done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            m_writeError = describe(QStringLiteral("Could not write"), m_path);
            return false;
        }
        done += std::size_t(n);
    }
#ifdef __linux__
    // Starts writing this block to disk now, while the rest of the chunk is still on its way, so
    // that commit()'s fdatasync has little left to wait for (about half as long, measured).
    ::sync_file_range(m_fd, m_offset + m_written, qint64(done), SYNC_FILE_RANGE_WRITE);
#endif
    m_written += qint64(done);
    m_buffered = 0;
    return true;
}

bool ChunkReceiver::commit(QString *error)
{
    if (!m_writeError.isEmpty() || !flush()) {
        *error = m_writeError;
        return false;
    }
    if (::fdatasync(m_fd) != 0) {
        *error = describe(QStringLiteral("Could not flush"), m_path);
        return false;
    }
    return true;
}

void ChunkReceiver::discard()
{
    // If this fails the stray bytes stay past the offset, where nothing reads them, and the next
    // chunk's open() cuts them off.
    if (m_fd >= 0 && ::ftruncate(m_fd, m_offset) != 0)
        qWarning("stride-store: %s", qPrintable(describe(QStringLiteral("Could not cut back"), m_path)));
}

} // namespace Stride::Server
