#include "consentrules.h"

#include <QCoreApplication>

namespace Stride {

namespace {

// Gives these sentences one context ("ConsentCheck") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(ConsentCheck)
};

QString joined(const QStringList &names)
{
    if (names.size() <= 1)
        return names.join(QString());
    return Words::tr("%1 and %2", "a list of names: \"Alfie, Ruby\" and \"Amira\"")
        .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

// "Alfie has no consent...", "Alfie and Ruby have no consent...": one sentence per kind of
// recording, with the plural decided by how many pupils it names.
QString noConsentMessage(const QStringList &names, EvidenceKind kind)
{
    const int n = int(names.size());
    switch (kind) {
    case EvidenceKind::Video:
        return Words::tr("%1 has no consent for photos, video or voice recordings. Record a written "
                         "observation instead, or leave them out of this video.",
                         "%1 is one name or a list of names", n)
            .arg(joined(names));
    case EvidenceKind::Audio:
        return Words::tr("%1 has no consent for photos, video or voice recordings. Record a written "
                         "observation instead, or leave them out of this voice note.",
                         "%1 is one name or a list of names", n)
            .arg(joined(names));
    default:
        return Words::tr("%1 has no consent for photos, video or voice recordings. Record a written "
                         "observation instead, or leave them out of this photo.",
                         "%1 is one name or a list of names", n)
            .arg(joined(names));
    }
}

} // namespace

ConsentCheck ConsentCheck::of(const QList<Pupil> &pupils, EvidenceKind kind)
{
    ConsentCheck c;
    for (const Pupil &p : pupils) {
        if (p.mediaConsent != MediaConsent::ShareableWithParents)
            c.mostVisible = Visibility::InternalOnly;
        if (kindNeedsMediaConsent(kind) && p.mediaConsent == MediaConsent::None)
            c.withoutMediaConsent << p.displayName();
    }
    if (!c.withoutMediaConsent.isEmpty()) {
        c.allowed = false;
        c.message = noConsentMessage(c.withoutMediaConsent, kind);
    }
    return c;
}

QString ConsentCheck::visibilityMessage(const QList<Pupil> &pupils)
{
    QStringList limiting;
    for (const Pupil &p : pupils)
        if (p.mediaConsent != MediaConsent::ShareableWithParents)
            limiting << p.displayName();
    return Words::tr(
               "This cannot be shared with parents: consent for %1 does not allow it. Keep it internal.")
        .arg(joined(limiting));
}

} // namespace Stride
