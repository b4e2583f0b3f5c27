#include "vocabulary.h"

namespace Stride {

#define STRIDE_VOCABULARY(E, ...)                                                                            \
    const QList<VocabularyEntry<E>> &Vocabulary<E>::entries()                                                \
    {                                                                                                        \
        static const QList<VocabularyEntry<E>> list{__VA_ARGS__};                                            \
        return list;                                                                                         \
    }

STRIDE_VOCABULARY(StaffRole, {StaffRole::TeachingAssistant, "ta", "Teaching assistant"},
                  {StaffRole::Teacher, "teacher", "Teacher"},
                  {StaffRole::SeniorLeader, "slt", "Assessment lead / SLT"},
                  {StaffRole::Admin, "admin", "Admin"})

STRIDE_VOCABULARY(MediaConsent, {MediaConsent::None, "none", "No photos, video or audio"},
                  {MediaConsent::InternalOnly, "internal", "Internal evidence only"},
                  {MediaConsent::ShareableWithParents, "shareable", "May be shared with parents"})

STRIDE_VOCABULARY(Pronouns, {Pronouns::He, "he", "he/him"}, {Pronouns::She, "she", "she/her"},
                  {Pronouns::They, "they", "they/them"})

STRIDE_VOCABULARY(AreaKind, {AreaKind::SendCodeOfPractice, "send", "SEND Code of Practice area"},
                  {AreaKind::PreparingForAdulthood, "pfa", "Preparing for Adulthood pathway"})

STRIDE_VOCABULARY(MappAspect, {MappAspect::Independence, "independence", "Independence"},
                  {MappAspect::Fluency, "fluency", "Fluency"},
                  {MappAspect::Maintenance, "maintenance", "Maintenance"},
                  {MappAspect::Generalisation, "generalisation", "Generalisation"})

STRIDE_VOCABULARY(TargetLineage, {TargetLineage::New, "new", "New"},
                  {TargetLineage::Continues, "continues", "Continues"},
                  {TargetLineage::Amends, "amends", "Amends"},
                  {TargetLineage::Replaces, "replaces", "Replaces"})

STRIDE_VOCABULARY(EvidenceKind, {EvidenceKind::Written, "written", "Written observation"},
                  {EvidenceKind::Photo, "photo", "Photo"}, {EvidenceKind::Video, "video", "Video"},
                  {EvidenceKind::Audio, "audio", "Voice note"},
                  {EvidenceKind::WorkSample, "work", "Photo of work"})

STRIDE_VOCABULARY(PromptLevel, {PromptLevel::Independent, "independent", "Independent"},
                  {PromptLevel::Gestural, "gestural", "Gestural prompt"},
                  {PromptLevel::Spoken, "spoken", "Spoken prompt"},
                  {PromptLevel::Physical, "physical", "Physical prompt"},
                  {PromptLevel::FullPhysical, "full_physical", "Full physical prompt"})

STRIDE_VOCABULARY(Visibility, {Visibility::InternalOnly, "internal", "Internal only"},
                  {Visibility::ShareableWithParents, "shareable", "Shareable with parents"})

STRIDE_VOCABULARY(JudgementRole, {JudgementRole::Assessor, "assessor", "Assessor"},
                  {JudgementRole::Moderator, "moderator", "Moderator"},
                  {JudgementRole::SeniorLeader, "slt", "SLT"}, {JudgementRole::Final, "final", "Final"})

STRIDE_VOCABULARY(TargetStatus, {TargetStatus::Unmet, "1", "Unmet"},
                  {TargetStatus::PartiallyMet, "2", "Partially Met"}, {TargetStatus::Met, "3", "Met"},
                  {TargetStatus::Exceeded, "4", "Exceeded"})

STRIDE_VOCABULARY(NextStep, {NextStep::Continue, "continue", "Continue"}, {NextStep::Amend, "amend", "Amend"},
                  {NextStep::Replace, "replace", "Replace"})

STRIDE_VOCABULARY(ModerationOutcome, {ModerationOutcome::Up, "up", "Up"},
                  {ModerationOutcome::Down, "down", "Down"}, {ModerationOutcome::Same, "same", "Same"})

STRIDE_VOCABULARY(ChallengeLevel, {ChallengeLevel::TooEasy, "too_easy", "Too Easy"},
                  {ChallengeLevel::JustRight, "just_right", "Just Right!"},
                  {ChallengeLevel::TooHard, "too_hard", "Too Hard"})

STRIDE_VOCABULARY(MindChangedBy, {MindChangedBy::Assessor, "assessor", "Assessor"},
                  {MindChangedBy::Moderator, "moderator", "Moderator"},
                  {MindChangedBy::Neither, "neither", "Neither"})

STRIDE_VOCABULARY(MediaRole, {MediaRole::Original, "original", "Original"},
                  {MediaRole::Thumbnail, "thumbnail", "Thumbnail"})

#undef STRIDE_VOCABULARY

QString statusDescriptor(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Unmet:
        return QStringLiteral("Progress is limited or has not taken place with this target.");
    case TargetStatus::PartiallyMet:
        return QStringLiteral("Progress is substantial, but this target is not yet fully met.");
    case TargetStatus::Met:
        return QStringLiteral("Progress is at the expected rate, and the target is fully achieved.");
    case TargetStatus::Exceeded:
        return QStringLiteral("Progress is significantly better than expected with this target.");
    }
    return {};
}

QString nextStepMeaning(NextStep step)
{
    switch (step) {
    case NextStep::Continue:
        return QStringLiteral("Target remains relevant for this term");
    case NextStep::Amend:
        return QStringLiteral("Adjust target for more suitable level of challenge");
    case NextStep::Replace:
        return QStringLiteral("A completely new target needs to be set");
    }
    return {};
}

QString aspectMeaning(MappAspect aspect)
{
    switch (aspect) {
    case MappAspect::Independence:
        return QStringLiteral("Reduction in prompting: physical, spoken, gestural");
    case MappAspect::Fluency:
        return QStringLiteral("Speed and accuracy");
    case MappAspect::Maintenance:
        return QStringLiteral("Consistency over time");
    case MappAspect::Generalisation:
        return QStringLiteral("Different settings, different people");
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
