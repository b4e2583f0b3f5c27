#pragma once

#include "sessionlistmodel.h"

#include <QList>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// Senior leaders' list of the school's deleted evidence, newest deletion first (DeletedEvidenceList:
// the store's list, synced to the tablet), each in words: what it was and of whom, who captured it
// and when, who deleted it and when; and Restore, which asks the store for it back.
class DeletedEvidenceModel : public Stride::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    enum Role {
        EvidenceIdRole = Qt::UserRole + 1,
        TitleRole,
        CapturedTextRole,
        DeletedTextRole,
        RestoreAskedRole,
    };
    Q_ENUM(Role)

    explicit DeletedEvidenceModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    QString message() const { return m_message; }

    // "Restore this photo of Alfie Brown?": Restore's question.
    Q_INVOKABLE QString restoreQuestion(const QString &evidenceId) const;
    // The first item listed whose restore is not asked for yet (empty if none).
    Q_INVOKABLE QString firstToRestore() const;
    // Asks the store for the item back, as the signed-in senior leader. False, with `message`, if
    // it could not be asked.
    Q_INVOKABLE bool restore(const QString &evidenceId);

signals:
    void messageChanged();

protected:
    void refill() override;

private:
    struct Row
    {
        QString evidenceId;
        QString title;
        QString question;
        QString capturedText;
        QString deletedText;
        bool restoreAsked = false;
    };
    void setMessage(const QString &message);

    QList<Row> m_rows;
    QString m_message;
};

} // namespace Stride
