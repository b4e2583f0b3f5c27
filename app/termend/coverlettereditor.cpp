#include "coverlettereditor.h"

#include "store/store.h"
#include "termend/ilpdocumentdata.h"
#include "termend/parentreplies.h"

namespace Stride {

CoverLetterEditor::CoverLetterEditor(QObject *parent) : QObject(parent) {}

void CoverLetterEditor::setSession(Session *session)
{
    // Only who may save changes with the session: a sync that brings the school's letter must not
    // throw away what is being typed.
    if (!Session::follow(m_session, session, this, [this] {
            if (!isChanged())
                reload();
        }))
        return;
    emit sessionChanged();
    reload();
}

void CoverLetterEditor::reload()
{
    m_canSave = false;
    m_previewPupil.clear();
    m_previewValues.reset();
    QString letter;
    if (m_session && m_session->hasSchool()) {
        const Store &store = m_session->store();
        if (const auto school = store.school(m_session->schoolId()))
            letter = school->parentLetter;
        if (const auto me = store.staff(m_session->staffId()))
            m_canSave = me->hasRole(StaffRole::SeniorLeader) || me->hasRole(StaffRole::Admin);
        // The letter shown as the first family on the class list would get it, for the report
        // going home now (next term's targets, from this term's ILP documents week).
        const auto term = ParentReplies::reportTerm(store, m_session->schoolId(), m_session->today());
        const QString termId = term ? term->id : m_session->termId();
        for (const SchoolClass &schoolClass : store.classesOfSchool(m_session->schoolId())) {
            const QList<Pupil> pupils = store.pupilsInClass(schoolClass.id);
            if (pupils.isEmpty())
                continue;
            m_previewValues = CoverLetter::valuesFor(IlpDocumentData::read(store, pupils.first().id, termId),
                                                     m_session->today());
            m_previewPupil = tr("%1, %2", "a pupil's name, then their class")
                                 .arg(pupils.first().displayName(), schoolClass.name);
            break;
        }
    }
    m_usingDefault = letter.isEmpty();
    m_saved = m_usingDefault ? CoverLetter::defaultLetter() : letter;
    m_text = m_saved;
    emit loaded();
    emit textChanged();
}

void CoverLetterEditor::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    emit textChanged();
    if (!m_message.isEmpty())
        setMessage({}, false); // what the last save said is about a letter no longer shown
}

QStringList CoverLetterEditor::fields() const
{
    return CoverLetter::mergeFields();
}

QString CoverLetterEditor::problem() const
{
    return CoverLetter::unknownFieldsProblem(m_text);
}

QString CoverLetterEditor::preview() const
{
    return m_previewValues ? CoverLetter::merge(m_text, *m_previewValues) : m_text;
}

bool CoverLetterEditor::save()
{
    if (!m_session || !m_canSave) {
        setMessage(tr("Only a senior leader or the office can change the school's cover letter."), true);
        return false;
    }
    auto school = m_session->store().school(m_session->schoolId());
    if (!school) {
        setMessage(tr("The school's details are not on this tablet yet. Sync, then try again."), true);
        return false;
    }
    school->parentLetter = m_text;
    const WriteResult result = m_session->store().save(*school);
    if (!result.ok) {
        QStringList reasons;
        for (const ValidationProblem &p : result.problems)
            reasons << p.message;
        setMessage(reasons.isEmpty() ? result.message : reasons.join(QLatin1Char(' ')), true);
        return false;
    }
    m_saved = m_text;
    m_usingDefault = false;
    emit loaded();
    emit textChanged();
    setMessage(tr("Saved. Every progress report printed from now on has this letter."), false);
    return true;
}

void CoverLetterEditor::useDefault()
{
    setText(CoverLetter::defaultLetter());
}

QString CoverLetterEditor::summary() const
{
    return tr("Cover letter (%1), %2 characters%3")
        .arg(m_usingDefault ? tr("Stride's default") : tr("the school's"))
        .arg(m_text.size())
        .arg(problem().isEmpty() ? QString() : tr(", with fields Stride cannot fill in"));
}

void CoverLetterEditor::setMessage(const QString &message, bool refused)
{
    m_message = message;
    m_refused = refused;
    emit messageChanged();
}

} // namespace Stride
