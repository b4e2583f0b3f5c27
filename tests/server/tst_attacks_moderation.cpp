// Who may do what on a moderation form (issue 12, seed 000's two forms), enforced by the store
// against each change's proven author: each attack made as a tablet would send it, over HTTP to the
// real store, and refused in words a teacher can act on, leaving the form as it was; and the
// allowed path (the assessor, a moderator who is someone else, SLT) accepted (docs/security.md,
// "Moderation").
#include "storeharness.h"

#include <QJsonDocument>

using namespace StoreTest;

namespace {

QString errorOf(const QJsonObject &pushResult)
{
    const QJsonArray rejected = pushResult.value(QLatin1String("rejected")).toArray();
    return rejected.isEmpty() ? QString()
                              : rejected.first().toObject().value(QLatin1String("error")).toString();
}

QString messageOf(const QJsonObject &pushResult)
{
    const QJsonArray rejected = pushResult.value(QLatin1String("rejected")).toArray();
    return rejected.isEmpty() ? QString()
                              : rejected.first().toObject().value(QLatin1String("message")).toString();
}

int appliedCount(const QJsonObject &pushResult)
{
    return int(pushResult.value(QLatin1String("applied")).toArray().size());
}

// A school with one class (Oak: Jo Bloggs its teacher, Alfie a pupil with one target), a second and
// a third teacher to moderate (Ann Lee, Ben Cole), and two pieces of Alfie's evidence: one linked
// to the target, one not.
class Meeting
{
public:
    explicit Meeting(Store &store) : m_store(store) {}

    School school;
    Tablet tablet;
    QString ann, ben;
    QString pupil, target, area, term;
    QString linkedEvidence, otherEvidence;

    void setUp()
    {
        school = m_store.createSchool(QStringLiteral("Millbrook Park"));
        ann = m_store.addStaff(school.id, QStringLiteral("Ann"), QStringLiteral("Lee"),
                               QStringLiteral("teacher"));
        ben = m_store.addStaff(school.id, QStringLiteral("Ben"), QStringLiteral("Cole"),
                               QStringLiteral("teacher"));
        m_store.start();
        tablet = m_store.enrol(school.id);
        const QString oak = newUuid();
        pupil = newUuid();
        target = newUuid();
        area = newUuid();
        term = newUuid();
        linkedEvidence = newUuid();
        otherEvidence = newUuid();
        const QString admin = school.adminId;
        const QList<QJsonObject> setup{
            make("school_class", oak, {{"school_id", school.id}, {"name", "Oak"}}, admin),
            make("class_staff", newUuid(), {{"class_id", oak}, {"staff_id", school.teacherId}}, admin),
            make("pupil", pupil,
                 {{"school_id", school.id},
                  {"class_id", oak},
                  {"first_name", "Alfie"},
                  {"surname", "Brown"},
                  {"initials", QString()},
                  {"year_group", 4},
                  {"key_stage", 2},
                  {"pronouns", "he"},
                  {"media_consent", "internal"}},
                 admin),
            make("evidence_item", linkedEvidence,
                 evidenceFields(school.id, school.taId, QStringLiteral("Asked for a drink with PECS")),
                 school.taId),
            make("evidence_pupil", newUuid(), {{"evidence_id", linkedEvidence}, {"pupil_id", pupil}},
                 school.taId),
            make("evidence_target", newUuid(),
                 {{"evidence_id", linkedEvidence}, {"pupil_id", pupil}, {"target_id", target}}, school.taId),
            make("evidence_item", otherEvidence,
                 evidenceFields(school.id, school.taId, QStringLiteral("Painted a rainbow")), school.taId),
            make("evidence_pupil", newUuid(), {{"evidence_id", otherEvidence}, {"pupil_id", pupil}},
                 school.taId),
        };
        const QJsonObject done = m_store.push(tablet, array(setup));
        INFO(QJsonDocument(done).toJson().toStdString());
        REQUIRE(appliedCount(done) == setup.size());
    }

    QJsonObject make(const char *entity, const QString &id, const QJsonObject &fields, const QString &author,
                     const QString &op = QStringLiteral("upsert"))
    {
        return mutation(QString::fromLatin1(entity), id, fields, author, hlc(++m_t, tablet.deviceId), {}, op);
    }

    QJsonObject push(const char *entity, const QString &id, const QJsonObject &fields, const QString &author,
                     const QString &op = QStringLiteral("upsert"))
    {
        return m_store.push(tablet, QJsonArray{make(entity, id, fields, author, op)});
    }

    // Pushes a change that must be accepted.
    void accepted(const char *entity, const QString &id, const QJsonObject &fields, const QString &author,
                  const QString &op = QStringLiteral("upsert"))
    {
        const QJsonObject result = push(entity, id, fields, author, op);
        INFO(QJsonDocument(result).toJson().toStdString());
        REQUIRE(appliedCount(result) == 1);
    }

    // Pushes a change that must be refused as `error`, with a message starting `words`, and checks
    // the record is exactly as it was.
    void refused(const char *entity, const QString &id, const QJsonObject &fields, const QString &author,
                 const QString &error, const QString &words, const QString &op = QStringLiteral("upsert"))
    {
        const QJsonObject before = record(entity, id);
        const QJsonObject result = push(entity, id, fields, author, op);
        INFO(QJsonDocument(result).toJson().toStdString());
        CHECK(appliedCount(result) == 0);
        CHECK(errorOf(result) == error);
        CHECK(messageOf(result).startsWith(words));
        CHECK(record(entity, id) == before);
    }

    QJsonObject record(const char *entity, const QString &id)
    {
        return fold(m_store.pullAll(tablet), QString::fromLatin1(entity), id);
    }

    QJsonObject judgement(const QString &role, int status, const QString &by, const QString &at) const
    {
        return {{"target_id", target}, {"role", role},
                {"status", status},    {"next_step", "continue"},
                {"judged_by", by},     {"judged_at", at},
                {"note", ""},          {"supersedes_id", QJsonValue::Null}};
    }

    // A new assessment form as the tablet sends it: every column, all but the assessor's empty.
    QJsonObject assessmentForm(const QString &assessor) const
    {
        return {{"target_id", target},
                {"assessor_id", assessor},
                {"starting_point", "Could ask for a drink with a full physical prompt."},
                {"provision_used", "PECS phase 2, daily at snack time."},
                {"progress_evidence_note", ""},
                {"current_abilities", "Asks for a drink with a gestural prompt."},
                {"moderator_id", QJsonValue::Null},
                {"moderator_explanation", ""},
                {"moderator_agreed", QJsonValue::Null},
                {"disagreement_source", ""},
                {"senior_leader_id", QJsonValue::Null},
                {"assessor_moderator_agreed", QJsonValue::Null},
                {"mind_changed_by", QJsonValue::Null},
                {"slt_comments", ""},
                {"slt_final_decision", ""},
                {"final_status", QJsonValue::Null},
                {"moderation_outcome", QJsonValue::Null},
                {"created_at", "2026-11-22T10:15:00.000Z"},
                {"assessor_shown_at", QJsonValue::Null},
                {"moderated_target_text", ""},
                {"moderated_evidence", "[]"}};
    }

    QJsonObject targetSettingForm(const QString &setter) const
    {
        return {{"pupil_id", pupil},
                {"area_id", area},
                {"term_id", term},
                {"previous_target_id", target},
                {"setter_id", setter},
                {"previous_status", 3},
                {"next_step", "replace"},
                {"proposed_target_text", "Alfie will ask for a drink using a two-picture sentence."},
                {"original_proposed_text", ""},
                {"proposed_target_id", QJsonValue::Null},
                {"reasons", "Asks with one picture, independently."},
                {"no_ehcp_link_reason", ""},
                {"planned_provision", "PECS phase 3 at snack and lunch."},
                {"moderator_id", QJsonValue::Null},
                {"clear_ehcp_link", ""},
                {"success_criteria_embedded", ""},
                {"clear_what_met_looks_like", ""},
                {"provision_suitable", ""},
                {"other_suggestions", ""},
                {"challenge", QJsonValue::Null},
                {"suggested_rewrite", ""},
                {"setter_accepts_amendment", QJsonValue::Null},
                {"senior_leader_id", QJsonValue::Null},
                {"amendment_proposed", QJsonValue::Null},
                {"amendment_accepted", QJsonValue::Null},
                {"moderation_outcome", ""},
                {"created_at", "2026-11-22T11:00:00.000Z"}};
    }

private:
    Store &m_store;
    qint64 m_t = nowMs();
};

const QString kForbidden = QStringLiteral("forbidden");

} // namespace

STORE_TEST_CASE(assessmentForm,
                "An assessment moderation form: the assessor's side is theirs, the moderator is someone "
                "else, the SLT section SLT's, and the outcome is worked out",
                "[server][attacks][moderation]")
{
    Store store(backend);
    Meeting meeting(store);
    meeting.setUp();
    const School &s = meeting.school;
    const QString form = newUuid();

    // A TA cannot write a form; a teacher cannot start one in someone else's name.
    meeting.refused(
        "assessment_moderation_form", form, meeting.assessmentForm(s.taId), s.taId, kForbidden,
        QStringLiteral("Only teachers and senior leaders write targets, ILPs and moderation forms."));
    meeting.refused(
        "assessment_moderation_form", form, meeting.assessmentForm(meeting.ann), s.teacherId, kForbidden,
        QStringLiteral("A moderation form is started by its assessor, in their own name, and this "
                       "one names Ann Lee. Start it yourself as its assessor, or ask SLT to start "
                       "it for Ann Lee."));

    // Jo Bloggs, the class teacher, starts the form, attaches the target's evidence, and judges.
    meeting.accepted("assessment_moderation_form", form, meeting.assessmentForm(s.teacherId), s.teacherId);
    const QString attached = newUuid();
    meeting.accepted("moderation_form_evidence", attached,
                     {{"form_id", form}, {"evidence_id", meeting.linkedEvidence}, {"sort_order", 0}},
                     s.teacherId);
    meeting.refused(
        "moderation_form_evidence", newUuid(),
        {{"form_id", form}, {"evidence_id", meeting.otherEvidence}, {"sort_order", 1}}, s.teacherId,
        kForbidden,
        QStringLiteral("This evidence is not linked to the form's target, so it is not evidence of "
                       "progress with it."));
    meeting.refused(
        "moderation_form_evidence", attached, {}, meeting.ann, kForbidden,
        QStringLiteral("Only Jo Bloggs, who assessed this moderation form, or SLT attach evidence "
                       "to it or take evidence off it."),
        QStringLiteral("delete"));
    meeting.accepted("judgement", newUuid(),
                     meeting.judgement("assessor", 2, s.teacherId, "2026-11-20T09:00:00.000Z"), s.teacherId);
    meeting.refused("assessment_moderation_form", form, {{"assessor_id", meeting.ben}}, s.teacherId,
                    kForbidden, QStringLiteral("Only SLT hand a moderation form to another assessor."));

    // The assessor cannot moderate their own form, nor judge the target as its moderator.
    meeting.refused("assessment_moderation_form", form, {{"moderator_id", s.teacherId}}, s.teacherId,
                    kForbidden,
                    QStringLiteral("You are this form's assessor, so you cannot be its moderator too"));
    meeting.refused("assessment_moderation_form", form, {{"moderator_explanation", "Looks right to me."}},
                    s.teacherId, kForbidden,
                    QStringLiteral("You assessed this target, so you cannot moderate your own form"));
    meeting.refused(
        "judgement", newUuid(), meeting.judgement("moderator", 3, s.teacherId, "2026-11-23T09:00:00.000Z"),
        s.teacherId, kForbidden,
        QStringLiteral("You assessed this target, so you cannot also judge it as its moderator."));

    // A teacher names only themselves as moderator, and writes the moderator section only once named.
    meeting.refused("assessment_moderation_form", form, {{"moderator_id", s.sltId}}, meeting.ann, kForbidden,
                    QStringLiteral("Teachers name only themselves as a form's moderator. To have Priya Shah "
                                   "moderate it, ask SLT to name them."));
    meeting.refused("assessment_moderation_form", form, {{"moderator_explanation", "Agreed with Jo."}},
                    meeting.ann, kForbidden, QStringLiteral("Nobody is named as this form's moderator yet."));
    // SLT name only a teacher or SLT, and never the assessor.
    meeting.refused(
        "assessment_moderation_form", form, {{"moderator_id", s.taId}}, s.sltId, kForbidden,
        QStringLiteral("Sam Patel is not a teacher or a member of SLT, so they cannot be a form's "
                       "moderator."));
    meeting.refused("assessment_moderation_form", form, {{"moderator_id", s.teacherId}}, s.sltId, kForbidden,
                    QStringLiteral("Jo Bloggs is this form's assessor, so they cannot be its moderator too"));

    // Ann Lee moderates: names herself, judges blind, then is shown the assessor's judgement.
    meeting.accepted("assessment_moderation_form", form, {{"moderator_id", meeting.ann}}, meeting.ann);
    meeting.accepted("judgement", newUuid(),
                     meeting.judgement("moderator", 3, meeting.ann, "2026-11-23T10:00:00.000Z"), meeting.ann);
    meeting.accepted(
        "assessment_moderation_form", form,
        {{"moderator_explanation", "The video shows a gestural prompt only."},
         {"moderator_agreed", false},
         {"disagreement_source", "How much prompting counts as met."},
         {"assessor_shown_at", "2026-11-23T10:01:00.000Z"},
         {"moderated_target_text", "Alfie will ask for a drink using PECS."},
         {"moderated_evidence",
          QStringLiteral("[{\"evidence_id\":\"%1\",\"kind\":\"written\"}]").arg(meeting.linkedEvidence)}},
        meeting.ann);

    // The moderator does not write the assessor's side, nor attach evidence; another teacher can
    // neither take over as moderator nor write in the moderator's place.
    meeting.refused("assessment_moderation_form", form, {{"starting_point", "Could already ask."}},
                    meeting.ann, kForbidden,
                    QStringLiteral("Only Jo Bloggs, who assessed this target, or SLT fill in the assessor "
                                   "section of this moderation form. If you are moderating it, write in the "
                                   "moderator section."));
    meeting.refused("moderation_form_evidence", newUuid(),
                    {{"form_id", form}, {"evidence_id", meeting.linkedEvidence}, {"sort_order", 1}},
                    meeting.ann, kForbidden,
                    QStringLiteral("Only Jo Bloggs, who assessed this moderation form, or SLT"));
    meeting.refused("assessment_moderation_form", form, {{"moderator_id", meeting.ben}}, meeting.ben,
                    kForbidden,
                    QStringLiteral("Ann Lee is already this form's moderator. Only SLT name someone else in "
                                   "their place."));
    meeting.refused("assessment_moderation_form", form, {{"moderator_agreed", true}}, meeting.ben, kForbidden,
                    QStringLiteral("Only Ann Lee, this form's moderator, fills in its moderator section."));
    // Not even SLT write the moderator section in the moderator's place.
    meeting.refused("assessment_moderation_form", form, {{"moderator_explanation", "Changed."}}, s.sltId,
                    kForbidden,
                    QStringLiteral("Only Ann Lee, this form's moderator, fills in its moderator section."));
    // A teacher cannot write the SLT section (the assessor and the moderator alike).
    for (const QString &teacher : {s.teacherId, meeting.ann})
        meeting.refused(
            "assessment_moderation_form", form, {{"final_status", 3}, {"slt_comments", "Agreed."}}, teacher,
            kForbidden,
            QStringLiteral("Only the assessment lead or SLT fill in the SLT part of a moderation form."));

    // SLT finalise: the outcome is Up (the assessor first said 2, the final status is 3), and a
    // typed outcome that disagrees is refused, even one left behind by a changed final status.
    meeting.accepted("judgement", newUuid(), meeting.judgement("slt", 3, s.sltId, "2026-11-24T09:00:00.000Z"),
                     s.sltId);
    meeting.refused(
        "assessment_moderation_form", form,
        {{"senior_leader_id", s.sltId}, {"final_status", 3}, {"moderation_outcome", "same"}}, s.sltId,
        QStringLiteral("invalid_value"),
        QStringLiteral("The moderation outcome is worked out, not chosen: the assessor first judged "
                       "this target Partially Met (2) and its final status is Met (3), so the outcome "
                       "is Up, not Same."));
    meeting.accepted("assessment_moderation_form", form,
                     {{"senior_leader_id", s.sltId},
                      {"assessor_moderator_agreed", false},
                      {"mind_changed_by", "assessor"},
                      {"slt_comments", "The video settles it."},
                      {"slt_final_decision", "Met, with a gestural prompt."},
                      {"final_status", 3},
                      {"moderation_outcome", "up"}},
                     s.sltId);
    meeting.refused(
        "assessment_moderation_form", form, {{"final_status", 2}}, s.sltId, QStringLiteral("invalid_value"),
        QStringLiteral("The moderation outcome is worked out, not chosen: the assessor first judged "
                       "this target Partially Met (2) and its final status is Partially Met (2), so "
                       "the outcome is Same, not Up."));
    // SLT may correct the assessor's side, and name another moderator.
    meeting.accepted("assessment_moderation_form", form, {{"progress_evidence_note", "Class chart, week 9."}},
                     s.sltId);
    meeting.accepted("assessment_moderation_form", form, {{"moderator_id", meeting.ben}}, s.sltId);

    const QJsonObject held = meeting.record("assessment_moderation_form", form);
    CHECK(held.value("assessor_id").toString() == s.teacherId);
    CHECK(held.value("moderator_id").toString() == meeting.ben);
    CHECK(held.value("moderator_explanation").toString() ==
          QLatin1String("The video shows a gestural prompt only."));
    CHECK(held.value("assessor_shown_at").toString() == QLatin1String("2026-11-23T10:01:00.000Z"));
    CHECK(held.value("final_status").toInt() == 3);
    CHECK(held.value("moderation_outcome").toString() == QLatin1String("up"));
    CHECK(held.value("progress_evidence_note").toString() == QLatin1String("Class chart, week 9."));

    // Only the assessor or SLT delete the form (and once SLT have filled it in, only SLT).
    meeting.refused("assessment_moderation_form", form, {}, meeting.ben, kForbidden,
                    QStringLiteral("Only Jo Bloggs, who assessed this moderation form, or SLT delete it."),
                    QStringLiteral("delete"));
}

STORE_TEST_CASE(moderatorJudgement,
                "A judgement as moderator is never made by the target's assessor, with or without a form",
                "[server][attacks][moderation]")
{
    Store store(backend);
    Meeting meeting(store);
    meeting.setUp();
    const School &s = meeting.school;
    // Ann assessed the target in assessment week (no form yet): she cannot moderate it.
    meeting.accepted("judgement", newUuid(),
                     meeting.judgement("assessor", 3, meeting.ann, "2026-11-20T09:00:00.000Z"), meeting.ann);
    meeting.refused(
        "judgement", newUuid(), meeting.judgement("moderator", 3, meeting.ann, "2026-11-23T09:00:00.000Z"),
        meeting.ann, kForbidden,
        QStringLiteral("You assessed this target, so you cannot also judge it as its moderator."));
    // A form is the assessor's too: Jo starts one and cannot moderate the target either.
    const QString form = newUuid();
    meeting.accepted("assessment_moderation_form", form, meeting.assessmentForm(s.teacherId), s.teacherId);
    // Ann, who judged it, cannot be named its form's moderator either, by herself or by SLT.
    meeting.refused("assessment_moderation_form", form, {{"moderator_id", meeting.ann}}, meeting.ann,
                    kForbidden,
                    QStringLiteral("You assessed this target, so you cannot be its moderator: a moderator is "
                                   "another teacher or a member of SLT."));
    meeting.refused("assessment_moderation_form", form, {{"moderator_id", meeting.ann}}, s.sltId, kForbidden,
                    QStringLiteral("Ann Lee assessed this target, so they cannot be its moderator"));
    meeting.refused(
        "judgement", newUuid(), meeting.judgement("moderator", 2, s.teacherId, "2026-11-23T09:00:00.000Z"),
        s.teacherId, kForbidden,
        QStringLiteral("You assessed this target, so you cannot also judge it as its moderator."));
    // Someone else moderates; only SLT make the final decision.
    meeting.accepted("judgement", newUuid(),
                     meeting.judgement("moderator", 3, meeting.ben, "2026-11-23T09:00:00.000Z"), meeting.ben);
    meeting.refused("judgement", newUuid(),
                    meeting.judgement("final", 3, meeting.ben, "2026-11-24T09:00:00.000Z"), meeting.ben,
                    kForbidden, QStringLiteral("Only the assessment lead or SLT record final decisions."));
    meeting.accepted("judgement", newUuid(),
                     meeting.judgement("final", 3, s.sltId, "2026-11-24T09:00:00.000Z"), s.sltId);
    // With no assessor's judgement at all, an outcome cannot be worked out, so none is accepted.
    const QString other = newUuid();
    QJsonObject fields = meeting.assessmentForm(meeting.ben);
    fields.insert(QStringLiteral("target_id"), newUuid());
    meeting.accepted("assessment_moderation_form", other, fields, meeting.ben);
    meeting.refused(
        "assessment_moderation_form", other, {{"final_status", 3}, {"moderation_outcome", "same"}}, s.sltId,
        QStringLiteral("invalid_value"),
        QStringLiteral("The moderation outcome is worked out from the assessor's first judgement"));
    meeting.accepted("assessment_moderation_form", other, {{"final_status", 3}}, s.sltId);
}

STORE_TEST_CASE(targetSettingForm,
                "A target setting moderation form: the setter's side, the moderator's questions and rewrite, "
                "the setter's answer and the SLT section each by their own person",
                "[server][attacks][moderation]")
{
    Store store(backend);
    Meeting meeting(store);
    meeting.setUp();
    const School &s = meeting.school;
    const QString form = newUuid();

    meeting.refused(
        "target_setting_moderation_form", form, meeting.targetSettingForm(s.taId), s.taId, kForbidden,
        QStringLiteral("Only teachers and senior leaders write targets, ILPs and moderation forms."));
    meeting.refused(
        "target_setting_moderation_form", form, meeting.targetSettingForm(meeting.ann), s.teacherId,
        kForbidden,
        QStringLiteral("A target setting moderation form is started by its target setter, in their "
                       "own name"));
    meeting.accepted("target_setting_moderation_form", form, meeting.targetSettingForm(s.teacherId),
                     s.teacherId);
    const QString outcome = newUuid();
    meeting.accepted("ehcp_outcome", outcome,
                     {{"pupil_id", meeting.pupil},
                      {"reference", "C1"},
                      {"text", "To ask for what he needs"},
                      {"sort_order", 0}},
                     s.teacherId);
    meeting.accepted("target_setting_form_ehcp_link", newUuid(),
                     {{"form_id", form}, {"ehcp_outcome_id", outcome}}, s.teacherId);
    meeting.refused(
        "target_setting_form_ehcp_link", newUuid(), {{"form_id", form}, {"ehcp_outcome_id", outcome}},
        meeting.ann, kForbidden,
        QStringLiteral("Only Jo Bloggs, who set this target, or SLT say which EHCP outcomes it links to."));

    // The setter does not moderate their own target.
    meeting.refused("target_setting_moderation_form", form, {{"moderator_id", s.teacherId}}, s.teacherId,
                    kForbidden,
                    QStringLiteral("You are this form's target setter, so you cannot be its moderator too"));
    meeting.refused("target_setting_moderation_form", form, {{"challenge", "too_easy"}}, s.teacherId,
                    kForbidden, QStringLiteral("You set this target, so you cannot moderate it"));
    meeting.refused("target_setting_moderation_form", form, {{"moderator_id", meeting.ben}}, meeting.ann,
                    kForbidden, QStringLiteral("Teachers name only themselves as a form's moderator."));

    // Ann moderates: her questions, the challenge and a rewrite.
    const QString rewrite =
        QStringLiteral("Alfie will ask for a drink or a snack using a two-picture sentence, "
                       "independently, on 4 of 5 days.");
    meeting.accepted("target_setting_moderation_form", form,
                     {{"moderator_id", meeting.ann},
                      {"clear_ehcp_link", "Yes: communication outcome 1."},
                      {"success_criteria_embedded", "Not yet: how often?"},
                      {"clear_what_met_looks_like", "Partly."},
                      {"provision_suitable", "Yes."},
                      {"other_suggestions", "Try it at lunch too."},
                      {"challenge", "too_easy"},
                      {"suggested_rewrite", rewrite}},
                     meeting.ann);
    meeting.refused(
        "target_setting_moderation_form", form, {{"proposed_target_text", rewrite}}, meeting.ann, kForbidden,
        QStringLiteral("Only Jo Bloggs, who set this target, or SLT fill in the target-setter section "
                       "of this form."));
    meeting.refused(
        "target_setting_moderation_form", form, {{"setter_accepts_amendment", true}}, meeting.ann, kForbidden,
        QStringLiteral("Only Jo Bloggs, who set this target, says whether they accept the moderator's "
                       "amendment."));
    meeting.refused("target_setting_moderation_form", form, {{"suggested_rewrite", "Something else."}},
                    meeting.ben, kForbidden,
                    QStringLiteral("Only Ann Lee, this form's moderator, fills in its moderator section."));

    // Jo accepts the rewrite: it becomes the proposed target, her own wording kept.
    meeting.accepted("target_setting_moderation_form", form,
                     {{"setter_accepts_amendment", true},
                      {"original_proposed_text", "Alfie will ask for a drink using a two-picture sentence."},
                      {"proposed_target_text", rewrite}},
                     s.teacherId);

    // A new rewrite asks the setter again: the moderator clears the answer with it, never alone.
    meeting.refused(
        "target_setting_moderation_form", form, {{"setter_accepts_amendment", QJsonValue::Null}}, meeting.ann,
        kForbidden,
        QStringLiteral("Only Jo Bloggs, who set this target, says whether they accept the moderator's "
                       "amendment."));
    const QString second = rewrite + QStringLiteral(" At lunch too.");
    meeting.accepted("target_setting_moderation_form", form,
                     {{"suggested_rewrite", second}, {"setter_accepts_amendment", QJsonValue::Null}},
                     meeting.ann);
    meeting.accepted("target_setting_moderation_form", form,
                     {{"setter_accepts_amendment", true}, {"proposed_target_text", second}}, s.teacherId);

    // The SLT section is SLT's alone.
    meeting.refused(
        "target_setting_moderation_form", form, {{"amendment_accepted", true}}, s.teacherId, kForbidden,
        QStringLiteral("Only the assessment lead or SLT fill in the SLT part of a moderation form."));
    meeting.accepted("target_setting_moderation_form", form,
                     {{"senior_leader_id", s.sltId},
                      {"amendment_proposed", true},
                      {"amendment_accepted", true},
                      {"moderation_outcome", "Rewrite accepted; goes into the spring ILP."}},
                     s.sltId);

    const QJsonObject held = meeting.record("target_setting_moderation_form", form);
    CHECK(held.value("proposed_target_text").toString() == second);
    CHECK(held.value("original_proposed_text").toString() ==
          QLatin1String("Alfie will ask for a drink using a two-picture sentence."));
    CHECK(held.value("moderator_id").toString() == meeting.ann);
    CHECK(held.value("challenge").toString() == QLatin1String("too_easy"));
    CHECK(held.value("amendment_accepted").toBool());
    meeting.refused(
        "target_setting_moderation_form", form, {}, meeting.ann, kForbidden,
        QStringLiteral("Only Jo Bloggs, who set this target, or SLT delete its target setting moderation "
                       "form."),
        QStringLiteral("delete"));
}
