#pragma once

#include "domain/evidenceitem.h"
#include "domain/pupil.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Stride {

// Whether an evidence item's photos, videos and voice notes may go to the people a moderation
// pack is for. Inside the school they always may (the forms are the school's own). For anyone
// outside it (another school's moderator, the local authority), only when every pupil in the
// item has consent to share beyond the school: a pupil whose consent is for use inside the school
// only, or who has none recorded, never leaves in a picture, a video or a recording. A photo of
// work counts too: the pack goes further than the app's own sharing ever does.
struct PackConsent
{
    Q_DECLARE_TR_FUNCTIONS(PackConsent)

public:
    bool mayLeave = true;
    QString reason; // when not: whose consent, in initials, in words for the manifest and the PDF

    // `pupils` are the item's pupils as the store holds them (one missing counts as no consent).
    static PackConsent of(const EvidenceItem &item, const QList<Pupil> &pupils, bool outsideSchool);
};

} // namespace Stride
