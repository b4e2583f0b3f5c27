#pragma once

#include "tablerow.h"

#include "../domain/areaoflearning.h"
#include "../domain/assessmentmoderationform.h"
#include "../domain/evidenceitem.h"
#include "../domain/ilp.h"
#include "../domain/judgement.h"
#include "../domain/parentresponse.h"
#include "../domain/profilehighlight.h"
#include "../domain/pupil.h"
#include "../domain/school.h"
#include "../domain/schoolclass.h"
#include "../domain/staff.h"
#include "../domain/target.h"
#include "../domain/targetsettingmoderationform.h"
#include "../domain/term.h"

namespace Stride {

// Entity <-> table row. Lists inside an entity (a pupil's EHCP outcomes, an item's pupils) are
// rows of their own tables with their own ids, so sync can merge them row by row; the `...Rows`
// functions give those child rows.
namespace RowMapping {

TableRow toRow(const School &s);
School toSchool(const QVariantMap &r);

TableRow toRow(const Staff &s);
Staff toStaff(const QVariantMap &r); // without classIds
QList<TableRow> classStaffRows(const Staff &s);

TableRow toRow(const SchoolClass &c);
SchoolClass toSchoolClass(const QVariantMap &r);

TableRow toRow(const Pupil &p);
Pupil toPupil(const QVariantMap &r); // without ehcpOutcomes
TableRow toRow(const EhcpOutcome &o);
EhcpOutcome toEhcpOutcome(const QVariantMap &r);

TableRow toRow(const Term &t);
Term toTerm(const QVariantMap &r);

TableRow toRow(const AreaOfLearning &a);
AreaOfLearning toAreaOfLearning(const QVariantMap &r);

TableRow toRow(const Ilp &i);
Ilp toIlp(const QVariantMap &r);

TableRow toRow(const Target &t);
Target toTarget(const QVariantMap &r); // without ehcpOutcomeIds
QList<TableRow> targetEhcpLinkRows(const Target &t);

TableRow toRow(const EvidenceItem &e);
EvidenceItem toEvidenceItem(const QVariantMap &r); // without pupils and media
QList<TableRow> evidencePupilRows(const EvidenceItem &e);
QList<TableRow> evidenceTargetRows(const EvidenceItem &e);
QList<TableRow> mediaReferenceRows(const EvidenceItem &e);
MediaReference toMediaReference(const QVariantMap &r);

TableRow toRow(const Judgement &j);
Judgement toJudgement(const QVariantMap &r);

TableRow toRow(const AssessmentModerationForm &f);
AssessmentModerationForm toAssessmentModerationForm(const QVariantMap &r); // without evidenceIds
QList<TableRow> moderationFormEvidenceRows(const AssessmentModerationForm &f);

TableRow toRow(const TargetSettingModerationForm &f);
TargetSettingModerationForm toTargetSettingModerationForm(const QVariantMap &r); // without ehcpOutcomeIds
QList<TableRow> targetSettingFormEhcpLinkRows(const TargetSettingModerationForm &f);

TableRow toRow(const ParentResponse &p);
ParentResponse toParentResponse(const QVariantMap &r);
TableRow toRow(const ProfileHighlight &h);
ProfileHighlight toProfileHighlight(const QVariantMap &r);

} // namespace RowMapping
} // namespace Stride
