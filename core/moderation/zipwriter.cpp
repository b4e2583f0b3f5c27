#include "zipwriter.h"

#include "../sync/sha256.h"

#include <QFile>
#include <QIODevice>
#include <QtEndian>

#include <zlib.h>

namespace Stride {

namespace {
constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEnd = 0x06054b50;
constexpr quint32 kZip64End = 0x06064b50;
constexpr quint32 kZip64Locator = 0x07064b50;
constexpr quint16 kUtf8Names = 0x0800;
constexpr quint64 kMax32 = 0xFFFFFFFFu;
constexpr quint64 kMax16 = 0xFFFFu;
constexpr qint64 kBlock = 1 << 20;

void put16(QByteArray &b, quint16 v)
{
    char c[2];
    qToLittleEndian(v, c);
    b.append(c, 2);
}
void put32(QByteArray &b, quint32 v)
{
    char c[4];
    qToLittleEndian(v, c);
    b.append(c, 4);
}
void put64(QByteArray &b, quint64 v)
{
    char c[8];
    qToLittleEndian(v, c);
    b.append(c, 8);
}

quint16 versionNeeded(bool zip64, quint16 method)
{
    return zip64 ? 45 : (method == 8 ? 20 : 10);
}

// Raw deflate (no zlib header), as ZIP wants it.
bool deflateBytes(const QByteArray &in, QByteArray *out)
{
    z_stream z{};
    if (deflateInit2(&z, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return false;
    out->resize(qsizetype(deflateBound(&z, uLong(in.size()))));
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out->data());
    z.avail_out = uInt(out->size());
    const int r = deflate(&z, Z_FINISH);
    out->resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return r == Z_STREAM_END;
}
} // namespace

ZipWriter::ZipWriter(QIODevice *device) : m_device(device) {}

bool ZipWriter::fail(const QString &message, bool writeFailure)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_writeFailed = writeFailure;
    }
    return false;
}

bool ZipWriter::write(const QByteArray &bytes)
{
    if (m_device->write(bytes) != bytes.size())
        return fail(m_device->errorString(), true);
    m_position += quint64(bytes.size());
    return true;
}

void ZipWriter::dosTime(quint16 *time, quint16 *date) const
{
    const QDateTime t = m_when.toLocalTime();
    const int year = qBound(1980, t.date().year(), 2107);
    *date = quint16(((year - 1980) << 9) | (t.date().month() << 5) | t.date().day());
    *time = quint16((t.time().hour() << 11) | (t.time().minute() << 5) | (t.time().second() / 2));
}

bool ZipWriter::writeLocalHeader(const Central &c, bool zip64)
{
    quint16 time = 0, date = 0;
    dosTime(&time, &date);
    QByteArray h;
    put32(h, kLocalHeader);
    put16(h, versionNeeded(zip64, c.method));
    put16(h, kUtf8Names);
    put16(h, c.method);
    put16(h, time);
    put16(h, date);
    put32(h, c.crc);
    put32(h, zip64 ? quint32(kMax32) : quint32(c.compressedSize));
    put32(h, zip64 ? quint32(kMax32) : quint32(c.size));
    put16(h, quint16(c.name.size()));
    put16(h, zip64 ? 20 : 0);
    h.append(c.name);
    if (zip64) {
        put16(h, 0x0001);
        put16(h, 16);
        put64(h, c.size);
        put64(h, c.compressedSize);
    }
    return write(h);
}

// The CRC is known only once a streamed file has been read; its place in the header is filled in
// afterwards (the sizes were known before, from the file's length).
bool ZipWriter::patchLocalHeader(qint64 headerAt, const Central &c)
{
    QByteArray crc;
    put32(crc, c.crc);
    if (!m_device->seek(headerAt + 14) || m_device->write(crc) != crc.size() ||
        !m_device->seek(qint64(m_position)))
        return fail(m_device->errorString(), true);
    return true;
}

bool ZipWriter::addBytes(const QString &name, const QByteArray &bytes, bool deflate)
{
    if (m_finished || !m_error.isEmpty())
        return false;
    Central c;
    c.name = name.toUtf8();
    c.offset = m_position;
    c.size = quint64(bytes.size());
    c.crc = quint32(
        crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef *>(bytes.constData()), uInt(bytes.size())));
    QByteArray data;
    if (deflate && deflateBytes(bytes, &data) && data.size() < bytes.size()) {
        c.method = 8;
    } else {
        data = bytes;
        c.method = 0;
    }
    c.compressedSize = quint64(data.size());
    const bool zip64 = c.size >= kMax32 || c.compressedSize >= kMax32;
    if (!writeLocalHeader(c, zip64) || !write(data))
        return false;
    m_central << c;
    m_entries << Entry{name, qint64(c.size), Sha256::digest(bytes)};
    return true;
}

bool ZipWriter::addFile(const QString &name, const QString &path)
{
    if (m_finished || !m_error.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: %2").arg(path, file.errorString()), false);
    return addDevice(name, file, path);
}

bool ZipWriter::addDevice(const QString &name, QIODevice &source, const QString &what)
{
    if (m_finished || !m_error.isEmpty())
        return false;
    Central c;
    c.name = name.toUtf8();
    c.offset = m_position;
    c.size = quint64(source.size());
    c.compressedSize = c.size;
    c.method = 0;
    const bool zip64 = c.size >= kMax32;
    const qint64 headerAt = qint64(m_position);
    if (!writeLocalHeader(c, zip64))
        return false;
    Sha256::Hasher hash;
    uLong crc = crc32(0, nullptr, 0);
    quint64 copied = 0;
    while (copied < c.size) {
        const QByteArray block = source.read(qMin<qint64>(kBlock, qint64(c.size - copied)));
        if (block.isEmpty())
            return fail(QStringLiteral("%1: %2").arg(what, source.errorString()), false);
        crc = crc32(crc, reinterpret_cast<const Bytef *>(block.constData()), uInt(block.size()));
        hash.addData(block);
        if (!write(block))
            return false;
        copied += quint64(block.size());
    }
    c.crc = quint32(crc);
    if (!patchLocalHeader(headerAt, c))
        return false;
    m_central << c;
    m_entries << Entry{name, qint64(c.size), hash.result()};
    return true;
}

bool ZipWriter::finish()
{
    if (m_finished || !m_error.isEmpty())
        return false;
    quint16 time = 0, date = 0;
    dosTime(&time, &date);
    const quint64 centralAt = m_position;
    QByteArray cd;
    for (const Central &c : std::as_const(m_central)) {
        // Only the fields that do not fit are moved to the ZIP64 extra field, in this order.
        QByteArray extra;
        if (c.size >= kMax32)
            put64(extra, c.size);
        if (c.compressedSize >= kMax32)
            put64(extra, c.compressedSize);
        if (c.offset >= kMax32)
            put64(extra, c.offset);
        const bool zip64 = !extra.isEmpty();
        put32(cd, kCentralHeader);
        put16(cd, 0x0300 | 45); // made by: Unix, spec 4.5
        put16(cd, versionNeeded(zip64, c.method));
        put16(cd, kUtf8Names);
        put16(cd, c.method);
        put16(cd, time);
        put16(cd, date);
        put32(cd, c.crc);
        put32(cd, quint32(qMin(c.compressedSize, kMax32)));
        put32(cd, quint32(qMin(c.size, kMax32)));
        put16(cd, quint16(c.name.size()));
        put16(cd, quint16(zip64 ? extra.size() + 4 : 0));
        put16(cd, 0);              // comment
        put16(cd, 0);              // disk
        put16(cd, 0);              // internal attributes
        put32(cd, 0100644u << 16); // a plain file, rw-r--r--
        put32(cd, quint32(qMin(c.offset, kMax32)));
        cd.append(c.name);
        if (zip64) {
            put16(cd, 0x0001);
            put16(cd, quint16(extra.size()));
            cd.append(extra);
        }
        if (cd.size() >= kBlock) {
            if (!write(cd))
                return false;
            cd.clear();
        }
    }
    if (!write(cd))
        return false;
    const quint64 centralSize = m_position - centralAt;
    const quint64 count = quint64(m_central.size());
    QByteArray end;
    if (count >= kMax16 || centralSize >= kMax32 || centralAt >= kMax32) {
        const quint64 zip64EndAt = m_position;
        put32(end, kZip64End);
        put64(end, 44);
        put16(end, 0x0300 | 45);
        put16(end, 45);
        put32(end, 0);
        put32(end, 0);
        put64(end, count);
        put64(end, count);
        put64(end, centralSize);
        put64(end, centralAt);
        put32(end, kZip64Locator);
        put32(end, 0);
        put64(end, zip64EndAt);
        put32(end, 1);
    }
    put32(end, kEnd);
    put16(end, 0);
    put16(end, 0);
    put16(end, quint16(qMin(count, kMax16)));
    put16(end, quint16(qMin(count, kMax16)));
    put32(end, quint32(qMin(centralSize, kMax32)));
    put32(end, quint32(qMin(centralAt, kMax32)));
    put16(end, 0);
    if (!write(end))
        return false;
    m_finished = true;
    return true;
}

} // namespace Stride
