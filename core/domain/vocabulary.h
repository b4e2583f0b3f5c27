#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <optional>

// The words users know, as closed sets. Each value has a stable key (what the store, the CSV
// files and the sync protocol carry) and a label (what a person reads). Keys never change once
// shipped: tablets that have not been updated still send them.
namespace Stride {
// The sets the views hand on as they are (Q_ENUM_NS) are read in QML as enums, named with their
// set because values repeat across sets: Vocabulary.Visibility.InternalOnly. The name Vocabulary is
// given in app/qmlregistration.h (QML_FOREIGN_NAMESPACE): the core itself knows no QML.
Q_NAMESPACE
// Only by their set: an unscoped InternalOnly would be MediaConsent's or Visibility's.
Q_CLASSINFO("RegisterEnumClassesUnscoped", "false")

enum class StaffRole {
    TeachingAssistant,
    Teacher,
    SeniorLeader,
    Admin
};
enum class MediaConsent {
    None,
    InternalOnly,
    ShareableWithParents
};
Q_ENUM_NS(MediaConsent)
enum class Pronouns {
    He,
    She,
    They,
    NotRecorded // the school has not said: documents that need them name the pupil to fix
};
enum class AreaKind {
    SendCodeOfPractice,
    PreparingForAdulthood
};
enum class MappAspect {
    Independence,
    Fluency,
    Maintenance,
    Generalisation
};
enum class TargetLineage {
    New,
    Continues,
    Amends,
    Replaces
};
Q_ENUM_NS(TargetLineage)
enum class EvidenceKind {
    Written,
    Photo,
    Video,
    Audio,
    WorkSample
};
Q_ENUM_NS(EvidenceKind)
enum class PromptLevel {
    Independent,
    Gestural,
    Spoken,
    Physical,
    FullPhysical
};
enum class Visibility {
    InternalOnly,
    ShareableWithParents
};
Q_ENUM_NS(Visibility)
enum class JudgementRole {
    Assessor,
    Moderator,
    SeniorLeader,
    Final
};
enum class TargetStatus {
    Unmet = 1,
    PartiallyMet = 2,
    Met = 3,
    Exceeded = 4
};
enum class NextStep {
    Continue,
    Amend,
    Replace
};
enum class ModerationOutcome {
    Up,
    Down,
    Same
};
enum class ChallengeLevel {
    TooEasy,
    JustRight,
    TooHard
};
enum class MindChangedBy {
    Assessor,
    Moderator,
    Neither
};
enum class MediaRole {
    Original,
    Thumbnail
};

// One entry of a vocabulary: the value, its stable key and the label users read.
template <typename E> struct VocabularyEntry
{
    E value;
    const char *key;
    const char *label;
};

template <typename E> struct Vocabulary;

#define STRIDE_DECLARE_VOCABULARY(E)                                                                         \
    template <> struct Vocabulary<E>                                                                         \
    {                                                                                                        \
        static const QList<VocabularyEntry<E>> &entries();                                                   \
    };

STRIDE_DECLARE_VOCABULARY(StaffRole)
STRIDE_DECLARE_VOCABULARY(MediaConsent)
STRIDE_DECLARE_VOCABULARY(Pronouns)
STRIDE_DECLARE_VOCABULARY(AreaKind)
STRIDE_DECLARE_VOCABULARY(MappAspect)
STRIDE_DECLARE_VOCABULARY(TargetLineage)
STRIDE_DECLARE_VOCABULARY(EvidenceKind)
STRIDE_DECLARE_VOCABULARY(PromptLevel)
STRIDE_DECLARE_VOCABULARY(Visibility)
STRIDE_DECLARE_VOCABULARY(JudgementRole)
STRIDE_DECLARE_VOCABULARY(TargetStatus)
STRIDE_DECLARE_VOCABULARY(NextStep)
STRIDE_DECLARE_VOCABULARY(ModerationOutcome)
STRIDE_DECLARE_VOCABULARY(ChallengeLevel)
STRIDE_DECLARE_VOCABULARY(MindChangedBy)
STRIDE_DECLARE_VOCABULARY(MediaRole)

#undef STRIDE_DECLARE_VOCABULARY

template <typename E> QString toKey(E value)
{
    for (const auto &entry : Vocabulary<E>::entries())
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    return {};
}

template <typename E> QString toLabel(E value)
{
    for (const auto &entry : Vocabulary<E>::entries())
        if (entry.value == value)
            return QCoreApplication::translate("Vocabulary", entry.label);
    return {};
}

// Accepts the key or the label, case-insensitively, so that CSV files typed by people work.
template <typename E> std::optional<E> fromKey(const QString &text)
{
    const QString t = text.trimmed();
    for (const auto &entry : Vocabulary<E>::entries())
        if (t.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0 ||
            t.compare(QString::fromUtf8(entry.label), Qt::CaseInsensitive) == 0)
            return entry.value;
    return std::nullopt;
}

template <typename E> QStringList allKeys()
{
    QStringList keys;
    for (const auto &entry : Vocabulary<E>::entries())
        keys << QString::fromLatin1(entry.key);
    return keys;
}

// A set of vocabulary values stored as a comma-separated list of keys ("independence,fluency").
template <typename E> QString toKeyList(const QList<E> &values)
{
    QStringList keys;
    for (E v : values)
        keys << toKey(v);
    return keys.join(QLatin1Char(','));
}

template <typename E> QList<E> fromKeyList(const QString &text, QStringList *unknown = nullptr)
{
    QList<E> values;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,;|]")), Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        if (auto v = fromKey<E>(part)) {
            if (!values.contains(*v))
                values << *v;
        } else if (unknown) {
            *unknown << part.trimmed();
        }
    }
    return values;
}

// The seed's descriptors, word for word: teachers recognise them from the paper forms.
QString statusDescriptor(TargetStatus status);
QString nextStepMeaning(NextStep step);
QString aspectMeaning(MappAspect aspect);

// Visibility can never exceed what a pupil's consent allows.
bool consentAllows(MediaConsent consent, Visibility visibility);
// Whether an item of this kind carries a child's image or voice (and so needs media consent).
bool kindNeedsMediaConsent(EvidenceKind kind);

} // namespace Stride
