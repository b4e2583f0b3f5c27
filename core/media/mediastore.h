#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>

#include <memory>

class QIODevice;

namespace Stride {

// The device's media files (photos, videos, voice notes, thumbnails) in app-private storage,
// never the tablet's gallery, each named by the SHA-256 of its bytes. A file is written to
// incoming/, flushed to the disk, then renamed into place, so a name always means a whole file;
// the store's media_reference rows say which files are wanted, and anything else is removed at
// the next start.
class MediaStore
{
public:
    struct PutResult
    {
        bool ok = false;
        QString sha256;
        qint64 byteSize = 0;
        QString message; // why not, in words for the person holding the tablet
    };

    explicit MediaStore(QString rootDir);
    // Makes the folders (and the gallery marker) again, after the tablet's data was erased.
    void prepareFolders();

    QString rootDir() const { return m_root; }
    // Where a recording in progress is written before adopt() takes it in.
    QString incomingDir() const;
    QString newIncomingPath(const QString &suffix) const;

    PutResult put(const QByteArray &bytes);
    // Takes in a finished file (a recording, an imported file already copied into incoming/),
    // hashing it as it is read; the file is moved, not copied, when it is on the same disk.
    PutResult adopt(const QString &path);
    // Copies a file from elsewhere (a file picked on a desktop) without touching the original.
    PutResult copyIn(const QString &path);

    // The media key (32 bytes, DeviceKeys::media) that every file here is sealed with.
    void setKey(const QByteArray &mediaKey);

    bool contains(const QString &sha256) const;
    // The file's bytes as they were captured, for a reader that wants them all (a thumbnail, a
    // photo for a PDF). Empty, with `error` in words, if the file is missing or damaged.
    QByteArray read(const QString &sha256, QString *error = nullptr) const;
    // A seekable device over the file's bytes as they were captured, for a reader that must not
    // hold the whole file (a video played, an upload resumed at an offset). Null, with `error`
    // in words, if the file is missing or damaged.
    std::unique_ptr<QIODevice> openForReading(const QString &sha256, QString *error = nullptr) const;
    // The size of the file as captured (what is uploaded and what the store records); -1 if the
    // file is not here.
    qint64 plainSize(const QString &sha256) const;
    QString pathOf(const QString &sha256) const;
    bool remove(const QString &sha256);
    qint64 bytesAvailable() const;
    // Removes every file not named in `referenced`, and everything left in incoming/ by a crash.
    // Call it at start-up, before any capture begins. Returns how many files went.
    int removeOrphans(const QSet<QString> &referenced);

    static bool isSha256(const QString &text);

private:
    PutResult finish(const QString &tempPath, const QString &sha256, qint64 size);

    QString m_root;
    QByteArray m_key;
};

} // namespace Stride
