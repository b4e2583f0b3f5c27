#pragma once

#include "../domain/consentrules.h"
#include "../domain/evidenceitem.h"
#include "../store/writeresult.h"

#include <QSize>

namespace Stride {

class Store;
class MediaStore;

// The bytes of a capture as they arrive from the camera, the microphone or a chosen file.
struct CapturedMedia
{
    EvidenceKind kind = EvidenceKind::Photo;
    QByteArray bytes;     // a photo or photo of work, in memory; or
    QString incomingPath; // a recording already written into MediaStore::incomingDir()
    QString mimeType;
    qint64 durationMs = 0;
    QSize size;
    QByteArray thumbnailJpeg; // for video: the first frame (platform/); photos get theirs here
    QSize thumbnailSize;
};

// Saving a capture so that it is either whole or not there at all: consent checked first, the
// photo cleaned (location removed, turned upright) and thumbnailed, every file sealed and flushed
// to disk (MediaStore), and only then the item and its media references written to the store
// in one transaction. A crash at any moment leaves either a complete item or files that nothing
// refers to, which cleanUpAfterCrash() removes at the next start.
class EvidenceCapture
{
public:
    struct Outcome
    {
        bool ok = false;
        QString message;
        QString evidenceId;
        // Set when consent stopped the capture: the people, and that a written observation is
        // the way forward.
        QStringList pupilsWithoutConsent;
        bool offerWrittenObservation = false;
    };

    EvidenceCapture(Store &store, MediaStore &media);

    // Before the camera opens: may these pupils be in this kind of capture?
    ConsentCheck checkConsent(const QStringList &pupilIds, EvidenceKind kind) const;
    Outcome save(EvidenceItem item, const CapturedMedia *media = nullptr);
    // Media files that no store record names (a crash between writing a file and committing its
    // record), and half-written recordings; then the plain files of a tablet from before media
    // was sealed are sealed (MediaStore::sealPlainFiles). Returns how many files were removed.
    int cleanUpAfterCrash();
    // Below this many bytes free the app warns before recording.
    static constexpr qint64 kLowSpaceBytes = 500LL * 1024 * 1024;
    bool isLowOnSpace() const;

private:
    void discardUnreferenced(const QStringList &hashes);

    Store &m_store;
    MediaStore &m_media;
};

} // namespace Stride
