// The typed reads of Store. Lists load their child rows in one query per kind, never one per item.
#include "rowmapping.h"
#include "sqltext.h"
#include "store.h"

#include <QSqlError>

namespace Stride {

using namespace RowMapping;

namespace {

template <typename T, typename F> QList<T> mapRows(const QList<QVariantMap> &rows, F convert)
{
    QList<T> list;
    list.reserve(rows.size());
    for (const QVariantMap &r : rows)
        list << convert(r);
    return list;
}

template <typename T> std::optional<T> first(const QList<T> &list)
{
    return list.isEmpty() ? std::nullopt : std::optional<T>(list.first());
}

QString str(const QVariantMap &r, const char *column)
{
    return r.value(QString::fromLatin1(column)).toString();
}

QHash<QString, int> countsFrom(const QList<QVariantMap> &rows)
{
    QHash<QString, int> counts;
    for (const QVariantMap &r : rows)
        counts.insert(str(r, "key"), r.value(QStringLiteral("n")).toInt());
    return counts;
}

} // namespace

QList<School> Store::schools() const
{
    return mapRows<School>(selectRows(QStringLiteral("SELECT * FROM school ORDER BY name")), toSchool);
}

std::optional<School> Store::school(const QString &id) const
{
    if (auto r = selectRow(QStringLiteral("school"), id))
        return toSchool(*r);
    return std::nullopt;
}

void Store::loadClassIds(QList<Staff> &staff) const
{
    if (staff.isEmpty())
        return;
    QVariantList ids;
    for (const Staff &s : staff)
        ids << s.id;
    const auto links = selectRows(QStringLiteral("SELECT cs.staff_id, cs.class_id FROM class_staff cs"
                                                 " JOIN school_class c ON c.id = cs.class_id"
                                                 " WHERE cs.staff_id IN (%1) ORDER BY c.name")
                                      .arg(SqlText::placeholders(ids.size())),
                                  ids);
    for (Staff &s : staff)
        for (const QVariantMap &l : links)
            if (str(l, "staff_id") == s.id)
                s.classIds << str(l, "class_id");
}

QList<Staff> Store::staffOfSchool(const QString &schoolId) const
{
    auto list = mapRows<Staff>(
        selectRows(QStringLiteral("SELECT * FROM staff WHERE school_id = ? ORDER BY first_name, surname"),
                   {schoolId}),
        toStaff);
    loadClassIds(list);
    return list;
}

std::optional<Staff> Store::staff(const QString &id) const
{
    auto list = mapRows<Staff>(selectRows(QStringLiteral("SELECT * FROM staff WHERE id = ?"), {id}), toStaff);
    loadClassIds(list);
    return first(list);
}

std::optional<Staff> Store::staffByEmail(const QString &schoolId, const QString &email) const
{
    auto list = mapRows<Staff>(
        selectRows(QStringLiteral(
                       "SELECT * FROM staff WHERE school_id = ? AND lower(email) = lower(?) AND email <> ''"),
                   {schoolId, email}),
        toStaff);
    loadClassIds(list);
    return first(list);
}

QList<SchoolClass> Store::classesOfSchool(const QString &schoolId) const
{
    return mapRows<SchoolClass>(
        selectRows(QStringLiteral("SELECT * FROM school_class WHERE school_id = ? ORDER BY name"),
                   {schoolId}),
        toSchoolClass);
}

std::optional<SchoolClass> Store::schoolClass(const QString &id) const
{
    if (auto r = selectRow(QStringLiteral("school_class"), id))
        return toSchoolClass(*r);
    return std::nullopt;
}

std::optional<SchoolClass> Store::classByName(const QString &schoolId, const QString &name) const
{
    return first(mapRows<SchoolClass>(
        selectRows(
            QStringLiteral("SELECT * FROM school_class WHERE school_id = ? AND lower(name) = lower(?)"),
            {schoolId, name.trimmed()}),
        toSchoolClass));
}

QList<Staff> Store::staffOfClass(const QString &classId) const
{
    auto list = mapRows<Staff>(selectRows(QStringLiteral("SELECT s.* FROM staff s JOIN class_staff cs"
                                                         " ON cs.staff_id = s.id WHERE cs.class_id = ?"
                                                         " ORDER BY s.first_name, s.surname"),
                                          {classId}),
                               toStaff);
    loadClassIds(list);
    return list;
}

void Store::loadOutcomes(QList<Pupil> &pupils) const
{
    if (pupils.isEmpty())
        return;
    QVariantList ids;
    for (const Pupil &p : pupils)
        ids << p.id;
    const auto outcomes = mapRows<EhcpOutcome>(
        selectRows(
            QStringLiteral("SELECT * FROM ehcp_outcome WHERE pupil_id IN (%1) ORDER BY sort_order, reference")
                .arg(SqlText::placeholders(ids.size())),
            ids),
        toEhcpOutcome);
    for (Pupil &p : pupils)
        for (const EhcpOutcome &o : outcomes)
            if (o.pupilId == p.id)
                p.ehcpOutcomes << o;
}

QList<Pupil> Store::pupilsInClass(const QString &classId) const
{
    auto list = mapRows<Pupil>(
        selectRows(QStringLiteral("SELECT * FROM pupil WHERE class_id = ? ORDER BY first_name, surname"),
                   {classId}),
        toPupil);
    loadOutcomes(list);
    return list;
}

QList<Pupil> Store::pupilsOfSchool(const QString &schoolId) const
{
    auto list = mapRows<Pupil>(
        selectRows(QStringLiteral("SELECT * FROM pupil WHERE school_id = ? ORDER BY first_name, surname"),
                   {schoolId}),
        toPupil);
    loadOutcomes(list);
    return list;
}

std::optional<Pupil> Store::pupil(const QString &id) const
{
    auto list = mapRows<Pupil>(selectRows(QStringLiteral("SELECT * FROM pupil WHERE id = ?"), {id}), toPupil);
    loadOutcomes(list);
    return first(list);
}

std::optional<Pupil> Store::pupilByUpn(const QString &schoolId, const QString &upn) const
{
    auto list = mapRows<Pupil>(
        selectRows(QStringLiteral("SELECT * FROM pupil WHERE school_id = ? AND upn = ? AND upn <> ''"),
                   {schoolId, upn.trimmed().toUpper()}),
        toPupil);
    loadOutcomes(list);
    return first(list);
}

QList<Term> Store::termsOfSchool(const QString &schoolId) const
{
    return mapRows<Term>(
        selectRows(QStringLiteral("SELECT * FROM term WHERE school_id = ? ORDER BY starts_on"), {schoolId}),
        toTerm);
}

std::optional<Term> Store::term(const QString &id) const
{
    if (auto r = selectRow(QStringLiteral("term"), id))
        return toTerm(*r);
    return std::nullopt;
}

std::optional<Term> Store::currentTerm(const QString &schoolId, const QDate &date) const
{
    const QList<Term> terms = termsOfSchool(schoolId);
    for (const Term &t : terms)
        if (t.contains(date))
            return t;
    // In a holiday, staff are preparing for the term to come.
    for (const Term &t : terms)
        if (t.startsOn > date)
            return t;
    return first(QList<Term>(terms.crbegin(), terms.crend()));
}

QList<AreaOfLearning> Store::areasOfSchool(const QString &schoolId) const
{
    return mapRows<AreaOfLearning>(
        selectRows(
            QStringLiteral("SELECT * FROM area_of_learning WHERE school_id = ? ORDER BY sort_order, name"),
            {schoolId}),
        toAreaOfLearning);
}

std::optional<AreaOfLearning> Store::area(const QString &id) const
{
    if (auto r = selectRow(QStringLiteral("area_of_learning"), id))
        return toAreaOfLearning(*r);
    return std::nullopt;
}

std::optional<Ilp> Store::ilp(const QString &id) const
{
    if (auto r = selectRow(QStringLiteral("ilp"), id))
        return toIlp(*r);
    return std::nullopt;
}

std::optional<Ilp> Store::ilpFor(const QString &pupilId, const QString &termId) const
{
    return first(mapRows<Ilp>(
        selectRows(QStringLiteral("SELECT * FROM ilp WHERE pupil_id = ? AND term_id = ?"), {pupilId, termId}),
        toIlp));
}

void Store::loadTargetLinks(QList<Target> &targets) const
{
    if (targets.isEmpty())
        return;
    QVariantList ids;
    for (const Target &t : targets)
        ids << t.id;
    const auto links =
        selectRows(QStringLiteral("SELECT l.target_id, l.ehcp_outcome_id FROM target_ehcp_link l"
                                  " JOIN ehcp_outcome o ON o.id = l.ehcp_outcome_id"
                                  " WHERE l.target_id IN (%1) ORDER BY o.sort_order, o.reference")
                       .arg(SqlText::placeholders(ids.size())),
                   ids);
    for (Target &t : targets)
        for (const QVariantMap &l : links)
            if (str(l, "target_id") == t.id)
                t.ehcpOutcomeIds << str(l, "ehcp_outcome_id");
}

QList<Target> Store::targetsOfIlp(const QString &ilpId) const
{
    auto list =
        mapRows<Target>(selectRows(QStringLiteral("SELECT t.* FROM target t"
                                                  " JOIN area_of_learning a ON a.id = t.area_id"
                                                  " WHERE t.ilp_id = ? ORDER BY a.sort_order, t.sort_order"),
                                   {ilpId}),
                        toTarget);
    loadTargetLinks(list);
    return list;
}

std::optional<Target> Store::target(const QString &id) const
{
    auto list =
        mapRows<Target>(selectRows(QStringLiteral("SELECT * FROM target WHERE id = ?"), {id}), toTarget);
    loadTargetLinks(list);
    return first(list);
}

void Store::loadEvidenceChildren(QList<EvidenceItem> &items) const
{
    if (items.isEmpty())
        return;
    QVariantList ids;
    QHash<QString, EvidenceItem *> byId;
    for (EvidenceItem &e : items) {
        ids << e.id;
        byId.insert(e.id, &e);
    }
    const QString in = SqlText::placeholders(ids.size());
    for (const QVariantMap &r : selectRows(
             QStringLiteral(
                 "SELECT evidence_id, pupil_id FROM evidence_pupil WHERE evidence_id IN (%1) ORDER BY rowid")
                 .arg(in),
             ids))
        byId.value(str(r, "evidence_id"))->pupils.append({str(r, "pupil_id"), {}});
    for (const QVariantMap &r :
         selectRows(QStringLiteral("SELECT evidence_id, pupil_id, target_id FROM evidence_target"
                                   " WHERE evidence_id IN (%1) ORDER BY rowid")
                        .arg(in),
                    ids)) {
        EvidenceItem *e = byId.value(str(r, "evidence_id"));
        for (EvidencePupil &ep : e->pupils)
            if (ep.pupilId == str(r, "pupil_id"))
                ep.targetIds << str(r, "target_id");
    }
    for (const QVariantMap &r : selectRows(
             QStringLiteral("SELECT * FROM media_reference WHERE evidence_id IN (%1) ORDER BY rowid").arg(in),
             ids))
        byId.value(str(r, "evidence_id"))->media << toMediaReference(r);
}

std::optional<EvidenceItem> Store::evidenceItem(const QString &id) const
{
    auto list = mapRows<EvidenceItem>(
        selectRows(QStringLiteral("SELECT * FROM evidence_item WHERE id = ?"), {id}), toEvidenceItem);
    loadEvidenceChildren(list);
    return first(list);
}

QList<EvidenceItem> Store::newestEvidenceForPupil(const QString &pupilId, int limit) const
{
    auto list = mapRows<EvidenceItem>(
        selectRows(
            QStringLiteral("SELECT e.* FROM evidence_pupil ep JOIN evidence_item e ON e.id = ep.evidence_id"
                           " WHERE ep.pupil_id = ? ORDER BY ep.captured_at DESC LIMIT ?"),
            {pupilId, limit}),
        toEvidenceItem);
    loadEvidenceChildren(list);
    return list;
}

QList<EvidenceItem> Store::evidence(const EvidenceFilter &filter, int limit, const QDateTime &before) const
{
    // Start from the narrowest index: a target's links, else the pupil's timeline.
    QString sql;
    QVariantList binds;
    if (!filter.targetId.isEmpty()) {
        sql =
            QStringLiteral("SELECT e.* FROM evidence_target et JOIN evidence_item e ON e.id = et.evidence_id"
                           " WHERE et.target_id = ?");
        binds << filter.targetId;
        if (!filter.pupilId.isEmpty()) {
            sql += QStringLiteral(" AND et.pupil_id = ?");
            binds << filter.pupilId;
        }
    } else {
        sql = QStringLiteral("SELECT e.* FROM evidence_pupil ep JOIN evidence_item e ON e.id = ep.evidence_id"
                             " WHERE ep.pupil_id = ?");
        binds << filter.pupilId;
    }
    if (filter.kind) {
        sql += QStringLiteral(" AND e.kind = ?");
        binds << toKey(*filter.kind);
    }
    if (filter.promptLevel) {
        sql += QStringLiteral(" AND e.prompt_level = ?");
        binds << toKey(*filter.promptLevel);
    }
    // Dates are the school's local days; captured_at is UTC text, so compare instants.
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND e.captured_at >= ?");
        binds << Column::instant(QDateTime(filter.from, QTime(0, 0)));
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND e.captured_at < ?");
        binds << Column::instant(QDateTime(filter.to.addDays(1), QTime(0, 0)));
    }
    if (before.isValid()) {
        sql += QStringLiteral(" AND e.captured_at < ?");
        binds << Column::instant(before);
    }
    sql += QStringLiteral(" ORDER BY e.captured_at DESC LIMIT ?");
    binds << limit;
    auto list = mapRows<EvidenceItem>(selectRows(sql, binds), toEvidenceItem);
    loadEvidenceChildren(list);
    return list;
}

QHash<QString, int> Store::evidenceCountsForClass(const QString &classId, const QString &termId) const
{
    return countsFrom(
        selectRows(QStringLiteral("SELECT c.target_id AS key, c.evidence_count AS n"
                                  " FROM pupil p JOIN ilp i ON i.pupil_id = p.id"
                                  " JOIN target t ON t.ilp_id = i.id"
                                  " JOIN target_evidence_count c ON c.target_id = t.id"
                                  " WHERE p.class_id = ? AND i.term_id = ? AND c.evidence_count > 0"),
                   {classId, termId}));
}

QHash<QString, int> Store::evidenceCountsForPupil(const QString &pupilId, const QString &termId) const
{
    return countsFrom(
        selectRows(QStringLiteral("SELECT c.target_id AS key, c.evidence_count AS n"
                                  " FROM ilp i JOIN target t ON t.ilp_id = i.id"
                                  " JOIN target_evidence_count c ON c.target_id = t.id"
                                  " WHERE i.pupil_id = ? AND i.term_id = ? AND c.evidence_count > 0"),
                   {pupilId, termId}));
}

QHash<QString, int> Store::evidenceCountsByPupil(const QString &classId, const QString &termId) const
{
    const auto t = term(termId);
    if (!t)
        return {};
    // captured_at is UTC ISO text: the term's dates bound it as text, whole days inclusive.
    return countsFrom(
        selectRows(QStringLiteral("SELECT ep.pupil_id AS key, count(*) AS n FROM evidence_pupil ep"
                                  " JOIN pupil p ON p.id = ep.pupil_id WHERE p.class_id = ?"
                                  " AND ep.captured_at >= ? AND ep.captured_at < ?"
                                  " GROUP BY ep.pupil_id"),
                   {classId, t->startsOn.toString(Qt::ISODate), t->endsOn.addDays(1).toString(Qt::ISODate)}));
}

QHash<QString, QList<EvidenceItem>> Store::evidenceTagsOfTargets(const QStringList &targetIds) const
{
    QHash<QString, QList<EvidenceItem>> byTarget;
    if (targetIds.isEmpty())
        return byTarget;
    // Read column by column rather than through selectRows: a class's term can hold thousands of
    // links, and a map per row would be most of the time the grid takes.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT et.target_id, e.id, e.kind, e.captured_at, e.captured_by, e.setting,"
                             " e.people_present, e.prompt_level, e.measure FROM evidence_target et"
                             " JOIN evidence_item e ON e.id = et.evidence_id WHERE et.target_id IN (%1)"
                             " ORDER BY e.captured_at, e.id")
                  .arg(SqlText::placeholders(targetIds.size())));
    for (const QString &id : targetIds)
        q.addBindValue(id);
    if (!q.exec()) {
        qWarning("Stride store query failed: %s", qPrintable(q.lastError().text()));
        return byTarget;
    }
    while (q.next()) {
        EvidenceItem e;
        e.id = q.value(1).toString();
        e.kind = Column::toKey(q.value(2), EvidenceKind::Written);
        e.capturedAt = Column::toInstant(q.value(3));
        e.capturedBy = q.value(4).toString();
        e.setting = q.value(5).toString();
        e.peoplePresent = q.value(6).toString();
        e.promptLevel = Column::toKey<PromptLevel>(q.value(7));
        e.measure = q.value(8).toString();
        byTarget[q.value(0).toString()].append(std::move(e));
    }
    return byTarget;
}

std::optional<Judgement> Store::judgement(const QString &id) const
{
    return first(mapRows<Judgement>(selectRows(QStringLiteral("SELECT * FROM judgement WHERE id = ?"), {id}),
                                    toJudgement));
}

QList<Judgement> Store::judgementsOfTarget(const QString &targetId) const
{
    return mapRows<Judgement>(
        selectRows(QStringLiteral("SELECT * FROM judgement WHERE target_id = ? ORDER BY judged_at, rowid"),
                   {targetId}),
        toJudgement);
}

QHash<QString, EvidenceSpan> Store::evidenceSpansOfTargets(const QStringList &targetIds) const
{
    QHash<QString, EvidenceSpan> spans;
    if (targetIds.isEmpty())
        return spans;
    QVariantList binds;
    for (const QString &id : targetIds)
        binds << id;
    for (const QVariantMap &r : selectRows(
             QStringLiteral("SELECT target_id, evidence_count, first_captured_at, last_captured_at"
                            " FROM target_evidence_count WHERE evidence_count > 0 AND target_id IN (%1)")
                 .arg(SqlText::placeholders(binds.size())),
             binds))
        spans.insert(str(r, "target_id"), {r.value(QStringLiteral("evidence_count")).toInt(),
                                           Column::toInstant(r.value(QStringLiteral("first_captured_at"))),
                                           Column::toInstant(r.value(QStringLiteral("last_captured_at")))});
    return spans;
}

QList<Judgement> Store::judgementsOfTargets(const QStringList &targetIds) const
{
    if (targetIds.isEmpty())
        return {};
    QVariantList binds;
    for (const QString &id : targetIds)
        binds << id;
    return mapRows<Judgement>(selectRows(QStringLiteral("SELECT * FROM judgement WHERE target_id IN (%1)"
                                                        " ORDER BY judged_at, rowid")
                                             .arg(SqlText::placeholders(binds.size())),
                                         binds),
                              toJudgement);
}

std::optional<AssessmentModerationForm> Store::assessmentModerationForm(const QString &id) const
{
    const auto r = selectRow(QStringLiteral("assessment_moderation_form"), id);
    if (!r)
        return std::nullopt;
    AssessmentModerationForm f = toAssessmentModerationForm(*r);
    for (const QVariantMap &l : selectRows(
             QStringLiteral(
                 "SELECT evidence_id FROM moderation_form_evidence WHERE form_id = ? ORDER BY sort_order"),
             {id}))
        f.evidenceIds << str(l, "evidence_id");
    return f;
}

std::optional<TargetSettingModerationForm> Store::targetSettingModerationForm(const QString &id) const
{
    const auto r = selectRow(QStringLiteral("target_setting_moderation_form"), id);
    if (!r)
        return std::nullopt;
    TargetSettingModerationForm f = toTargetSettingModerationForm(*r);
    for (const QVariantMap &l :
         selectRows(QStringLiteral("SELECT l.ehcp_outcome_id FROM target_setting_form_ehcp_link l"
                                   " JOIN ehcp_outcome o ON o.id = l.ehcp_outcome_id WHERE l.form_id = ?"
                                   " ORDER BY o.sort_order, o.reference"),
                    {id}))
        f.ehcpOutcomeIds << str(l, "ehcp_outcome_id");
    return f;
}

QList<ParentResponse> Store::parentResponsesOfIlp(const QString &ilpId) const
{
    return mapRows<ParentResponse>(
        selectRows(
            QStringLiteral("SELECT * FROM parent_response WHERE ilp_id = ? ORDER BY received_on, rowid"),
            {ilpId}),
        toParentResponse);
}

QList<ProfileHighlight> Store::profileHighlights(const QString &pupilId, const QString &termId) const
{
    return mapRows<ProfileHighlight>(
        selectRows(QStringLiteral("SELECT * FROM profile_highlight WHERE pupil_id = ? AND term_id = ?"
                                  " ORDER BY sort_order, id"),
                   {pupilId, termId}),
        toProfileHighlight);
}

QSet<QString> Store::referencedMediaHashes() const
{
    QSet<QString> hashes;
    for (const QVariantMap &r : selectRows(QStringLiteral("SELECT DISTINCT sha256 FROM media_reference")))
        hashes.insert(str(r, "sha256"));
    return hashes;
}

QSet<QString> Store::referencedMediaHashes(MediaRole role) const
{
    QSet<QString> hashes;
    for (const QVariantMap &r : selectRows(
             QStringLiteral("SELECT DISTINCT sha256 FROM media_reference WHERE role = ?"), {toKey(role)}))
        hashes.insert(str(r, "sha256"));
    return hashes;
}

} // namespace Stride
