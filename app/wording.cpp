#include "wording.h"

namespace Stride::Wording {

QString yearGroup(int yearGroup)
{
    return yearGroup == 0 ? QStringLiteral("Reception") : QStringLiteral("Year %1").arg(yearGroup);
}

QString keyStage(int keyStage)
{
    return keyStage == 0 ? QStringLiteral("Early Years") : QStringLiteral("Key Stage %1").arg(keyStage);
}

QString consentBadge(MediaConsent consent)
{
    switch (consent) {
    case MediaConsent::None:
        return QStringLiteral("No photos");
    case MediaConsent::InternalOnly:
        return QStringLiteral("Internal only");
    case MediaConsent::ShareableWithParents:
        return QStringLiteral("Shareable");
    }
    return {};
}

QString lineage(TargetLineage lineage)
{
    switch (lineage) {
    case TargetLineage::New:
        return QStringLiteral("New target this term");
    case TargetLineage::Continues:
        return QStringLiteral("Continues last term's target");
    case TargetLineage::Amends:
        return QStringLiteral("Amends last term's target");
    case TargetLineage::Replaces:
        return QStringLiteral("Replaces last term's target");
    }
    return {};
}

QString evidenceThisTerm(int count)
{
    if (count <= 0)
        return QStringLiteral("No evidence yet this term");
    if (count == 1)
        return QStringLiteral("1 piece of evidence this term");
    return QStringLiteral("%1 pieces of evidence this term").arg(count);
}

QString initials(const QString &firstName, const QString &surname)
{
    QString result;
    if (!firstName.isEmpty())
        result += firstName.front().toUpper();
    if (!surname.isEmpty())
        result += surname.front().toUpper();
    return result;
}

} // namespace Stride::Wording
