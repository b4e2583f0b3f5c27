#pragma once

#include "domain/evidenceitem.h"
#include "domain/pupil.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Stride {

// Whether a highlight's photo (or a video's still frame) may be printed on the one-page profile
// that goes home to a family. Only when every pupil in the item has media consent to share with
// parents AND the item itself is tagged as shareable with parents: the page goes to one family, and
// another child's face never goes with it unless that child's family agreed. Otherwise the
// highlight is printed as words only (its caption and date). Read when the page is made, never
// stored, so consent withdrawn since the highlight was chosen is honoured at once.
struct ProfilePhotoConsent
{
    Q_DECLARE_TR_FUNCTIONS(ProfilePhotoConsent)

public:
    bool mayPrint = false;
    // When not, why, in a teacher's words for the picker page (never printed for the family).
    QString reason;

    // `pupils` are the item's pupils as the store holds them; one missing counts as no consent.
    static ProfilePhotoConsent of(const EvidenceItem &item, const QList<Pupil> &pupils);
};

} // namespace Stride
