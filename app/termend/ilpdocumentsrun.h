#pragma once

#include "../mediafiles.h"
#include "../session.h"

#include <QPointer>
#include <QThread>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

namespace Stride {

// The term's ILP documents for one pupil, a class or the whole school, printed on a desktop
// (DocumentBatch): the page chooses the term, who and where, then shows the run's progress with
// the pupil being printed, lets the person cancel, and says what was saved and who was not printed
// and why. The batch runs on a thread of its own with its own connection to the tablet's database,
// so the page keeps moving while a school's worth of PDFs is drawn.
class IlpDocumentsRun : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stride::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(Stride::MediaFiles *media READ media WRITE setMedia NOTIFY mediaChanged)
    // On a desktop (not Android or iOS): a tablet has nowhere a teacher would find a folder of PDFs.
    Q_PROPERTY(bool available READ available CONSTANT)
    // Teachers (their own classes), senior leaders and the office (every class, the whole school).
    Q_PROPERTY(bool allowed READ allowed NOTIFY choicesChanged)
    Q_PROPERTY(bool wholeSchoolAllowed READ wholeSchoolAllowed NOTIFY choicesChanged)
    Q_PROPERTY(QVariantList termChoices READ termChoices NOTIFY choicesChanged)   // { termId, name }
    Q_PROPERTY(QVariantList classChoices READ classChoices NOTIFY choicesChanged) // { classId, name }
    Q_PROPERTY(QVariantList pupilChoices READ pupilChoices NOTIFY choicesChanged) // { pupilId, name }
    Q_PROPERTY(QString termId READ termId WRITE setTermId NOTIFY choicesChanged)
    Q_PROPERTY(QString scope READ scope WRITE setScope NOTIFY choicesChanged) // "pupil", "class", "school"
    Q_PROPERTY(QString classId READ classId WRITE setClassId NOTIFY choicesChanged)
    Q_PROPERTY(QString pupilId READ pupilId WRITE setPupilId NOTIFY choicesChanged)
    // Where the documents go: "Stride documents" in Documents unless set.
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY folderChanged)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged) // 0..1
    Q_PROPERTY(QString currentPupil READ currentPupil NOTIFY progressChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged) // "12 of 30: Ava Smith"
    // The last run: done (or cancelled, or failed), what it said, and the pupils it named.
    Q_PROPERTY(bool finished READ finished NOTIFY resultChanged)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY resultChanged)
    Q_PROPERTY(bool cancelled READ cancelled NOTIFY resultChanged)
    Q_PROPERTY(QString message READ message NOTIFY resultChanged)
    Q_PROPERTY(QString savedFolder READ savedFolder NOTIFY resultChanged)
    Q_PROPERTY(QVariantList notPrinted READ notPrinted NOTIFY resultChanged) // { name, className, reasons }
    Q_PROPERTY(QVariantList notFinal READ notFinal NOTIFY resultChanged)

public:
    explicit IlpDocumentsRun(QObject *parent = nullptr);
    ~IlpDocumentsRun() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    MediaFiles *media() const { return m_media; }
    void setMedia(MediaFiles *media);
    static bool available();
    bool allowed() const { return m_allowed; }
    bool wholeSchoolAllowed() const { return m_wholeSchool; }
    QVariantList termChoices() const { return m_termChoices; }
    QVariantList classChoices() const { return m_classChoices; }
    QVariantList pupilChoices() const { return m_pupilChoices; }
    QString termId() const { return m_termId; }
    void setTermId(const QString &termId);
    QString scope() const { return m_scope; }
    void setScope(const QString &scope);
    QString classId() const { return m_classId; }
    void setClassId(const QString &classId);
    QString pupilId() const { return m_pupilId; }
    void setPupilId(const QString &pupilId);
    QString folder() const;
    void setFolder(const QString &folder);
    bool running() const { return m_thread != nullptr; }
    double progress() const { return m_total > 0 ? double(m_done) / m_total : 0; }
    QString currentPupil() const { return m_currentPupil; }
    QString progressText() const;
    bool finished() const { return m_finished; }
    bool succeeded() const { return m_succeeded; }
    bool cancelled() const { return m_cancelled; }
    QString message() const { return m_message; }
    QString savedFolder() const { return m_savedFolder; }
    QVariantList notPrinted() const { return m_notPrinted; }
    QVariantList notFinal() const { return m_notFinal; }

    // Starts printing what is chosen; false (with the reason in `message`) when it cannot start.
    Q_INVOKABLE bool start();
    // Stops before the next pupil; nothing is saved.
    Q_INVOKABLE void cancel();
    // Opens the saved folder in the desktop's file manager.
    Q_INVOKABLE bool openFolder() const;
    // Waits for the run to end, for tests and the self-test (the page never blocks).
    bool waitUntilFinished(int timeoutMs);

signals:
    void sessionChanged();
    void mediaChanged();
    void choicesChanged();
    void folderChanged();
    void runningChanged();
    void progressChanged();
    void resultChanged();

private:
    void reload();
    void readPupilChoices();
    void fail(const QString &message);

    QPointer<Session> m_session;
    QPointer<MediaFiles> m_media;
    bool m_allowed = false;
    bool m_wholeSchool = false;
    QStringList m_ownClassIds;
    QVariantList m_termChoices;
    QVariantList m_classChoices;
    QVariantList m_pupilChoices;
    QString m_termId;
    QString m_scope = QStringLiteral("class");
    QString m_classId;
    QString m_pupilId;
    QString m_folder;

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    int m_done = 0;
    int m_total = 0;
    QString m_currentPupil;
    bool m_finished = false;
    bool m_succeeded = false;
    bool m_cancelled = false;
    QString m_message;
    QString m_savedFolder;
    QVariantList m_notPrinted;
    QVariantList m_notFinal;
};

} // namespace Stride
