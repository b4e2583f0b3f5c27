#include "provisionmap.h"

#include "review/nexttermtarget.h"
#include "store/store.h"

namespace Stride {

ProvisionMap::ProvisionMap(QObject *parent) : QObject(parent) {}

void ProvisionMap::setSession(Session *session)
{
    // A sync that brings changes must not throw away what is being typed.
    if (!Session::follow(m_session, session, this, [this] {
            if (!dirty())
                reload();
        }))
        return;
    emit sessionChanged();
    reload();
}

void ProvisionMap::setPupilId(const QString &id)
{
    if (id == m_pupilId)
        return;
    m_pupilId = id;
    emit sourceChanged();
    reload();
}

void ProvisionMap::setTermId(const QString &id)
{
    if (id == m_termId)
        return;
    m_termId = id;
    emit sourceChanged();
    reload();
}

void ProvisionMap::reload()
{
    m_problem.clear();
    m_pupilName.clear();
    m_termName.clear();
    m_ilp.reset();
    m_savedIlp.reset();
    m_targets.clear();
    m_savedTargets.clear();
    m_areaKinds.clear();
    m_areaNames.clear();
    auto finish = [this] {
        emit loaded();
        emit edited();
    };
    if (!m_session || !m_session->store().isOpen() || m_pupilId.isEmpty())
        return finish();
    const Store &store = m_session->store();
    const auto pupil = store.pupil(m_pupilId);
    if (!pupil) {
        m_problem = tr("This pupil is no longer on the tablet.");
        return finish();
    }
    m_pupilName = pupil->displayName();
    std::optional<Term> term;
    if (!m_termId.isEmpty()) {
        term = store.term(m_termId);
    } else if (const auto current = store.term(m_session->termId())) {
        term = nextTermAfter(store.termsOfSchool(current->schoolId), *current);
        if (!term) {
            m_problem = tr("There is no term after %1 yet. Ask the school's admin to add next term's dates.")
                            .arg(current->name);
            return finish();
        }
    }
    if (!term) {
        m_problem = tr("That term is no longer on the tablet.");
        return finish();
    }
    m_termName = term->name;
    const auto ilp = store.ilpFor(pupil->id, term->id);
    if (!ilp) {
        m_problem = tr("No targets are set for %1 in %2 yet. Judge this term's targets and set next "
                       "term's from the review: the provision map is built from them.")
                        .arg(pupil->firstName, term->name);
        return finish();
    }
    m_ilp = ilp;
    m_savedIlp = ilp;
    m_targets = store.targetsOfIlp(ilp->id);
    m_savedTargets = m_targets;
    int sendIndex = 0;
    int pfaIndex = 0;
    for (const AreaOfLearning &a : store.areasOfSchool(term->schoolId)) {
        const bool pfa = a.kind == AreaKind::PreparingForAdulthood;
        m_areaKinds.insert(a.id, {toKey(a.kind), pfa ? pfaIndex++ : sendIndex++});
        m_areaNames.insert(a.id, a.name);
    }
    finish();
}

void ProvisionMap::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

QVariantList ProvisionMap::rows() const
{
    QVariantList list;
    for (const Target &t : m_targets) {
        const auto kind = m_areaKinds.value(t.areaId, {QStringLiteral("send"), 0});
        list << QVariantMap{
            {QStringLiteral("targetId"), t.id},
            {QStringLiteral("areaName"), m_areaNames.value(t.areaId, tr("Area no longer in use"))},
            {QStringLiteral("areaKind"), kind.first},
            {QStringLiteral("areaIndex"), kind.second},
            {QStringLiteral("text"), t.text},
            {QStringLiteral("provision"), t.provision}};
    }
    return list;
}

void ProvisionMap::setAdditionalProvision(const QString &text)
{
    if (!m_ilp || text == m_ilp->additionalProvision)
        return;
    m_ilp->additionalProvision = text;
    emit edited();
}

bool ProvisionMap::dirty() const
{
    return m_ilp && (!(m_ilp == m_savedIlp) || !(m_targets == m_savedTargets));
}

void ProvisionMap::setProvision(const QString &targetId, const QString &provision)
{
    for (Target &t : m_targets)
        if (t.id == targetId && t.provision != provision) {
            t.provision = provision;
            emit edited();
        }
}

bool ProvisionMap::save()
{
    if (!m_session || !m_ilp) {
        setMessage(m_problem.isEmpty() ? tr("There is no provision map open to save.") : m_problem);
        return false;
    }
    if (!m_session->judges()) {
        setMessage(tr("Teachers and senior leaders write the provision map."));
        return false;
    }
    Store &store = m_session->store();
    QString problem;
    // Only what changed is written: each save is a change other tablets merge field by field, and
    // an unchanged target written again would only add to the change log.
    const bool ok = store.transaction([&] {
        for (qsizetype i = 0; i < m_targets.size(); ++i) {
            if (m_targets.at(i) == m_savedTargets.value(i))
                continue;
            const WriteResult r = store.save(m_targets.at(i));
            if (!r.ok) {
                problem = r.message;
                return false;
            }
        }
        if (!(m_ilp == m_savedIlp)) {
            const WriteResult r = store.save(*m_ilp);
            problem = r.ok ? QString() : r.message;
            return r.ok;
        }
        return true;
    });
    if (!ok) {
        setMessage(tr("The provision map was not saved: %1").arg(problem));
        return false;
    }
    m_savedIlp = m_ilp;
    m_savedTargets = m_targets;
    setMessage({});
    emit edited();
    m_session->notePlanChanged(); // and so reloads this map from what was saved
    return true;
}

} // namespace Stride
