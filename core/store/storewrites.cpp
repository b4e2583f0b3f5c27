// The typed saves of Store: validation that needs other records, then the rows, in one transaction.
#include "../domain/consentrules.h"
#include "../domain/evidencedeleterule.h"
#include "rowmapping.h"
#include "store.h"

#include <QCoreApplication>

namespace Stride {

namespace {

// Gives this file's sentences one context ("Store") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

} // namespace

using namespace RowMapping;

namespace {
QString table(const char *name)
{
    return QString::fromLatin1(name);
}
} // namespace

WriteResult Store::save(const School &school)
{
    if (const auto problems = school.validate(); !problems.isEmpty())
        return WriteResult::invalid(problems);
    return saveInTransaction([&] { return writeRow(toRow(school)); });
}

WriteResult Store::save(const Staff &staff)
{
    if (const auto problems = staff.validate(); !problems.isEmpty())
        return WriteResult::invalid(problems);
    for (const QString &classId : staff.classIds) {
        const auto c = schoolClass(classId);
        if (!c || c->schoolId != staff.schoolId)
            return WriteResult::invalid({{QStringLiteral("classIds"),
                                          Words::tr("%1 is linked to a class that is not in their school.")
                                              .arg(staff.displayName())}});
    }
    return saveInTransaction([&] {
        return writeRow(toRow(staff)) && replaceChildren(table("class_staff"), QStringLiteral("staff_id"),
                                                         staff.id, classStaffRows(staff));
    });
}

WriteResult Store::save(const SchoolClass &schoolClass)
{
    if (const auto problems = schoolClass.validate(); !problems.isEmpty())
        return WriteResult::invalid(problems);
    if (const auto other = classByName(schoolClass.schoolId, schoolClass.name);
        other && other->id != schoolClass.id)
        return WriteResult::invalid(
            {{QStringLiteral("name"),
              Words::tr("There is already a class called %1.").arg(schoolClass.name)}});
    return saveInTransaction([&] { return writeRow(toRow(schoolClass)); });
}

WriteResult Store::save(const Pupil &pupil)
{
    if (const auto problems = pupil.validate(); !problems.isEmpty())
        return WriteResult::invalid(problems);
    const auto c = schoolClass(pupil.classId);
    if (!c || c->schoolId != pupil.schoolId)
        return WriteResult::invalid(
            {{QStringLiteral("classId"),
              Words::tr("%1's class is not in their school.").arg(pupil.displayName())}});
    if (!pupil.upn.isEmpty())
        if (const auto other = pupilByUpn(pupil.schoolId, pupil.upn); other && other->id != pupil.id)
            return WriteResult::invalid(
                {{QStringLiteral("upn"),
                  Words::tr("%1 already has the UPN %2.").arg(other->displayName(), pupil.upn)}});
    QList<TableRow> outcomeRows;
    for (const EhcpOutcome &o : pupil.ehcpOutcomes)
        outcomeRows << toRow(o);
    return saveInTransaction([&] {
        return writeRow(toRow(pupil)) &&
               replaceChildren(table("ehcp_outcome"), QStringLiteral("pupil_id"), pupil.id, outcomeRows);
    });
}

WriteResult Store::save(const Term &term)
{
    if (const auto problems = term.validate(); !problems.isEmpty())
        return WriteResult::invalid(problems);
    return saveInTransaction([&] { return writeRow(toRow(term)); });
}

WriteResult Store::save(const AreaOfLearning &area)
{
    if (const auto problems = area.validate(); !problems.isEmpty())
        return WriteResult::invalid(problems);
    return saveInTransaction([&] { return writeRow(toRow(area)); });
}

WriteResult Store::save(const Ilp &ilp)
{
    if (const auto problems = ilp.validate(); !problems.isEmpty())
        return WriteResult::invalid(problems);
    if (const auto other = ilpFor(ilp.pupilId, ilp.termId); other && other->id != ilp.id)
        return WriteResult::invalid(
            {{QStringLiteral("termId"), Words::tr("This pupil already has an ILP for that term.")}});
    return saveInTransaction([&] { return writeRow(toRow(ilp)); });
}

WriteResult Store::save(const Target &target)
{
    ValidationProblems problems = target.validate();
    const auto plan = ilp(target.ilpId);
    if (!plan)
        problems.append({QStringLiteral("ilpId"), Words::tr("The target's ILP does not exist.")});
    if (!problems.isEmpty())
        return WriteResult::invalid(problems);
    const auto owner = pupil(plan->pupilId);
    for (const QString &outcomeId : target.ehcpOutcomeIds) {
        const bool theirs = owner && std::any_of(owner->ehcpOutcomes.cbegin(), owner->ehcpOutcomes.cend(),
                                                 [&](const EhcpOutcome &o) { return o.id == outcomeId; });
        if (!theirs)
            return WriteResult::invalid(
                {{QStringLiteral("ehcpOutcomeIds"),
                  Words::tr("A target can only link to its own pupil's EHCP outcomes.")}});
    }
    if (const auto a = area(target.areaId); !a || (owner && a->schoolId != owner->schoolId))
        return WriteResult::invalid(
            {{QStringLiteral("areaId"),
              Words::tr("The target's area of learning is not one of the school's.")}});
    for (const Target &sibling : targetsOfIlp(target.ilpId))
        if (sibling.areaId == target.areaId && sibling.id != target.id)
            return WriteResult::invalid({{QStringLiteral("areaId"),
                                          Words::tr("This ILP already has a target in that area of learning; "
                                                    "an ILP holds one target per area.")}});
    if (!target.lineageTargetId.isEmpty() && !this->target(target.lineageTargetId))
        return WriteResult::invalid({{QStringLiteral("lineageTargetId"),
                                      Words::tr("The earlier target this follows on from is missing.")}});
    return saveInTransaction([&] {
        return writeRow(toRow(target)) &&
               replaceChildren(table("target_ehcp_link"), QStringLiteral("target_id"), target.id,
                               targetEhcpLinkRows(target));
    });
}

WriteResult Store::save(const EvidenceItem &given)
{
    EvidenceItem item = given;
    if (item.deviceId.isEmpty())
        item.deviceId = m_deviceId;
    ValidationProblems problems = item.validate();
    if (!problems.isEmpty())
        return WriteResult::invalid(problems);
    // The rules that need the pupils' own records: whose targets, and what their consent allows.
    QList<Pupil> pupils;
    for (const EvidencePupil &ep : item.pupils) {
        const auto p = pupil(ep.pupilId);
        if (!p || p->schoolId != item.schoolId)
            return WriteResult::invalid(
                {{QStringLiteral("pupils"), Words::tr("A pupil in this evidence is not in this school.")}});
        for (const QString &targetId : ep.targetIds) {
            const auto t = target(targetId);
            const auto plan = t ? ilp(t->ilpId) : std::nullopt;
            if (!plan || plan->pupilId != p->id)
                return WriteResult::invalid(
                    {{QStringLiteral("pupils.targetIds"),
                      Words::tr("Evidence can only be linked to %1's own targets.").arg(p->firstName)}});
        }
        pupils << *p;
    }
    const ConsentCheck consent = ConsentCheck::of(pupils, item.kind);
    if (!consent.allowed)
        return WriteResult::invalid({{QStringLiteral("pupils"), consent.message}});
    if (item.visibility == Visibility::ShareableWithParents &&
        consent.mostVisible != Visibility::ShareableWithParents)
        return WriteResult::invalid(
            {{QStringLiteral("visibility"), ConsentCheck::visibilityMessage(pupils)}});
    return saveInTransaction([&] {
        return writeRow(toRow(item)) &&
               replaceChildren(table("evidence_target"), QStringLiteral("evidence_id"), item.id,
                               evidenceTargetRows(item)) &&
               replaceChildren(table("evidence_pupil"), QStringLiteral("evidence_id"), item.id,
                               evidencePupilRows(item)) &&
               replaceChildren(table("media_reference"), QStringLiteral("evidence_id"), item.id,
                               mediaReferenceRows(item));
    });
}

WriteResult Store::save(const Judgement &judgement)
{
    if (const auto problems = judgement.validate(); !problems.isEmpty())
        return WriteResult::invalid(problems);
    if (const auto existing = selectRow(table("judgement"), judgement.id)) {
        if (toJudgement(*existing) == judgement)
            return WriteResult::success(); // the same judgement again (a resend): nothing to do
        return WriteResult::failure(Words::tr("A judgement is never changed once made. To change your mind, "
                                              "record a new judgement; the old one stays in the history."));
    }
    const auto judge = staff(judgement.judgedBy);
    if (!judge)
        return WriteResult::invalid(
            {{QStringLiteral("judgedBy"), Words::tr("Who made the judgement is unknown.")}});
    const bool needsSlt =
        judgement.role == JudgementRole::SeniorLeader || judgement.role == JudgementRole::Final;
    if (needsSlt ? !judge->canRecordFinalDecisions() : !judge->canJudgeTargets())
        return WriteResult::invalid(
            {{QStringLiteral("role"),
              needsSlt ? Words::tr("Only the assessment lead or SLT record final decisions.")
                       : Words::tr("Only teachers and senior leaders judge targets.")}});
    if (!target(judgement.targetId))
        return WriteResult::invalid(
            {{QStringLiteral("targetId"), Words::tr("The judged target does not exist.")}});
    return saveInTransaction([&] { return writeRow(toRow(judgement)); });
}

WriteResult Store::save(const AssessmentModerationForm &form)
{
    if (const auto problems = form.validate(); !problems.isEmpty())
        return WriteResult::invalid(problems);
    if (!target(form.targetId))
        return WriteResult::invalid(
            {{QStringLiteral("targetId"), Words::tr("The form's target does not exist.")}});
    return saveInTransaction([&] {
        return writeRow(toRow(form)) &&
               replaceChildren(table("moderation_form_evidence"), QStringLiteral("form_id"), form.id,
                               moderationFormEvidenceRows(form));
    });
}

WriteResult Store::save(const TargetSettingModerationForm &form)
{
    if (const auto problems = form.validate(); !problems.isEmpty())
        return WriteResult::invalid(problems);
    if (!pupil(form.pupilId))
        return WriteResult::invalid(
            {{QStringLiteral("pupilId"), Words::tr("The form's pupil does not exist.")}});
    return saveInTransaction([&] {
        return writeRow(toRow(form)) &&
               replaceChildren(table("target_setting_form_ehcp_link"), QStringLiteral("form_id"), form.id,
                               targetSettingFormEhcpLinkRows(form));
    });
}

WriteResult Store::save(const ParentResponse &response)
{
    if (const auto problems = response.validate(); !problems.isEmpty())
        return WriteResult::invalid(problems);
    if (!ilp(response.ilpId))
        return WriteResult::invalid(
            {{QStringLiteral("ilpId"), Words::tr("The ILP responded to does not exist.")}});
    return saveInTransaction([&] { return writeRow(toRow(response)); });
}

WriteResult Store::save(const ProfileHighlight &highlight)
{
    if (const auto problems = highlight.validate(); !problems.isEmpty())
        return WriteResult::invalid(problems);
    const auto item = evidenceItem(highlight.evidenceId);
    if (!item || !item->pupilIds().contains(highlight.pupilId))
        return WriteResult::invalid({{QStringLiteral("evidenceId"),
                                      Words::tr("A highlight must be evidence of that pupil. Choose one of "
                                                "their own evidence items.")}});
    return saveInTransaction([&] { return writeRow(toRow(highlight)); });
}

WriteResult Store::removeProfileHighlight(const QString &id)
{
    return saveInTransaction([&] { return deleteRow(table("profile_highlight"), id); });
}

WriteResult Store::removeEvidenceItem(const QString &id)
{
    const auto item = evidenceItem(id);
    if (!item)
        return WriteResult::failure(Words::tr("That evidence has already been deleted."));
    // The store refuses anyone else's delete, so the tablet does too: the item stays on every tablet.
    QList<Pupil> pupils;
    for (const QString &pupilId : item->pupilIds())
        if (const auto p = pupil(pupilId))
            pupils << *p;
    const auto person = staff(m_actingStaffId);
    if (!person || !EvidenceDeleteRule::allows(*person, *item, pupils))
        return WriteResult::failure(EvidenceDeleteRule::refusal());
    return saveInTransaction([&] {
        // A deleted item leaves no links behind: every child row goes too, each with its tombstone.
        for (const char *child : {"evidence_target", "evidence_pupil", "media_reference",
                                  "moderation_form_evidence", "profile_highlight"})
            if (!replaceChildren(table(child), QStringLiteral("evidence_id"), id, {}))
                return false;
        return deleteRow(table("evidence_item"), id);
    });
}

WriteResult Store::removeParentResponse(const QString &id)
{
    return saveInTransaction([&] { return deleteRow(table("parent_response"), id); });
}

} // namespace Stride
