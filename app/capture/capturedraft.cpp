#include "capturedraft.h"

#include "session.h"

#include "capture/capturedefaults.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>

namespace Stride {

CaptureDraft CaptureDraft::start(const Session &session, const CaptureDefaults &defaults,
                                 const QStringList &pupilIds, const QString &targetId, const QString &kindKey)
{
    CaptureDraft draft;
    const QDateTime realNow = QDateTime::currentDateTimeUtc();
    const QString staffId = session.staffId();
    draft.carriedOver = defaults.inSameLesson(staffId, realNow);
    draft.item = defaults.draft(session.schoolId(), staffId, realNow);
    draft.item.capturedAt = session.now();
    draft.item.kind = fromKey<EvidenceKind>(kindKey).value_or(EvidenceKind::Photo);
    for (const QString &id : pupilIds)
        if (!id.isEmpty() && !draft.item.pupilIds().contains(id))
            draft.item.pupils.append({id, {}});
    if (!targetId.isEmpty()) {
        draft.originTargetId = targetId;
        // The target belongs to one of these pupils; tick it for whoever owns it.
        const Store &store = session.store();
        const auto target = store.isOpen() ? store.target(targetId) : std::nullopt;
        const auto plan = target ? store.ilp(target->ilpId) : std::nullopt;
        for (EvidencePupil &p : draft.item.pupils)
            if (plan && p.pupilId == plan->pupilId)
                p.targetIds << targetId;
    }
    return draft;
}

CapturedMedia CaptureDraft::keptInMemory(const CapturedMedia &arrived)
{
    CapturedMedia media = arrived;
    if ((media.kind == EvidenceKind::Photo || media.kind == EvidenceKind::WorkSample) &&
        media.bytes.isEmpty() && !media.incomingPath.isEmpty()) {
        QFile f(media.incomingPath);
        if (f.open(QIODevice::ReadOnly)) {
            media.bytes = f.readAll();
            f.close();
            QFile::remove(media.incomingPath);
            media.incomingPath.clear();
        }
    }
    return media;
}

void CaptureDraft::takeMedia(const CapturedMedia &arrived, const QDateTime &capturedAt)
{
    if (media && !media->incomingPath.isEmpty())
        QFile::remove(media->incomingPath);
    media = arrived;
    item.kind = arrived.kind;
    item.capturedAt = capturedAt;
}

bool CaptureDraft::dropMedia()
{
    if (!media)
        return false;
    if (!media->incomingPath.isEmpty())
        QFile::remove(media->incomingPath);
    media.reset();
    return true;
}

} // namespace Stride
