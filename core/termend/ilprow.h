#pragma once

#include "../domain/vocabulary.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace Stride {

// One row of the central ILP spreadsheet (seed 000: "Information is entered into the central ILPs
// spreadsheet"): one pupil's target in one area of learning in one term, with what it came to. The
// spreadsheet, its analysis sheets and SLT's analysis page are all read from these rows.
struct IlpRow
{
    QString pupilId;
    QString pupilName; // "Ava Smith"
    QString upn;
    QString classId;
    QString className; // the class the pupil was in that term's ILP was written for
    int yearGroup = 0;
    int keyStage = 0;
    QString specificNeeds; // as recorded, e.g. "ASD, SLD"
    QString termId;
    QString termName;
    QDate termStartsOn; // orders terms for the trend
    QString areaId;
    QString areaName;
    AreaKind areaKind = AreaKind::SendCodeOfPractice;
    QString targetId;
    QString targetText;
    QStringList ehcpLinks; // the EHCP outcomes' texts, or "Not linked: <reason>"
    std::optional<TargetStatus> assessorStatus;
    std::optional<TargetStatus> moderatorStatus;
    std::optional<TargetStatus> finalStatus;
    std::optional<NextStep> nextStep;
    std::optional<ModerationOutcome> moderationOutcome; // only where the target was moderated
    int evidenceCount = 0;
    // The family's reply to that term's progress report, if one was recorded.
    std::optional<bool> parentsApproved;
    QDate parentsRepliedOn;

    // The status the row counts under: final, else moderator's, else the class teacher's.
    std::optional<TargetStatus> status() const
    {
        return finalStatus ? finalStatus : moderatorStatus ? moderatorStatus : assessorStatus;
    }
    bool operator==(const IlpRow &) const = default;
};

} // namespace Stride
