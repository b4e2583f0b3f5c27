#include "moderationsamplechooser.h"

#include "../wording.h"
#include "newmoderationforms.h"

#include "moderation/moderationsample.h"
#include "review/assessmentgrid.h"
#include "store/store.h"

#include <algorithm>

namespace Stride {

ModerationSampleChooser::ModerationSampleChooser(QObject *parent) : QObject(parent) {}

void ModerationSampleChooser::setSession(Session *session)
{
    if (!Session::follow(m_session, session, this, [this] { reload(); }))
        return;
    emit sessionChanged();
    reload();
}

void ModerationSampleChooser::setClassId(const QString &id)
{
    if (id == m_classId)
        return;
    m_classId = id;
    m_seedFromSuggestion = true;
    emit classIdChanged();
    reload();
}

void ModerationSampleChooser::setFormKind(const QString &kind)
{
    if (kind == m_formKind)
        return;
    m_formKind = kind;
    m_seedFromSuggestion = true;
    emit formKindChanged();
    reload();
}

bool ModerationSampleChooser::mayChoose() const
{
    if (!m_session || !m_session->signedIn())
        return false;
    return m_session->seniorLeader() ||
           (m_session->judges() && m_session->staffClassIds().contains(m_classId));
}

void ModerationSampleChooser::reload()
{
    m_ready = false;
    m_className.clear();
    m_choices.clear();
    const auto term = m_session && m_session->store().isOpen() ? m_session->store().term(m_session->termId())
                                                               : std::nullopt;
    const auto schoolClass =
        term && !m_classId.isEmpty() ? m_session->store().schoolClass(m_classId) : std::nullopt;
    if (!term || !schoolClass) {
        emit changed();
        return;
    }
    const Store &store = m_session->store();
    m_className = schoolClass->name;
    QSet<QString> withAssessmentForms;
    for (const PlacedAssessmentForm &f : store.placedAssessmentModerationForms(term->schoolId, term->id))
        withAssessmentForms.insert(f.form.targetId);
    QSet<QString> withTargetSettingForms;
    for (const PlacedTargetSettingForm &f :
         store.placedTargetSettingModerationForms(term->schoolId, term->id))
        withTargetSettingForms.insert(f.form.previousTargetId);
    const AssessmentGrid grid = assessmentGrid(store, m_classId, *term, m_session->today());
    const ModerationSample sample = moderationSample(grid, withAssessmentForms, withTargetSettingForms);
    QHash<QString, QStringList> suggested;
    for (const SampleChoice &c : assessment() ? sample.assessment : sample.targetSetting)
        suggested.insert(c.targetId, c.reasons);
    const QSet<QString> &withForms = assessment() ? withAssessmentForms : withTargetSettingForms;

    for (const GridRow &row : grid.rows) {
        for (int i = 0; i < row.cells.size() && i < grid.areas.size(); ++i) {
            const GridCell &cell = row.cells[i];
            if (!cell.hasTarget())
                continue;
            Choice c;
            c.targetId = cell.targetId;
            c.pupilInitials = row.pupil.initials;
            c.pupilName = row.pupil.displayName();
            c.areaName = grid.areas[i].name;
            c.targetText = cell.targetText;
            c.statusText = cell.judgement ? QStringLiteral("%1 %2")
                                                .arg(int(cell.judgement->status))
                                                .arg(toLabel(cell.judgement->status))
                                          : tr("Not judged yet");
            if (cell.judgement && cell.judgement->nextStep)
                c.statusText += QStringLiteral("  ·  ") + toLabel(*cell.judgement->nextStep);
            c.evidenceText = Wording::evidenceThisTerm(cell.evidenceCount);
            c.suggested = suggested.contains(c.targetId);
            c.reasonsText = suggested.value(c.targetId).join(QStringLiteral(", "));
            c.formMade = withForms.contains(c.targetId);
            m_choices << c;
        }
    }
    // Stride's suggestion (and the forms already made) first, so the whole sample is seen at once.
    std::stable_partition(m_choices.begin(), m_choices.end(),
                          [](const Choice &c) { return c.suggested || c.formMade; });
    if (m_seedFromSuggestion) {
        m_chosen.clear();
        for (const Choice &c : std::as_const(m_choices))
            if (c.suggested && !c.formMade)
                m_chosen.insert(c.targetId);
        m_seedFromSuggestion = false;
    } else {
        // A form made meanwhile (here or on another tablet) is no longer to make.
        for (const Choice &c : std::as_const(m_choices))
            if (c.formMade)
                m_chosen.remove(c.targetId);
    }
    m_ready = true;
    emit changed();
}

QVariantList ModerationSampleChooser::choices() const
{
    QVariantList list;
    for (const Choice &c : m_choices)
        list << QVariantMap{{QStringLiteral("targetId"), c.targetId},
                            {QStringLiteral("pupilInitials"), c.pupilInitials},
                            {QStringLiteral("pupilName"), c.pupilName},
                            {QStringLiteral("areaName"), c.areaName},
                            {QStringLiteral("targetText"), c.targetText},
                            {QStringLiteral("statusText"), c.statusText},
                            {QStringLiteral("evidenceText"), c.evidenceText},
                            {QStringLiteral("reasonsText"), c.reasonsText},
                            {QStringLiteral("suggested"), c.suggested},
                            {QStringLiteral("chosen"), m_chosen.contains(c.targetId)},
                            {QStringLiteral("formMade"), c.formMade}};
    return list;
}

void ModerationSampleChooser::toggle(const QString &targetId)
{
    for (const Choice &c : std::as_const(m_choices)) {
        if (c.targetId != targetId || c.formMade)
            continue;
        if (!m_chosen.remove(targetId))
            m_chosen.insert(targetId);
        m_message.clear();
        emit changed();
        return;
    }
}

void ModerationSampleChooser::useSuggestion()
{
    m_seedFromSuggestion = true;
    reload();
}

int ModerationSampleChooser::makeForms()
{
    if (!mayChoose()) {
        m_message = tr("Class teachers choose their own class's sample; SLT can choose any class's.");
        emit changed();
        return -1;
    }
    Store &store = m_session->store();
    const auto me = store.staff(m_session->staffId());
    if (!me || m_chosen.isEmpty()) {
        m_message = tr("Tick the targets to bring to the meeting first.");
        emit changed();
        return -1;
    }
    int made = 0;
    QString problem;
    const bool ok = store.transaction([&] {
        for (const Choice &c : std::as_const(m_choices)) {
            if (!m_chosen.contains(c.targetId) || c.formMade)
                continue;
            WriteResult r;
            if (assessment()) {
                const auto form = newAssessmentForm(store, c.targetId, *me, m_session->now());
                if (!form)
                    continue;
                r = store.save(*form);
            } else {
                const auto form =
                    newTargetSettingForm(store, c.targetId, m_session->termId(), *me, m_session->now());
                if (!form)
                    continue;
                r = store.save(*form);
            }
            if (!r.ok) {
                problem = r.message;
                return false;
            }
            ++made;
        }
        return true;
    });
    if (!ok) {
        m_message = tr("The forms could not be made: %1").arg(problem);
        emit changed();
        return -1;
    }
    m_message.clear();
    m_chosen.clear();
    m_session->notePlanChanged();
    reload();
    return made;
}

} // namespace Stride
