#pragma once

#include "../session.h"

#include "termend/coverletter.h"

#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// The assessment lead's editor for the cover letter that goes home with every pupil's progress
// report (School::parentLetter): the school's own words with merge fields, shown merged for one
// pupil as it is typed. A letter with a field Stride cannot fill in is refused on saving, naming
// the field (the store refuses it too). Senior leaders and the office save it; others may read it.
class CoverLetterEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stride::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    // The letter being edited: the school's, or Stride's default until the school saves its own.
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(bool usingDefault READ usingDefault NOTIFY loaded)
    Q_PROPERTY(bool changed READ isChanged NOTIFY textChanged)
    // The merge fields, as a letter writes them ("<FIRST NAME>"), to insert with a tap.
    Q_PROPERTY(QStringList fields READ fields CONSTANT)
    // The sentence naming fields Stride cannot fill in, as typed; empty when there are none.
    Q_PROPERTY(QString problem READ problem NOTIFY textChanged)
    // The letter merged for one pupil of the school, and who that is ("Alfie Bennett, Oak").
    Q_PROPERTY(QString preview READ preview NOTIFY textChanged)
    Q_PROPERTY(QString previewPupil READ previewPupil NOTIFY loaded)
    Q_PROPERTY(bool canSave READ canSave NOTIFY loaded)
    // What the last save said: that it worked, or why the letter was refused.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool refused READ refused NOTIFY messageChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY textChanged)

public:
    explicit CoverLetterEditor(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString text() const { return m_text; }
    void setText(const QString &text);
    bool usingDefault() const { return m_usingDefault; }
    bool isChanged() const { return m_text != m_saved; }
    QStringList fields() const;
    QString problem() const;
    QString preview() const;
    QString previewPupil() const { return m_previewPupil; }
    bool canSave() const { return m_canSave; }
    QString message() const { return m_message; }
    bool refused() const { return m_refused; }
    QString summary() const;

    // Saves the letter as the school's. False (with the reason in `message`) when it is refused.
    Q_INVOKABLE bool save();
    // Puts Stride's default letter in the editor (saved only with Save).
    Q_INVOKABLE void useDefault();
    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void textChanged();
    void loaded();
    void messageChanged();

private:
    void setMessage(const QString &message, bool refused);

    QPointer<Session> m_session;
    QString m_text;
    QString m_saved;
    bool m_usingDefault = true;
    bool m_canSave = false;
    QString m_previewPupil;
    std::optional<CoverLetter::Values> m_previewValues; // read once, merged as the letter is typed
    QString m_message;
    bool m_refused = false;
};

} // namespace Stride
