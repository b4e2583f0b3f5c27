#include "targeteditor.h"

#include "../wording.h"

#include "review/judgementhistory.h"
#include "review/nexttermtarget.h"
#include "store/store.h"

#include <QLocale>

namespace Stride {

namespace {

QString findingKey(TargetFinding::Kind kind)
{
    switch (kind) {
    case TargetFinding::Kind::NoMeasurableCriterion:
        return QStringLiteral("criterion");
    case TargetFinding::Kind::NoCondition:
        return QStringLiteral("condition");
    case TargetFinding::Kind::VagueVerb:
        return QStringLiteral("verb");
    case TargetFinding::Kind::NoEhcpLink:
        return QStringLiteral("ehcp");
    }
    return {};
}

const QList<MappAspect> &allAspects()
{
    static const QList<MappAspect> aspects{MappAspect::Independence, MappAspect::Fluency,
                                           MappAspect::Maintenance, MappAspect::Generalisation};
    return aspects;
}

} // namespace

TargetEditor::TargetEditor(QObject *parent) : QObject(parent) {}

void TargetEditor::setSession(Session *session)
{
    if (m_session == session)
        return;
    m_session = session;
    emit sessionChanged();
    load();
}

void TargetEditor::setFromTargetId(const QString &id)
{
    if (id == m_fromTargetId)
        return;
    m_fromTargetId = id;
    emit sourceChanged();
    load();
}

void TargetEditor::setTargetId(const QString &id)
{
    if (id == m_targetId)
        return;
    m_targetId = id;
    emit sourceChanged();
    load();
}

void TargetEditor::load()
{
    m_ready = false;
    m_problem.clear();
    m_pupilName.clear();
    m_pupilId.clear();
    m_areaName.clear();
    m_termName.clear();
    m_lineageText.clear();
    m_previousText.clear();
    m_previousJudgementText.clear();
    m_isNew = false;
    m_pupilOutcomes.clear();
    m_newIlp.reset();
    m_target = {};
    m_saved = {};
    m_aspectsChosenByHand = false;
    setMessage({});

    auto finish = [this] {
        recheck();
        emit loaded();
        emit edited();
    };
    if (!m_session || !m_session->store().isOpen() || (m_fromTargetId.isEmpty() && m_targetId.isEmpty()))
        return finish();
    const Store &store = m_session->store();

    // From this term's judged target: next term's target is derived (NextTermTarget), unless it
    // exists already (made here before, or on another tablet: the id is the same), when it is
    // opened as saved.
    QString editId = m_targetId;
    if (editId.isEmpty()) {
        const auto from = store.target(m_fromTargetId);
        if (!from) {
            m_problem = tr("This target is no longer on the tablet.");
            return finish();
        }
        const auto judgement =
            judgementHistory(store.judgementsOfTarget(from->id)).current(JudgementRole::Assessor);
        if (!judgement) {
            m_problem = tr("Judge this term's target first: its next step says what next term's target "
                           "should be.");
            return finish();
        }
        const NextTermTarget derived = nextTermTarget(store, *from, *judgement);
        if (!derived.ok()) {
            m_problem = derived.refusalSentence;
            return finish();
        }
        if (store.target(derived.target.id)) {
            editId = derived.target.id;
        } else {
            m_target = derived.target;
            m_newIlp = derived.newIlp;
            m_isNew = true;
        }
    }
    if (!editId.isEmpty()) {
        const auto saved = store.target(editId);
        if (!saved) {
            m_problem = tr("This target is no longer on the tablet.");
            return finish();
        }
        m_target = *saved;
        m_saved = *saved;
    }

    const auto ilp = m_newIlp ? m_newIlp : store.ilp(m_target.ilpId);
    const auto pupil = ilp ? store.pupil(ilp->pupilId) : std::nullopt;
    const auto term = ilp ? store.term(ilp->termId) : std::nullopt;
    const auto area = store.area(m_target.areaId);
    if (!pupil || !term) {
        m_problem = tr("This target's plan is no longer on the tablet.");
        return finish();
    }
    m_pupilId = pupil->id;
    m_pupilName = pupil->displayName();
    m_termName = term->name;
    m_areaName = area ? area->name : tr("Area no longer in use");
    for (const EhcpOutcome &o : pupil->ehcpOutcomes)
        m_pupilOutcomes.append({o.id, QStringLiteral("%1: %2").arg(o.reference, o.text)});
    if (m_target.lineage != TargetLineage::New) {
        m_lineageText = Wording::lineage(m_target.lineage);
        if (const auto previous = store.target(m_target.lineageTargetId)) {
            m_previousText = previous->text;
            if (const auto j =
                    judgementHistory(store.judgementsOfTarget(previous->id)).current(JudgementRole::Assessor))
                m_previousJudgementText =
                    j->nextStep ? tr("Judged %1 %2, next step %3")
                                      .arg(int(j->status))
                                      .arg(toLabel(j->status), toLabel(*j->nextStep))
                                : tr("Judged %1 %2").arg(int(j->status)).arg(toLabel(j->status));
        }
    }
    m_ready = true;
    finish();
}

void TargetEditor::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

void TargetEditor::recheck()
{
    m_check = checkTarget(m_target.text, m_target.ehcpOutcomeIds, m_target.noEhcpLinkReason);
}

void TargetEditor::setText(const QString &text)
{
    if (text == m_target.text)
        return;
    m_target.text = text;
    // Until the teacher chooses aspects themselves, the ones the words aim at are ticked for them.
    if (!m_aspectsChosenByHand)
        m_target.aspects = aspectsAimedAt(text);
    recheck();
    emit edited();
}

void TargetEditor::setNoEhcpLinkReason(const QString &reason)
{
    if (reason == m_target.noEhcpLinkReason)
        return;
    m_target.noEhcpLinkReason = reason;
    recheck();
    emit edited();
}

void TargetEditor::setProvision(const QString &provision)
{
    if (provision == m_target.provision)
        return;
    m_target.provision = provision;
    emit edited();
}

QString TargetEditor::predictedCompletion() const
{
    return m_target.predictedCompletionOn.toString(Qt::ISODate);
}

void TargetEditor::setPredictedCompletion(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate.trimmed(), Qt::ISODate);
    if (!isoDate.trimmed().isEmpty() && !date.isValid()) {
        setMessage(
            tr("\"%1\" is not a date. Write it as year-month-day, for example 2027-03-26.").arg(isoDate));
        return;
    }
    if (date == m_target.predictedCompletionOn)
        return;
    m_target.predictedCompletionOn = date;
    setMessage({});
    emit edited();
}

QString TargetEditor::predictedCompletionText() const
{
    return m_target.predictedCompletionOn.isValid()
               ? QLocale().toString(m_target.predictedCompletionOn, QStringLiteral("d MMMM yyyy"))
               : tr("No date yet");
}

QVariantList TargetEditor::outcomes() const
{
    QVariantList list;
    for (const auto &[id, text] : m_pupilOutcomes)
        list << QVariantMap{{QStringLiteral("outcomeId"), id},
                            {QStringLiteral("reference"), text.section(QLatin1Char(':'), 0, 0)},
                            {QStringLiteral("text"), text.section(QLatin1Char(':'), 1).trimmed()},
                            {QStringLiteral("linked"), m_target.ehcpOutcomeIds.contains(id)}};
    return list;
}

QVariantList TargetEditor::aspects() const
{
    QVariantList list;
    for (MappAspect a : allAspects())
        list << QVariantMap{{QStringLiteral("key"), toKey(a)},
                            {QStringLiteral("label"), toLabel(a)},
                            {QStringLiteral("meaning"), aspectMeaning(a)},
                            {QStringLiteral("chosen"), m_target.aspects.contains(a)},
                            {QStringLiteral("suggestedWords"), aspectWords(a).join(QStringLiteral(", "))}};
    return list;
}

QVariantList TargetEditor::findings() const
{
    QVariantList list;
    for (const TargetFinding &f : m_check.findings)
        list << QVariantMap{{QStringLiteral("kind"), findingKey(f.kind)},
                            {QStringLiteral("sentence"), f.sentence}};
    return list;
}

QVariantList TargetEditor::suggestions() const
{
    QVariantList list;
    for (const AspectWords &s : m_check.suggestions)
        list << QVariantMap{{QStringLiteral("aspectText"), toLabel(s.aspect)},
                            {QStringLiteral("words"), s.words}};
    return list;
}

QString TargetEditor::checkerText() const
{
    if (m_target.text.trimmed().isEmpty())
        return tr("Write the target: the checker reads it as you type.");
    const int n = int(m_check.findings.size());
    if (n == 0)
        return tr("Clear and measurable: someone else could agree whether it was met.");
    return tr("%n thing(s) to look at before moderation. You can still save it as it is.", nullptr, n);
}

bool TargetEditor::dirty() const
{
    return m_ready && (m_isNew || !(m_target == m_saved));
}

void TargetEditor::setOutcomeLinked(const QString &outcomeId, bool linked)
{
    const bool known = std::any_of(m_pupilOutcomes.cbegin(), m_pupilOutcomes.cend(),
                                   [&](const auto &o) { return o.first == outcomeId; });
    if (!known || linked == m_target.ehcpOutcomeIds.contains(outcomeId))
        return;
    if (linked)
        m_target.ehcpOutcomeIds << outcomeId;
    else
        m_target.ehcpOutcomeIds.removeAll(outcomeId);
    recheck();
    emit edited();
}

void TargetEditor::setAspectChosen(const QString &aspectKey, bool chosen)
{
    const auto aspect = fromKey<MappAspect>(aspectKey);
    if (!aspect || chosen == m_target.aspects.contains(*aspect))
        return;
    m_aspectsChosenByHand = true;
    if (chosen) {
        m_target.aspects << *aspect;
        // In the vocabulary's order, so two tablets choosing the same aspects store the same list.
        std::sort(m_target.aspects.begin(), m_target.aspects.end());
    } else {
        m_target.aspects.removeAll(*aspect);
    }
    emit edited();
}

bool TargetEditor::save()
{
    if (!m_ready || !m_session) {
        setMessage(m_problem.isEmpty() ? tr("There is no target open to save.") : m_problem);
        return false;
    }
    if (!m_session->judges()) {
        setMessage(tr("Teachers and senior leaders write next term's targets."));
        return false;
    }
    Store &store = m_session->store();
    QString problem;
    const bool ok = store.transaction([&] {
        if (m_newIlp && !store.ilp(m_newIlp->id)) {
            const WriteResult r = store.save(*m_newIlp);
            if (!r.ok) {
                problem = r.message;
                return false;
            }
        }
        const WriteResult r = store.save(m_target);
        problem = r.ok ? QString() : r.message;
        return r.ok;
    });
    if (!ok) {
        setMessage(tr("The target was not saved: %1").arg(problem));
        return false;
    }
    m_saved = m_target;
    m_isNew = false;
    m_newIlp.reset();
    m_targetId = m_target.id;
    setMessage({});
    emit loaded();
    emit edited();
    m_session->notePlanChanged();
    emit saved(m_target.id);
    return true;
}

void TargetEditor::revert()
{
    load();
}

} // namespace Stride
