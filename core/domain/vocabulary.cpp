#include "vocabulary.h"

#include <QCoreApplication>

namespace Stride {

// The labels are English; toLabel() gives them through translation (context "Vocabulary"), and
// fromKey() reads the English ones, as the CSV import's files use them.

#define STRIDE_VOCABULARY(E, ...)                                                                            \
    const QList<VocabularyEntry<E>> &Vocabulary<E>::entries()                                                \
    {                                                                                                        \
        static const QList<VocabularyEntry<E>> list{__VA_ARGS__};                                            \
        return list;                                                                                         \
    }

STRIDE_VOCABULARY(StaffRole,
                  {StaffRole::TeachingAssistant, "ta", QT_TRANSLATE_NOOP("Vocabulary", "Teaching assistant")},
                  {StaffRole::Teacher, "teacher", QT_TRANSLATE_NOOP("Vocabulary", "Teacher")},
                  {StaffRole::SeniorLeader, "slt", QT_TRANSLATE_NOOP("Vocabulary", "Assessment lead / SLT")},
                  {StaffRole::Admin, "admin", QT_TRANSLATE_NOOP("Vocabulary", "Admin")})

STRIDE_VOCABULARY(MediaConsent,
                  {MediaConsent::None, "none", QT_TRANSLATE_NOOP("Vocabulary", "No photos, video or audio")},
                  {MediaConsent::InternalOnly, "internal",
                   QT_TRANSLATE_NOOP("Vocabulary", "Internal evidence only")},
                  {MediaConsent::ShareableWithParents, "shareable",
                   QT_TRANSLATE_NOOP("Vocabulary", "May be shared with parents")})

STRIDE_VOCABULARY(Pronouns, {Pronouns::He, "he", QT_TRANSLATE_NOOP("Vocabulary", "he/him")},
                  {Pronouns::She, "she", QT_TRANSLATE_NOOP("Vocabulary", "she/her")},
                  {Pronouns::They, "they", QT_TRANSLATE_NOOP("Vocabulary", "they/them")},
                  {Pronouns::NotRecorded, "not_recorded", QT_TRANSLATE_NOOP("Vocabulary", "not recorded")})

STRIDE_VOCABULARY(AreaKind,
                  {AreaKind::SendCodeOfPractice, "send",
                   QT_TRANSLATE_NOOP("Vocabulary", "SEND Code of Practice area")},
                  {AreaKind::PreparingForAdulthood, "pfa",
                   QT_TRANSLATE_NOOP("Vocabulary", "Preparing for Adulthood pathway")})

STRIDE_VOCABULARY(MappAspect,
                  {MappAspect::Independence, "independence", QT_TRANSLATE_NOOP("Vocabulary", "Independence")},
                  {MappAspect::Fluency, "fluency", QT_TRANSLATE_NOOP("Vocabulary", "Fluency")},
                  {MappAspect::Maintenance, "maintenance", QT_TRANSLATE_NOOP("Vocabulary", "Maintenance")},
                  {MappAspect::Generalisation, "generalisation",
                   QT_TRANSLATE_NOOP("Vocabulary", "Generalisation")})

STRIDE_VOCABULARY(TargetLineage, {TargetLineage::New, "new", QT_TRANSLATE_NOOP("Vocabulary", "New")},
                  {TargetLineage::Continues, "continues", QT_TRANSLATE_NOOP("Vocabulary", "Continues")},
                  {TargetLineage::Amends, "amends", QT_TRANSLATE_NOOP("Vocabulary", "Amends")},
                  {TargetLineage::Replaces, "replaces", QT_TRANSLATE_NOOP("Vocabulary", "Replaces")})

STRIDE_VOCABULARY(EvidenceKind,
                  {EvidenceKind::Written, "written", QT_TRANSLATE_NOOP("Vocabulary", "Written observation")},
                  {EvidenceKind::Photo, "photo", QT_TRANSLATE_NOOP("Vocabulary", "Photo")},
                  {EvidenceKind::Video, "video", QT_TRANSLATE_NOOP("Vocabulary", "Video")},
                  {EvidenceKind::Audio, "audio", QT_TRANSLATE_NOOP("Vocabulary", "Voice note")},
                  {EvidenceKind::WorkSample, "work", QT_TRANSLATE_NOOP("Vocabulary", "Photo of work")})

STRIDE_VOCABULARY(PromptLevel,
                  {PromptLevel::Independent, "independent", QT_TRANSLATE_NOOP("Vocabulary", "Independent")},
                  {PromptLevel::Gestural, "gestural", QT_TRANSLATE_NOOP("Vocabulary", "Gestural prompt")},
                  {PromptLevel::Spoken, "spoken", QT_TRANSLATE_NOOP("Vocabulary", "Spoken prompt")},
                  {PromptLevel::Physical, "physical", QT_TRANSLATE_NOOP("Vocabulary", "Physical prompt")},
                  {PromptLevel::FullPhysical, "full_physical",
                   QT_TRANSLATE_NOOP("Vocabulary", "Full physical prompt")})

STRIDE_VOCABULARY(Visibility,
                  {Visibility::InternalOnly, "internal", QT_TRANSLATE_NOOP("Vocabulary", "Internal only")},
                  {Visibility::ShareableWithParents, "shareable",
                   QT_TRANSLATE_NOOP("Vocabulary", "Shareable with parents")})

STRIDE_VOCABULARY(JudgementRole,
                  {JudgementRole::Assessor, "assessor", QT_TRANSLATE_NOOP("Vocabulary", "Assessor")},
                  {JudgementRole::Moderator, "moderator", QT_TRANSLATE_NOOP("Vocabulary", "Moderator")},
                  {JudgementRole::SeniorLeader, "slt", QT_TRANSLATE_NOOP("Vocabulary", "SLT")},
                  {JudgementRole::Final, "final", QT_TRANSLATE_NOOP("Vocabulary", "Final")})

STRIDE_VOCABULARY(TargetStatus, {TargetStatus::Unmet, "1", QT_TRANSLATE_NOOP("Vocabulary", "Unmet")},
                  {TargetStatus::PartiallyMet, "2", QT_TRANSLATE_NOOP("Vocabulary", "Partially Met")},
                  {TargetStatus::Met, "3", QT_TRANSLATE_NOOP("Vocabulary", "Met")},
                  {TargetStatus::Exceeded, "4", QT_TRANSLATE_NOOP("Vocabulary", "Exceeded")})

STRIDE_VOCABULARY(NextStep, {NextStep::Continue, "continue", QT_TRANSLATE_NOOP("Vocabulary", "Continue")},
                  {NextStep::Amend, "amend", QT_TRANSLATE_NOOP("Vocabulary", "Amend")},
                  {NextStep::Replace, "replace", QT_TRANSLATE_NOOP("Vocabulary", "Replace")})

STRIDE_VOCABULARY(ModerationOutcome, {ModerationOutcome::Up, "up", QT_TRANSLATE_NOOP("Vocabulary", "Up")},
                  {ModerationOutcome::Down, "down", QT_TRANSLATE_NOOP("Vocabulary", "Down")},
                  {ModerationOutcome::Same, "same", QT_TRANSLATE_NOOP("Vocabulary", "Same")})

STRIDE_VOCABULARY(ChallengeLevel,
                  {ChallengeLevel::TooEasy, "too_easy", QT_TRANSLATE_NOOP("Vocabulary", "Too Easy")},
                  {ChallengeLevel::JustRight, "just_right", QT_TRANSLATE_NOOP("Vocabulary", "Just Right!")},
                  {ChallengeLevel::TooHard, "too_hard", QT_TRANSLATE_NOOP("Vocabulary", "Too Hard")})

STRIDE_VOCABULARY(MindChangedBy,
                  {MindChangedBy::Assessor, "assessor", QT_TRANSLATE_NOOP("Vocabulary", "Assessor")},
                  {MindChangedBy::Moderator, "moderator", QT_TRANSLATE_NOOP("Vocabulary", "Moderator")},
                  {MindChangedBy::Neither, "neither", QT_TRANSLATE_NOOP("Vocabulary", "Neither")})

STRIDE_VOCABULARY(MediaRole, {MediaRole::Original, "original", QT_TRANSLATE_NOOP("Vocabulary", "Original")},
                  {MediaRole::Thumbnail, "thumbnail", QT_TRANSLATE_NOOP("Vocabulary", "Thumbnail")})

#undef STRIDE_VOCABULARY

QString statusDescriptor(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Unmet:
        return QCoreApplication::translate("Vocabulary",
                                           "Progress is limited or has not taken place with this target.");
    case TargetStatus::PartiallyMet:
        return QCoreApplication::translate("Vocabulary",
                                           "Progress is substantial, but this target is not yet fully met.");
    case TargetStatus::Met:
        return QCoreApplication::translate(
            "Vocabulary", "Progress is at the expected rate, and the target is fully achieved.");
    case TargetStatus::Exceeded:
        return QCoreApplication::translate(
            "Vocabulary", "Progress is significantly better than expected with this target.");
    }
    return {};
}

QString nextStepMeaning(NextStep step)
{
    switch (step) {
    case NextStep::Continue:
        return QCoreApplication::translate("Vocabulary", "Target remains relevant for this term");
    case NextStep::Amend:
        return QCoreApplication::translate("Vocabulary",
                                           "Adjust target for more suitable level of challenge");
    case NextStep::Replace:
        return QCoreApplication::translate("Vocabulary", "A completely new target needs to be set");
    }
    return {};
}

QString aspectMeaning(MappAspect aspect)
{
    switch (aspect) {
    case MappAspect::Independence:
        return QCoreApplication::translate("Vocabulary",
                                           "Reduction in prompting: physical, spoken, gestural");
    case MappAspect::Fluency:
        return QCoreApplication::translate("Vocabulary", "Speed and accuracy");
    case MappAspect::Maintenance:
        return QCoreApplication::translate("Vocabulary", "Consistency over time");
    case MappAspect::Generalisation:
        return QCoreApplication::translate("Vocabulary", "Different settings, different people");
    }
    return {};
}

bool consentAllows(MediaConsent consent, Visibility visibility)
{
    if (visibility == Visibility::ShareableWithParents)
        return consent == MediaConsent::ShareableWithParents;
    return true;
}

bool kindNeedsMediaConsent(EvidenceKind kind)
{
    // A photo of a worksheet shows the work, not the child; it still passes through the same
    // visibility bound, but it does not need image consent.
    return kind == EvidenceKind::Photo || kind == EvidenceKind::Video || kind == EvidenceKind::Audio;
}

} // namespace Stride
