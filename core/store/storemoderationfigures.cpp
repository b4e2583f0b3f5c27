// Store reads of a school's moderation forms with where each counts, for the moderation figures.
// Each kind of form is read in one query and its child rows in one more, whatever the school's size.
#include "rowmapping.h"
#include "store.h"

namespace Stride {

using namespace RowMapping;

namespace {

QString text(const QVariantMap &r, const char *column)
{
    return r.value(QString::fromLatin1(column)).toString();
}

// The forms of a school's pupils (the pupil row names the school), narrowed to one term if asked.
QString schoolAndTerm(const QString &termColumn, const QString &termId, QVariantList &binds,
                      const QString &schoolId)
{
    binds << schoolId;
    if (termId.isEmpty())
        return QStringLiteral(" WHERE p.school_id = ?");
    binds << termId;
    return QStringLiteral(" WHERE p.school_id = ? AND %1 = ?").arg(termColumn);
}

} // namespace

QList<PlacedAssessmentForm> Store::placedAssessmentModerationForms(const QString &schoolId,
                                                                   const QString &termId) const
{
    // The meeting of an assessment form is the term of its target's ILP.
    const QString joins = QStringLiteral(" JOIN target t ON t.id = f.target_id JOIN ilp i ON i.id = t.ilp_id"
                                         " JOIN pupil p ON p.id = i.pupil_id");
    QVariantList binds;
    const QString where = schoolAndTerm(QStringLiteral("i.term_id"), termId, binds, schoolId);

    QList<PlacedAssessmentForm> forms;
    QHash<QString, qsizetype> indexOf;
    for (const QVariantMap &r :
         selectRows(QStringLiteral("SELECT f.*, i.term_id AS place_term, p.class_id AS place_class,"
                                   " t.area_id AS place_area FROM assessment_moderation_form f") +
                        joins + where + QStringLiteral(" ORDER BY f.created_at, f.rowid"),
                    binds)) {
        PlacedAssessmentForm placed{toAssessmentModerationForm(r),
                                    {text(r, "place_term"), text(r, "place_class"), text(r, "place_area")}};
        indexOf.insert(placed.form.id, forms.size());
        forms << placed;
    }
    if (forms.isEmpty())
        return forms;
    for (const QVariantMap &r :
         selectRows(QStringLiteral("SELECT l.form_id, l.evidence_id FROM moderation_form_evidence l"
                                   " JOIN assessment_moderation_form f ON f.id = l.form_id") +
                        joins + where + QStringLiteral(" ORDER BY l.form_id, l.sort_order"),
                    binds))
        if (const auto at = indexOf.constFind(text(r, "form_id")); at != indexOf.constEnd())
            forms[*at].form.evidenceIds << text(r, "evidence_id");
    return forms;
}

QList<PlacedTargetSettingForm> Store::placedTargetSettingModerationForms(const QString &schoolId,
                                                                         const QString &termId) const
{
    // A target-setting form names the term of its meeting itself: the proposed target is for the
    // term after, which may not have an ILP yet.
    const QString from =
        QStringLiteral(" FROM target_setting_moderation_form f JOIN pupil p ON p.id = f.pupil_id");
    QVariantList binds;
    const QString where = schoolAndTerm(QStringLiteral("f.term_id"), termId, binds, schoolId);

    QList<PlacedTargetSettingForm> forms;
    QHash<QString, qsizetype> indexOf;
    for (const QVariantMap &r : selectRows(QStringLiteral("SELECT f.*, p.class_id AS place_class") + from +
                                               where + QStringLiteral(" ORDER BY f.created_at, f.rowid"),
                                           binds)) {
        PlacedTargetSettingForm placed{toTargetSettingModerationForm(r),
                                       {text(r, "term_id"), text(r, "place_class"), text(r, "area_id")}};
        indexOf.insert(placed.form.id, forms.size());
        forms << placed;
    }
    if (forms.isEmpty())
        return forms;
    for (const QVariantMap &r :
         selectRows(QStringLiteral("SELECT l.form_id, l.ehcp_outcome_id FROM target_setting_form_ehcp_link l"
                                   " JOIN ehcp_outcome o ON o.id = l.ehcp_outcome_id"
                                   " JOIN target_setting_moderation_form f ON f.id = l.form_id"
                                   " JOIN pupil p ON p.id = f.pupil_id") +
                        where + QStringLiteral(" ORDER BY l.form_id, o.sort_order, o.reference"),
                    binds))
        if (const auto at = indexOf.constFind(text(r, "form_id")); at != indexOf.constEnd())
            forms[*at].form.ehcpOutcomeIds << text(r, "ehcp_outcome_id");
    return forms;
}

} // namespace Stride
