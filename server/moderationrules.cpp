#include "moderationrules.h"

#include "permissions.h"
#include "valuerules.h"

#include <moderation/moderationoutcome.h>
#include <store/rowmapping.h>

#include <QSet>

namespace Stride::Server {

namespace {

const QString kAssessmentForm = QStringLiteral("assessment_moderation_form");
const QString kFormEvidence = QStringLiteral("moderation_form_evidence");
const QString kTargetSettingForm = QStringLiteral("target_setting_moderation_form");
const QString kEhcpLink = QStringLiteral("target_setting_form_ehcp_link");

// The moderator's part of each form. Everything that is neither this nor the SLT part (nor the
// setter's answer to an amendment) is the assessor's or the setter's, so a column added later
// belongs to the person who owns the form until someone decides otherwise.
const QSet<QString> &assessmentModeratorFields()
{
    static const QSet<QString> fields{
        QStringLiteral("moderator_id"),      QStringLiteral("moderator_explanation"),
        QStringLiteral("moderator_agreed"),  QStringLiteral("disagreement_source"),
        QStringLiteral("assessor_shown_at"), QStringLiteral("moderated_target_text"),
        QStringLiteral("moderated_evidence")};
    return fields;
}

const QSet<QString> &targetSettingModeratorFields()
{
    static const QSet<QString> fields{QStringLiteral("moderator_id"),
                                      QStringLiteral("clear_ehcp_link"),
                                      QStringLiteral("success_criteria_embedded"),
                                      QStringLiteral("clear_what_met_looks_like"),
                                      QStringLiteral("provision_suitable"),
                                      QStringLiteral("other_suggestions"),
                                      QStringLiteral("challenge"),
                                      QStringLiteral("suggested_rewrite")};
    return fields;
}

const QString kSetterAnswer = QStringLiteral("setter_accepts_amendment");

// "Nothing written" has several spellings (a missing value, null, an empty text, the empty list of
// what the moderator saw), and a yes/no travels as true or 1: a field counts as written only when
// its meaning changes, so a teacher starting a form (every column, most of them empty) is not taken
// to be filling in the moderator's part.
QJsonValue normal(const QJsonValue &v)
{
    if (v.isUndefined() || (v.isString() && (v.toString().isEmpty() || v.toString() == QLatin1String("[]"))))
        return QJsonValue(QJsonValue::Null);
    if (v.isBool())
        return QJsonValue(v.toBool() ? 1 : 0);
    return v;
}

bool writes(const IncomingMutation &m, const QJsonObject &current, const QString &field)
{
    return m.fields.contains(field) && normal(m.fields.value(field)) != normal(current.value(field));
}

// The record as it would be after the change.
QJsonObject applied(const QJsonObject &current, const QJsonObject &fields)
{
    QJsonObject after = current;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        after.insert(it.key(), it.value());
    return after;
}

QString text(const QJsonObject &record, const char *field)
{
    return record.value(QLatin1String(field)).toString();
}

Rejection forbidden(const IncomingMutation &m, const QString &message)
{
    return {m.mutationId, QStringLiteral("forbidden"), message};
}

QString statusWords(TargetStatus s)
{
    return QStringLiteral("%1 (%2)").arg(toLabel(s), toKey(s));
}

} // namespace

std::optional<Rejection> ModerationRules::check(const IncomingMutation &m, const QList<StaffRole> &roles,
                                                const QJsonObject &current)
{
    const bool slt = roles.contains(StaffRole::SeniorLeader);
    if (m.entity == kAssessmentForm)
        return checkAssessmentForm(m, slt, current);
    if (m.entity == kFormEvidence)
        return checkFormEvidence(m, slt, current);
    if (m.entity == kTargetSettingForm)
        return checkTargetSettingForm(m, slt, current);
    if (m.entity == kEhcpLink)
        return checkEhcpLink(m, slt, current);
    if (m.entity == QLatin1String("judgement"))
        return checkJudgement(m, current);
    return std::nullopt;
}

std::optional<Rejection> ModerationRules::checkAssessmentForm(const IncomingMutation &m, bool slt,
                                                              const QJsonObject &current)
{
    const QString &author = m.authorStaffId;
    const QString assessor = text(current, "assessor_id");
    if (m.isDelete()) {
        if (current.isEmpty() || slt || author == assessor)
            return std::nullopt;
        return forbidden(m, QStringLiteral("Only %1, who assessed this moderation form, or SLT delete it.")
                                .arg(nameOf(assessor)));
    }
    const QJsonObject after = applied(current, m.fields);
    const QString assessorAfter = text(after, "assessor_id");
    const QString moderatorBefore = text(current, "moderator_id");
    const QString moderatorAfter = text(after, "moderator_id");
    const QSet<QString> &sltPart = Permissions::sltFields(kAssessmentForm);

    bool assessorPart = false;
    bool moderatorPart = false;
    for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it) {
        const QString &field = it.key();
        if (field == QLatin1String("id") || sltPart.contains(field) || !writes(m, current, field))
            continue;
        if (field == QLatin1String("moderator_id"))
            continue; // naming the moderator has rules of its own, below
        if (assessmentModeratorFields().contains(field))
            moderatorPart = true;
        else
            assessorPart = true;
    }

    if (current.isEmpty()) {
        if (auto r = checkOwnerNamed(m, slt, assessorAfter, QStringLiteral("moderation form"),
                                     QStringLiteral("assessor")))
            return r;
    } else if (assessorPart) {
        if (!slt && author != assessor)
            return forbidden(m,
                             QStringLiteral("Only %1, who assessed this target, or SLT fill in the assessor "
                                            "section of this moderation form. If you are moderating it, "
                                            "write in the moderator section.")
                                 .arg(nameOf(assessor)));
        if (writes(m, current, QStringLiteral("assessor_id")) && !slt)
            return forbidden(m, QStringLiteral("Only SLT hand a moderation form to another assessor."));
        if (writes(m, current, QStringLiteral("assessor_id")))
            if (auto r = checkOwnerNamed(m, slt, assessorAfter, QStringLiteral("moderation form"),
                                         QStringLiteral("assessor")))
                return r;
    }

    if (writes(m, current, QStringLiteral("moderator_id"))) {
        if (auto r = checkModeratorNamed(m, slt, moderatorAfter, moderatorBefore, assessorAfter,
                                         QStringLiteral("assessor")))
            return r;
        // Nor anyone who assessed the target some other way (their own judgement of it, another form):
        // they could name themselves here and then never judge it as its moderator.
        if (!moderatorAfter.isEmpty() && assessesTarget(moderatorAfter, text(after, "target_id"))) {
            if (moderatorAfter == author)
                return forbidden(m,
                                 QStringLiteral("You assessed this target, so you cannot be its moderator: "
                                                "a moderator is another teacher or a member of SLT."));
            return forbidden(m, QStringLiteral("%1 assessed this target, so they cannot be its moderator: a "
                                               "moderator is another teacher or a member of SLT.")
                                    .arg(nameOf(moderatorAfter)));
        }
    }
    if (!moderatorAfter.isEmpty() && moderatorAfter == assessorAfter &&
        (writes(m, current, QStringLiteral("assessor_id")) ||
         writes(m, current, QStringLiteral("moderator_id"))))
        return forbidden(m,
                         QStringLiteral("%1 is this form's moderator, so they cannot be its assessor too. "
                                        "Name another teacher as the assessor, or another moderator first.")
                             .arg(nameOf(moderatorAfter)));

    if (moderatorPart) {
        if (author == assessorAfter)
            return forbidden(m, QStringLiteral("You assessed this target, so you cannot moderate your own "
                                               "form: a moderator is another teacher or a member of SLT, who "
                                               "judges your evidence before seeing your judgement."));
        if (moderatorAfter.isEmpty())
            return forbidden(m,
                             QStringLiteral("Nobody is named as this form's moderator yet. Name yourself as "
                                            "its moderator, then fill in the moderator section."));
        if (author != moderatorAfter)
            return forbidden(m,
                             QStringLiteral("Only %1, this form's moderator, fills in its moderator section.")
                                 .arg(nameOf(moderatorAfter)));
    }

    if (writes(m, current, QStringLiteral("moderation_outcome")) ||
        writes(m, current, QStringLiteral("final_status")))
        return checkOutcome(m, after);
    return std::nullopt;
}

std::optional<Rejection> ModerationRules::checkOutcome(const IncomingMutation &m, const QJsonObject &after)
{
    const auto outcome = fromKey<ModerationOutcome>(text(after, "moderation_outcome"));
    if (!outcome)
        return std::nullopt; // not worked out yet: nothing to disagree with
    const auto invalid = [&m](const QString &message) {
        return Rejection{m.mutationId, QStringLiteral("invalid_value"), message};
    };
    const QJsonValue finalValue = after.value(QLatin1String("final_status"));
    const int finalNumber = finalValue.isString() ? finalValue.toString().toInt() : finalValue.toInt();
    if (finalNumber < 1 || finalNumber > 4)
        return invalid(
            QStringLiteral("The moderation outcome is worked out from the final target status, and "
                           "this form has none. Choose the final target status; Stride then works "
                           "out the outcome."));
    const auto first = assessorsFirstJudgement(text(after, "target_id"));
    if (!first)
        return invalid(
            QStringLiteral("The moderation outcome is worked out from the assessor's first judgement "
                           "of the target, and there is none in the store yet. Record the "
                           "assessor's judgement first; Stride then works out the outcome."));
    const auto finalStatus = static_cast<TargetStatus>(finalNumber);
    const ModerationOutcome expected = *moderationOutcome(*first, finalStatus);
    if (expected == *outcome)
        return std::nullopt;
    return invalid(
        QStringLiteral("The moderation outcome is worked out, not chosen: the assessor first judged "
                       "this target %1 and its final status is %2, so the outcome is %3, not %4. "
                       "Open the form again on this tablet so that Stride works it out.")
            .arg(statusWords(*first), statusWords(finalStatus), toLabel(expected), toLabel(*outcome)));
}

std::optional<Rejection> ModerationRules::checkFormEvidence(const IncomingMutation &m, bool slt,
                                                            const QJsonObject &current)
{
    const QString &author = m.authorStaffId;
    const auto mayChange = [&](const std::optional<StoredRecord> &form) {
        return !form || slt || text(form->fields, "assessor_id") == author;
    };
    const auto refusal = [&](const StoredRecord &form) {
        return forbidden(m,
                         QStringLiteral("Only %1, who assessed this moderation form, or SLT attach evidence "
                                        "to it or take evidence off it.")
                             .arg(nameOf(text(form.fields, "assessor_id"))));
    };
    if (!current.isEmpty()) {
        const auto held = live(kAssessmentForm, text(current, "form_id"));
        if (!mayChange(held))
            return refusal(*held);
    }
    if (m.isDelete())
        return std::nullopt;
    bool changes = current.isEmpty();
    for (auto it = m.fields.constBegin(); it != m.fields.constEnd() && !changes; ++it)
        changes = it.key() != QLatin1String("id") && writes(m, current, it.key());
    if (!changes)
        return std::nullopt;

    const QJsonObject after = applied(current, m.fields);
    const auto form = live(kAssessmentForm, text(after, "form_id"));
    if (!form)
        return forbidden(m, QStringLiteral("The moderation form this evidence is attached to is not in the "
                                           "store (it may have been deleted). Open the form again and attach "
                                           "the evidence there."));
    if (!mayChange(form))
        return refusal(*form);
    if (!writes(m, current, QStringLiteral("form_id")) && !writes(m, current, QStringLiteral("evidence_id")))
        return std::nullopt; // only its place in the list
    const QString targetId = text(form->fields, "target_id");
    for (const StoredRecord &link :
         m_records.recordsReferring(m_schoolId, QStringLiteral("evidence_target"),
                                    QStringLiteral("evidence_id"), text(after, "evidence_id")))
        if (text(link.fields, "target_id") == targetId)
            return std::nullopt;
    return forbidden(m,
                     QStringLiteral("This evidence is not linked to the form's target, so it is not evidence "
                                    "of progress with it. Link the evidence to that target on its evidence "
                                    "page first, then attach it."));
}

std::optional<Rejection> ModerationRules::checkTargetSettingForm(const IncomingMutation &m, bool slt,
                                                                 const QJsonObject &current)
{
    const QString &author = m.authorStaffId;
    const QString setter = text(current, "setter_id");
    if (m.isDelete()) {
        if (current.isEmpty() || slt || author == setter)
            return std::nullopt;
        return forbidden(m, QStringLiteral("Only %1, who set this target, or SLT delete its target setting "
                                           "moderation form.")
                                .arg(nameOf(setter)));
    }
    const QJsonObject after = applied(current, m.fields);
    const QString setterAfter = text(after, "setter_id");
    const QString moderatorBefore = text(current, "moderator_id");
    const QString moderatorAfter = text(after, "moderator_id");
    const QSet<QString> &sltPart = Permissions::sltFields(kTargetSettingForm);

    bool setterPart = false;
    bool moderatorPart = false;
    for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it) {
        const QString &field = it.key();
        if (field == QLatin1String("id") || field == QLatin1String("moderator_id") ||
            field == kSetterAnswer || sltPart.contains(field) || !writes(m, current, field))
            continue;
        if (targetSettingModeratorFields().contains(field))
            moderatorPart = true;
        else
            setterPart = true;
    }

    if (current.isEmpty()) {
        if (auto r = checkOwnerNamed(m, slt, setterAfter, QStringLiteral("target setting moderation form"),
                                     QStringLiteral("target setter")))
            return r;
    } else if (setterPart) {
        if (!slt && author != setter)
            return forbidden(m,
                             QStringLiteral("Only %1, who set this target, or SLT fill in the target-setter "
                                            "section of this form. If you are moderating it, write in the "
                                            "moderator section.")
                                 .arg(nameOf(setter)));
        if (writes(m, current, QStringLiteral("setter_id")) && !slt)
            return forbidden(m, QStringLiteral("Only SLT hand a target setting moderation form to another "
                                               "target setter."));
        if (writes(m, current, QStringLiteral("setter_id")))
            if (auto r =
                    checkOwnerNamed(m, slt, setterAfter, QStringLiteral("target setting moderation form"),
                                    QStringLiteral("target setter")))
                return r;
    }

    if (writes(m, current, QStringLiteral("moderator_id")))
        if (auto r = checkModeratorNamed(m, slt, moderatorAfter, moderatorBefore, setterAfter,
                                         QStringLiteral("target setter")))
            return r;
    if (!moderatorAfter.isEmpty() && moderatorAfter == setterAfter &&
        (writes(m, current, QStringLiteral("setter_id")) ||
         writes(m, current, QStringLiteral("moderator_id"))))
        return forbidden(
            m, QStringLiteral("%1 is this form's moderator, so they cannot be its target setter "
                              "too. Name another teacher as the setter, or another moderator first.")
                   .arg(nameOf(moderatorAfter)));

    if (moderatorPart) {
        if (author == setterAfter)
            return forbidden(m,
                             QStringLiteral("You set this target, so you cannot moderate it: a moderator is "
                                            "another teacher or a member of SLT."));
        if (moderatorAfter.isEmpty())
            return forbidden(m,
                             QStringLiteral("Nobody is named as this form's moderator yet. Name yourself as "
                                            "its moderator, then fill in the moderator section."));
        if (author != moderatorAfter)
            return forbidden(m,
                             QStringLiteral("Only %1, this form's moderator, fills in its moderator section.")
                                 .arg(nameOf(moderatorAfter)));
    }
    // A new rewrite asks the setter again: its moderator may clear the setter's answer with it, but
    // only the setter says yes or no.
    const bool answerCleared = normal(m.fields.value(kSetterAnswer)).isNull() && author == moderatorAfter &&
                               writes(m, current, QStringLiteral("suggested_rewrite"));
    if (writes(m, current, kSetterAnswer) && author != setterAfter && !answerCleared)
        return forbidden(m, QStringLiteral("Only %1, who set this target, says whether they accept the "
                                           "moderator's amendment.")
                                .arg(nameOf(setterAfter)));
    return std::nullopt;
}

std::optional<Rejection> ModerationRules::checkEhcpLink(const IncomingMutation &m, bool slt,
                                                        const QJsonObject &current)
{
    if (slt)
        return std::nullopt;
    QStringList formIds{text(current, "form_id")};
    if (!m.isDelete())
        formIds << text(applied(current, m.fields), "form_id");
    for (const QString &formId : formIds) {
        const auto form = live(kTargetSettingForm, formId);
        if (form && text(form->fields, "setter_id") != m.authorStaffId)
            return forbidden(m,
                             QStringLiteral("Only %1, who set this target, or SLT say which EHCP outcomes it "
                                            "links to.")
                                 .arg(nameOf(text(form->fields, "setter_id"))));
    }
    return std::nullopt;
}

std::optional<Rejection> ModerationRules::checkJudgement(const IncomingMutation &m,
                                                         const QJsonObject &current)
{
    // A judgement already held is the append-only rule's business.
    if (m.isDelete() || !current.isEmpty() || text(m.fields, "role") != QLatin1String("moderator"))
        return std::nullopt;
    if (!assessesTarget(m.authorStaffId, text(m.fields, "target_id")))
        return std::nullopt;
    return forbidden(m,
                     QStringLiteral("You assessed this target, so you cannot also judge it as its moderator. "
                                    "Another teacher or a member of SLT moderates it, without your "
                                    "judgement in front of them."));
}

std::optional<Rejection> ModerationRules::checkOwnerNamed(const IncomingMutation &m, bool slt,
                                                          const QString &owner, const QString &formName,
                                                          const QString &ownerWord)
{
    if (owner.isEmpty() || owner == m.authorStaffId)
        return std::nullopt; // a missing owner is refused as an incomplete row; the author may write
    if (!slt)
        return forbidden(
            m, QStringLiteral("A %1 is started by its %2, in their own name, and this one names %3. "
                              "Start it yourself as its %2, or ask SLT to start it for %3.")
                   .arg(formName, ownerWord, nameOf(owner)));
    if (auto why = whyNotTeacherOrSlt(owner, ownerWord))
        return forbidden(m, *why);
    return std::nullopt;
}

std::optional<Rejection> ModerationRules::checkModeratorNamed(const IncomingMutation &m, bool slt,
                                                              const QString &named, const QString &wasNamed,
                                                              const QString &owner, const QString &ownerWord)
{
    const QString &author = m.authorStaffId;
    if (named.isEmpty()) {
        if (slt || wasNamed == author)
            return std::nullopt;
        return forbidden(m, QStringLiteral("Only %1, this form's moderator, or SLT take their name off it.")
                                .arg(nameOf(wasNamed)));
    }
    if (named == owner && named == author)
        return forbidden(m, QStringLiteral("You are this form's %1, so you cannot be its moderator too: a "
                                           "moderator is another teacher or a member of SLT.")
                                .arg(ownerWord));
    if (named == owner)
        return forbidden(m, QStringLiteral("%1 is this form's %2, so they cannot be its moderator too: a "
                                           "moderator is another teacher or a member of SLT.")
                                .arg(nameOf(named), ownerWord));
    if (!slt) {
        if (named != author)
            return forbidden(m,
                             QStringLiteral("Teachers name only themselves as a form's moderator. To have %1 "
                                            "moderate it, ask SLT to name them.")
                                 .arg(nameOf(named)));
        if (!wasNamed.isEmpty() && wasNamed != author)
            return forbidden(m,
                             QStringLiteral("%1 is already this form's moderator. Only SLT name someone else "
                                            "in their place.")
                                 .arg(nameOf(wasNamed)));
    }
    if (auto why = whyNotTeacherOrSlt(named, QStringLiteral("moderator")))
        return forbidden(m, *why);
    return std::nullopt;
}

std::optional<QString> ModerationRules::whyNotTeacherOrSlt(const QString &staffId, const QString &asWhat)
{
    const auto person = live(QStringLiteral("staff"), staffId);
    if (!person)
        return QStringLiteral("The %1 named is not on this school's staff list in the store. Choose someone "
                              "who is.")
            .arg(asWhat);
    const QJsonValue active = person->fields.value(QLatin1String("active"));
    if (active == QJsonValue(0) || active == QJsonValue(false))
        return QStringLiteral("%1 is no longer active on the staff list, so they cannot be a form's %2.")
            .arg(Permissions::nameOf(*person), asWhat);
    const QList<StaffRole> roles = ValueRules::staffRoles(text(person->fields, "roles"));
    if (roles.contains(StaffRole::Teacher) || roles.contains(StaffRole::SeniorLeader))
        return std::nullopt;
    return QStringLiteral("%1 is not a teacher or a member of SLT, so they cannot be a form's %2. Choose a "
                          "teacher or a member of SLT.")
        .arg(Permissions::nameOf(*person), asWhat);
}

std::optional<TargetStatus> ModerationRules::assessorsFirstJudgement(const QString &targetId)
{
    QList<Judgement> judgements;
    for (const StoredRecord &r : m_records.recordsReferring(m_schoolId, QStringLiteral("judgement"),
                                                            QStringLiteral("target_id"), targetId)) {
        QVariantMap row = r.fields.toVariantMap();
        row.insert(QStringLiteral("id"), r.entityId);
        judgements << RowMapping::toJudgement(row);
    }
    // The tablets' own rule, so that the store and every tablet agree on which judgement was first.
    if (const auto first = assessorFirstJudgement(judgements))
        return first->status;
    return std::nullopt;
}

bool ModerationRules::assessesTarget(const QString &staffId, const QString &targetId)
{
    for (const StoredRecord &form :
         m_records.recordsReferring(m_schoolId, kAssessmentForm, QStringLiteral("target_id"), targetId))
        if (text(form.fields, "assessor_id") == staffId)
            return true;
    for (const StoredRecord &j : m_records.recordsReferring(m_schoolId, QStringLiteral("judgement"),
                                                            QStringLiteral("target_id"), targetId))
        if (text(j.fields, "role") == QLatin1String("assessor") && text(j.fields, "judged_by") == staffId)
            return true;
    return false;
}

std::optional<StoredRecord> ModerationRules::live(const QString &entity, const QString &id)
{
    if (id.isEmpty())
        return std::nullopt;
    auto r = m_records.find(entity, id);
    if (!r || r->deleted || r->schoolId != m_schoolId)
        return std::nullopt;
    return r;
}

QString ModerationRules::nameOf(const QString &staffId)
{
    if (const auto person = live(QStringLiteral("staff"), staffId))
        return Permissions::nameOf(*person);
    return QStringLiteral("the person named on it");
}

} // namespace Stride::Server
