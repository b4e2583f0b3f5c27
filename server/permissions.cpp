#include "permissions.h"

#include "valuerules.h"

#include <QSet>

namespace Stride::Server {

namespace {

bool hasAny(const QList<StaffRole> &roles, std::initializer_list<StaffRole> wanted)
{
    for (StaffRole r : wanted)
        if (roles.contains(r))
            return true;
    return false;
}

Rejection forbidden(const IncomingMutation &m, const QString &message)
{
    return {m.mutationId, QStringLiteral("forbidden"), message};
}

// A field counts as touched when the change would give it a different value from the one held;
// an empty text and a missing value are the same "nothing written". So a teacher creating a form
// (which carries every column, the SLT ones empty) is not taken to be filling in the SLT part.
bool touches(const IncomingMutation &m, const QJsonObject &current, const QString &field)
{
    if (!m.fields.contains(field))
        return false;
    auto normal = [](const QJsonValue &v) {
        return (v.isUndefined() || (v.isString() && v.toString().isEmpty())) ? QJsonValue(QJsonValue::Null)
                                                                             : v;
    };
    return normal(m.fields.value(field)) != normal(current.value(field));
}

const QSet<QString> &sltFieldsOf(const QString &entity)
{
    static const QSet<QString> none;
    static const QSet<QString> assessment{
        QStringLiteral("senior_leader_id"),   QStringLiteral("assessor_moderator_agreed"),
        QStringLiteral("mind_changed_by"),    QStringLiteral("slt_comments"),
        QStringLiteral("slt_final_decision"), QStringLiteral("final_status"),
        QStringLiteral("moderation_outcome")};
    static const QSet<QString> targetSetting{
        QStringLiteral("senior_leader_id"), QStringLiteral("amendment_proposed"),
        QStringLiteral("amendment_accepted"), QStringLiteral("moderation_outcome")};
    if (entity == QLatin1String("assessment_moderation_form"))
        return assessment;
    if (entity == QLatin1String("target_setting_moderation_form"))
        return targetSetting;
    return none;
}

} // namespace

const QSet<QString> &Permissions::sltFields(const QString &entity)
{
    return sltFieldsOf(entity);
}

QString Permissions::nameOf(const StoredRecord &staffRecord)
{
    return QStringLiteral("%1 %2").arg(staffRecord.fields.value(QLatin1String("first_name")).toString(),
                                       staffRecord.fields.value(QLatin1String("surname")).toString());
}

std::optional<Rejection> Permissions::authorOf(const IncomingMutation &m,
                                               const std::optional<StoredRecord> &staffRecord,
                                               const QString &schoolId, QList<StaffRole> *roles)
{
    if (m.authorStaffId.isEmpty())
        return Rejection{
            m.mutationId, QStringLiteral("unknown_staff"),
            QStringLiteral("This change does not say who made it. Sign in on the tablet and make it again.")};
    if (!staffRecord || staffRecord->deleted || staffRecord->schoolId != schoolId)
        return Rejection{
            m.mutationId, QStringLiteral("unknown_staff"),
            QStringLiteral("The person who made this change is not on this school's staff list in the "
                           "store. Ask the office to add them, then make the change again.")};
    const QJsonValue active = staffRecord->fields.value(QLatin1String("active"));
    if (active == QJsonValue(0) || active == QJsonValue(false))
        return Rejection{
            m.mutationId, QStringLiteral("forbidden"),
            QStringLiteral("%1 is no longer active on the staff list, so their changes are not accepted.")
                .arg(nameOf(*staffRecord))};
    *roles = ValueRules::staffRoles(staffRecord->fields.value(QLatin1String("roles")).toString());
    return std::nullopt;
}

std::optional<Rejection> Permissions::check(const IncomingMutation &m, const QList<StaffRole> &roles,
                                            const QJsonObject &current)
{
    const QString &e = m.entity;
    const bool teacherOrSlt = hasAny(roles, {StaffRole::Teacher, StaffRole::SeniorLeader});
    const bool slt = roles.contains(StaffRole::SeniorLeader);

    // Anyone on the staff: capturing evidence and its media, and marking a conflict resolved.
    static const QSet<QString> anyStaff{QStringLiteral("evidence_item"), QStringLiteral("evidence_pupil"),
                                        QStringLiteral("evidence_target"), QStringLiteral("media_reference"),
                                        QStringLiteral("conflict")};
    // The school's organisation: the office and senior leaders.
    static const QSet<QString> adminOrSlt{QStringLiteral("school"),       QStringLiteral("staff"),
                                          QStringLiteral("school_class"), QStringLiteral("class_staff"),
                                          QStringLiteral("term"),         QStringLiteral("area_of_learning")};
    // Plans and forms: teachers and senior leaders.
    static const QSet<QString> teachers{QStringLiteral("target"),
                                        QStringLiteral("target_ehcp_link"),
                                        QStringLiteral("ilp"),
                                        QStringLiteral("assessment_moderation_form"),
                                        QStringLiteral("moderation_form_evidence"),
                                        QStringLiteral("target_setting_moderation_form"),
                                        QStringLiteral("target_setting_form_ehcp_link"),
                                        QStringLiteral("profile_highlight")};
    // Pupils' details and parents' replies: teachers, senior leaders and the office.
    static const QSet<QString> pupilRecords{QStringLiteral("pupil"), QStringLiteral("ehcp_outcome"),
                                            QStringLiteral("parent_response")};

    if (anyStaff.contains(e))
        return std::nullopt;
    // Asking for deleted evidence to come back (SoftDelete): senior leaders only.
    if (e == QLatin1String("deleted_evidence")) {
        if (slt)
            return std::nullopt;
        return forbidden(m,
                         QStringLiteral("Only the assessment lead or SLT restore deleted evidence. Ask one "
                                        "of them if it should come back."));
    }
    if (adminOrSlt.contains(e)) {
        if (hasAny(roles, {StaffRole::Admin, StaffRole::SeniorLeader}))
            return std::nullopt;
        return forbidden(
            m, QStringLiteral("Only the office (admin) or senior leaders change the school's staff, classes, "
                              "terms and areas of learning."));
    }
    if (pupilRecords.contains(e)) {
        if (teacherOrSlt || roles.contains(StaffRole::Admin))
            return std::nullopt;
        return forbidden(
            m, QStringLiteral("Only teachers, senior leaders or the office change pupils' details and "
                              "parents' replies."));
    }
    if (e == QLatin1String("judgement")) {
        const QString role =
            m.fields.value(QLatin1String("role")).toString(current.value(QLatin1String("role")).toString());
        const bool needsSlt = role == QLatin1String("slt") || role == QLatin1String("final");
        if (needsSlt && !slt)
            return forbidden(m, QStringLiteral("Only the assessment lead or SLT record final decisions."));
        if (!teacherOrSlt)
            return forbidden(m, QStringLiteral("Only teachers and senior leaders judge targets."));
        // The roles checked are the author's, so a new judgement must be in the author's own name:
        // otherwise a teacher's decision could be shown as the assessment lead's, or carry the name
        // of someone who never made it. (A resend of one already held is the append-only rule's.)
        if (current.isEmpty() && m.fields.contains(QLatin1String("judged_by")) &&
            m.fields.value(QLatin1String("judged_by")).toString() != m.authorStaffId)
            return forbidden(m,
                             QStringLiteral("This judgement names someone other than the person who made it. "
                                            "Judgements are made in your own name: sign in as yourself and "
                                            "judge the target again."));
        return std::nullopt;
    }
    if (teachers.contains(e)) {
        if (!teacherOrSlt)
            return forbidden(
                m,
                QStringLiteral("Only teachers and senior leaders write targets, ILPs and moderation forms."));
        if (!slt)
            for (const QString &field : sltFieldsOf(e))
                if (touches(m, current, field))
                    return forbidden(
                        m, QStringLiteral("Only the assessment lead or SLT fill in the SLT part of a "
                                          "moderation form."));
        return std::nullopt;
    }
    return forbidden(m, QStringLiteral("Nobody may change a %1 from a tablet.").arg(e));
}

} // namespace Stride::Server
