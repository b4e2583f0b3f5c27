#include "classmove.h"

#include "../review/nexttermtarget.h"
#include "../store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace Stride {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(ClassMove)
};

constexpr int kLastYearGroup = 14;

} // namespace

namespace {

// The school year a day is in, by the year it began: an English school year runs from September,
// and August is its holiday.
int schoolYearOf(const QDate &day)
{
    return day.month() >= 8 ? day.year() : day.year() - 1;
}

} // namespace

bool endsSchoolYear(const Term &term, const QList<Term> &schoolTerms)
{
    if (const std::optional<Term> next = nextTermAfter(schoolTerms, term))
        return schoolYearOf(next->startsOn) > schoolYearOf(term.endsOn);
    return term.endsOn.month() >= 6 && term.endsOn.month() <= 8;
}

std::optional<Term> classMoveTerm(const QList<Term> &schoolTerms, const QDate &today)
{
    std::optional<Term> found;
    for (const Term &term : schoolTerms)
        if (term.endsOn >= today.addDays(-56) && endsSchoolYear(term, schoolTerms) &&
            (!found || term.endsOn < found->endsOn))
            found = term;
    return found;
}

QDate classMoveOpensOn(const Term &term)
{
    return term.finalWeekStartsOn.isValid() ? term.finalWeekStartsOn : term.endsOn.addDays(-4);
}

int ClassMovePreview::movingCount() const
{
    return int(std::count_if(lines.cbegin(), lines.cend(), [](const ClassMoveLine &l) { return !l.leaves; }));
}

int ClassMovePreview::leavingCount() const
{
    return int(lines.size()) - movingCount();
}

bool ClassMovePreview::setDestination(const QString &pupilId, const QString &classId)
{
    QString className;
    if (!classId.isEmpty()) {
        const auto it =
            std::find_if(classes.cbegin(), classes.cend(), [&](const auto &c) { return c.first == classId; });
        if (it == classes.cend())
            return false;
        className = it->second;
    }
    for (ClassMoveLine &line : lines) {
        if (line.pupil.id != pupilId)
            continue;
        line.leaves = classId.isEmpty();
        line.toClassId = classId;
        line.toClassName = className;
        line.toYearGroup =
            line.leaves ? line.pupil.yearGroup : std::min(line.pupil.yearGroup + 1, kLastYearGroup);
        line.toKeyStage = line.leaves ? line.pupil.keyStage : Pupil::keyStageForYear(line.toYearGroup);
        line.chosenBySlt = true;
        line.note = line.leaves ? Words::tr("Leaves: chosen by SLT") : Words::tr("Chosen by SLT");
        return true;
    }
    return false;
}

ClassMovePreview classMovePreview(const Store &store, const Term &term)
{
    ClassMovePreview preview;
    preview.term = term;
    if (!endsSchoolYear(term, store.termsOfSchool(term.schoolId))) {
        preview.problem = Words::tr("%1 is not the last term of the school year: pupils move up to their "
                                    "new classes at the end of the summer term.")
                              .arg(term.name);
        return preview;
    }
    QHash<QString, SchoolClass> classes;
    for (const SchoolClass &c : store.classesOfSchool(term.schoolId)) {
        classes.insert(c.id, c);
        preview.classes.append({c.id, c.name});
    }
    QList<Pupil> onRoll;
    int oldestYear = 0;
    for (const Pupil &p : store.pupilsOfSchool(term.schoolId)) {
        if (p.leftOn.isValid() && p.leftOn <= term.endsOn)
            continue;
        onRoll << p;
        oldestYear = std::max(oldestYear, p.yearGroup);
    }
    const int lastYear = std::min(oldestYear, kLastYearGroup);
    for (const Pupil &p : std::as_const(onRoll)) {
        ClassMoveLine line;
        line.pupil = p;
        const SchoolClass from = classes.value(p.classId);
        line.fromClassName = from.name;
        if (p.yearGroup >= lastYear) {
            line.leaves = true;
            line.toYearGroup = p.yearGroup;
            line.toKeyStage = p.keyStage;
            line.note = Words::tr("Leaves: Year %1 is the school's last year").arg(p.yearGroup);
        } else {
            line.toYearGroup = p.yearGroup + 1;
            line.toKeyStage = Pupil::keyStageForYear(line.toYearGroup);
            if (!from.nextClassId.isEmpty() && classes.contains(from.nextClassId)) {
                line.toClassId = from.nextClassId;
                line.toClassName = classes.value(from.nextClassId).name;
            } else {
                line.toClassId = p.classId;
                line.toClassName = from.name;
                line.note = Words::tr("Stays: %1 has no next class set").arg(from.name);
            }
        }
        preview.lines << line;
    }
    std::sort(preview.lines.begin(), preview.lines.end(), [](const ClassMoveLine &a, const ClassMoveLine &b) {
        if (a.fromClassName != b.fromClassName)
            return QString::localeAwareCompare(a.fromClassName, b.fromClassName) < 0;
        return QString::localeAwareCompare(a.pupil.displayName(), b.pupil.displayName()) < 0;
    });
    return preview;
}

ClassMoveResult applyClassMove(Store &store, const ClassMovePreview &preview)
{
    ClassMoveResult result;
    if (!preview.problem.isEmpty()) {
        result.message = preview.problem;
        return result;
    }
    QString failure;
    const bool ok = store.transaction([&] {
        for (const ClassMoveLine &line : preview.lines) {
            const std::optional<Pupil> now = store.pupil(line.pupil.id);
            if (!now || now->classId != line.pupil.classId || now->yearGroup != line.pupil.yearGroup ||
                now->leftOn != line.pupil.leftOn) {
                failure =
                    Words::tr("%1's class or year has changed since this preview (moved on another "
                              "tablet, or already moved). Nothing was saved: look at the preview again.")
                        .arg(line.pupil.displayName());
                return false;
            }
            Pupil moved = *now;
            if (line.leaves) {
                moved.leftOn = preview.term.endsOn;
            } else {
                moved.classId = line.toClassId;
                moved.yearGroup = line.toYearGroup;
                moved.keyStage = line.toKeyStage;
            }
            if (const WriteResult w = store.save(moved); !w) {
                failure = Words::tr("%1: %2").arg(line.pupil.displayName(), w.message);
                return false;
            }
            ++(line.leaves ? result.left : result.moved);
        }
        return true;
    });
    result.ok = ok;
    if (!ok) {
        result.moved = 0;
        result.left = 0;
        result.message =
            failure.isEmpty() ? Words::tr("Nothing was saved: %1").arg(store.lastError()) : failure;
        return result;
    }
    result.message =
        Words::tr("%1 moved up a year; %2 leaving at the end of term.")
            .arg(result.moved == 1 ? Words::tr("1 pupil") : Words::tr("%1 pupils").arg(result.moved))
            .arg(result.left);
    return result;
}

} // namespace Stride
