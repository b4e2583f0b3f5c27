#include "dueitems.h"

#include "classmove.h"
#include "ilpdocumentdata.h"
#include "ilpreadiness.h"
#include "parentreplies.h"
#include "rollover.h"

#include "../moderation/moderationqueue.h"
#include "../review/aspectfigures.h"
#include "../review/evidencesufficiency.h"
#include "../review/nexttermtarget.h"
#include "../store/store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace Stride {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(DueItems)
};

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

QString longDate(const QDate &day)
{
    return QLocale().toString(day, QStringLiteral("dddd d MMMM"));
}

// Whose work the counts are of: SLT the whole school's, a teacher their classes'.
struct Scope
{
    QList<Pupil> pupils; // on roll today, in the person's classes (every class, for SLT)
    QStringList pupilIds() const
    {
        QStringList ids;
        for (const Pupil &p : pupils)
            ids << p.id;
        return ids;
    }
};

Scope scopeOf(const Store &store, const Staff &person, const QString &schoolId, const QDate &today)
{
    Scope scope;
    const bool wholeSchool = person.hasRole(StaffRole::SeniorLeader);
    for (const Pupil &p : store.pupilsOfSchool(schoolId)) {
        if (p.leftOn.isValid() && p.leftOn <= today)
            continue;
        if (wholeSchool || person.classIds.contains(p.classId))
            scope.pupils << p;
    }
    return scope;
}

struct TermTarget
{
    QString id;
    QString pupilId;
    QString provision;
};

// Every target of a term's ILPs in the school, with its pupil: one query.
QList<TermTarget> targetsOfTerm(const Store &store, const QString &termId)
{
    QList<TermTarget> targets;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT target.id, ilp.pupil_id, target.provision FROM target"
                             " JOIN ilp ON ilp.id = target.ilp_id WHERE ilp.term_id = ?"));
    q.addBindValue(termId);
    if (!q.exec())
        return targets;
    while (q.next())
        targets << TermTarget{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return targets;
}

QList<TermTarget> targetsOfPupils(const QList<TermTarget> &all, const Scope &scope)
{
    const QStringList ids = scope.pupilIds();
    const QSet<QString> pupils(ids.cbegin(), ids.cend());
    QList<TermTarget> mine;
    for (const TermTarget &t : all)
        if (pupils.contains(t.pupilId))
            mine << t;
    return mine;
}

QStringList idsOf(const QList<TermTarget> &targets)
{
    QStringList ids;
    for (const TermTarget &t : targets)
        ids << t.id;
    return ids;
}

std::optional<DueItem> assessmentItem(const Store &store, const Staff &person, const Term &term,
                                      const QDate &today, const Scope &scope)
{
    const QDate start = term.assessmentWeekStartsOn;
    if (!start.isValid())
        return std::nullopt;
    const QDate deadline = start.addDays(4); // the Friday (assessmentDeadline)
    const bool judges = person.canJudgeTargets();
    // A teacher still judging after Friday is reminded until the moderation meeting is over.
    const QDate lastShown = judges ? deadline.addDays(7) : deadline;
    if (today < start.addDays(-kDueLeadDays) || today > lastShown)
        return std::nullopt;
    const QList<TermTarget> targets = targetsOfPupils(targetsOfTerm(store, term.id), scope);
    if (targets.isEmpty())
        return std::nullopt;

    QString heading;
    if (today < start)
        heading = Words::tr("Assessment week starts %1").arg(dueDayWords(today, start));
    else if (today <= deadline)
        heading = Words::tr("Assessment week ends %1").arg(dueDayWords(today, deadline));
    else
        heading = Words::tr("Assessment week ended %1").arg(dueDayWords(today, deadline));

    DueItem item;
    item.kind = DueItem::Kind::Assessment;
    item.dueOn = deadline;
    if (judges) {
        QSet<QString> judged;
        for (const Judgement &j : store.judgementsOfTargets(idsOf(targets)))
            if (j.role == JudgementRole::Assessor)
                judged.insert(j.targetId);
        const int total = int(targets.size());
        if (today > deadline && judged.size() >= total)
            return std::nullopt;
        item.done = judged.size() >= total;
        item.text =
            (total == 1
                 ? Words::tr("%1: %2 of 1 target judged").arg(heading).arg(judged.size())
                 : Words::tr("%1: %2 of %3 targets judged").arg(heading).arg(judged.size()).arg(total));
        return item;
    }
    // A teaching assistant gathers the evidence the judgements rest on: what is still thin.
    const QHash<QString, EvidenceSpan> spans = store.evidenceSpansOfTargets(idsOf(targets));
    int thin = 0;
    for (const TermTarget &t : targets) {
        const EvidenceSpan span = spans.value(t.id);
        if (!timeFindings(span.count, localDay(span.first), localDay(span.last), today).isEmpty())
            ++thin;
    }
    if (thin == 0)
        return std::nullopt;
    item.text = (thin == 1 ? Words::tr("%1: evidence for 1 target is thin").arg(heading)
                           : Words::tr("%1: evidence for %2 targets is thin").arg(heading).arg(thin));
    return item;
}

std::optional<DueItem> moderationItem(const Store &store, const Staff &person, const Term &term,
                                      const QDate &today)
{
    const QDate start = term.moderationWeekStartsOn;
    if (!start.isValid() || !person.canJudgeTargets())
        return std::nullopt;
    if (today < start.addDays(-kDueLeadDays) || today > start.addDays(4))
        return std::nullopt;
    const ModerationQueue queue = moderationQueue(store, person, term.id);
    const bool slt = person.hasRole(StaffRole::SeniorLeader);
    QStringList parts;
    if (!queue.mineToFill.isEmpty())
        parts << (queue.mineToFill.size() == 1 ? Words::tr("1 form to fill")
                                               : Words::tr("%1 forms to fill").arg(queue.mineToFill.size()));
    if (!queue.toModerate.isEmpty())
        parts << Words::tr("%1 to moderate").arg(queue.toModerate.size());
    if (slt && !queue.awaitingSlt.isEmpty())
        parts << Words::tr("%1 awaiting your final word").arg(queue.awaitingSlt.size());

    DueItem item;
    item.kind = DueItem::Kind::Moderation;
    item.dueOn = start;
    const QString heading = Words::tr("Moderation meeting %1").arg(dueWeekWords(today, start));
    if (!parts.isEmpty()) {
        item.text = Words::tr("%1: %2").arg(heading, parts.join(QStringLiteral(", ")));
    } else if (queue.count() == 0) {
        // No forms yet: the class's sample is still to be chosen (SLT choose for any class).
        item.text = slt ? Words::tr("%1: no class has chosen its sample yet").arg(heading)
                        : Words::tr("%1: choose your class's sample").arg(heading);
    } else {
        item.done = true;
        item.text = Words::tr("%1: nothing waiting for you").arg(heading);
    }
    return item;
}

std::optional<DueItem> ilpDocumentsItem(const Store &store, const Staff &person, const Term &term,
                                        const std::optional<Term> &next, const QDate &today,
                                        const Scope &scope)
{
    const QDate goHome = term.ilpDocumentsWeekStartsOn;
    if (!goHome.isValid() || !next || !person.canJudgeTargets() || scope.pupils.isEmpty())
        return std::nullopt;
    if (today < goHome.addDays(-kDueLeadDays) || today > goHome)
        return std::nullopt;
    int notFinal = 0;
    for (const Pupil &p : scope.pupils) {
        const IlpReadiness r = ilpReadiness(IlpDocumentData::read(store, p.id, next->id));
        if (!r.newTargetsFinal || !r.canPrint())
            ++notFinal;
    }
    DueItem item;
    item.kind = DueItem::Kind::IlpDocuments;
    item.dueOn = goHome;
    item.done = notFinal == 0;
    const QString heading = Words::tr("ILP documents go home %1").arg(dueDayWords(today, goHome));
    item.text = notFinal == 0   ? Words::tr("%1: every pupil's new targets are final").arg(heading)
                : notFinal == 1 ? Words::tr("%1: 1 pupil not final").arg(heading)
                                : Words::tr("%1: %2 pupils not final").arg(heading).arg(notFinal);
    return item;
}

std::optional<DueItem> provisionMapsItem(const Store &store, const Staff &person, const Term &term,
                                         const std::optional<Term> &next, const QDate &today,
                                         const Scope &scope)
{
    // Teachers begin the Provision Maps when the documents go home, and finish them in the last
    // week (seed 000); a school without those stages has no such deadline.
    if (!term.finalWeekStartsOn.isValid() || !next || !person.canJudgeTargets() || scope.pupils.isEmpty())
        return std::nullopt;
    const QDate from = term.ilpDocumentsWeekStartsOn.isValid() ? term.ilpDocumentsWeekStartsOn
                                                               : term.finalWeekStartsOn.addDays(-7);
    if (today < from || today > term.endsOn)
        return std::nullopt;
    QSet<QString> withTargets;
    QSet<QString> missing;
    for (const TermTarget &t : targetsOfPupils(targetsOfTerm(store, next->id), scope)) {
        withTargets.insert(t.pupilId);
        if (t.provision.trimmed().isEmpty())
            missing.insert(t.pupilId);
    }
    int without = int(missing.size());
    for (const Pupil &p : scope.pupils)
        without += withTargets.contains(p.id) ? 0 : 1;
    DueItem item;
    item.kind = DueItem::Kind::ProvisionMaps;
    item.dueOn = term.endsOn;
    item.done = without == 0;
    const QString heading =
        Words::tr("Provision maps due by the end of term (%1)").arg(dueDayWords(today, term.endsOn));
    item.text = without == 0 ? Words::tr("%1: every pupil's interventions are written").arg(heading)
                : without == 1
                    ? Words::tr("%1: 1 pupil without interventions written").arg(heading)
                    : Words::tr("%1: %2 pupils without interventions written").arg(heading).arg(without);
    return item;
}

std::optional<DueItem> parentRepliesItem(const Store &store, const Staff &person, const Term &term,
                                         const std::optional<Term> &next, const QDate &today)
{
    // The progress report goes home on the first day of the ILP documents week; replies come
    // back until the end of term.
    const QDate goneHome = term.ilpDocumentsWeekStartsOn;
    if (!goneHome.isValid() || !next || !person.canJudgeTargets())
        return std::nullopt;
    if (today <= goneHome || today > term.endsOn)
        return std::nullopt;
    int awaited = 0;
    int replied = 0;
    const auto count = [&](const QString &classId) {
        const ParentReplies::Awaited a = ParentReplies::awaiting(store, term.schoolId, next->id, classId);
        awaited += int(a.families.size());
        replied += a.replied;
    };
    if (person.hasRole(StaffRole::SeniorLeader))
        count({});
    else
        for (const QString &classId : person.classIds)
            count(classId);
    if (awaited == 0 && replied == 0)
        return std::nullopt; // no report has gone home to these families
    DueItem item;
    item.kind = DueItem::Kind::ParentReplies;
    item.dueOn = term.endsOn;
    item.done = awaited == 0;
    item.text = awaited == 0   ? Words::tr("Parents' replies: every family has replied")
                : awaited == 1 ? Words::tr("Parents' replies: 1 family has not replied")
                               : Words::tr("Parents' replies: %1 families have not replied").arg(awaited);
    return item;
}

std::optional<DueItem> rolloverItem(const Store &store, const Staff &person, const Term &term,
                                    const std::optional<Term> &next, const QDate &today)
{
    if (!term.finalWeekStartsOn.isValid() || !next || !person.hasRole(StaffRole::SeniorLeader))
        return std::nullopt;
    if (today < term.finalWeekStartsOn || today > term.endsOn)
        return std::nullopt;
    const RolloverPreview preview = rolloverPreview(store, term);
    DueItem item;
    item.kind = DueItem::Kind::Rollover;
    item.dueOn = term.endsOn;
    item.done = preview.toMake.isEmpty();
    const QString heading = Words::tr("Term ends %1").arg(dueDayWords(today, term.endsOn));
    item.text = preview.toMake.isEmpty()
                    ? Words::tr("%1: every agreed target is in %2's ILPs").arg(heading, next->name)
                : preview.toMake.size() == 1
                    ? Words::tr("%1: 1 agreed target to carry into %2").arg(heading, next->name)
                    : Words::tr("%1: %2 agreed targets to carry into %3")
                          .arg(heading, QString::number(preview.toMake.size()), next->name);
    return item;
}

std::optional<DueItem> classMoveItem(const Staff &person, const Term &term, const QList<Term> &terms,
                                     const QDate &today)
{
    if (!term.finalWeekStartsOn.isValid() ||
        !(person.hasRole(StaffRole::SeniorLeader) || person.hasRole(StaffRole::Admin)))
        return std::nullopt;
    if (today < term.finalWeekStartsOn || today > term.endsOn || !endsSchoolYear(term, terms))
        return std::nullopt;
    DueItem item;
    item.kind = DueItem::Kind::ClassMove;
    item.dueOn = term.endsOn;
    item.text = Words::tr("Pupils move up to their new classes %1: check who goes where")
                    .arg(dueDayWords(today, term.endsOn));
    return item;
}

} // namespace

QString dueDayWords(const QDate &today, const QDate &day)
{
    const qint64 days = today.daysTo(day);
    if (days < 0)
        return longDate(day);
    if (days == 0)
        return Words::tr("today");
    if (days == 1)
        return Words::tr("tomorrow");
    if (days < 7)
        return QLocale().dayName(day.dayOfWeek());
    const int weeks = int(mondayOf(today).daysTo(mondayOf(day)) / 7);
    if (weeks == 1)
        return Words::tr("next week");
    return Words::tr("in %1 weeks").arg(weeks);
}

QString dueWeekWords(const QDate &today, const QDate &weekStartsOn)
{
    const int weeks = int(mondayOf(today).daysTo(mondayOf(weekStartsOn)) / 7);
    if (weeks < 0)
        return Words::tr("the week of %1").arg(QLocale().toString(weekStartsOn, QStringLiteral("d MMMM")));
    if (weeks == 0)
        return Words::tr("this week");
    if (weeks == 1)
        return Words::tr("next week");
    return Words::tr("in %1 weeks").arg(weeks);
}

QList<DueItem> dueItems(const Store &store, const Staff &person, const Term &term, const QDate &today)
{
    QList<DueItem> items;
    if (!person.active || !today.isValid() || !term.contains(today))
        return items;
    const QList<Term> terms = store.termsOfSchool(term.schoolId);
    const std::optional<Term> next = nextTermAfter(terms, term);
    const bool teaches = person.canJudgeTargets() || person.hasRole(StaffRole::TeachingAssistant);
    const Scope scope = teaches ? scopeOf(store, person, term.schoolId, today) : Scope{};
    const auto add = [&](const std::optional<DueItem> &item) {
        if (item)
            items << *item;
    };
    if (teaches)
        add(assessmentItem(store, person, term, today, scope));
    add(moderationItem(store, person, term, today));
    add(ilpDocumentsItem(store, person, term, next, today, scope));
    add(provisionMapsItem(store, person, term, next, today, scope));
    add(parentRepliesItem(store, person, term, next, today));
    add(rolloverItem(store, person, term, next, today));
    add(classMoveItem(person, term, terms, today));
    std::stable_sort(items.begin(), items.end(),
                     [](const DueItem &a, const DueItem &b) { return a.dueOn < b.dueOn; });
    return items;
}

} // namespace Stride
