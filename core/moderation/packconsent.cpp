#include "packconsent.h"

#include <QStringList>

namespace Stride {

PackConsent PackConsent::of(const EvidenceItem &item, const QList<Pupil> &pupils, bool outsideSchool)
{
    PackConsent c;
    if (!outsideSchool || item.media.isEmpty())
        return c;
    QStringList internalOnly;
    QStringList none;
    for (const EvidencePupil &ep : item.pupils) {
        const Pupil *pupil = nullptr;
        for (const Pupil &p : pupils)
            if (p.id == ep.pupilId)
                pupil = &p;
        const QString who =
            pupil ? (pupil->initials.isEmpty() ? Pupil::initialsFor(pupil->firstName, pupil->surname)
                                               : pupil->initials)
                  : tr("a pupil no longer on this device");
        if (!pupil || pupil->mediaConsent == MediaConsent::None)
            none << who;
        else if (pupil->mediaConsent == MediaConsent::InternalOnly)
            internalOnly << who;
    }
    if (internalOnly.isEmpty() && none.isEmpty())
        return c;
    c.mayLeave = false;
    QStringList why;
    if (!internalOnly.isEmpty())
        why << tr("the media consent of %1 is for use inside the school only")
                   .arg(internalOnly.join(tr(" and ")));
    if (!none.isEmpty())
        why << tr("%1 has no media consent recorded").arg(none.join(tr(" and ")));
    c.reason =
        tr("Left out because %1, and this pack is for people outside the school.").arg(why.join(tr("; ")));
    return c;
}

} // namespace Stride
