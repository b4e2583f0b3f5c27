#pragma once

#include "../mediafiles.h"
#include "../review/independencechartdata.h"
#include "../session.h"
#include "moderationaccess.h"

#include "domain/assessmentmoderationform.h"
#include "review/targetreview.h"

#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace Stride {

// One ILPs Assessment Moderation Form (seed 000) for the form page: the assessor's side, pre-filled
// where Stride knows the answer, with the progress evidence attached; the moderator's section; the
// assessment table of the assessor's, moderator's and SLT's 1-4 with changed minds crossed out; and
// the SLT section with the outcome worked out, never typed.
//
// Moderation is blind, as the seed asks ("only look at your assessment after they have first formed
// their own opinion"): to anyone but the assessor, nothing here says what the assessor judged until
// the moderator has recorded their own 1-4, and to the moderator not until they then ask to see it
// (which records when). The assessor's row of the table, the agreement and the outcome are all
// withheld until then, not merely hidden by the page.
class AssessmentModerationDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stride::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(Stride::MediaFiles *media READ media WRITE setMedia NOTIFY changed)
    Q_PROPERTY(QString formId READ formId WRITE setFormId NOTIFY formIdChanged)

    Q_PROPERTY(bool found READ found NOTIFY changed)
    // The form's heading fields, from the pupil's and target's records.
    Q_PROPERTY(QString pupilInitials READ pupilInitials NOTIFY changed)
    Q_PROPERTY(QString yearGroupText READ yearGroupText NOTIFY changed)
    Q_PROPERTY(QString className READ className NOTIFY changed)
    Q_PROPERTY(QString specificNeeds READ specificNeeds NOTIFY changed)
    Q_PROPERTY(QString areaName READ areaName NOTIFY changed)
    Q_PROPERTY(QString areaKind READ areaKind NOTIFY changed)
    Q_PROPERTY(int areaIndex READ areaIndex NOTIFY changed)
    Q_PROPERTY(QString targetId READ targetId NOTIFY changed)
    Q_PROPERTY(QString pupilId READ pupilId NOTIFY changed)
    Q_PROPERTY(QString targetText READ targetText NOTIFY changed)
    Q_PROPERTY(QString termName READ termName NOTIFY changed)
    Q_PROPERTY(QString assessorName READ assessorName NOTIFY changed)
    Q_PROPERTY(QString moderatorName READ moderatorName NOTIFY changed)
    Q_PROPERTY(QString seniorLeaderName READ seniorLeaderName NOTIFY changed)
    // Who the signed-in person is on this form, in a sentence ("You are the moderator: ...").
    Q_PROPERTY(QString yourPartText READ yourPartText NOTIFY changed)

    // Assessor section
    Q_PROPERTY(QString startingPoint READ startingPoint NOTIFY changed)
    Q_PROPERTY(QString provisionUsed READ provisionUsed NOTIFY changed)
    Q_PROPERTY(QString currentAbilities READ currentAbilities NOTIFY changed)
    Q_PROPERTY(QString progressEvidenceNote READ progressEvidenceNote NOTIFY changed)
    // The attached evidence: [{ evidenceId, kind, kindText, dayText, promptText, caption,
    // thumbnailUrl, deleted }]; a deleted item is kept as the moderator saw it.
    Q_PROPERTY(QVariantList evidence READ evidence NOTIFY changed)
    Q_PROPERTY(QStringList attachedIds READ attachedIds NOTIFY changed)
    // The aspect chart from assessment week (Independence).
    Q_PROPERTY(QVariantList promptPoints READ promptPoints NOTIFY changed)
    Q_PROPERTY(QStringList promptSteps READ promptSteps NOTIFY changed)
    Q_PROPERTY(QVariantList chartMonths READ chartMonths NOTIFY changed)
    Q_PROPERTY(double halfTermX READ halfTermX NOTIFY changed)
    Q_PROPERTY(QString independenceText READ independenceText NOTIFY changed)

    // Moderator section
    Q_PROPERTY(QString moderatorExplanation READ moderatorExplanation NOTIFY changed)
    Q_PROPERTY(int moderatorAgreed READ moderatorAgreed NOTIFY changed) // -1 not said, 0 no, 1 yes
    Q_PROPERTY(QString disagreementSource READ disagreementSource NOTIFY changed)

    // The assessment table: [{ roleKey, roleText, entries: [{ status, crossed }], standing, hidden,
    // hiddenText }] for Assessor, Moderator and SLT in the seed's order.
    Q_PROPERTY(QVariantList table READ table NOTIFY changed)
    // Blind moderation.
    Q_PROPERTY(bool moderatorHasJudged READ moderatorHasJudged NOTIFY changed)
    Q_PROPERTY(bool assessorJudgementVisible READ assessorJudgementVisible NOTIFY changed)
    // The assessor's 1-4 that stands: 0 while it is withheld (or not made).
    Q_PROPERTY(int assessorStatus READ assessorStatus NOTIFY changed)
    Q_PROPERTY(bool canShowAssessorJudgement READ canShowAssessorJudgement NOTIFY changed)
    // The order, for SLT: "The moderator judged at 10:02, then saw the assessor's at 10:05".
    Q_PROPERTY(QString blindOrderText READ blindOrderText NOTIFY changed)
    Q_PROPERTY(bool blindOrderKept READ blindOrderKept NOTIFY changed)

    // SLT section
    Q_PROPERTY(int assessorModeratorAgreed READ assessorModeratorAgreed NOTIFY changed) // -1, 0, 1
    Q_PROPERTY(QString mindChangedBy READ mindChangedBy NOTIFY changed)                 // key or ""
    Q_PROPERTY(QString sltComments READ sltComments NOTIFY changed)
    Q_PROPERTY(QString sltFinalDecision READ sltFinalDecision NOTIFY changed)
    Q_PROPERTY(int finalStatus READ finalStatus NOTIFY changed) // 0 when not decided
    // "Up", "Down", "Same", worked out from the assessor's first judgement and the final status
    // ("" until both exist and the assessor's may be shown).
    Q_PROPERTY(QString outcomeText READ outcomeText NOTIFY changed)
    // What changed since the moderator judged: sentences ("The target was amended after
    // moderation", "A photo of 12 Oct was deleted after moderation").
    Q_PROPERTY(QStringList changesSinceModeration READ changesSinceModeration NOTIFY changed)

    Q_PROPERTY(bool canEditAssessor READ canEditAssessor NOTIFY changed)
    Q_PROPERTY(bool canModerate READ canModerate NOTIFY changed)
    Q_PROPERTY(bool canEditSlt READ canEditSlt NOTIFY changed)
    // The rows of the assessment table this person may circle in ("assessor", "moderator", "slt"):
    // the assessor's only by the assessor, the moderator's by a moderator, SLT's by SLT.
    Q_PROPERTY(QStringList writableRoles READ writableRoles NOTIFY changed)
    // The seed's criteria: [{ status, label ("3 Met"), descriptor }]; who changed their mind:
    // [{ key, label }].
    Q_PROPERTY(QVariantList statusChoices READ statusChoices CONSTANT)
    Q_PROPERTY(QVariantList mindChangedChoices READ mindChangedChoices CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit AssessmentModerationDetail(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    MediaFiles *media() const { return m_media; }
    void setMedia(MediaFiles *media);
    QString formId() const { return m_formId; }
    void setFormId(const QString &id);

    bool found() const { return m_form.has_value() && m_review.has_value(); }
    QString pupilInitials() const;
    QString yearGroupText() const;
    QString className() const { return m_className; }
    QString specificNeeds() const;
    QString areaName() const;
    QString areaKind() const;
    int areaIndex() const { return m_areaIndex; }
    QString targetId() const;
    QString pupilId() const;
    QString targetText() const;
    QString termName() const;
    QString assessorName() const;
    QString moderatorName() const;
    QString seniorLeaderName() const;
    QString yourPartText() const;
    QString startingPoint() const;
    QString provisionUsed() const;
    QString currentAbilities() const;
    QString progressEvidenceNote() const;
    QVariantList evidence() const;
    QStringList attachedIds() const;
    QVariantList promptPoints() const { return m_chart.points; }
    QStringList promptSteps() const { return m_chart.steps; }
    QVariantList chartMonths() const { return m_chart.months; }
    double halfTermX() const { return m_chart.halfTermX; }
    QString independenceText() const { return m_chart.sentence; }
    QString moderatorExplanation() const;
    int moderatorAgreed() const;
    QString disagreementSource() const;
    QVariantList table() const;
    bool moderatorHasJudged() const;
    bool assessorJudgementVisible() const;
    int assessorStatus() const;
    bool canShowAssessorJudgement() const;
    QString blindOrderText() const;
    bool blindOrderKept() const;
    int assessorModeratorAgreed() const;
    QString mindChangedBy() const;
    QString sltComments() const;
    QString sltFinalDecision() const;
    int finalStatus() const;
    QString outcomeText() const;
    QStringList changesSinceModeration() const;
    bool canEditAssessor() const { return m_access.ownSide; }
    bool canModerate() const { return m_access.moderatorSide; }
    bool canEditSlt() const { return m_access.sltSection; }
    QStringList writableRoles() const;
    QVariantList statusChoices() const;
    QVariantList mindChangedChoices() const;
    QString message() const { return m_message; }

    // The assessor's descriptive fields. False with a message if they may not, or the store refused.
    Q_INVOKABLE bool saveAssessorSection(const QString &startingPoint, const QString &provisionUsed,
                                         const QString &currentAbilities,
                                         const QString &progressEvidenceNote);
    // Attaches (or takes off) one of the target's evidence items, at any time.
    Q_INVOKABLE bool setAttached(const QString &evidenceId, bool attached);
    // One 1-4 in the assessment table, in the signed-in person's own row ("assessor", "moderator" or
    // "slt"). A second choice crosses out the first, as on paper. The moderator's first one is their
    // blind judgement: what they saw (the target, the evidence) is kept with the form.
    Q_INVOKABLE bool judge(const QString &roleKey, int status);
    // The moderator, after judging: shows them the assessor's 1-4 and records when.
    Q_INVOKABLE bool showAssessorJudgement();
    Q_INVOKABLE bool saveModeratorSection(const QString &explanation, int agreed,
                                          const QString &disagreementSource);
    Q_INVOKABLE bool saveSltSection(int agreed, const QString &mindChangedBy, const QString &comments,
                                    const QString &finalDecision, int finalStatus);
    Q_INVOKABLE void reload();

    // The form as read from the store (tests check what was saved through it).
    std::optional<AssessmentModerationForm> form() const { return m_form; }

signals:
    void sessionChanged();
    void formIdChanged();
    void changed();
    void messageChanged();

private:
    void setMessage(const QString &message);
    bool refuse(const QString &message);
    bool saveForm(const AssessmentModerationForm &form);
    QString nameOf(const QString &staffId) const;
    std::optional<Judgement> firstJudgement(JudgementRole role) const;
    bool isModeratorHere() const;

    QPointer<Session> m_session;
    QPointer<MediaFiles> m_media;
    QString m_formId;
    std::optional<AssessmentModerationForm> m_form;
    std::optional<TargetReview> m_review;
    QList<Judgement> m_judgements; // of the form's target, oldest first
    FormAccess m_access;
    QString m_className;
    int m_areaIndex = 0;
    IndependenceChartData m_chart;
    QString m_message;
};

} // namespace Stride
