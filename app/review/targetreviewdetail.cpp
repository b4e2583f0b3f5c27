#include "targetreviewdetail.h"

#include "moderation/blindorder.h"

#include "../wording.h"

#include "review/nexttermtarget.h"
#include "store/store.h"

#include <QLocale>

namespace Stride {

namespace {

QString dayText(const QDate &day)
{
    return QLocale().toString(day, QStringLiteral("d MMM"));
}

QString namesWithCounts(const QList<DistinctName> &names)
{
    QStringList list;
    for (const DistinctName &n : names)
        list << Wording::setting(n.name);
    return Wording::names(list);
}

QVariantList distinctNames(const QList<DistinctName> &names, bool asSetting)
{
    QVariantList list;
    for (const DistinctName &n : names)
        list << QVariantMap{{QStringLiteral("name"), asSetting ? Wording::setting(n.name) : n.name},
                            {QStringLiteral("count"), n.itemCount}};
    return list;
}

} // namespace

TargetReviewDetail::TargetReviewDetail(QObject *parent) : QObject(parent) {}

void TargetReviewDetail::setSession(Session *session)
{
    // Judgements arrive by sync (a second tablet) and are made here; evidence is captured
    // meanwhile. Any of them changes what the page says.
    if (!Session::follow(m_session, session, this, [this] { reload(); }))
        return;
    emit sessionChanged();
    reload();
}

void TargetReviewDetail::setTargetId(const QString &id)
{
    if (id == m_targetId)
        return;
    m_targetId = id;
    emit targetIdChanged();
    reload();
}

void TargetReviewDetail::reload()
{
    m_review.reset();
    m_chart = {};
    m_moderatingBlind = false;
    m_ehcpText.clear();
    m_nextTermText.clear();
    m_nextTermTargetId.clear();
    m_areaIndex = 0;
    if (m_session && m_session->store().isOpen() && !m_targetId.isEmpty()) {
        const Store &store = m_session->store();
        m_review = targetReview(store, m_targetId, m_session->today());
        if (m_review) {
            m_chart = independenceChartData(*m_review);
            if (const auto me = store.staff(m_session->staffId()))
                m_moderatingBlind =
                    targetsModeratedBlindBy(store, *me, m_review->term.id).contains(m_review->target.id);
            // The area's place among its kind, for the same colour the pupil page gives it.
            for (const AreaOfLearning &a : store.areasOfSchool(m_review->term.schoolId)) {
                if (a.id == m_review->area.id)
                    break;
                if (a.kind == m_review->area.kind)
                    ++m_areaIndex;
            }
            QStringList refs;
            for (const EhcpOutcome &o : m_review->pupil.ehcpOutcomes)
                if (m_review->target.ehcpOutcomeIds.contains(o.id))
                    refs << QStringLiteral("%1: %2").arg(o.reference, o.text);
            m_ehcpText =
                refs.isEmpty()
                    ? (m_review->target.noEhcpLinkReason.isEmpty()
                           ? tr("Not linked to an EHCP outcome, and no reason given.")
                           : tr("Not linked to an EHCP outcome: %1").arg(m_review->target.noEhcpLinkReason))
                    : refs.join(QLatin1Char('\n'));
            if (const auto next =
                    nextTermAfter(store.termsOfSchool(m_review->term.schoolId), m_review->term)) {
                const QString id = Stride::nextTermTargetId(m_review->target.id, next->id);
                if (const auto carried = store.target(id)) {
                    m_nextTermTargetId = carried->id;
                    m_nextTermText = tr("%1: %2").arg(next->name, Wording::lineage(carried->lineage));
                } else {
                    m_nextTermText = tr("%1: next term's target is not set yet.").arg(next->name);
                }
            } else {
                m_nextTermText = tr("There is no term after %1 yet, so next term's target cannot be set.")
                                     .arg(m_review->term.name);
            }
        }
    }
    emit changed();
}

void TargetReviewDetail::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

QString TargetReviewDetail::pupilId() const
{
    return m_review ? m_review->pupil.id : QString();
}

QString TargetReviewDetail::pupilName() const
{
    return m_review ? m_review->pupil.displayName() : QString();
}

QString TargetReviewDetail::areaName() const
{
    return m_review ? m_review->area.name : QString();
}

QString TargetReviewDetail::areaKind() const
{
    return m_review ? toKey(m_review->area.kind) : QString();
}

QString TargetReviewDetail::termName() const
{
    return m_review ? m_review->term.name : QString();
}

QString TargetReviewDetail::targetText() const
{
    return m_review ? m_review->target.text : QString();
}

QString TargetReviewDetail::aspectsText() const
{
    if (!m_review || m_review->target.aspects.isEmpty())
        return {};
    QStringList labels;
    for (MappAspect a : m_review->target.aspects)
        labels << toLabel(a);
    return tr("Aims at: %1").arg(labels.join(QStringLiteral(", ")));
}

QString TargetReviewDetail::provisionText() const
{
    return m_review ? m_review->target.provision : QString();
}

int TargetReviewDetail::evidenceCount() const
{
    return m_review ? m_review->evidenceCount : 0;
}

QString TargetReviewDetail::evidenceText() const
{
    return Wording::evidenceThisTerm(evidenceCount());
}

QVariantList TargetReviewDetail::earlier() const
{
    QVariantList list;
    if (!m_review)
        return list;
    for (const EarlierTarget &e : m_review->earlier)
        list << QVariantMap{{QStringLiteral("targetId"), e.target.id},
                            {QStringLiteral("termName"), e.term.name},
                            {QStringLiteral("text"), e.target.text},
                            {QStringLiteral("evidenceCount"), e.evidenceCount}};
    return list;
}

QVariantList TargetReviewDetail::promptPoints() const
{
    return m_chart.points;
}

QStringList TargetReviewDetail::promptSteps() const
{
    return promptStepNames();
}

QVariantList TargetReviewDetail::chartMonths() const
{
    return m_chart.months;
}

double TargetReviewDetail::halfTermX() const
{
    return m_chart.halfTermX;
}

QString TargetReviewDetail::independenceText() const
{
    return m_chart.sentence;
}

QVariantList TargetReviewDetail::settings() const
{
    return m_review ? distinctNames(m_review->figures.generalisation.settings, true) : QVariantList();
}

QVariantList TargetReviewDetail::people() const
{
    return m_review ? distinctNames(m_review->figures.generalisation.people, false) : QVariantList();
}

QString TargetReviewDetail::generalisationText() const
{
    if (!m_review)
        return {};
    const GeneralisationFigure &g = m_review->figures.generalisation;
    if (g.settings.isEmpty() && g.people.isEmpty())
        return tr("No evidence records where it happened or who was there.");
    const QString where =
        g.settings.isEmpty()
            ? tr("no setting recorded")
            : tr("%n setting(s) (%1)", nullptr, int(g.settings.size())).arg(namesWithCounts(g.settings));
    const QString who = tr("%n person or people named as present", nullptr, int(g.people.size()));
    return tr("Seen in %1, with %2.").arg(where, who);
}

QVariantList TargetReviewDetail::weeks() const
{
    QVariantList list;
    if (!m_review)
        return list;
    for (const EvidenceWeek &w : m_review->figures.maintenance.weeks)
        list << QVariantMap{{QStringLiteral("weekText"), tr("w/c %1").arg(dayText(w.weekOf))},
                            {QStringLiteral("x"), termFraction(m_review->term, w.weekOf)},
                            {QStringLiteral("count"), w.itemCount}};
    return list;
}

QString TargetReviewDetail::maintenanceText() const
{
    if (!m_review)
        return {};
    const MaintenanceFigure &m = m_review->figures.maintenance;
    if (m.weeks.isEmpty())
        return tr("No weeks with evidence yet.");
    const QString weeks = tr("Evidence in %n week(s)", nullptr, int(m.weeks.size()));
    if (m.longestRunWeeks <= 1)
        return tr("%1; no two weeks in a row.").arg(weeks);
    return tr("%1; longest run %n weeks in a row (%2 to %3).", nullptr, m.longestRunWeeks)
        .arg(weeks, tr("w/c %1").arg(dayText(m.longestRunFrom)), tr("w/c %1").arg(dayText(m.longestRunTo)));
}

QVariantList TargetReviewDetail::measures() const
{
    QVariantList list;
    if (!m_review)
        return list;
    for (const FluencyEntry &e : m_review->figures.fluency.measures)
        list << QVariantMap{{QStringLiteral("dayText"), dayText(localDay(e.capturedAt))},
                            {QStringLiteral("measure"), e.measure},
                            {QStringLiteral("evidenceId"), e.evidenceId}};
    return list;
}

QString TargetReviewDetail::fluencyText() const
{
    if (!m_review)
        return {};
    const int n = int(m_review->figures.fluency.measures.size());
    return n == 0 ? tr("No measures recorded (how many, how long, how fast).")
                  : tr("%n measure(s) recorded, oldest first.", nullptr, n);
}

QStringList TargetReviewDetail::sufficiency() const
{
    QStringList list;
    if (m_review)
        for (const SufficiencyFinding &f : m_review->sufficiency)
            list << f.sentence;
    return list;
}

QVariantList TargetReviewDetail::history() const
{
    QVariantList list;
    if (!m_review || !m_session)
        return list;
    const Store &store = m_session->store();
    QHash<QString, QString> names;
    for (const JudgementEntry &e : m_review->history.entries) {
        const Judgement &j = e.judgement;
        if (m_moderatingBlind && j.role == JudgementRole::Assessor)
            continue;
        if (!names.contains(j.judgedBy)) {
            const auto member = store.staff(j.judgedBy);
            names.insert(j.judgedBy,
                         member ? member->displayName() : tr("Someone no longer on the staff list"));
        }
        list << QVariantMap{
            {QStringLiteral("judgementId"), j.id},
            {QStringLiteral("roleText"), toLabel(j.role)},
            {QStringLiteral("status"), int(j.status)},
            {QStringLiteral("statusText"), QStringLiteral("%1 %2").arg(int(j.status)).arg(toLabel(j.status))},
            {QStringLiteral("nextStepText"), j.nextStep ? toLabel(*j.nextStep) : QString()},
            {QStringLiteral("byText"), names.value(j.judgedBy)},
            {QStringLiteral("whenText"),
             QLocale().toString(j.judgedAt.toLocalTime(), QStringLiteral("ddd d MMM, HH:mm"))},
            {QStringLiteral("currentAbilities"), j.currentAbilities},
            {QStringLiteral("learnerVoice"), j.learnerVoice},
            {QStringLiteral("note"), j.note},
            {QStringLiteral("superseded"), e.superseded},
            {QStringLiteral("current"), e.current},
            {QStringLiteral("inClash"), e.inClash}};
    }
    return list;
}

QString TargetReviewDetail::clashText() const
{
    if (!m_review || m_moderatingBlind || m_review->history.clashes.isEmpty())
        return {};
    QStringList sentences;
    for (const JudgementClash &c : m_review->history.clashes)
        sentences << c.sentence;
    return sentences.join(QLatin1Char(' '));
}

int TargetReviewDetail::currentStatus() const
{
    if (!m_review || m_moderatingBlind)
        return 0;
    const auto j = m_review->history.current(JudgementRole::Assessor);
    return j ? int(j->status) : 0;
}

QString TargetReviewDetail::currentNextStep() const
{
    if (!m_review || m_moderatingBlind)
        return {};
    const auto j = m_review->history.current(JudgementRole::Assessor);
    return j && j->nextStep ? toKey(*j->nextStep) : QString();
}

QString TargetReviewDetail::currentAbilities() const
{
    if (!m_review || m_moderatingBlind)
        return {};
    const auto j = m_review->history.current(JudgementRole::Assessor);
    return j ? j->currentAbilities : QString();
}

QString TargetReviewDetail::currentLearnerVoice() const
{
    if (!m_review || m_moderatingBlind)
        return {};
    const auto j = m_review->history.current(JudgementRole::Assessor);
    return j ? j->learnerVoice : QString();
}

bool TargetReviewDetail::canJudge() const
{
    return m_session && m_session->signedIn() && m_session->judges() && !m_moderatingBlind;
}

QString TargetReviewDetail::readOnlyText() const
{
    if (canJudge())
        return {};
    if (m_moderatingBlind)
        return tr("You are moderating this target, so the class teacher's judgement is not shown here "
                  "until you have given yours. Judge it on its moderation form first.");
    return tr("Teachers and senior leaders judge targets. You can read the judgements here; the "
              "evidence you capture is what they judge from.");
}

QVariantList TargetReviewDetail::statusChoices() const
{
    QVariantList list;
    for (TargetStatus s :
         {TargetStatus::Unmet, TargetStatus::PartiallyMet, TargetStatus::Met, TargetStatus::Exceeded})
        list << QVariantMap{{QStringLiteral("status"), int(s)},
                            {QStringLiteral("label"), QStringLiteral("%1 %2").arg(int(s)).arg(toLabel(s))},
                            {QStringLiteral("descriptor"), statusDescriptor(s)}};
    return list;
}

QVariantList TargetReviewDetail::nextStepChoices() const
{
    QVariantList list;
    for (NextStep s : {NextStep::Continue, NextStep::Amend, NextStep::Replace})
        list << QVariantMap{{QStringLiteral("key"), toKey(s)},
                            {QStringLiteral("label"), toLabel(s)},
                            {QStringLiteral("meaning"), nextStepMeaning(s)}};
    return list;
}

bool TargetReviewDetail::judge(int status, const QString &nextStep, const QString &currentAbilities,
                               const QString &learnerVoice, const QString &note)
{
    if (!m_review || !m_session) {
        setMessage(tr("This target is no longer on the tablet, so it cannot be judged."));
        return false;
    }
    if (!canJudge()) {
        setMessage(readOnlyText());
        return false;
    }
    const auto chosenStatus = fromKey<TargetStatus>(QString::number(status));
    if (!chosenStatus) {
        setMessage(tr("Choose a status from 1 Unmet to 4 Exceeded."));
        return false;
    }
    std::optional<NextStep> step;
    if (!nextStep.isEmpty()) {
        step = fromKey<NextStep>(nextStep);
        if (!step) {
            setMessage(tr("Choose Continue, Amend or Replace as the next step."));
            return false;
        }
    }
    Judgement j;
    j.id = newId();
    j.targetId = m_review->target.id;
    j.role = JudgementRole::Assessor;
    j.status = *chosenStatus;
    j.nextStep = step;
    j.judgedBy = m_session->staffId();
    j.judgedAt = m_session->now();
    j.note = note.trimmed();
    j.currentAbilities = currentAbilities.trimmed();
    j.learnerVoice = learnerVoice.trimmed();
    j.supersedesId = m_review->history.toSupersede(JudgementRole::Assessor, j.status, j.nextStep);
    const auto current = m_review->history.current(JudgementRole::Assessor);
    if (current && current->status == j.status && current->nextStep == j.nextStep &&
        current->currentAbilities == j.currentAbilities && current->learnerVoice == j.learnerVoice &&
        current->note == j.note && !m_review->history.hasClash()) {
        setMessage({}); // the same judgement again: nothing to cross out
        return true;
    }
    const WriteResult result = m_session->store().save(j);
    if (!result.ok) {
        setMessage(tr("The judgement could not be saved: %1").arg(result.message));
        return false;
    }
    setMessage({});
    m_session->notePlanChanged();
    return true;
}

QString TargetReviewDetail::continueTarget()
{
    if (!m_review || !m_session || !canJudge()) {
        setMessage(readOnlyText());
        return {};
    }
    const auto current = m_review->history.current(JudgementRole::Assessor);
    if (!current) {
        setMessage(tr("Judge the target first: its next step says what happens next term."));
        return {};
    }
    Store &store = m_session->store();
    const NextTermTarget carried = nextTermTarget(store, m_review->target, *current);
    if (!carried.ok()) {
        setMessage(carried.refusalSentence);
        return {};
    }
    if (carried.target.lineage != TargetLineage::Continues) {
        setMessage(tr("The next step is %1: write next term's target in the editor.")
                       .arg(toLabel(*current->nextStep)));
        return {};
    }
    if (store.target(carried.target.id)) {
        setMessage({});
        reload();
        return carried.target.id; // carried already (here or on another tablet): nothing to add
    }
    QString problem;
    const bool ok = store.transaction([&] {
        if (carried.newIlp) {
            const WriteResult r = store.save(*carried.newIlp);
            if (!r.ok) {
                problem = r.message;
                return false;
            }
        }
        const WriteResult r = store.save(carried.target);
        problem = r.ok ? QString() : r.message;
        return r.ok;
    });
    if (!ok) {
        setMessage(tr("The target could not be carried into %1: %2").arg(carried.nextTerm.name, problem));
        return {};
    }
    setMessage({});
    m_session->notePlanChanged();
    return carried.target.id;
}

} // namespace Stride
