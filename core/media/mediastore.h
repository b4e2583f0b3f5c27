#pragma once

#include <QByteArray>
#include <QMutex>
#include <QSet>
#include <QString>

#include <memory>

class QIODevice;

namespace Stride {

class SealedFileWriter;

// The device's media files (photos, videos, voice notes, thumbnails) in app-private storage,
// never the tablet's gallery. Every file is sealed (SealedFile: AES-256-GCM in chunks under a key
// of its own, from the media key) and named by a keyed hash of its SHA-256 (HMAC under a key from
// the media key), so a copy of the folder neither shows a photo nor confirms that a known photo
// is here. A file is written sealed to incoming/, flushed to the disk, then renamed into place, so
// a name always means a whole file; the store's media_reference rows say which files are wanted,
// and anything else is removed at the next start. Callers know files by SHA-256 only and read
// them through read() or openForReading().
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
    // Moved only while nothing else uses it (a test's helper handing one back).
    MediaStore(MediaStore &&other) noexcept;
    MediaStore &operator=(MediaStore &&) = delete;
    // Makes the folders (and the gallery marker) again, after the tablet's data was erased.
    void prepareFolders();

    QString rootDir() const { return m_root; }
    // Where a recording in progress is written before adopt() takes it in.
    QString incomingDir() const;
    QString newIncomingPath(const QString &suffix) const;

    PutResult put(const QByteArray &bytes);
    // Takes in a finished plain file (a recording, an imported file copied into incoming/): sealed
    // and hashed as it is read once, then the plain file is overwritten and removed.
    PutResult adopt(const QString &path);
    // Seals a copy of a file from elsewhere (a file picked on a desktop); the original is left.
    PutResult copyIn(const QString &path);

    // A download (MediaFetcher) is written sealed, under the name the file will have, in
    // fetching/ (kept across restarts): startDownload() carries on from the whole chunks a cut
    // short download left, and finishDownload() takes the file in if its SHA-256 is `sha256`.
    QString downloadPathOf(const QString &sha256) const;
    bool startDownload(SealedFileWriter &writer, const QString &sha256, QString *error) const;
    PutResult finishDownload(SealedFileWriter &writer, const QString &sha256);

    // Seals, once, the plain files a tablet kept before media was sealed (and removes plain
    // partial downloads). Each file is sealed to incoming/, flushed, renamed into place and only
    // then is the plain file overwritten and removed, so a kill at any point resumes at the next
    // start. Call it at start-up after removeOrphans(). Returns how many files were sealed; -1,
    // with `error`, if one could not be.
    int sealPlainFiles(QString *error = nullptr);

    // The media key (32 bytes, DeviceKeys::media) that every file here is sealed with. Safe to call
    // while other threads read (see m_keys).
    void setKey(const QByteArray &mediaKey);
    bool hasKey() const { return !keys()->seal.isEmpty(); }

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
    // Where the sealed file of `sha256` is (named by its keyed hash).
    QString pathOf(const QString &sha256) const;
    bool remove(const QString &sha256);
    qint64 bytesAvailable() const;
    // Removes every file not named in `referenced`, and everything left in incoming/ by a crash.
    // Call it at start-up, before any capture begins. Returns how many files went.
    int removeOrphans(const QSet<QString> &referenced);

    static bool isSha256(const QString &text);

private:
    // The keys of one setKey(), never changed once made: an operation takes them once, so its
    // name and its sealing always come from the same key.
    struct Keys
    {
        QByteArray seal; // seals the files (each under its own key: SealedFile); empty: no key
        QByteArray name; // names them
    };
    std::shared_ptr<const Keys> keys() const;

    PutResult finish(const Keys &keys, const QString &tempPath, const QString &sha256, qint64 size);
    PutResult seal(const Keys &keys, const QString &plainPath, bool removePlain);
    PutResult failed(const QString &what, const QString &error, bool diskFull) const;
    static QString nameOf(const Keys &keys, const QString &sha256);
    QString pathOf(const Keys &keys, const QString &sha256) const;
    qint64 plainSize(const Keys &keys, const QString &sha256) const;
    QString downloadPathOf(const Keys &keys, const QString &sha256) const;
    QString legacyPathOf(const QString &sha256) const;
    QString keyMissingMessage() const;

    QString m_root;
    // The store is read from other threads while the app runs: the image provider decodes photos
    // on its pool (image://media), and a photo is sealed on a second thread while its thumbnail
    // is made (documents, made on a thread of their own, use a media store of their own).
    // setKey() runs on the app's thread each time a store opens (at start-up, before the provider
    // is installed, but also after a damaged or key-lost store is replaced and after an erase,
    // while pictures may still be decoding). So the keys are an immutable Keys swapped whole
    // under a lock, and each reader keeps its own reference for as long as it works: a decode
    // under way finishes (or fails) with the key it began with, never with half of a new one.
    mutable QMutex m_keysLock;
    std::shared_ptr<const Keys> m_keys;
};

} // namespace Stride
