#pragma once

#include "incomingmutation.h"
#include "recordstore.h"

#include <domain/vocabulary.h>

#include <QJsonObject>
#include <QList>
#include <optional>

namespace Stride::Server {

// Who may write which part of a moderation form (seed 000, issue 12), checked against the proven
// author of each change and the store's own rows, after Permissions has let teachers and SLT at the
// forms at all:
// - the assessment form's assessor section and its attached evidence (only evidence of the form's
//   target) are the assessor's, or SLT's; a teacher starts a form in their own name;
// - its moderator section is the named moderator's, a teacher or SLT who never assessed the
//   target; a teacher names only themselves as moderator, SLT name any teacher or SLT;
// - a judgement as moderator is never made by anyone who assessed the target;
// - the moderation outcome, if written, agrees with the final status against the assessor's first
//   judgement (Up / Down / Same), since it is worked out, never typed;
// - the target-setting form's setter section is the setter's (or SLT's), its moderator section
//   the named moderator's, and only the setter accepts or refuses the moderator's amendment (the
//   moderator may clear the answer with a new rewrite, which asks the setter again).
// The SLT sections stay Permissions' rule (SLT only).
class ModerationRules
{
public:
    ModerationRules(RecordStore &records, const QString &schoolId) : m_records(records), m_schoolId(schoolId)
    {}

    // `current` is what the store holds for the record (empty if nothing live).
    std::optional<Rejection> check(const IncomingMutation &m, const QList<StaffRole> &roles,
                                   const QJsonObject &current);

private:
    std::optional<Rejection> checkAssessmentForm(const IncomingMutation &m, bool slt,
                                                 const QJsonObject &current);
    std::optional<Rejection> checkFormEvidence(const IncomingMutation &m, bool slt,
                                               const QJsonObject &current);
    std::optional<Rejection> checkTargetSettingForm(const IncomingMutation &m, bool slt,
                                                    const QJsonObject &current);
    std::optional<Rejection> checkEhcpLink(const IncomingMutation &m, bool slt, const QJsonObject &current);
    std::optional<Rejection> checkJudgement(const IncomingMutation &m, const QJsonObject &current);
    std::optional<Rejection> checkOutcome(const IncomingMutation &m, const QJsonObject &after);
    // The owner of a form (its assessor or setter) named in a change: the author, or, for SLT, any
    // teacher or SLT of the school.
    std::optional<Rejection> checkOwnerNamed(const IncomingMutation &m, bool slt, const QString &owner,
                                             const QString &formName, const QString &ownerWord);
    // The moderator named in a change: who may name whom (a teacher themselves, SLT anyone who may
    // moderate), and never the form's owner.
    std::optional<Rejection> checkModeratorNamed(const IncomingMutation &m, bool slt, const QString &named,
                                                 const QString &wasNamed, const QString &owner,
                                                 const QString &ownerWord);
    // Why this person may not be a form's moderator (or assessor, or setter), if they may not.
    std::optional<QString> whyNotTeacherOrSlt(const QString &staffId, const QString &asWhat);
    // The assessor's first judgement of a target, the baseline of the moderation outcome.
    std::optional<TargetStatus> assessorsFirstJudgement(const QString &targetId);
    bool assessesTarget(const QString &staffId, const QString &targetId);
    std::optional<StoredRecord> live(const QString &entity, const QString &id);
    QString nameOf(const QString &staffId);

    RecordStore &m_records;
    QString m_schoolId;
};

} // namespace Stride::Server
