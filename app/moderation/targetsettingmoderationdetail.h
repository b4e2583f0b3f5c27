#pragma once

#include "../session.h"
#include "moderationaccess.h"

#include "domain/pupil.h"
#include "domain/targetsettingmoderationform.h"

#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace Stride {

// One ILPs Target Setting Moderation Form (seed 000) for the form page: the target setter's side,
// pre-filled from last term's target, its status and next step and the proposed target of
// assessment week; the moderator's questions, the level of challenge and a suggested rewrite; the
// setter's answer to it (an accepted rewrite becomes the proposed target, the setter's own words
// kept beside it); and the SLT section.
class TargetSettingModerationDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stride::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString formId READ formId WRITE setFormId NOTIFY formIdChanged)

    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString pupilInitials READ pupilInitials NOTIFY changed)
    Q_PROPERTY(QString yearGroupText READ yearGroupText NOTIFY changed)
    Q_PROPERTY(QString className READ className NOTIFY changed)
    Q_PROPERTY(QString specificNeeds READ specificNeeds NOTIFY changed)
    Q_PROPERTY(QString areaName READ areaName NOTIFY changed)
    Q_PROPERTY(QString termName READ termName NOTIFY changed)
    Q_PROPERTY(QString setterName READ setterName NOTIFY changed)
    Q_PROPERTY(QString moderatorName READ moderatorName NOTIFY changed)
    Q_PROPERTY(QString yourPartText READ yourPartText NOTIFY changed)

    // Target-setter section
    Q_PROPERTY(QString previousTargetText READ previousTargetText NOTIFY changed)
    Q_PROPERTY(int previousStatus READ previousStatus NOTIFY changed) // 0 when none
    Q_PROPERTY(QString nextStep READ nextStep NOTIFY changed)         // key or ""
    Q_PROPERTY(QString proposedTargetText READ proposedTargetText NOTIFY changed)
    // The setter's own wording, when they accepted the moderator's rewrite ("" otherwise).
    Q_PROPERTY(QString originalProposedText READ originalProposedText NOTIFY changed)
    Q_PROPERTY(QString reasons READ reasons NOTIFY changed)
    // The pupil's EHCP outcomes: [{ outcomeId, text, linked }].
    Q_PROPERTY(QVariantList ehcpOutcomes READ ehcpOutcomes NOTIFY changed)
    Q_PROPERTY(QString noEhcpLinkReason READ noEhcpLinkReason NOTIFY changed)
    Q_PROPERTY(QString plannedProvision READ plannedProvision NOTIFY changed)

    // Moderator section
    Q_PROPERTY(QString clearEhcpLink READ clearEhcpLink NOTIFY changed)
    Q_PROPERTY(QString successCriteriaEmbedded READ successCriteriaEmbedded NOTIFY changed)
    Q_PROPERTY(QString clearWhatMetLooksLike READ clearWhatMetLooksLike NOTIFY changed)
    Q_PROPERTY(QString provisionSuitable READ provisionSuitable NOTIFY changed)
    Q_PROPERTY(QString otherSuggestions READ otherSuggestions NOTIFY changed)
    Q_PROPERTY(QString challenge READ challenge NOTIFY changed) // key or ""
    Q_PROPERTY(QString suggestedRewrite READ suggestedRewrite NOTIFY changed)
    Q_PROPERTY(int setterAccepts READ setterAccepts NOTIFY changed) // -1 not answered, 0 no, 1 yes

    // SLT section
    Q_PROPERTY(int amendmentProposed READ amendmentProposed NOTIFY changed) // -1, 0, 1
    Q_PROPERTY(int amendmentAccepted READ amendmentAccepted NOTIFY changed) // -1, 0, 1
    Q_PROPERTY(QString moderationOutcome READ moderationOutcome NOTIFY changed)

    Q_PROPERTY(bool canEditSetter READ canEditSetter NOTIFY changed)
    Q_PROPERTY(bool canModerate READ canModerate NOTIFY changed)
    Q_PROPERTY(bool canEditSlt READ canEditSlt NOTIFY changed)
    // Only the target setter answers the moderator's rewrite, once there is one.
    Q_PROPERTY(bool canAnswerRewrite READ canAnswerRewrite NOTIFY changed)
    Q_PROPERTY(QVariantList statusChoices READ statusChoices CONSTANT)
    Q_PROPERTY(QVariantList nextStepChoices READ nextStepChoices CONSTANT)
    Q_PROPERTY(QVariantList challengeChoices READ challengeChoices CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // The family's reply to the progress report of the new targets (next term's ILP): "Parents'
    // reply to the Spring 2027 report: Approved on 10 Dec by Mrs Khan (mum)", or that none is in.
    Q_PROPERTY(QString parentReply READ parentReply NOTIFY changed)

public:
    explicit TargetSettingModerationDetail(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString formId() const { return m_formId; }
    void setFormId(const QString &id);

    bool found() const { return m_form.has_value() && m_pupil.has_value(); }
    QString pupilInitials() const { return m_pupil ? m_pupil->initials : QString(); }
    QString yearGroupText() const;
    QString className() const { return m_className; }
    QString specificNeeds() const { return m_pupil ? m_pupil->specificNeeds : QString(); }
    QString areaName() const { return m_areaName; }
    QString termName() const { return m_termName; }
    QString setterName() const;
    QString moderatorName() const;
    QString yourPartText() const;
    QString previousTargetText() const { return m_previousTargetText; }
    int previousStatus() const;
    QString nextStep() const;
    QString proposedTargetText() const { return m_form ? m_form->proposedTargetText : QString(); }
    QString originalProposedText() const { return m_form ? m_form->originalProposedText : QString(); }
    QString reasons() const { return m_form ? m_form->reasons : QString(); }
    QVariantList ehcpOutcomes() const;
    QString noEhcpLinkReason() const { return m_form ? m_form->noEhcpLinkReason : QString(); }
    QString plannedProvision() const { return m_form ? m_form->plannedProvision : QString(); }
    QString clearEhcpLink() const { return m_form ? m_form->clearEhcpLink : QString(); }
    QString successCriteriaEmbedded() const { return m_form ? m_form->successCriteriaEmbedded : QString(); }
    QString clearWhatMetLooksLike() const { return m_form ? m_form->clearWhatMetLooksLike : QString(); }
    QString provisionSuitable() const { return m_form ? m_form->provisionSuitable : QString(); }
    QString otherSuggestions() const { return m_form ? m_form->otherSuggestions : QString(); }
    QString challenge() const;
    QString suggestedRewrite() const { return m_form ? m_form->suggestedRewrite : QString(); }
    int setterAccepts() const;
    int amendmentProposed() const;
    int amendmentAccepted() const;
    QString moderationOutcome() const { return m_form ? m_form->moderationOutcome : QString(); }
    bool canEditSetter() const { return m_access.ownSide; }
    bool canModerate() const { return m_access.moderatorSide; }
    bool canEditSlt() const { return m_access.sltSection; }
    bool canAnswerRewrite() const;
    QVariantList statusChoices() const;
    QVariantList nextStepChoices() const;
    QVariantList challengeChoices() const;
    QString message() const { return m_message; }
    QString parentReply() const { return m_parentReply; }

    // The setter's side: the proposed target, the reasons, the EHCP outcomes it relates to (or why
    // none), the planned provision. False with a message if they may not, or the store refused.
    Q_INVOKABLE bool saveSetterSection(const QString &proposedTargetText, const QString &reasons,
                                       const QStringList &ehcpOutcomeIds, const QString &noEhcpLinkReason,
                                       const QString &plannedProvision);
    Q_INVOKABLE bool saveModeratorSection(const QString &clearEhcpLink,
                                          const QString &successCriteriaEmbedded,
                                          const QString &clearWhatMetLooksLike,
                                          const QString &provisionSuitable, const QString &otherSuggestions,
                                          const QString &challenge, const QString &suggestedRewrite);
    // The setter's answer to the moderator's rewrite: accepted, it becomes the proposed target.
    Q_INVOKABLE bool answerRewrite(bool accept);
    Q_INVOKABLE bool saveSltSection(int amendmentProposed, int amendmentAccepted, const QString &outcome);
    Q_INVOKABLE void reload();

    std::optional<TargetSettingModerationForm> form() const { return m_form; }

signals:
    void sessionChanged();
    void formIdChanged();
    void changed();
    void messageChanged();

private:
    void setMessage(const QString &message);
    bool refuse(const QString &message);
    bool saveForm(const TargetSettingModerationForm &form);
    QString nameOf(const QString &staffId) const;
    QString parentReplyLine(const Store &store) const;

    QPointer<Session> m_session;
    QString m_formId;
    std::optional<TargetSettingModerationForm> m_form;
    std::optional<Pupil> m_pupil;
    FormAccess m_access;
    QString m_className;
    QString m_areaName;
    QString m_termName;
    QString m_previousTargetText;
    QString m_parentReply;
    QString m_message;
};

} // namespace Stride
