#pragma once

#include "capture/evidencecapture.h"
#include "domain/evidenceitem.h"

#include <QString>
#include <optional>

namespace Stride {

class CaptureDefaults;
class Session;

// One capture being made: the item as it would be saved, the photo or recording taken for it,
// the target it was started from, and whether its choices were carried over from the last
// capture in the same lesson. Until it is saved, a draft owns its recording's file in incoming/.
struct CaptureDraft
{
    EvidenceItem item;
    std::optional<CapturedMedia> media;
    QString originTargetId;
    bool carriedOver = false;

    // A new draft of `pupilIds` by the signed-in person, of the kind named by `kindKey` (a photo
    // if it names none), with `targetId` ticked for whichever of the pupils it belongs to.
    static CaptureDraft start(const Session &session, const CaptureDefaults &defaults,
                              const QStringList &pupilIds, const QString &targetId, const QString &kindKey);

    // A photo chosen from a file arrives as a file in incoming/. It is read into memory at once:
    // the save deletes that file as it goes, and a save refused (a pupil without consent added
    // afterwards) must still have the photo to try again with.
    static CapturedMedia keptInMemory(const CapturedMedia &arrived);

    // The capture arrived, in place of any taken before. Its kind is the draft's kind from now on.
    void takeMedia(const CapturedMedia &arrived, const QDateTime &capturedAt);
    // Gives up the photo or recording; an unsaved recording is not evidence, so its file goes now
    // rather than at the next start. Returns false if there was nothing to drop.
    bool dropMedia();
};

} // namespace Stride
