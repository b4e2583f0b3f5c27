#include "profileconsent.h"

#include <QStringList>

namespace Stride {

namespace {

QString joined(const QStringList &names)
{
    if (names.size() <= 1)
        return names.join(QString());
    return ProfilePhotoConsent::tr("%1 and %2", "a list of names: \"Alfie, Ruby\" and \"Amira\"")
        .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

} // namespace

ProfilePhotoConsent ProfilePhotoConsent::of(const EvidenceItem &item, const QList<Pupil> &pupils)
{
    QStringList inSchoolOnly;
    QStringList noConsent;
    int missing = 0;
    for (const EvidencePupil &ep : item.pupils) {
        const Pupil *pupil = nullptr;
        for (const Pupil &p : pupils)
            if (p.id == ep.pupilId)
                pupil = &p;
        if (!pupil)
            ++missing;
        else if (pupil->mediaConsent == MediaConsent::None)
            noConsent << pupil->displayName();
        else if (pupil->mediaConsent == MediaConsent::InternalOnly)
            inSchoolOnly << pupil->displayName();
    }
    ProfilePhotoConsent c;
    QStringList why;
    if (!inSchoolOnly.isEmpty())
        why << tr("the photo consent of %1 is for use in school only").arg(joined(inSchoolOnly));
    if (!noConsent.isEmpty())
        why << tr("%1 has no photo consent", "%1 is one name or a list of names", int(noConsent.size()))
                   .arg(joined(noConsent));
    if (missing > 0)
        why << tr("a pupil in it is no longer on this tablet, so their consent cannot be checked");
    if (item.pupils.isEmpty())
        why << tr("it names no pupil");
    if (!why.isEmpty()) {
        c.reason = tr("The photo stays in school because %1. The words are printed instead.")
                       .arg(why.join(tr("; ")));
        return c;
    }
    if (item.visibility != Visibility::ShareableWithParents) {
        c.reason = tr("The photo stays in school because it was recorded as internal only. If the family "
                      "may see it, open the evidence and change \"Who may see it?\" to Shareable "
                      "with parents; until then the words are printed instead.");
        return c;
    }
    c.mayPrint = true;
    return c;
}

} // namespace Stride
