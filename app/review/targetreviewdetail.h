#pragma once

#include "../session.h"
#include "independencechartdata.h"

#include "review/targetreview.h"

#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// One target at assessment week, for the review page: whose it is, the MAPP aspects read from its
// evidence's tags (a chart of prompt levels, settings and people, weeks, measures), whether the
// evidence is enough, and every judgement so far, crossed out where superseded. A teacher or
// senior leader judges it here; everyone else reads the judgements. Judging never overwrites: a
// changed mind is a new judgement naming the one it replaces (JudgementHistory::toSupersede).
class TargetReviewDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stride::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString targetId READ targetId WRITE setTargetId NOTIFY targetIdChanged)

    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString pupilId READ pupilId NOTIFY changed)
    Q_PROPERTY(QString pupilName READ pupilName NOTIFY changed)
    Q_PROPERTY(QString areaName READ areaName NOTIFY changed)
    Q_PROPERTY(QString areaKind READ areaKind NOTIFY changed) // "send" or "pfa", for its colour
    Q_PROPERTY(int areaIndex READ areaIndex NOTIFY changed)   // position within its kind
    Q_PROPERTY(QString termName READ termName NOTIFY changed)
    Q_PROPERTY(QString targetText READ targetText NOTIFY changed)
    Q_PROPERTY(QString aspectsText READ aspectsText NOTIFY changed) // "Aims at: Independence, Generalisation"
    Q_PROPERTY(QString ehcpText READ ehcpText NOTIFY changed)
    Q_PROPERTY(QString provisionText READ provisionText NOTIFY changed)
    Q_PROPERTY(int evidenceCount READ evidenceCount NOTIFY changed)
    Q_PROPERTY(QString evidenceText READ evidenceText NOTIFY changed) // "12 pieces of evidence this term"
    // Where the target continues last term's: [{ targetId, termName, text, evidenceCount }].
    Q_PROPERTY(QVariantList earlier READ earlier NOTIFY changed)

    // Independence: [{ x (0..1 across the term), step (0 full physical .. 4 independent),
    // levelText, dayText, evidenceId }], the chart's step names bottom to top, the trend in words.
    Q_PROPERTY(QVariantList promptPoints READ promptPoints NOTIFY changed)
    Q_PROPERTY(QStringList promptSteps READ promptSteps CONSTANT)
    // Month initials along the chart's foot: [{ x, text }] ("Sep", "Oct", ...), and half term's x.
    Q_PROPERTY(QVariantList chartMonths READ chartMonths NOTIFY changed)
    Q_PROPERTY(double halfTermX READ halfTermX NOTIFY changed) // -1 when the term has none
    Q_PROPERTY(QString independenceText READ independenceText NOTIFY changed)
    // Generalisation: [{ name, count }] and a sentence.
    Q_PROPERTY(QVariantList settings READ settings NOTIFY changed)
    Q_PROPERTY(QVariantList people READ people NOTIFY changed)
    Q_PROPERTY(QString generalisationText READ generalisationText NOTIFY changed)
    // Maintenance: [{ weekText ("w/c 14 Sep"), count }] and "Evidence in 7 weeks; longest run 4 weeks
    // (28 Sep to 19 Oct)".
    Q_PROPERTY(QVariantList weeks READ weeks NOTIFY changed)
    Q_PROPERTY(QString maintenanceText READ maintenanceText NOTIFY changed)
    // Fluency: [{ dayText, measure }] in the order recorded.
    Q_PROPERTY(QVariantList measures READ measures NOTIFY changed)
    Q_PROPERTY(QString fluencyText READ fluencyText NOTIFY changed)
    // Before judging: sentences the teacher can act on (never blocking).
    Q_PROPERTY(QStringList sufficiency READ sufficiency NOTIFY changed)

    // Every judgement: [{ judgementId, roleText, status, statusText, nextStepText, byText,
    // whenText, currentAbilities, learnerVoice, note, superseded, current, inClash }] in
    // JudgementHistory's order.
    Q_PROPERTY(QVariantList history READ history NOTIFY changed)
    Q_PROPERTY(QString clashText READ clashText NOTIFY changed)
    // The class teacher's (assessor's) judgement that stands, to start the form from: 0 when none.
    Q_PROPERTY(int currentStatus READ currentStatus NOTIFY changed)
    Q_PROPERTY(QString currentNextStep READ currentNextStep NOTIFY changed) // key, "" when none
    Q_PROPERTY(QString currentAbilities READ currentAbilities NOTIFY changed)
    Q_PROPERTY(QString currentLearnerVoice READ currentLearnerVoice NOTIFY changed)
    Q_PROPERTY(bool judged READ judged NOTIFY changed)

    Q_PROPERTY(bool canJudge READ canJudge NOTIFY changed)
    // Why the form is read-only, for a TA: "Teachers and senior leaders judge targets...".
    Q_PROPERTY(QString readOnlyText READ readOnlyText NOTIFY changed)
    // The seed's descriptors: [{ status, label ("3 Met"), descriptor }] and
    // [{ key, label, meaning }] for the next steps.
    Q_PROPERTY(QVariantList statusChoices READ statusChoices CONSTANT)
    Q_PROPERTY(QVariantList nextStepChoices READ nextStepChoices CONSTANT)
    // Next term's target, once judged: "Spring 2027: not set yet" / "Spring 2027: continues" and
    // the id of the next term's target if it exists ("" if not).
    Q_PROPERTY(QString nextTermText READ nextTermText NOTIFY changed)
    Q_PROPERTY(QString nextTermTargetId READ nextTermTargetId NOTIFY changed)
    // What the last judge() or continueTarget() said went wrong (empty when it went well).
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit TargetReviewDetail(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString targetId() const { return m_targetId; }
    void setTargetId(const QString &id);

    bool found() const { return m_review.has_value(); }
    QString pupilId() const;
    QString pupilName() const;
    QString areaName() const;
    QString areaKind() const;
    int areaIndex() const { return m_areaIndex; }
    QString termName() const;
    QString targetText() const;
    QString aspectsText() const;
    QString ehcpText() const { return m_ehcpText; }
    QString provisionText() const;
    int evidenceCount() const;
    QString evidenceText() const;
    QVariantList earlier() const;
    QVariantList promptPoints() const;
    QStringList promptSteps() const;
    QVariantList chartMonths() const;
    double halfTermX() const;
    QString independenceText() const;
    QVariantList settings() const;
    QVariantList people() const;
    QString generalisationText() const;
    QVariantList weeks() const;
    QString maintenanceText() const;
    QVariantList measures() const;
    QString fluencyText() const;
    QStringList sufficiency() const;
    QVariantList history() const;
    QString clashText() const;
    int currentStatus() const;
    QString currentNextStep() const;
    QString currentAbilities() const;
    QString currentLearnerVoice() const;
    bool judged() const { return currentStatus() != 0; }
    bool canJudge() const;
    QString readOnlyText() const;
    QVariantList statusChoices() const;
    QVariantList nextStepChoices() const;
    QString nextTermText() const { return m_nextTermText; }
    QString nextTermTargetId() const { return m_nextTermTargetId; }
    QString message() const { return m_message; }

    // Records the signed-in teacher's judgement (status 1-4, next step key or ""), superseding
    // the one that stands (or, after a clash, the one that disagrees). False with a message if the
    // person may not judge or the store refused it.
    Q_INVOKABLE bool judge(int status, const QString &nextStep, const QString &currentAbilities,
                           const QString &learnerVoice, const QString &note);
    // After a Continue: carries the target into next term's ILP as it stands (making the ILP if
    // the pupil has none yet). Returns the new target's id, or "" with a message.
    Q_INVOKABLE QString continueTarget();
    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void targetIdChanged();
    void changed();
    void messageChanged();

private:
    void setMessage(const QString &message);

    QPointer<Session> m_session;
    QString m_targetId;
    std::optional<TargetReview> m_review;
    IndependenceChartData m_chart;
    // The signed-in person moderates this target and has not judged it yet: the class teacher's
    // judgement is not shown to them here either (docs/moderation.md, "Blind moderation").
    bool m_moderatingBlind = false;
    int m_areaIndex = 0;
    QString m_ehcpText;
    QString m_nextTermText;
    QString m_nextTermTargetId;
    QString m_message;
};

} // namespace Stride
