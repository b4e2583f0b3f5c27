#pragma once

#include "../mediafiles.h"
#include "../session.h"

#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// A moderation form as a PDF laid out like the seed's paper form, or a class's moderation pack (one
// PDF of all its forms, the original media and a manifest of SHA-256s, as one ZIP), saved on a
// desktop into a folder the person can find: Documents/Stride. A tablet has nowhere a teacher would
// look for a file, so there the pages do not offer it (`available`).
class ModerationExport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stride::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(Stride::MediaFiles *media READ media WRITE setMedia NOTIFY mediaChanged)
    Q_PROPERTY(bool available READ available CONSTANT)
    // Where the files go (Documents/Stride unless set).
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY folderChanged)
    // What the last save did, in a sentence: the file written, or why nothing was.
    Q_PROPERTY(QString message READ message NOTIFY saved)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY saved)
    Q_PROPERTY(QString savedPath READ savedPath NOTIFY saved)

public:
    explicit ModerationExport(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    MediaFiles *media() const { return m_media; }
    void setMedia(MediaFiles *media);
    // On a desktop (not Android or iOS).
    static bool available();
    QString folder() const;
    void setFolder(const QString &folder);
    QString message() const { return m_message; }
    bool succeeded() const { return m_succeeded; }
    QString savedPath() const { return m_savedPath; }

    Q_INVOKABLE bool saveAssessmentForm(const QString &formId);
    Q_INVOKABLE bool saveTargetSettingForm(const QString &formId);
    // The pack of this class's forms at the current term's meeting; for people outside the school,
    // without the media of pupils whose consent keeps it inside.
    Q_INVOKABLE bool savePack(const QString &classId, bool outsideSchool);

signals:
    void sessionChanged();
    void mediaChanged();
    void folderChanged();
    void saved();

private:
    bool finish(bool ok, const QString &message, const QString &path);
    // The folder to save in, once the signed-in person may take forms off the tablet; empty with
    // the reason in `problem` otherwise.
    QString readyToSave(QString *problem) const;

    QPointer<Session> m_session;
    QPointer<MediaFiles> m_media;
    QString m_folder;
    QString m_message;
    bool m_succeeded = false;
    QString m_savedPath;
};

} // namespace Stride
