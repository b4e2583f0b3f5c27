#include "wording.h"

#include <QHash>

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
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
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

QString fieldLabel(const QString &field)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("kind"), QStringLiteral("Kind")},
        {QStringLiteral("note"), QStringLiteral("Note")},
        {QStringLiteral("prompt_level"), QStringLiteral("Prompt level")},
        {QStringLiteral("setting"), QStringLiteral("Setting")},
        {QStringLiteral("people_present"), QStringLiteral("People present")},
        {QStringLiteral("measure"), QStringLiteral("Measure or count")},
        {QStringLiteral("learner_voice"), QStringLiteral("Learner voice")},
        {QStringLiteral("visibility"), QStringLiteral("Who may see it")},
        {QStringLiteral("text"), QStringLiteral("Target")},
        {QStringLiteral("provision"), QStringLiteral("Provision")},
        {QStringLiteral("starting_point"), QStringLiteral("What could they already do?")},
        {QStringLiteral("provision_used"), QStringLiteral("What help have they had?")},
        {QStringLiteral("current_abilities"), QStringLiteral("What can I do now?")},
        {QStringLiteral("moderator_explanation"), QStringLiteral("Moderator's explanation")},
        {QStringLiteral("slt_comments"), QStringLiteral("SLT comments")},
        {QStringLiteral("specific_needs"), QStringLiteral("Specific needs")},
        {QStringLiteral("media_consent"), QStringLiteral("Media consent")},
        {QStringLiteral("additional_provision"), QStringLiteral("Additional/General provision")},
    };
    const QString label = labels.value(field);
    if (!label.isEmpty())
        return label;
    QString words = field;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString fieldValue(const QString &field, const QJsonValue &value)
{
    const QString text = value.isString()                        ? value.toString()
                         : value.isNull() || value.isUndefined() ? QString()
                                                                 : value.toVariant().toString();
    if (field == QLatin1String("prompt_level"))
        if (const auto level = fromKey<PromptLevel>(text))
            return toLabel(*level);
    if (field == QLatin1String("visibility"))
        if (const auto v = fromKey<Visibility>(text))
            return toLabel(*v);
    if (field == QLatin1String("kind"))
        if (const auto k = fromKey<EvidenceKind>(text))
            return toLabel(*k);
    if (field == QLatin1String("setting"))
        return setting(text);
    return text;
}

} // namespace Stride::Wording
