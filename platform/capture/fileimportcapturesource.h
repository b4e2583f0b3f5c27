#pragma once

#include "capture/capturefinisher.h"
#include "capture/capturesource.h"

#include <QString>
#include <QUrl>
#include <memory>

class QThread;

namespace Stride {

// The capture source of a device without a camera or microphone (a desktop, a build machine,
// CI): the screen shows a file dialog, hands the chosen file over with setPendingFile(), and
// calls takePhoto()/startVideo()/startAudio() as it would with a camera. The file is copied into
// the media store's incoming folder (the original is never touched) and from there it takes the
// same path as a recording: CaptureFinisher, then `captured` with the same CapturedMedia.
class FileImportCaptureSource : public CaptureSource
{
    Q_OBJECT
    Q_PROPERTY(QString pendingFile READ pendingFile WRITE setPendingFile NOTIFY pendingFileChanged)
    // The folder of the last file chosen: the picker opens there next time, not at the default.
    Q_PROPERTY(QUrl lastFolder READ lastFolder NOTIFY lastFolderChanged)
    // Where the picker opens: that folder, else the person's Pictures folder, else their home.
    Q_PROPERTY(QUrl startFolder READ startFolder NOTIFY lastFolderChanged)

public:
    explicit FileImportCaptureSource(MediaStore &store, QObject *parent = nullptr);
    ~FileImportCaptureSource() override;

    bool hasCamera() const override { return false; }
    bool hasMicrophone() const override { return false; }
    bool importsFiles() const override { return true; }

    QString pendingFile() const { return m_pendingFile; }
    QUrl lastFolder() const { return m_lastFolder; }
    QUrl startFolder() const;
    void setPendingFile(const QString &pathOrUrl) override;
    // The two steps in one, for C++ callers: Photo, WorkSample, Video or Audio.
    void importFile(EvidenceKind kind, const QString &pathOrUrl);

    // How long the finisher may take over a file's thumbnail and length.
    void setFinishTimeoutMs(int ms) { m_finisher.setTimeoutMs(ms); }

signals:
    void pendingFileChanged();
    void lastFolderChanged();

protected:
    void doTakePhoto(EvidenceKind kind) override;
    void doStartRecording(EvidenceKind kind) override;
    void doStopRecording() override {}
    void doCancel() override;

private:
    struct Copy;
    void importPending(EvidenceKind kind);
    void copyFinished(QThread *thread, const std::shared_ptr<Copy> &copy);
    void waitForCopy();

    QString m_pendingFile;
    QUrl m_lastFolder;
    CaptureFinisher m_finisher;
    QThread *m_copyThread = nullptr;
    std::shared_ptr<Copy> m_copy;
};

} // namespace Stride
