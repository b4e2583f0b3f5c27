#include "ilprows.h"

#include "targetoutcome.h"

#include "../moderation/moderationoutcome.h"
#include "../store/rowmapping.h"
#include "../store/store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <tuple>

namespace Stride {

namespace {

// The school's targets, their judgements, links and replies are read here with one joined query
// each over the store's tables (the pupil row names the school), rather than through the Store's
// per-ILP reads: a spreadsheet of 200 pupils over six terms is 6,000 targets, and a query per ILP
// or per target would be most of its second.
class SchoolQuery
{
public:
    SchoolQuery(const Store &store, const QString &schoolId, const QStringList &termIds)
        : m_store(store), m_schoolId(schoolId), m_termIds(termIds)
    {}

    // `select` names its columns and tables up to the ILP, aliased i, joined to pupil p.
    QList<QVariantMap> rows(const QString &select, const QString &orderBy = {}) const
    {
        QString sql = select + QStringLiteral(" WHERE p.school_id = ?");
        if (!m_termIds.isEmpty()) {
            QStringList marks;
            marks.fill(QStringLiteral("?"), m_termIds.size());
            sql += QStringLiteral(" AND i.term_id IN (%1)").arg(marks.join(QLatin1Char(',')));
        }
        if (!orderBy.isEmpty())
            sql += QStringLiteral(" ORDER BY ") + orderBy;
        QSqlQuery q(m_store.database());
        q.setForwardOnly(true);
        q.prepare(sql);
        q.addBindValue(m_schoolId);
        for (const QString &termId : m_termIds)
            q.addBindValue(termId);
        QList<QVariantMap> result;
        if (!q.exec()) {
            qWarning("Stride spreadsheet query failed: %s", qPrintable(q.lastError().text()));
            return result;
        }
        // The column names once, not a QSqlRecord's copy of each per row.
        const QSqlRecord record = q.record();
        QStringList names;
        for (int i = 0; i < record.count(); ++i)
            names << record.fieldName(i);
        while (q.next()) {
            QVariantMap map;
            for (int i = 0; i < names.size(); ++i)
                map.insert(names.at(i), q.value(i));
            result << std::move(map);
        }
        return result;
    }

private:
    const Store &m_store;
    QString m_schoolId;
    QStringList m_termIds;
};

const QString kTargetJoins =
    QStringLiteral(" JOIN ilp i ON i.id = t.ilp_id JOIN pupil p ON p.id = i.pupil_id");

QString text(const QVariantMap &r, const char *column)
{
    return r.value(QString::fromLatin1(column)).toString();
}

// "EO2: To communicate ..." as the moderation forms print an EHCP link; the reason where a target
// is not linked (seed 000: "if not, why not?").
QStringList ehcpLinkTexts(const QStringList &outcomeIds, const QString &noLinkReason, const Pupil *pupil)
{
    QStringList links;
    if (pupil)
        for (const EhcpOutcome &o : pupil->ehcpOutcomes)
            if (outcomeIds.contains(o.id))
                links << (o.reference.isEmpty() ? o.text : o.reference + QStringLiteral(": ") + o.text);
    if (links.isEmpty() && !noLinkReason.trimmed().isEmpty())
        links << QStringLiteral("Not linked: %1").arg(noLinkReason.trimmed());
    return links;
}

} // namespace

QList<IlpRow> IlpRows::read(const Store &store, const QString &schoolId, const QStringList &termIds)
{
    const SchoolQuery school(store, schoolId, termIds);

    QHash<QString, Pupil> pupils;
    for (const Pupil &p : store.pupilsOfSchool(schoolId))
        pupils.insert(p.id, p);
    QHash<QString, SchoolClass> classes;
    for (const SchoolClass &c : store.classesOfSchool(schoolId))
        classes.insert(c.id, c);
    QHash<QString, Term> terms;
    for (const Term &t : store.termsOfSchool(schoolId))
        terms.insert(t.id, t);
    QHash<QString, AreaOfLearning> areas;
    for (const AreaOfLearning &a : store.areasOfSchool(schoolId))
        areas.insert(a.id, a);

    QHash<QString, QStringList> linksOf;
    for (const QVariantMap &r :
         school.rows(QStringLiteral("SELECT l.target_id, l.ehcp_outcome_id FROM target_ehcp_link l"
                                    " JOIN target t ON t.id = l.target_id") +
                     kTargetJoins))
        linksOf[text(r, "target_id")] << text(r, "ehcp_outcome_id");

    // Oldest first, as Store::judgementsOfTarget gives them: the history targetOutcome reads. Only
    // the columns the history and the outcome read: a judgement's notes are the longest part of it.
    QHash<QString, QList<Judgement>> judgementsOf;
    for (const QVariantMap &r :
         school.rows(QStringLiteral(
                         "SELECT j.id, j.target_id, j.role, j.status, j.next_step, j.judged_by, j.judged_at,"
                         " j.supersedes_id FROM judgement j JOIN target t ON t.id = j.target_id") +
                         kTargetJoins,
                     QStringLiteral("j.judged_at, j.rowid"))) {
        Judgement j = RowMapping::toJudgement(r);
        judgementsOf[j.targetId] << std::move(j);
    }

    // A target has one assessment moderation form; should two tablets each have made one, the
    // later one stands, as in the moderation figures.
    QHash<QString, AssessmentModerationForm> formOf;
    for (const PlacedAssessmentForm &placed :
         store.placedAssessmentModerationForms(schoolId, termIds.size() == 1 ? termIds.first() : QString()))
        formOf.insert(placed.form.targetId, placed.form);

    // The newest reply recorded for each ILP stands.
    QHash<QString, ParentResponse> replyOf;
    for (const QVariantMap &r :
         school.rows(QStringLiteral("SELECT r.* FROM parent_response r JOIN ilp i ON i.id = r.ilp_id"
                                    " JOIN pupil p ON p.id = i.pupil_id"),
                     QStringLiteral("r.received_on, r.rowid"))) {
        ParentResponse reply = RowMapping::toParentResponse(r);
        replyOf.insert(reply.ilpId, reply);
    }

    QList<IlpRow> rows;
    for (const QVariantMap &r : school.rows(
             QStringLiteral(
                 "SELECT t.id, t.area_id, t.text, t.no_ehcp_link_reason, i.id AS ilp_id, i.pupil_id,"
                 " i.term_id, COALESCE(c.evidence_count, 0) AS evidence_count FROM target t") +
             kTargetJoins + QStringLiteral(" LEFT JOIN target_evidence_count c ON c.target_id = t.id"))) {
        IlpRow row;
        row.targetId = text(r, "id");
        row.targetText = text(r, "text");
        row.pupilId = text(r, "pupil_id");
        const auto pupil = pupils.constFind(row.pupilId);
        const Pupil *p = pupil != pupils.constEnd() ? &*pupil : nullptr;
        if (p) {
            row.pupilName = p->displayName();
            row.upn = p->upn;
            row.classId = p->classId;
            row.className = classes.value(p->classId).name;
            row.yearGroup = p->yearGroup;
            row.keyStage = p->keyStage;
            row.specificNeeds = p->specificNeeds;
        }
        row.termId = text(r, "term_id");
        const Term term = terms.value(row.termId);
        row.termName = term.name;
        row.termStartsOn = term.startsOn;
        row.areaId = text(r, "area_id");
        const AreaOfLearning area = areas.value(row.areaId);
        row.areaName = area.name;
        row.areaKind = area.kind;
        row.ehcpLinks = ehcpLinkTexts(linksOf.value(row.targetId), text(r, "no_ehcp_link_reason"), p);

        const QList<Judgement> judgements = judgementsOf.value(row.targetId);
        const auto form = formOf.constFind(row.targetId);
        const std::optional<AssessmentModerationForm> moderated =
            form != formOf.constEnd() ? std::optional(*form) : std::nullopt;
        const TargetOutcome outcome = targetOutcome(judgements, moderated);
        row.assessorStatus = outcome.assessorStatus;
        row.moderatorStatus = outcome.moderatorStatus;
        row.finalStatus = outcome.finalStatus;
        row.nextStep = outcome.action;
        if (moderated)
            row.moderationOutcome = moderationOutcome(*moderated, judgements);
        row.evidenceCount = r.value(QStringLiteral("evidence_count")).toInt();
        if (const auto reply = replyOf.constFind(text(r, "ilp_id")); reply != replyOf.constEnd()) {
            row.parentsApproved = reply->approved;
            row.parentsRepliedOn = reply->receivedOn;
        }
        rows << std::move(row);
    }

    // Keys made once per row: 6,000 rows sort in a few milliseconds.
    using SortKey = std::tuple<QDate, QString, QString, QString, QString, QString, int, QString, QString>;
    QList<std::pair<SortKey, qsizetype>> order;
    order.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const IlpRow &row = rows.at(i);
        const Pupil pupil = pupils.value(row.pupilId);
        order.append({{row.termStartsOn, row.termName, row.className.toLower(), pupil.firstName.toLower(),
                       pupil.surname.toLower(), row.pupilId, areas.value(row.areaId).sortOrder, row.areaName,
                       row.targetId},
                      i});
    }
    std::sort(order.begin(), order.end());
    QList<IlpRow> sorted;
    sorted.reserve(rows.size());
    for (const auto &entry : order)
        sorted << std::move(rows[entry.second]);
    return sorted;
}

} // namespace Stride
