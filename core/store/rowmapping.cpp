#include "rowmapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Stride::RowMapping {

namespace {
QString text(const QVariantMap &r, const char *column)
{
    return r.value(QString::fromLatin1(column)).toString();
}
int integer(const QVariantMap &r, const char *column)
{
    return r.value(QString::fromLatin1(column)).toInt();
}
QVariant value(const QVariantMap &r, const char *column)
{
    return r.value(QString::fromLatin1(column));
}
#define COL(name) QStringLiteral(name)
} // namespace

TableRow toRow(const School &s)
{
    return {COL("school"),
            s.id,
            {{COL("name"), s.name},
             {COL("urn"), s.urn},
             {COL("parent_letter"), s.parentLetter},
             {COL("offline_lock_days"), s.offlineLockDays}}};
}

School toSchool(const QVariantMap &r)
{
    School s{text(r, "id"), text(r, "name"), text(r, "urn"), text(r, "parent_letter")};
    // A row written before migration 14 (or by a store that has not the column yet) has none.
    if (r.contains(QStringLiteral("offline_lock_days")))
        s.offlineLockDays = integer(r, "offline_lock_days");
    return s;
}

TableRow toRow(const Staff &s)
{
    return {COL("staff"),
            s.id,
            {{COL("school_id"), s.schoolId},
             {COL("first_name"), s.firstName},
             {COL("surname"), s.surname},
             {COL("email"), s.email},
             {COL("roles"), toKeyList(s.roles)},
             {COL("pin_hash"), s.pinHash.isEmpty() ? QVariant() : QVariant(s.pinHash)},
             {COL("pin_salt"), s.pinSalt.isEmpty() ? QVariant() : QVariant(s.pinSalt)},
             {COL("active"), s.active ? 1 : 0}}};
}

Staff toStaff(const QVariantMap &r)
{
    Staff s;
    s.id = text(r, "id");
    s.schoolId = text(r, "school_id");
    s.firstName = text(r, "first_name");
    s.surname = text(r, "surname");
    s.email = text(r, "email");
    s.roles = fromKeyList<StaffRole>(text(r, "roles"));
    s.pinHash = value(r, "pin_hash").toByteArray();
    s.pinSalt = value(r, "pin_salt").toByteArray();
    s.active = integer(r, "active") != 0;
    return s;
}

QList<TableRow> classStaffRows(const Staff &s)
{
    QList<TableRow> rows;
    for (const QString &classId : s.classIds)
        rows.append({COL("class_staff"),
                     linkId(classId, s.id),
                     {{COL("class_id"), classId}, {COL("staff_id"), s.id}}});
    return rows;
}

TableRow toRow(const SchoolClass &c)
{
    return {COL("school_class"),
            c.id,
            {{COL("school_id"), c.schoolId},
             {COL("name"), c.name},
             {COL("next_class_id"), Column::optionalText(c.nextClassId)}}};
}

SchoolClass toSchoolClass(const QVariantMap &r)
{
    return {text(r, "id"), text(r, "school_id"), text(r, "name"), text(r, "next_class_id")};
}

TableRow toRow(const Pupil &p)
{
    return {
        COL("pupil"),
        p.id,
        {{COL("school_id"), p.schoolId},
         {COL("class_id"), p.classId},
         {COL("upn"), p.upn},
         {COL("first_name"), p.firstName},
         {COL("surname"), p.surname},
         {COL("initials"), p.initials.isEmpty() ? Pupil::initialsFor(p.firstName, p.surname) : p.initials},
         {COL("year_group"), p.yearGroup},
         {COL("key_stage"), p.keyStage},
         {COL("specific_needs"), p.specificNeeds},
         {COL("pronouns"), toKey(p.pronouns)},
         {COL("media_consent"), toKey(p.mediaConsent)},
         {COL("left_on"), Column::date(p.leftOn)}}};
}

Pupil toPupil(const QVariantMap &r)
{
    Pupil p;
    p.id = text(r, "id");
    p.schoolId = text(r, "school_id");
    p.classId = text(r, "class_id");
    p.upn = text(r, "upn");
    p.firstName = text(r, "first_name");
    p.surname = text(r, "surname");
    p.initials = text(r, "initials");
    p.yearGroup = integer(r, "year_group");
    p.keyStage = integer(r, "key_stage");
    p.specificNeeds = text(r, "specific_needs");
    p.pronouns = Column::toKey(value(r, "pronouns"), Pronouns::They);
    p.mediaConsent = Column::toKey(value(r, "media_consent"), MediaConsent::None);
    p.leftOn = Column::toDate(value(r, "left_on"));
    return p;
}

TableRow toRow(const EhcpOutcome &o)
{
    return {COL("ehcp_outcome"),
            o.id,
            {{COL("pupil_id"), o.pupilId},
             {COL("reference"), o.reference},
             {COL("text"), o.text},
             {COL("sort_order"), o.sortOrder}}};
}

EhcpOutcome toEhcpOutcome(const QVariantMap &r)
{
    return {text(r, "id"), text(r, "pupil_id"), text(r, "reference"), text(r, "text"),
            integer(r, "sort_order")};
}

TableRow toRow(const Term &t)
{
    return {COL("term"),
            t.id,
            {{COL("school_id"), t.schoolId},
             {COL("name"), t.name},
             {COL("starts_on"), Column::date(t.startsOn)},
             {COL("half_term_starts_on"), Column::date(t.halfTermStartsOn)},
             {COL("half_term_ends_on"), Column::date(t.halfTermEndsOn)},
             {COL("ends_on"), Column::date(t.endsOn)},
             {COL("assessment_week_starts_on"), Column::date(t.assessmentWeekStartsOn)},
             {COL("moderation_week_starts_on"), Column::date(t.moderationWeekStartsOn)},
             {COL("progress_meetings_week_starts_on"), Column::date(t.progressMeetingsWeekStartsOn)},
             {COL("ilp_documents_week_starts_on"), Column::date(t.ilpDocumentsWeekStartsOn)},
             {COL("final_week_starts_on"), Column::date(t.finalWeekStartsOn)}}};
}

Term toTerm(const QVariantMap &r)
{
    Term t;
    t.id = text(r, "id");
    t.schoolId = text(r, "school_id");
    t.name = text(r, "name");
    t.startsOn = Column::toDate(value(r, "starts_on"));
    t.halfTermStartsOn = Column::toDate(value(r, "half_term_starts_on"));
    t.halfTermEndsOn = Column::toDate(value(r, "half_term_ends_on"));
    t.endsOn = Column::toDate(value(r, "ends_on"));
    t.assessmentWeekStartsOn = Column::toDate(value(r, "assessment_week_starts_on"));
    t.moderationWeekStartsOn = Column::toDate(value(r, "moderation_week_starts_on"));
    t.progressMeetingsWeekStartsOn = Column::toDate(value(r, "progress_meetings_week_starts_on"));
    t.ilpDocumentsWeekStartsOn = Column::toDate(value(r, "ilp_documents_week_starts_on"));
    t.finalWeekStartsOn = Column::toDate(value(r, "final_week_starts_on"));
    return t;
}

TableRow toRow(const AreaOfLearning &a)
{
    return {COL("area_of_learning"),
            a.id,
            {{COL("school_id"), a.schoolId},
             {COL("name"), a.name},
             {COL("kind"), toKey(a.kind)},
             {COL("sort_order"), a.sortOrder},
             {COL("min_key_stage"), a.minKeyStage ? QVariant(*a.minKeyStage) : QVariant()},
             {COL("active"), a.active ? 1 : 0}}};
}

AreaOfLearning toAreaOfLearning(const QVariantMap &r)
{
    AreaOfLearning a;
    a.id = text(r, "id");
    a.schoolId = text(r, "school_id");
    a.name = text(r, "name");
    a.kind = Column::toKey(value(r, "kind"), AreaKind::SendCodeOfPractice);
    a.sortOrder = integer(r, "sort_order");
    if (!value(r, "min_key_stage").isNull())
        a.minKeyStage = integer(r, "min_key_stage");
    a.active = integer(r, "active") != 0;
    return a;
}

TableRow toRow(const Ilp &i)
{
    return {COL("ilp"),
            i.id,
            {{COL("pupil_id"), i.pupilId},
             {COL("term_id"), i.termId},
             {COL("additional_provision"), i.additionalProvision}}};
}

Ilp toIlp(const QVariantMap &r)
{
    return {text(r, "id"), text(r, "pupil_id"), text(r, "term_id"), text(r, "additional_provision")};
}

TableRow toRow(const Target &t)
{
    return {COL("target"),
            t.id,
            {{COL("ilp_id"), t.ilpId},
             {COL("area_id"), t.areaId},
             {COL("text"), t.text},
             {COL("no_ehcp_link_reason"), t.noEhcpLinkReason},
             {COL("aspects"), toKeyList(t.aspects)},
             {COL("provision"), t.provision},
             {COL("predicted_completion_on"), Column::date(t.predictedCompletionOn)},
             {COL("lineage"), toKey(t.lineage)},
             {COL("lineage_target_id"), Column::optionalText(t.lineageTargetId)},
             {COL("sort_order"), t.sortOrder}}};
}

Target toTarget(const QVariantMap &r)
{
    Target t;
    t.id = text(r, "id");
    t.ilpId = text(r, "ilp_id");
    t.areaId = text(r, "area_id");
    t.text = text(r, "text");
    t.noEhcpLinkReason = text(r, "no_ehcp_link_reason");
    t.aspects = fromKeyList<MappAspect>(text(r, "aspects"));
    t.provision = text(r, "provision");
    t.predictedCompletionOn = Column::toDate(value(r, "predicted_completion_on"));
    t.lineage = Column::toKey(value(r, "lineage"), TargetLineage::New);
    t.lineageTargetId = text(r, "lineage_target_id");
    t.sortOrder = integer(r, "sort_order");
    return t;
}

QList<TableRow> targetEhcpLinkRows(const Target &t)
{
    QList<TableRow> rows;
    for (const QString &outcomeId : t.ehcpOutcomeIds)
        rows.append({COL("target_ehcp_link"),
                     linkId(t.id, outcomeId),
                     {{COL("target_id"), t.id}, {COL("ehcp_outcome_id"), outcomeId}}});
    return rows;
}

TableRow toRow(const EvidenceItem &e)
{
    return {COL("evidence_item"),
            e.id,
            {{COL("school_id"), e.schoolId},
             {COL("kind"), toKey(e.kind)},
             {COL("captured_at"), Column::instant(e.capturedAt)},
             {COL("captured_by"), e.capturedBy},
             {COL("device_id"), e.deviceId},
             {COL("note"), e.note},
             {COL("prompt_level"), Column::key(e.promptLevel)},
             {COL("setting"), e.setting},
             {COL("people_present"), e.peoplePresent},
             {COL("measure"), e.measure},
             {COL("learner_voice"), e.learnerVoice},
             {COL("visibility"), toKey(e.visibility)}}};
}

EvidenceItem toEvidenceItem(const QVariantMap &r)
{
    EvidenceItem e;
    e.id = text(r, "id");
    e.schoolId = text(r, "school_id");
    e.kind = Column::toKey(value(r, "kind"), EvidenceKind::Written);
    e.capturedAt = Column::toInstant(value(r, "captured_at"));
    e.capturedBy = text(r, "captured_by");
    e.deviceId = text(r, "device_id");
    e.note = text(r, "note");
    e.promptLevel = Column::toKey<PromptLevel>(value(r, "prompt_level"));
    e.setting = text(r, "setting");
    e.peoplePresent = text(r, "people_present");
    e.measure = text(r, "measure");
    e.learnerVoice = text(r, "learner_voice");
    // Unknown visibility reads as the most restrictive, never the other way round.
    e.visibility = Column::toKey(value(r, "visibility"), Visibility::InternalOnly);
    return e;
}

QList<TableRow> evidencePupilRows(const EvidenceItem &e)
{
    QList<TableRow> rows;
    for (const EvidencePupil &p : e.pupils)
        rows.append({COL("evidence_pupil"),
                     linkId(e.id, p.pupilId),
                     {{COL("evidence_id"), e.id},
                      {COL("pupil_id"), p.pupilId},
                      {COL("captured_at"), Column::instant(e.capturedAt)}}});
    return rows;
}

QList<TableRow> evidenceTargetRows(const EvidenceItem &e)
{
    QList<TableRow> rows;
    for (const EvidencePupil &p : e.pupils)
        for (const QString &targetId : p.targetIds)
            rows.append(
                {COL("evidence_target"),
                 linkId(e.id, targetId),
                 {{COL("evidence_id"), e.id}, {COL("pupil_id"), p.pupilId}, {COL("target_id"), targetId}}});
    return rows;
}

QList<TableRow> mediaReferenceRows(const EvidenceItem &e)
{
    QList<TableRow> rows;
    for (const MediaReference &m : e.media)
        rows.append({COL("media_reference"),
                     linkId(e.id, m.sha256),
                     {{COL("evidence_id"), e.id},
                      {COL("sha256"), m.sha256},
                      {COL("role"), toKey(m.role)},
                      {COL("mime_type"), m.mimeType},
                      {COL("byte_size"), m.byteSize},
                      {COL("width_px"), m.widthPx},
                      {COL("height_px"), m.heightPx},
                      {COL("duration_ms"), m.durationMs}}});
    return rows;
}

MediaReference toMediaReference(const QVariantMap &r)
{
    MediaReference m;
    m.sha256 = text(r, "sha256");
    m.role = Column::toKey(value(r, "role"), MediaRole::Original);
    m.mimeType = text(r, "mime_type");
    m.byteSize = value(r, "byte_size").toLongLong();
    m.widthPx = integer(r, "width_px");
    m.heightPx = integer(r, "height_px");
    m.durationMs = value(r, "duration_ms").toLongLong();
    return m;
}

TableRow toRow(const Judgement &j)
{
    return {COL("judgement"),
            j.id,
            {{COL("target_id"), j.targetId},
             {COL("role"), toKey(j.role)},
             {COL("status"), static_cast<int>(j.status)},
             {COL("next_step"), Column::key(j.nextStep)},
             {COL("judged_by"), j.judgedBy},
             {COL("judged_at"), Column::instant(j.judgedAt)},
             {COL("note"), j.note},
             {COL("current_abilities"), j.currentAbilities},
             {COL("learner_voice"), j.learnerVoice},
             {COL("supersedes_id"), Column::optionalText(j.supersedesId)}}};
}

Judgement toJudgement(const QVariantMap &r)
{
    Judgement j;
    j.id = text(r, "id");
    j.targetId = text(r, "target_id");
    j.role = Column::toKey(value(r, "role"), JudgementRole::Assessor);
    j.status = static_cast<TargetStatus>(integer(r, "status"));
    j.nextStep = Column::toKey<NextStep>(value(r, "next_step"));
    j.judgedBy = text(r, "judged_by");
    j.judgedAt = Column::toInstant(value(r, "judged_at"));
    j.note = text(r, "note");
    j.currentAbilities = text(r, "current_abilities");
    j.learnerVoice = text(r, "learner_voice");
    j.supersedesId = text(r, "supersedes_id");
    return j;
}

namespace {
QVariant statusValue(std::optional<TargetStatus> s)
{
    return s ? QVariant(static_cast<int>(*s)) : QVariant();
}
std::optional<TargetStatus> toStatus(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    const int s = v.toInt();
    if (s < 1 || s > 4)
        return std::nullopt;
    return static_cast<TargetStatus>(s);
}
} // namespace

namespace {
// The moderator's view of the attached evidence, one JSON list in one column: it is written once,
// when the moderator judges, and read whole, never queried item by item.
QString seenEvidenceText(const QList<SeenEvidence> &seen)
{
    QJsonArray list;
    for (const SeenEvidence &e : seen) {
        QJsonObject o{{QStringLiteral("evidence_id"), e.evidenceId},
                      {QStringLiteral("kind"), toKey(e.kind)},
                      {QStringLiteral("captured_at"), Column::instant(e.capturedAt).toString()},
                      {QStringLiteral("caption"), e.caption}};
        if (e.promptLevel)
            o.insert(QStringLiteral("prompt_level"), toKey(*e.promptLevel));
        list.append(o);
    }
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QList<SeenEvidence> seenEvidenceList(const QString &text)
{
    QList<SeenEvidence> seen;
    const QJsonArray list = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        SeenEvidence e;
        e.evidenceId = o.value(QLatin1String("evidence_id")).toString();
        e.kind =
            fromKey<EvidenceKind>(o.value(QLatin1String("kind")).toString()).value_or(EvidenceKind::Written);
        e.capturedAt = Column::toInstant(o.value(QLatin1String("captured_at")).toString());
        e.caption = o.value(QLatin1String("caption")).toString();
        if (o.contains(QLatin1String("prompt_level")))
            e.promptLevel = fromKey<PromptLevel>(o.value(QLatin1String("prompt_level")).toString());
        if (!e.evidenceId.isEmpty())
            seen.append(e);
    }
    return seen;
}
} // namespace

TableRow toRow(const AssessmentModerationForm &f)
{
    return {COL("assessment_moderation_form"),
            f.id,
            {{COL("target_id"), f.targetId},
             {COL("assessor_id"), f.assessorId},
             {COL("starting_point"), f.startingPoint},
             {COL("provision_used"), f.provisionUsed},
             {COL("progress_evidence_note"), f.progressEvidenceNote},
             {COL("current_abilities"), f.currentAbilities},
             {COL("moderator_id"), Column::optionalText(f.moderatorId)},
             {COL("moderator_explanation"), f.moderatorExplanation},
             {COL("moderator_agreed"), Column::boolean(f.moderatorAgreed)},
             {COL("disagreement_source"), f.disagreementSource},
             {COL("senior_leader_id"), Column::optionalText(f.seniorLeaderId)},
             {COL("assessor_moderator_agreed"), Column::boolean(f.assessorModeratorAgreed)},
             {COL("mind_changed_by"), Column::key(f.mindChangedBy)},
             {COL("slt_comments"), f.sltComments},
             {COL("slt_final_decision"), f.sltFinalDecision},
             {COL("final_status"), statusValue(f.finalStatus)},
             {COL("moderation_outcome"), Column::key(f.moderationOutcome)},
             {COL("created_at"), Column::instant(f.createdAt)},
             {COL("assessor_shown_at"),
              f.assessorShownAt.isValid() ? Column::instant(f.assessorShownAt) : QVariant()},
             {COL("moderated_target_text"), f.moderatedTargetText},
             {COL("moderated_evidence"), seenEvidenceText(f.moderatedEvidence)}}};
}

AssessmentModerationForm toAssessmentModerationForm(const QVariantMap &r)
{
    AssessmentModerationForm f;
    f.id = text(r, "id");
    f.targetId = text(r, "target_id");
    f.assessorId = text(r, "assessor_id");
    f.startingPoint = text(r, "starting_point");
    f.provisionUsed = text(r, "provision_used");
    f.progressEvidenceNote = text(r, "progress_evidence_note");
    f.currentAbilities = text(r, "current_abilities");
    f.moderatorId = text(r, "moderator_id");
    f.moderatorExplanation = text(r, "moderator_explanation");
    f.moderatorAgreed = Column::toBoolean(value(r, "moderator_agreed"));
    f.disagreementSource = text(r, "disagreement_source");
    f.seniorLeaderId = text(r, "senior_leader_id");
    f.assessorModeratorAgreed = Column::toBoolean(value(r, "assessor_moderator_agreed"));
    f.mindChangedBy = Column::toKey<MindChangedBy>(value(r, "mind_changed_by"));
    f.sltComments = text(r, "slt_comments");
    f.sltFinalDecision = text(r, "slt_final_decision");
    f.finalStatus = toStatus(value(r, "final_status"));
    f.moderationOutcome = Column::toKey<ModerationOutcome>(value(r, "moderation_outcome"));
    f.createdAt = Column::toInstant(value(r, "created_at"));
    f.assessorShownAt = Column::toInstant(value(r, "assessor_shown_at"));
    f.moderatedTargetText = text(r, "moderated_target_text");
    f.moderatedEvidence = seenEvidenceList(text(r, "moderated_evidence"));
    return f;
}

QList<TableRow> moderationFormEvidenceRows(const AssessmentModerationForm &f)
{
    QList<TableRow> rows;
    int order = 0;
    for (const QString &evidenceId : f.evidenceIds)
        rows.append(
            {COL("moderation_form_evidence"),
             linkId(f.id, evidenceId),
             {{COL("form_id"), f.id}, {COL("evidence_id"), evidenceId}, {COL("sort_order"), order++}}});
    return rows;
}

TableRow toRow(const TargetSettingModerationForm &f)
{
    return {COL("target_setting_moderation_form"),
            f.id,
            {{COL("pupil_id"), f.pupilId},
             {COL("area_id"), f.areaId},
             {COL("term_id"), Column::optionalText(f.termId)},
             {COL("previous_target_id"), Column::optionalText(f.previousTargetId)},
             {COL("setter_id"), f.setterId},
             {COL("previous_status"), statusValue(f.previousStatus)},
             {COL("next_step"), Column::key(f.nextStep)},
             {COL("proposed_target_text"), f.proposedTargetText},
             {COL("original_proposed_text"), f.originalProposedText},
             {COL("proposed_target_id"), Column::optionalText(f.proposedTargetId)},
             {COL("reasons"), f.reasons},
             {COL("no_ehcp_link_reason"), f.noEhcpLinkReason},
             {COL("planned_provision"), f.plannedProvision},
             {COL("moderator_id"), Column::optionalText(f.moderatorId)},
             {COL("clear_ehcp_link"), f.clearEhcpLink},
             {COL("success_criteria_embedded"), f.successCriteriaEmbedded},
             {COL("clear_what_met_looks_like"), f.clearWhatMetLooksLike},
             {COL("provision_suitable"), f.provisionSuitable},
             {COL("other_suggestions"), f.otherSuggestions},
             {COL("challenge"), Column::key(f.challenge)},
             {COL("suggested_rewrite"), f.suggestedRewrite},
             {COL("setter_accepts_amendment"), Column::boolean(f.setterAcceptsAmendment)},
             {COL("senior_leader_id"), Column::optionalText(f.seniorLeaderId)},
             {COL("amendment_proposed"), Column::boolean(f.amendmentProposed)},
             {COL("amendment_accepted"), Column::boolean(f.amendmentAccepted)},
             {COL("moderation_outcome"), f.moderationOutcome},
             {COL("created_at"), Column::instant(f.createdAt)}}};
}

TargetSettingModerationForm toTargetSettingModerationForm(const QVariantMap &r)
{
    TargetSettingModerationForm f;
    f.id = text(r, "id");
    f.pupilId = text(r, "pupil_id");
    f.areaId = text(r, "area_id");
    f.termId = text(r, "term_id");
    f.previousTargetId = text(r, "previous_target_id");
    f.setterId = text(r, "setter_id");
    f.previousStatus = toStatus(value(r, "previous_status"));
    f.nextStep = Column::toKey<NextStep>(value(r, "next_step"));
    f.proposedTargetText = text(r, "proposed_target_text");
    f.originalProposedText = text(r, "original_proposed_text");
    f.proposedTargetId = text(r, "proposed_target_id");
    f.reasons = text(r, "reasons");
    f.noEhcpLinkReason = text(r, "no_ehcp_link_reason");
    f.plannedProvision = text(r, "planned_provision");
    f.moderatorId = text(r, "moderator_id");
    f.clearEhcpLink = text(r, "clear_ehcp_link");
    f.successCriteriaEmbedded = text(r, "success_criteria_embedded");
    f.clearWhatMetLooksLike = text(r, "clear_what_met_looks_like");
    f.provisionSuitable = text(r, "provision_suitable");
    f.otherSuggestions = text(r, "other_suggestions");
    f.challenge = Column::toKey<ChallengeLevel>(value(r, "challenge"));
    f.suggestedRewrite = text(r, "suggested_rewrite");
    f.setterAcceptsAmendment = Column::toBoolean(value(r, "setter_accepts_amendment"));
    f.seniorLeaderId = text(r, "senior_leader_id");
    f.amendmentProposed = Column::toBoolean(value(r, "amendment_proposed"));
    f.amendmentAccepted = Column::toBoolean(value(r, "amendment_accepted"));
    f.moderationOutcome = text(r, "moderation_outcome");
    f.createdAt = Column::toInstant(value(r, "created_at"));
    return f;
}

QList<TableRow> targetSettingFormEhcpLinkRows(const TargetSettingModerationForm &f)
{
    QList<TableRow> rows;
    for (const QString &outcomeId : f.ehcpOutcomeIds)
        rows.append({COL("target_setting_form_ehcp_link"),
                     linkId(f.id, outcomeId),
                     {{COL("form_id"), f.id}, {COL("ehcp_outcome_id"), outcomeId}}});
    return rows;
}

TableRow toRow(const ParentResponse &p)
{
    return {COL("parent_response"),
            p.id,
            {{COL("ilp_id"), p.ilpId},
             {COL("received_on"), Column::date(p.receivedOn)},
             {COL("respondent_name"), p.respondentName},
             {COL("approved"), p.approved ? 1 : 0},
             {COL("comments"), p.comments},
             {COL("recorded_by"), p.recordedBy}}};
}

ParentResponse toParentResponse(const QVariantMap &r)
{
    ParentResponse p;
    p.id = text(r, "id");
    p.ilpId = text(r, "ilp_id");
    p.receivedOn = Column::toDate(value(r, "received_on"));
    p.respondentName = text(r, "respondent_name");
    p.approved = integer(r, "approved") != 0;
    p.comments = text(r, "comments");
    p.recordedBy = text(r, "recorded_by");
    return p;
}

TableRow toRow(const ProfileHighlight &h)
{
    return {COL("profile_highlight"),
            h.id,
            {{COL("pupil_id"), h.pupilId},
             {COL("term_id"), h.termId},
             {COL("evidence_id"), h.evidenceId},
             {COL("caption"), h.caption},
             {COL("chosen_by"), h.chosenBy},
             {COL("sort_order"), h.sortOrder}}};
}

ProfileHighlight toProfileHighlight(const QVariantMap &r)
{
    ProfileHighlight h;
    h.id = text(r, "id");
    h.pupilId = text(r, "pupil_id");
    h.termId = text(r, "term_id");
    h.evidenceId = text(r, "evidence_id");
    h.caption = text(r, "caption");
    h.chosenBy = text(r, "chosen_by");
    h.sortOrder = integer(r, "sort_order");
    return h;
}

} // namespace Stride::RowMapping
