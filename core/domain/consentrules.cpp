#include "consentrules.h"

namespace Stride {

namespace {
QString joined(const QStringList &names)
{
    if (names.size() <= 1)
        return names.join(QString());
    return names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") + names.last();
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
        const bool one = c.withoutMediaConsent.size() == 1;
        c.message =
            QStringLiteral("%1 %2 no consent for photos, video or voice recordings. Record a written "
                           "observation instead, or leave %3 out of this %4.")
                .arg(joined(c.withoutMediaConsent), one ? QStringLiteral("has") : QStringLiteral("have"),
                     one ? QStringLiteral("them") : QStringLiteral("those pupils"), toLabel(kind).toLower());
    }
    return c;
}

QString ConsentCheck::visibilityMessage(const QList<Pupil> &pupils)
{
    QStringList limiting;
    for (const Pupil &p : pupils)
        if (p.mediaConsent != MediaConsent::ShareableWithParents)
            limiting << p.displayName();
    return QStringLiteral(
               "This cannot be shared with parents: consent for %1 does not allow it. Keep it internal.")
        .arg(joined(limiting));
}

} // namespace Stride
