#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

namespace Stride {

// A ZIP archive written front to back onto a device (a QSaveFile, so that nothing is left at the
// target unless the whole archive is written). Media files are stored as they are (photos and
// videos are compressed already) and streamed in blocks, so a long video never sits in memory;
// small text is deflated with zlib. ZIP64 records are written only where they are needed (an
// entry or the archive past 4 GB, or more than 65,535 entries), so that every unzip reads the rest.
class ZipWriter
{
public:
    struct Entry
    {
        QString name;
        qint64 size = 0;
        QByteArray sha256; // the raw 32 bytes of the entry's uncompressed content
    };

    explicit ZipWriter(QIODevice *device);

    // The modification time written for the entries that follow (the local time of the machine).
    void setTimestamp(const QDateTime &when) { m_when = when; }
    // Each returns false on a write or read failure; errorString() then says which.
    bool addBytes(const QString &name, const QByteArray &bytes, bool deflate = true);
    bool addFile(const QString &name, const QString &path);
    // Streams `source` (open, read from its start to its size) into the archive; `what` names it in
    // errorString() when it cannot be read.
    bool addDevice(const QString &name, QIODevice &source, const QString &what);
    // The central directory; nothing more may be added after it.
    bool finish();

    const QList<Entry> &entries() const { return m_entries; }
    QString errorString() const { return m_error; }
    // True when the device's write failed (the disk full, the folder gone), not a source file's read.
    bool writeFailed() const { return m_writeFailed; }

private:
    struct Central
    {
        QByteArray name;
        quint16 method = 0;
        quint32 crc = 0;
        quint64 compressedSize = 0;
        quint64 size = 0;
        quint64 offset = 0;
    };
    bool write(const QByteArray &bytes);
    bool writeLocalHeader(const Central &c, bool zip64);
    bool patchLocalHeader(qint64 headerAt, const Central &c);
    void dosTime(quint16 *time, quint16 *date) const;
    bool fail(const QString &message, bool writeFailure);

    QIODevice *m_device;
    QDateTime m_when = QDateTime::currentDateTime();
    quint64 m_position = 0;
    QList<Central> m_central;
    QList<Entry> m_entries;
    QString m_error;
    bool m_writeFailed = false;
    bool m_finished = false;
};

} // namespace Stride
