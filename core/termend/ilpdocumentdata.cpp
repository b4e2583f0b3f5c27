#include "ilpdocumentdata.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Stride {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(IlpDocumentData)
};

// The term before `term` by start date: the one whose targets the document reviews.
std::optional<Term> termBefore(const QList<Term> &terms, const Term &term)
{
    std::optional<Term> before;
    for (const Term &t : terms)
        if (t.id != term.id && t.startsOn.isValid() && t.startsOn < term.startsOn &&
            (!before || t.startsOn > before->startsOn))
            before = t;
    return before;
}

QList<Target> targetsOf(const Store &store, const QString &pupilId, const QString &termId,
                        std::optional<Ilp> *ilpOut = nullptr)
{
    const auto ilp = store.ilpFor(pupilId, termId);
    if (ilpOut)
        *ilpOut = ilp;
    return ilp ? store.targetsOfIlp(ilp->id) : QList<Target>{};
}

} // namespace

int IlpDocumentData::newTargetCount() const
{
    int n = 0;
    for (const NewTargetRow &row : newTargets)
        if (!row.targetText.trimmed().isEmpty())
            ++n;
    return n;
}

IlpDocumentData IlpDocumentData::read(const Store &store, const QString &pupilId, const QString &newTermId)
{
    IlpDocumentData data;
    const auto pupil = store.pupil(pupilId);
    const auto term = store.term(newTermId);
    if (!pupil || !term)
        return data;
    data.pupil = *pupil;
    data.newTerm = *term;
    if (const auto school = store.school(pupil->schoolId))
        data.schoolName = school->name;
    if (!pupil->classId.isEmpty()) {
        if (const auto schoolClass = store.schoolClass(pupil->classId))
            data.className = schoolClass->name;
        QStringList teachers;
        for (const Staff &s : store.staffOfClass(pupil->classId))
            if (s.hasRole(StaffRole::Teacher))
                teachers << s.displayName();
        if (teachers.size() > 1)
            data.classTeachers = Words::tr("%1 and %2")
                                     .arg(teachers.mid(0, teachers.size() - 1).join(QStringLiteral(", ")),
                                          teachers.constLast());
        else
            data.classTeachers = teachers.value(0);
    }
    data.oldTerm = termBefore(store.termsOfSchool(pupil->schoolId), *term);

    std::optional<Ilp> newIlp;
    const QList<Target> newTargets = targetsOf(store, pupilId, newTermId, &newIlp);
    data.hasNewIlp = newIlp.has_value();
    if (newIlp)
        data.additionalProvision = newIlp->additionalProvision;
    const QList<Target> oldTargets =
        data.oldTerm ? targetsOf(store, pupilId, data.oldTerm->id) : QList<Target>{};

    // What last term's targets came to: their judgements in one query, and SLT's final status from
    // the assessment moderation form of each target that was moderated.
    QStringList oldIds;
    for (const Target &t : oldTargets)
        oldIds << t.id;
    QHash<QString, QList<Judgement>> judgements;
    QHash<QString, AssessmentModerationForm> forms;
    if (!oldIds.isEmpty()) {
        for (const Judgement &j : store.judgementsOfTargets(oldIds))
            judgements[j.targetId] << j;
        const QSet<QString> wanted(oldIds.cbegin(), oldIds.cend());
        // Oldest first: where a target was brought to the meeting twice, the later form stands.
        for (const PlacedAssessmentForm &placed :
             store.placedAssessmentModerationForms(pupil->schoolId, data.oldTerm->id))
            if (wanted.contains(placed.form.targetId))
                forms.insert(placed.form.targetId, placed.form);
    }

    QSet<QString> carried;
    for (const Target &t : oldTargets + newTargets)
        carried.insert(t.areaId);
    for (const AreaOfLearning &area : store.areasOfSchool(pupil->schoolId)) {
        // The template's four areas are always printed, empty where no target was set, to write in;
        // a Preparing for Adulthood pathway only where the pupil had or has a target in it.
        const bool always = area.kind == AreaKind::SendCodeOfPractice && area.appliesTo(pupil->keyStage);
        if (!always && !carried.contains(area.id))
            continue;
        bool reviewed = false;
        for (const Target &t : oldTargets) {
            if (t.areaId != area.id)
                continue;
            const auto form = forms.constFind(t.id);
            data.review << ReviewRow{
                area.id,
                area.name,
                area.kind,
                t.id,
                t.text,
                targetOutcome(judgements.value(t.id), form == forms.constEnd()
                                                          ? std::nullopt
                                                          : std::optional<AssessmentModerationForm>(*form))};
            reviewed = true;
        }
        if (!reviewed)
            data.review << ReviewRow{area.id, area.name, area.kind, {}, {}, {}};
        bool set = false;
        for (const Target &t : newTargets) {
            if (t.areaId != area.id)
                continue;
            data.newTargets << NewTargetRow{area.id, area.name, area.kind, t.id, t.text, t.provision};
            set = true;
        }
        if (!set)
            data.newTargets << NewTargetRow{area.id, area.name, area.kind, {}, {}, {}};
    }
    return data;
}

} // namespace Stride
