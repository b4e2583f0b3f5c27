#include "demoschool.h"

#include "../moderation/formchanges.h"
#include "../moderation/moderationoutcome.h"
#include "../moderation/targetrewrite.h"
#include "../people/staffpin.h"
#include "../review/judgementhistory.h"
#include "../store/store.h"
#include "../termend/parentreplies.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Stride {

namespace {

QString s(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDate date(const QJsonObject &o, const char *key)
{
    return QDate::fromString(s(o, key), Qt::ISODate);
}

template <typename E> QList<E> keyList(const QJsonValue &v)
{
    QList<E> list;
    for (const QJsonValue &item : v.toArray())
        if (auto e = fromKey<E>(item.toString()))
            list << *e;
    return list;
}

// Builds the school from the JSON, resolving the file's short keys ("oak", "s1", "p01", "CI") to
// the UUIDs the store uses. Any failure stops the load with a message naming what went wrong.
class Loader
{
public:
    explicit Loader(Store &store) : m_store(store) {}

    bool run(const QJsonObject &root)
    {
        const QJsonObject schoolJson = root.value(QLatin1String("school")).toObject();
        School school{newId(), s(schoolJson, "name"), s(schoolJson, "urn"), s(schoolJson, "parent_letter")};
        m_schoolId = school.id;
        if (!save(school, QStringLiteral("the school")))
            return false;
        for (const QJsonValue &v : root.value(QLatin1String("areas")).toArray())
            if (!addArea(v.toObject()))
                return false;
        for (const QJsonValue &v : root.value(QLatin1String("terms")).toArray())
            if (!addTerm(v.toObject()))
                return false;
        m_currentTermId = m_termIds.value(s(root, "current_term"));
        m_previousTermId = previousTerm(root);
        for (const QJsonValue &v : root.value(QLatin1String("classes")).toArray()) {
            const QJsonObject c = v.toObject();
            SchoolClass sc{newId(), m_schoolId, s(c, "name"), {}};
            m_classIds.insert(s(c, "key"), sc.id);
            if (!save(sc, sc.name))
                return false;
        }
        for (const QJsonValue &v : root.value(QLatin1String("staff")).toArray())
            if (!addStaff(v.toObject()))
                return false;
        for (const QJsonValue &v : root.value(QLatin1String("pupils")).toArray())
            if (!addPupil(v.toObject()))
                return false;
        for (const QJsonValue &v : root.value(QLatin1String("pupils")).toArray()) {
            const QJsonObject p = v.toObject();
            for (const QJsonValue &e : p.value(QLatin1String("evidence")).toArray()) {
                QJsonObject item = e.toObject();
                item.insert(QLatin1String("pupils"),
                            QJsonArray{QJsonObject{
                                {QLatin1String("pupil"), s(p, "key")},
                                {QLatin1String("target_areas"), item.value(QLatin1String("target_areas"))}}});
                if (!addEvidence(item))
                    return false;
            }
        }
        for (const QJsonValue &v : root.value(QLatin1String("group_evidence")).toArray())
            if (!addEvidence(v.toObject()))
                return false;
        const QJsonObject moderation = root.value(QLatin1String("moderation")).toObject();
        for (const QJsonValue &v : moderation.value(QLatin1String("assessment_forms")).toArray())
            if (!addAssessmentForm(v.toObject()))
                return false;
        for (const QJsonValue &v : moderation.value(QLatin1String("target_setting_forms")).toArray())
            if (!addTargetSettingForm(v.toObject()))
                return false;
        // Last, so next term's ILPs made above (by whatever made them) are the ones replied to.
        for (const QJsonValue &v : root.value(QLatin1String("parent_replies")).toArray())
            if (!addParentReply(v.toObject()))
                return false;
        return true;
    }

    QString schoolId() const { return m_schoolId; }
    QString error() const { return m_error; }

private:
    template <typename T> bool save(const T &value, const QString &what)
    {
        const WriteResult r = m_store.save(value);
        if (!r.ok)
            m_error = QStringLiteral("The demo school could not be created (%1): %2").arg(what, r.message);
        return r.ok;
    }

    QString previousTerm(const QJsonObject &root)
    {
        // The term before the current one, for last term's targets and judgements.
        QString previous;
        for (const QJsonValue &v : root.value(QLatin1String("terms")).toArray()) {
            const QString key = s(v.toObject(), "key");
            if (key == s(root, "current_term"))
                break;
            previous = m_termIds.value(key);
        }
        return previous;
    }

    bool addArea(const QJsonObject &a)
    {
        AreaOfLearning area;
        area.id = newId();
        area.schoolId = m_schoolId;
        area.name = s(a, "name");
        area.kind = fromKey<AreaKind>(s(a, "kind")).value_or(AreaKind::SendCodeOfPractice);
        area.sortOrder = m_areaIds.size() + 1;
        if (!a.value(QLatin1String("min_key_stage")).isNull())
            area.minKeyStage = a.value(QLatin1String("min_key_stage")).toInt();
        m_areaIds.insert(s(a, "key"), area.id);
        return save(area, area.name);
    }

    bool addTerm(const QJsonObject &t)
    {
        Term term;
        term.id = newId();
        term.schoolId = m_schoolId;
        term.name = s(t, "name");
        term.startsOn = date(t, "starts_on");
        term.halfTermStartsOn = date(t, "half_term_starts_on");
        term.halfTermEndsOn = date(t, "half_term_ends_on");
        term.endsOn = date(t, "ends_on");
        term.assessmentWeekStartsOn = date(t, "assessment_week_starts_on");
        term.moderationWeekStartsOn = date(t, "moderation_week_starts_on");
        term.progressMeetingsWeekStartsOn = date(t, "progress_meetings_week_starts_on");
        term.ilpDocumentsWeekStartsOn = date(t, "ilp_documents_week_starts_on");
        term.finalWeekStartsOn = date(t, "final_week_starts_on");
        // A term still to come has only its dates from the calendar; the cycle is counted back
        // from its end as seed 000 does, as a school setting up next term would leave it.
        if (s(t, "cycle") == QLatin1String("standard"))
            term.applyStandardCycle();
        m_termIds.insert(s(t, "key"), term.id);
        m_terms.insert(term.id, term);
        return save(term, term.name);
    }

    bool addStaff(const QJsonObject &j)
    {
        Staff staff;
        staff.id = newId();
        staff.schoolId = m_schoolId;
        staff.firstName = s(j, "first_name");
        staff.surname = s(j, "surname");
        staff.email = s(j, "email");
        staff.roles = keyList<StaffRole>(j.value(QLatin1String("roles")));
        for (const QJsonValue &c : j.value(QLatin1String("classes")).toArray())
            staff.classIds << m_classIds.value(c.toString());
        if (!StaffPin::set(staff, s(j, "pin"))) {
            m_error = QStringLiteral("The demo PIN for %1 is not allowed.").arg(staff.displayName());
            return false;
        }
        m_staffIds.insert(s(j, "key"), staff.id);
        if (staff.hasRole(StaffRole::Teacher) && !staff.classIds.isEmpty())
            m_classTeacher.insert(staff.classIds.first(), staff.id);
        if (staff.hasRole(StaffRole::SeniorLeader) && staff.hasRole(StaffRole::Teacher))
            m_assessmentLead = staff.id;
        return save(staff, staff.displayName());
    }

    bool addPupil(const QJsonObject &j)
    {
        Pupil pupil;
        pupil.id = newId();
        pupil.schoolId = m_schoolId;
        pupil.classId = m_classIds.value(s(j, "class"));
        pupil.upn = s(j, "upn");
        pupil.firstName = s(j, "first_name");
        pupil.surname = s(j, "surname");
        pupil.initials = Pupil::initialsFor(pupil.firstName, pupil.surname);
        pupil.yearGroup = j.value(QLatin1String("year_group")).toInt();
        pupil.keyStage = j.value(QLatin1String("key_stage")).toInt();
        pupil.specificNeeds = s(j, "specific_needs");
        pupil.pronouns = fromKey<Pronouns>(s(j, "pronouns")).value_or(Pronouns::They);
        pupil.mediaConsent = fromKey<MediaConsent>(s(j, "media_consent")).value_or(MediaConsent::None);
        QHash<QString, QString> outcomeIds;
        int order = 0;
        for (const QJsonValue &v : j.value(QLatin1String("ehcp_outcomes")).toArray()) {
            const QJsonObject o = v.toObject();
            EhcpOutcome outcome{newId(), pupil.id, s(o, "ref"), s(o, "text"), ++order};
            outcomeIds.insert(outcome.reference, outcome.id);
            pupil.ehcpOutcomes << outcome;
        }
        m_pupilIds.insert(s(j, "key"), pupil.id);
        m_outcomeIds.insert(pupil.id, outcomeIds);
        if (!save(pupil, pupil.displayName()))
            return false;

        QHash<QString, QString> previousByArea;
        if (!m_previousTermId.isEmpty()) {
            Ilp previous{newId(), pupil.id, m_previousTermId, s(j, "additional_provision")};
            if (!save(previous, pupil.displayName()))
                return false;
            for (const QJsonValue &v : j.value(QLatin1String("previous_targets")).toArray()) {
                const QJsonObject t = v.toObject();
                Target target = makeTarget(t, previous.id, outcomeIds);
                previousByArea.insert(s(t, "area"), target.id);
                if (!save(target, pupil.displayName()) || !judgePrevious(t, target, pupil))
                    return false;
            }
        }
        Ilp current{newId(), pupil.id, m_currentTermId, s(j, "additional_provision")};
        if (!save(current, pupil.displayName()))
            return false;
        for (const QJsonValue &v : j.value(QLatin1String("targets")).toArray()) {
            const QJsonObject t = v.toObject();
            Target target = makeTarget(t, current.id, outcomeIds);
            target.lineage = fromKey<TargetLineage>(s(t, "lineage")).value_or(TargetLineage::New);
            if (target.lineage != TargetLineage::New)
                target.lineageTargetId = previousByArea.value(s(t, "area"));
            m_currentTargets[pupil.id].insert(s(t, "area"), target.id);
            if (!save(target, pupil.displayName()) || !judgeCurrent(t, target, pupil))
                return false;
        }
        return true;
    }

    Target makeTarget(const QJsonObject &t, const QString &ilpId, const QHash<QString, QString> &outcomeIds)
    {
        Target target;
        target.id = newId();
        target.ilpId = ilpId;
        target.areaId = m_areaIds.value(s(t, "area"));
        target.text = s(t, "text");
        for (const QJsonValue &ref : t.value(QLatin1String("ehcp_refs")).toArray())
            target.ehcpOutcomeIds << outcomeIds.value(ref.toString());
        target.noEhcpLinkReason = s(t, "no_ehcp_reason");
        target.aspects = keyList<MappAspect>(t.value(QLatin1String("aspects")));
        target.provision = s(t, "provision");
        target.predictedCompletionOn = date(t, "predicted_completion_on");
        target.sortOrder = 0;
        return target;
    }

    // Last term's targets were judged at its assessment week by the class teacher, and the
    // assessment lead recorded the final status at the progress meeting.
    bool judgePrevious(const QJsonObject &t, const Target &target, const Pupil &pupil)
    {
        const Term &term = m_terms[m_previousTermId];
        const auto status = static_cast<TargetStatus>(t.value(QLatin1String("status")).toInt());
        const auto nextStep = fromKey<NextStep>(s(t, "next_step"));
        Judgement assessor;
        assessor.id = newId();
        assessor.targetId = target.id;
        assessor.role = JudgementRole::Assessor;
        assessor.status = status;
        assessor.nextStep = nextStep;
        assessor.judgedBy = m_classTeacher.value(pupil.classId);
        assessor.judgedAt = QDateTime(term.assessmentWeekStartsOn.addDays(4), QTime(15, 30));
        Judgement final = assessor;
        final.id = newId();
        final.role = JudgementRole::Final;
        final.judgedBy = m_assessmentLead;
        final.judgedAt = QDateTime(term.progressMeetingsWeekStartsOn.addDays(2), QTime(13, 0));
        return save(assessor, pupil.displayName()) && save(final, pupil.displayName());
    }

    // This term is in assessment week: the class teacher has judged some targets so far, with
    // what the pupil can do now and their voice on it. A later judgement of the same target is a
    // changed mind, and supersedes the one before it, as a number crossed out on the paper form.
    bool judgeCurrent(const QJsonObject &t, const Target &target, const Pupil &pupil)
    {
        QString earlier;
        for (const QJsonValue &v : t.value(QLatin1String("judgements")).toArray()) {
            const QJsonObject j = v.toObject();
            Judgement judgement;
            judgement.id = newId();
            judgement.targetId = target.id;
            judgement.role = JudgementRole::Assessor;
            judgement.status = static_cast<TargetStatus>(j.value(QLatin1String("status")).toInt());
            judgement.nextStep = fromKey<NextStep>(s(j, "next_step"));
            judgement.judgedBy = m_classTeacher.value(pupil.classId);
            judgement.judgedAt = QDateTime::fromString(s(j, "judged_at"), Qt::ISODate);
            judgement.note = s(j, "note");
            judgement.currentAbilities = s(j, "current_abilities");
            judgement.learnerVoice = s(j, "learner_voice");
            judgement.supersedesId = earlier;
            if (!save(judgement, pupil.displayName()))
                return false;
            earlier = judgement.id;
        }
        return true;
    }

    bool addEvidence(const QJsonObject &j)
    {
        EvidenceItem item;
        item.id = newId();
        item.schoolId = m_schoolId;
        item.kind = fromKey<EvidenceKind>(s(j, "kind")).value_or(EvidenceKind::Written);
        item.capturedAt = QDateTime::fromString(s(j, "captured_at"), Qt::ISODate);
        item.capturedBy = m_staffIds.value(s(j, "by"));
        item.note = s(j, "note");
        if (!j.value(QLatin1String("prompt_level")).isNull())
            item.promptLevel = fromKey<PromptLevel>(s(j, "prompt_level"));
        item.setting = s(j, "setting");
        item.peoplePresent = s(j, "people_present");
        item.measure = s(j, "measure");
        item.learnerVoice = s(j, "learner_voice");
        item.visibility = fromKey<Visibility>(s(j, "visibility")).value_or(Visibility::InternalOnly);
        for (const QJsonValue &v : j.value(QLatin1String("pupils")).toArray()) {
            const QJsonObject p = v.toObject();
            const QString pupilId = m_pupilIds.value(s(p, "pupil"));
            EvidencePupil ep{pupilId, {}};
            for (const QJsonValue &area : p.value(QLatin1String("target_areas")).toArray())
                ep.targetIds << m_currentTargets.value(pupilId).value(area.toString());
            item.pupils << ep;
        }
        m_store.setActingStaffId(item.capturedBy);
        const bool ok =
            save(item, QStringLiteral("evidence of %1").arg(item.capturedAt.toString(Qt::ISODate)));
        m_store.setActingStaffId({});
        return ok;
    }

    // This term's moderation meeting is under way (seed 000: four weeks before the end of term),
    // brought forward in Oak and Willow: forms filled with the target's evidence attached, one
    // moderated blind and finished by SLT, one moderated blind and waiting for SLT, one waiting for
    // its moderator, one still being filled. The judgements, the snapshot of what the moderator saw,
    // the outcome and an accepted rewrite go through the same rules the pages use.
    bool judge(const QString &targetId, JudgementRole role, const QString &by, const QJsonObject &j,
               const QString &what)
    {
        Judgement judgement;
        judgement.id = newId();
        judgement.targetId = targetId;
        judgement.role = role;
        judgement.status = static_cast<TargetStatus>(j.value(QLatin1String("status")).toInt());
        judgement.judgedBy = by;
        judgement.judgedAt = QDateTime::fromString(s(j, "judged_at"), Qt::ISODate);
        judgement.note = s(j, "note");
        return save(judgement, what);
    }

    // The target's evidence recorded before the form was made, oldest first.
    QStringList evidenceBefore(const QString &targetId, const QDateTime &before)
    {
        EvidenceFilter filter;
        filter.targetId = targetId;
        QStringList ids;
        for (const EvidenceItem &item : m_store.evidence(filter, 100))
            if (item.capturedAt < before)
                ids.prepend(item.id);
        return ids;
    }

    std::optional<bool> yesNo(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isBool() ? std::optional(v.toBool()) : std::nullopt;
    }

    bool addAssessmentForm(const QJsonObject &j)
    {
        const QString pupilId = m_pupilIds.value(s(j, "pupil"));
        const QString what = QStringLiteral("the assessment moderation form of %1").arg(s(j, "pupil"));
        AssessmentModerationForm form;
        form.id = newId();
        form.targetId = m_currentTargets.value(pupilId).value(s(j, "area"));
        form.assessorId = m_staffIds.value(s(j, "assessor"));
        form.createdAt = QDateTime::fromString(s(j, "created_at"), Qt::ISODate);
        form.startingPoint = s(j, "starting_point");
        form.provisionUsed = s(j, "provision_used");
        form.progressEvidenceNote = s(j, "progress_evidence_note");
        form.currentAbilities = s(j, "current_abilities");
        form.evidenceIds = evidenceBefore(form.targetId, form.createdAt);
        form.moderatorId = m_staffIds.value(s(j, "moderator"));
        const QJsonObject moderatorJudgement = j.value(QLatin1String("moderator_judgement")).toObject();
        if (!moderatorJudgement.isEmpty()) {
            if (!judge(form.targetId, JudgementRole::Moderator, form.moderatorId, moderatorJudgement, what))
                return false;
            form = withWhatTheModeratorSaw(m_store, form);
            form.assessorShownAt = QDateTime::fromString(s(j, "assessor_shown_at"), Qt::ISODate);
            form.moderatorExplanation = s(j, "moderator_explanation");
            form.moderatorAgreed = yesNo(j, "moderator_agreed");
            form.disagreementSource = s(j, "disagreement_source");
        }
        form.seniorLeaderId = m_staffIds.value(s(j, "senior_leader"));
        const QJsonObject sltJudgement = j.value(QLatin1String("slt_judgement")).toObject();
        if (!sltJudgement.isEmpty() &&
            !judge(form.targetId, JudgementRole::SeniorLeader, form.seniorLeaderId, sltJudgement, what))
            return false;
        form.assessorModeratorAgreed = yesNo(j, "assessor_moderator_agreed");
        form.mindChangedBy = fromKey<MindChangedBy>(s(j, "mind_changed_by"));
        form.sltComments = s(j, "slt_comments");
        form.sltFinalDecision = s(j, "slt_final_decision");
        if (const int status = j.value(QLatin1String("final_status")).toInt(); status >= 1 && status <= 4)
            form.finalStatus = static_cast<TargetStatus>(status);
        form = withWorkedOutOutcome(form, m_store.judgementsOfTarget(form.targetId));
        return save(form, what);
    }

    bool addTargetSettingForm(const QJsonObject &j)
    {
        const QString pupilId = m_pupilIds.value(s(j, "pupil"));
        TargetSettingModerationForm form;
        form.id = newId();
        form.pupilId = pupilId;
        form.areaId = m_areaIds.value(s(j, "area"));
        form.termId = m_currentTermId;
        form.previousTargetId = m_currentTargets.value(pupilId).value(s(j, "area"));
        form.createdAt = QDateTime::fromString(s(j, "created_at"), Qt::ISODate);
        form.setterId = m_staffIds.value(s(j, "setter"));
        // The previous target's status and next step, as its class teacher judged it.
        if (const auto judged = judgementHistory(m_store.judgementsOfTarget(form.previousTargetId))
                                    .current(JudgementRole::Assessor)) {
            form.previousStatus = judged->status;
            form.nextStep = judged->nextStep;
        }
        form.proposedTargetText = s(j, "proposed_target");
        form.reasons = s(j, "reasons");
        for (const QJsonValue &ref : j.value(QLatin1String("ehcp_refs")).toArray())
            form.ehcpOutcomeIds << m_outcomeIds.value(pupilId).value(ref.toString());
        form.noEhcpLinkReason = s(j, "no_ehcp_reason");
        form.plannedProvision = s(j, "planned_provision");
        form.moderatorId = m_staffIds.value(s(j, "moderator"));
        form.clearEhcpLink = s(j, "clear_ehcp_link");
        form.successCriteriaEmbedded = s(j, "success_criteria_embedded");
        form.clearWhatMetLooksLike = s(j, "clear_what_met_looks_like");
        form.provisionSuitable = s(j, "provision_suitable");
        form.otherSuggestions = s(j, "other_suggestions");
        form.challenge = fromKey<ChallengeLevel>(s(j, "challenge"));
        form.suggestedRewrite = s(j, "suggested_rewrite");
        if (const auto accepts = yesNo(j, "setter_accepts")) {
            const RewriteAnswer answer =
                *accepts ? acceptRewrite(form, std::nullopt) : declineRewrite(form, std::nullopt);
            if (!answer.ok) {
                m_error = QStringLiteral("The demo school could not be created: %1").arg(answer.refusal);
                return false;
            }
            form = answer.form;
        }
        form.seniorLeaderId = m_staffIds.value(s(j, "senior_leader"));
        form.amendmentProposed = yesNo(j, "amendment_proposed");
        form.amendmentAccepted = yesNo(j, "amendment_accepted");
        form.moderationOutcome = s(j, "outcome");
        return save(form, QStringLiteral("the target setting moderation form of %1").arg(s(j, "pupil")));
    }

    // A family's reply slip from the progress report that went home in autumn's ILP documents week,
    // recorded against the pupil's ILP for the new term, as the reply page records it.
    bool addParentReply(const QJsonObject &j)
    {
        const QString pupilId = m_pupilIds.value(s(j, "pupil"));
        const QString termId = m_termIds.value(s(j, "term"));
        const QString what = QStringLiteral("the parents' reply of %1").arg(s(j, "pupil"));
        std::optional<Ilp> ilp = m_store.ilpFor(pupilId, termId);
        if (!ilp) {
            // The new term's ILP as rollover and next term's targets make it (the same id).
            ilp = Ilp{linkId(pupilId, termId), pupilId, termId, {}};
            if (!save(*ilp, what))
                return false;
        }
        ParentResponse reply =
            ParentReplies::newReply(ilp->id, m_staffIds.value(s(j, "recorded_by")), date(j, "received_on"));
        reply.respondentName = s(j, "respondent");
        reply.approved = j.value(QLatin1String("approved")).toBool();
        reply.comments = s(j, "comments");
        return save(reply, what);
    }

    Store &m_store;
    QString m_error;
    QString m_schoolId;
    QString m_currentTermId;
    QString m_previousTermId;
    QString m_assessmentLead;
    QHash<QString, QString> m_areaIds, m_termIds, m_classIds, m_staffIds, m_pupilIds, m_classTeacher;
    QHash<QString, Term> m_terms;
    QHash<QString, QHash<QString, QString>> m_currentTargets; // pupil id -> area key -> target id
    QHash<QString, QHash<QString, QString>> m_outcomeIds;     // pupil id -> EHCP reference -> id
};

} // namespace

QByteArray DemoSchool::bundledJson()
{
    QFile file(QStringLiteral(":/stride/demo/demo-school.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

DemoSchool::Result DemoSchool::load(Store &store)
{
    return loadFrom(store, bundledJson());
}

DemoSchool::Result DemoSchool::loadFrom(Store &store, const QByteArray &json)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        result.message =
            QStringLiteral("The demo school's data is unreadable: %1").arg(parseError.errorString());
        return result;
    }
    Loader loader(store);
    // One transaction: the demo is there whole or not at all, and it loads in a fraction of the time.
    result.ok = store.transaction([&] { return loader.run(doc.object()); });
    result.message = result.ok ? QString() : (loader.error().isEmpty() ? store.lastError() : loader.error());
    if (result.ok)
        result.schoolId = loader.schoolId();
    return result;
}

QString DemoSchool::pinOf(const Store &store, const QString &staffId)
{
    const auto member = store.staff(staffId);
    if (!member)
        return {};
    const QJsonObject root = QJsonDocument::fromJson(bundledJson()).object();
    for (const QJsonValue &v : root.value(QLatin1String("staff")).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(QLatin1String("email")).toString() == member->email &&
            s.value(QLatin1String("first_name")).toString() == member->firstName)
            return s.value(QLatin1String("pin")).toString();
    }
    return {};
}

} // namespace Stride
