#pragma once

#include "session.h"

#include "domain/vocabulary.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// One pupil as the pupil page's header shows them: who they are, their needs and pronouns, what
// their media consent allows, their EHCP outcomes and their evidence so far this term.
class PupilProfile : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stride::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString pupilId READ pupilId WRITE setPupilId NOTIFY pupilIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString firstName READ firstName NOTIFY changed)
    Q_PROPERTY(QString initials READ initials NOTIFY changed)
    Q_PROPERTY(QString yearGroup READ yearGroup NOTIFY changed)
    Q_PROPERTY(QString keyStage READ keyStage NOTIFY changed)
    Q_PROPERTY(QString className READ className NOTIFY changed)
    Q_PROPERTY(QString needs READ needs NOTIFY changed)
    Q_PROPERTY(QString pronouns READ pronouns NOTIFY changed)
    Q_PROPERTY(Stride::MediaConsent consent READ consent NOTIFY changed)
    Q_PROPERTY(QString consentText READ consentText NOTIFY changed)
    Q_PROPERTY(QString consentMeaning READ consentMeaning NOTIFY changed)
    Q_PROPERTY(bool preparingForAdulthood READ preparingForAdulthood NOTIFY changed)
    Q_PROPERTY(int evidenceCount READ evidenceCount NOTIFY changed)
    Q_PROPERTY(QString evidenceText READ evidenceText NOTIFY changed)
    Q_PROPERTY(QString additionalProvision READ additionalProvision NOTIFY changed)
    Q_PROPERTY(QVariantList ehcpOutcomes READ ehcpOutcomes NOTIFY changed)
    // The family's reply to the progress report going home now (next term's targets, from this
    // term's ILP documents week): "Approved on 10 Dec by Mrs Khan (mum)", or "" when none is
    // recorded; and that report's term ("Spring 2027", "" when there is no ILP to reply to).
    Q_PROPERTY(QString parentReply READ parentReply NOTIFY changed)
    Q_PROPERTY(QString parentReplyTerm READ parentReplyTerm NOTIFY changed)

public:
    explicit PupilProfile(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString pupilId() const { return m_pupilId; }
    void setPupilId(const QString &pupilId);

    bool found() const { return m_found; }
    QString name() const { return m_d.name; }
    QString firstName() const { return m_d.firstName; }
    QString initials() const { return m_d.initials; }
    QString yearGroup() const { return m_d.yearGroup; }
    QString keyStage() const { return m_d.keyStage; }
    QString className() const { return m_d.className; }
    QString needs() const { return m_d.needs; }
    QString pronouns() const { return m_d.pronouns; }
    MediaConsent consent() const { return m_d.consent; }
    QString consentText() const { return m_d.consentText; }
    QString consentMeaning() const { return m_d.consentMeaning; }
    bool preparingForAdulthood() const { return m_d.preparingForAdulthood; }
    int evidenceCount() const { return m_d.evidenceCount; }
    QString evidenceText() const;
    QString additionalProvision() const { return m_d.additionalProvision; }
    // Each entry: { reference: "EO1", text: "By the end of Key Stage 2, ..." }.
    QVariantList ehcpOutcomes() const { return m_d.ehcpOutcomes; }
    QString parentReply() const { return m_d.parentReply; }
    QString parentReplyTerm() const { return m_d.parentReplyTerm; }

    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void pupilIdChanged();
    void changed();

private:
    struct Details
    {
        QString name;
        QString firstName;
        QString initials;
        QString yearGroup;
        QString keyStage;
        QString className;
        QString needs;
        QString pronouns;
        MediaConsent consent = MediaConsent::None;
        QString consentText;
        QString consentMeaning;
        bool preparingForAdulthood = false;
        int evidenceCount = 0;
        QString additionalProvision;
        QVariantList ehcpOutcomes;
        QString parentReply;
        QString parentReplyTerm;
    };

    QPointer<Session> m_session;
    QString m_pupilId;
    bool m_found = false;
    Details m_d;
};

} // namespace Stride
