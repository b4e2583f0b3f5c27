#include "fileimportcapturesource.h"

#include "media/durablefile.h"
#include "media/mediastore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

namespace Stride {

// What the copying thread is given and gives back; shared so that a source destroyed or
// cancelled mid-copy leaves the thread nothing dangling.
struct FileImportCaptureSource::Copy
{
    QString from;
    QString to;
    CapturedMedia media;
    bool ok = false;
    QString error;
    bool cancelled = false;
};

namespace {
QString localPath(const QString &pathOrUrl)
{
    if (pathOrUrl.startsWith(QLatin1String("file:")))
        return QUrl(pathOrUrl).toLocalFile();
    return pathOrUrl;
}

// One whole sentence per kind, so that a translation can change the words around it.
QString chooseFirst(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::Video:
        return FileImportCaptureSource::tr("Choose a video file first.");
    case EvidenceKind::Audio:
        return FileImportCaptureSource::tr("Choose a voice note file first.");
    default:
        return FileImportCaptureSource::tr("Choose a photo file first.");
    }
}

QString noSpaceFor(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::Video:
        return FileImportCaptureSource::tr(
            "There is not enough space on this device for this video. Free some "
            "space (or sync, so that synced videos can be cleared) and try again.");
    case EvidenceKind::Audio:
        return FileImportCaptureSource::tr(
            "There is not enough space on this device for this voice note. Free "
            "some space (or sync, so that synced videos can be cleared) and try "
            "again.");
    default:
        return FileImportCaptureSource::tr(
            "There is not enough space on this device for this photo. Free some "
            "space (or sync, so that synced videos can be cleared) and try again.");
    }
}
} // namespace

FileImportCaptureSource::FileImportCaptureSource(MediaStore &store, QObject *parent)
    : CaptureSource(store, parent)
{
    connect(&m_finisher, &CaptureFinisher::finished, this,
            [this](const CapturedMedia &media) { deliver(media); });
}

FileImportCaptureSource::~FileImportCaptureSource()
{
    // The copy thread writes into the media store; it must be done before the store may go.
    doCancel();
    waitForCopy();
}

void FileImportCaptureSource::waitForCopy()
{
    if (m_copyThread) {
        m_copyThread->wait();
        delete m_copyThread;
        m_copyThread = nullptr;
    }
    if (m_copy && m_copy->cancelled) {
        QFile::remove(m_copy->to);
        m_copy.reset();
    }
}

QUrl FileImportCaptureSource::startFolder() const
{
    if (!m_lastFolder.isEmpty())
        return m_lastFolder;
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (!pictures.isEmpty() && QFileInfo(pictures).isDir())
        return QUrl::fromLocalFile(pictures);
    return QUrl::fromLocalFile(QDir::homePath());
}

void FileImportCaptureSource::setPendingFile(const QString &pathOrUrl)
{
    const QString path = localPath(pathOrUrl);
    if (path == m_pendingFile)
        return;
    m_pendingFile = path;
    emit pendingFileChanged();
    if (path.isEmpty())
        return;
    const QUrl folder = QUrl::fromLocalFile(QFileInfo(path).absolutePath());
    if (folder != m_lastFolder) {
        m_lastFolder = folder;
        emit lastFolderChanged();
    }
}

void FileImportCaptureSource::importFile(EvidenceKind kind, const QString &pathOrUrl)
{
    setPendingFile(pathOrUrl);
    if (kind == EvidenceKind::Photo)
        takePhoto();
    else if (kind == EvidenceKind::WorkSample)
        takeWorkPhoto();
    else if (kind == EvidenceKind::Video)
        startVideo();
    else if (kind == EvidenceKind::Audio)
        startAudio();
    else
        emit failed(tr("A written observation has no file to choose."));
}

void FileImportCaptureSource::doTakePhoto(EvidenceKind kind)
{
    importPending(kind);
}

void FileImportCaptureSource::doStartRecording(EvidenceKind kind)
{
    importPending(kind);
}

void FileImportCaptureSource::doCancel()
{
    m_finisher.cancel();
    if (m_copy) {
        m_copy->cancelled = true; // the file is removed when the copy ends (copyFinished)
        if (!m_copyThread)
            m_copy.reset();
    }
}

void FileImportCaptureSource::importPending(EvidenceKind kind)
{
    const QString path = m_pendingFile;
    setPendingFile({}); // one file, one capture: a second press must not import it twice
    if (path.isEmpty()) {
        fail(chooseFirst(kind));
        return;
    }
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        fail(tr("The chosen file could not be found or read. Choose it again."));
        return;
    }

    // The content decides, not the name: a renamed file is caught here rather than at playback.
    const bool picture = kind == EvidenceKind::Photo || kind == EvidenceKind::WorkSample;
    QMimeDatabase mimes;
    // A picture's bytes say what it is (its first bytes); a name that says ".jpg" is only a guess.
    const QMimeType mime =
        picture ? mimes.mimeTypeForFile(info, QMimeDatabase::MatchContent) : mimes.mimeTypeForFile(info);
    const QString mimeName = mime.name();
    CapturedMedia media;
    media.kind = kind;
    media.mimeType = mimeName;
    qint64 spaceNeeded = info.size() + lowSpaceThreshold();
    if (picture) {
        QImageReader reader(path);
        if (!mimeName.startsWith(QLatin1String("image/"))) {
            fail(tr("That file is not a photo. Choose a picture, such as a JPEG or PNG file."));
            return;
        }
        if (!QImageReader::supportedMimeTypes().contains(mimeName.toLatin1())) {
            fail(tr("Pictures in this format (%1) cannot be opened here. Choose a JPEG or PNG file.")
                     .arg(mime.comment()));
            return;
        }
        if (!reader.canRead() || !reader.size().isValid()) {
            fail(tr("This picture is damaged and cannot be opened. Choose another file."));
            return;
        }
        media.size = reader.size();
        // The core turns photos upright (PhotoProcessor); report the size as it will be shown.
        if (reader.transformation() & QImageIOHandler::TransformationRotate90)
            media.size.transpose();
        // A photo is cleaned into a second copy before this one goes: room for two is enough,
        // the recording reserve is for videos and voice notes.
        spaceNeeded = info.size() * 2;
    } else if (kind == EvidenceKind::Video) {
        if (!mimeName.startsWith(QLatin1String("video/"))) {
            fail(tr("That file is not a video. Choose a video file, such as an MP4 file."));
            return;
        }
    } else if (kind == EvidenceKind::Audio) {
        if (!mimeName.startsWith(QLatin1String("audio/"))) {
            fail(tr(
                "That file is not a sound recording. Choose a sound file, such as an M4A, MP3 or WAV file."));
            return;
        }
    } else {
        fail(tr("A written observation has no file to choose."));
        return;
    }
    if (store().bytesAvailable() < spaceNeeded) {
        fail(noSpaceFor(kind));
        return;
    }

    waitForCopy(); // an earlier, cancelled copy
    QString suffix = info.suffix().toLower();
    if (suffix.isEmpty())
        suffix = mime.preferredSuffix();
    auto copy = std::make_shared<Copy>();
    copy->from = path;
    copy->to = store().newIncomingPath(suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
    copy->media = media;
    copy->media.incomingPath = copy->to;
    m_copy = copy;
    setBusy(true);
    // Off the UI thread: a long video is hundreds of MB, and the copy is flushed to the disk.
    QThread *thread =
        QThread::create([copy] { copy->ok = DurableFile::copy(copy->from, copy->to, &copy->error); });
    m_copyThread = thread;
    connect(thread, &QThread::finished, this, [this, thread, copy] { copyFinished(thread, copy); });
    thread->start();
}

void FileImportCaptureSource::copyFinished(QThread *thread, const std::shared_ptr<Copy> &copy)
{
    if (copy != m_copy) {
        // A cancelled copy that waitForCopy() already waited for (and whose thread it deleted)
        // may still have this call queued: only its leftover file matters.
        QFile::remove(copy->to);
        return;
    }
    m_copy.reset();
    if (thread == m_copyThread) {
        m_copyThread->deleteLater();
        m_copyThread = nullptr;
    }
    if (copy->cancelled) {
        QFile::remove(copy->to);
        return;
    }
    if (!copy->ok) {
        QFile::remove(copy->to);
        fail(DurableFile::isDiskFull(copy->error)
                 ? tr("The device is full, so the file could not be added. Free some space (or "
                      "sync) and try again.")
                 : tr("The file could not be copied into Stride (%1).").arg(copy->error));
        return;
    }
    m_finisher.finish(copy->media);
}

} // namespace Stride
