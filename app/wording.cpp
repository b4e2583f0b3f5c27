#include "wording.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Stride::Wording {

namespace {

// Gives these words one context ("Wording") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Wording)
};

} // namespace

QString yearGroup(int yearGroup)
{
    return yearGroup == 0 ? Words::tr("Reception") : Words::tr("Year %1").arg(yearGroup);
}

QString keyStage(int keyStage)
{
    return keyStage == 0 ? Words::tr("Early Years") : Words::tr("Key Stage %1").arg(keyStage);
}

QString consentBadge(MediaConsent consent)
{
    switch (consent) {
    case MediaConsent::None:
        return Words::tr("No photos");
    case MediaConsent::InternalOnly:
        return Words::tr("Internal only");
    case MediaConsent::ShareableWithParents:
        return Words::tr("Shareable");
    }
    return {};
}

QString lineage(TargetLineage lineage)
{
    switch (lineage) {
    case TargetLineage::New:
        return Words::tr("New target this term");
    case TargetLineage::Continues:
        return Words::tr("Continues last term's target");
    case TargetLineage::Amends:
        return Words::tr("Amends last term's target");
    case TargetLineage::Replaces:
        return Words::tr("Replaces last term's target");
    }
    return {};
}

QString evidenceThisTerm(int count)
{
    if (count <= 0)
        return Words::tr("No evidence yet this term");
    return Words::tr("%n piece(s) of evidence this term", nullptr, count);
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
        return Words::tr("Free space unknown");
    const double mb = double(bytes) / (1024.0 * 1024.0);
    if (mb < 1024)
        return Words::tr("%1 MB free on this tablet").arg(qRound(mb));
    return Words::tr("%1 GB free on this tablet").arg(mb / 1024.0, 0, 'f', 1);
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
    return Words::tr("%1 and %2", "a list of names: \"Alfie, Ruby\" and \"Amira\"")
        .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

QString promptLevelShort(PromptLevel level)
{
    switch (level) {
    case PromptLevel::Independent:
        return Words::tr("Independent");
    case PromptLevel::Gestural:
        return Words::tr("Gestural");
    case PromptLevel::Spoken:
        return Words::tr("Spoken");
    case PromptLevel::Physical:
        return Words::tr("Physical");
    case PromptLevel::FullPhysical:
        return Words::tr("Full physical");
    }
    return {};
}

QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("Wording", "Kind")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("Wording", "Note")},
        {QStringLiteral("prompt_level"), QT_TRANSLATE_NOOP("Wording", "Prompt level")},
        {QStringLiteral("setting"), QT_TRANSLATE_NOOP("Wording", "Setting")},
        {QStringLiteral("people_present"), QT_TRANSLATE_NOOP("Wording", "People present")},
        {QStringLiteral("measure"), QT_TRANSLATE_NOOP("Wording", "Measure or count")},
        {QStringLiteral("learner_voice"), QT_TRANSLATE_NOOP("Wording", "Learner voice")},
        {QStringLiteral("visibility"), QT_TRANSLATE_NOOP("Wording", "Who may see it")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("Wording", "Target")},
        {QStringLiteral("provision"), QT_TRANSLATE_NOOP("Wording", "Provision")},
        {QStringLiteral("starting_point"), QT_TRANSLATE_NOOP("Wording", "What could they already do?")},
        {QStringLiteral("provision_used"), QT_TRANSLATE_NOOP("Wording", "What help have they had?")},
        {QStringLiteral("current_abilities"), QT_TRANSLATE_NOOP("Wording", "What can I do now?")},
        {QStringLiteral("moderator_explanation"), QT_TRANSLATE_NOOP("Wording", "Moderator's explanation")},
        {QStringLiteral("slt_comments"), QT_TRANSLATE_NOOP("Wording", "SLT comments")},
        {QStringLiteral("specific_needs"), QT_TRANSLATE_NOOP("Wording", "Specific needs")},
        {QStringLiteral("media_consent"), QT_TRANSLATE_NOOP("Wording", "Media consent")},
        {QStringLiteral("additional_provision"),
         QT_TRANSLATE_NOOP("Wording", "Additional/General provision")},
        // A family's reply to the progress report (parent_response).
        {QStringLiteral("approved"), QT_TRANSLATE_NOOP("Wording", "Approved the new targets")},
        {QStringLiteral("comments"), QT_TRANSLATE_NOOP("Wording", "The family's comments")},
        {QStringLiteral("respondent_name"), QT_TRANSLATE_NOOP("Wording", "Who replied")},
        {QStringLiteral("received_on"), QT_TRANSLATE_NOOP("Wording", "Date the reply came back")},
    };
    if (const char *label = labels.value(field))
        return Words::tr(label);
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
    // Only the family's reply has a field of this name: a yes or no, not "1" or "0".
    if (field == QLatin1String("approved") && (text == QLatin1String("1") || text == QLatin1String("0")))
        return text == QLatin1String("1") ? Words::tr("Yes") : Words::tr("No");
    return text;
}

} // namespace Stride::Wording
