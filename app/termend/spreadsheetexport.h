#pragma once

#include "../session.h"

#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// The central ILP spreadsheet saved from the app (seed 000: "Information is entered into the
// central ILPs spreadsheet"): every pupil's targets of one term or of every term, as an Excel
// workbook with the analysis sheets and charts, or as CSV, into a folder a senior leader can find
// (Documents/Stride on a desktop). Only senior leaders and administrators: it holds every pupil's
// targets and needs. A tablet has nowhere to put it, so pages offer it only where `available`.
class SpreadsheetExport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stride::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool available READ available CONSTANT)
    // Whether the signed-in person may save it (SLT or an administrator).
    Q_PROPERTY(bool allowed READ allowed NOTIFY sessionChanged)
    // Where the files go (Documents/Stride unless set).
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY folderChanged)
    // What the last save did, in a sentence: the file written, or why nothing was.
    Q_PROPERTY(QString message READ message NOTIFY saved)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY saved)
    Q_PROPERTY(QString savedPath READ savedPath NOTIFY saved)

public:
    explicit SpreadsheetExport(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    static bool available();
    bool allowed() const;
    QString folder() const;
    void setFolder(const QString &folder);
    QString message() const { return m_message; }
    bool succeeded() const { return m_succeeded; }
    QString savedPath() const { return m_savedPath; }

    // One term's rows (an empty termId: every term), as "xlsx" (the workbook with its analysis
    // sheets) or "csv" (the ILPs sheet only). The file is named for the school, the term and today.
    Q_INVOKABLE bool save(const QString &termId, const QString &format = QStringLiteral("xlsx"));

signals:
    void sessionChanged();
    void folderChanged();
    void saved();

private:
    bool finish(bool ok, const QString &message, const QString &path);

    QPointer<Session> m_session;
    QString m_folder;
    QString m_message;
    bool m_succeeded = false;
    QString m_savedPath;
};

} // namespace Stride
