#include "wording.h"

#include <algorithm>

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

QString runningTime(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString freeSpace(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("Free space unknown");
    const double mb = double(bytes) / (1024.0 * 1024.0);
    if (mb < 1024)
        return QStringLiteral("%1 MB free on this tablet").arg(qRound(mb));
    return QStringLiteral("%1 GB free on this tablet").arg(mb / 1024.0, 0, 'f', 1);
}

QString setting(const QString &setting)
{
    QString text = setting.trimmed();
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString names(const QStringList &names)
{
    if (names.size() <= 1)
        return names.join(QString());
    return names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") + names.last();
}

QString promptLevelShort(PromptLevel level)
{
    switch (level) {
    case PromptLevel::Independent:
        return QStringLiteral("Independent");
    case PromptLevel::Gestural:
        return QStringLiteral("Gestural");
    case PromptLevel::Spoken:
        return QStringLiteral("Spoken");
    case PromptLevel::Physical:
        return QStringLiteral("Physical");
    case PromptLevel::FullPhysical:
        return QStringLiteral("Full physical");
    }
    return {};
}

} // namespace Stride::Wording
