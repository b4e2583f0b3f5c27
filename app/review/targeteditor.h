#pragma once

#include "../session.h"

#include "domain/ilp.h"
#include "domain/target.h"
#include "review/targetchecker.h"

#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace Stride {

// Next term's target, being written (issue 10): its text with the target checker reading it as it
// is typed, its EHCP outcome links or the reason there are none, the MAPP aspects it aims at, its
// provision and predicted completion date. Opened either from this term's judged target (Amend or
// Replace: fromTargetId, through NextTermTarget, which gives the lineage) or on a next-term target
// that exists already (targetId). The checker's findings never stop a save: a target kept with
// warnings shows them again at moderation.
class TargetEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stride::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    // This term's target whose judgement's next step leads here (Amend, Replace or Continue).
    Q_PROPERTY(QString fromTargetId READ fromTargetId WRITE setFromTargetId NOTIFY sourceChanged)
    // Or a target to edit as it is (next term's, already saved).
    Q_PROPERTY(QString targetId READ targetId WRITE setTargetId NOTIFY sourceChanged)

    Q_PROPERTY(bool ready READ ready NOTIFY loaded)
    Q_PROPERTY(QString problem READ problem NOTIFY loaded) // why there is nothing to edit
    Q_PROPERTY(QString pupilName READ pupilName NOTIFY loaded)
    Q_PROPERTY(QString pupilId READ pupilId NOTIFY loaded)
    Q_PROPERTY(QString areaName READ areaName NOTIFY loaded)
    Q_PROPERTY(QString termName READ termName NOTIFY loaded) // next term's
    // "Amends last term's target", and last term's text and judgement, shown above the editor.
    Q_PROPERTY(QString lineageText READ lineageText NOTIFY loaded)
    Q_PROPERTY(QString previousText READ previousText NOTIFY loaded)
    Q_PROPERTY(QString previousJudgementText READ previousJudgementText NOTIFY loaded)
    Q_PROPERTY(bool isNew READ isNew NOTIFY loaded) // not saved yet

    Q_PROPERTY(QString text READ text WRITE setText NOTIFY edited)
    Q_PROPERTY(QString noEhcpLinkReason READ noEhcpLinkReason WRITE setNoEhcpLinkReason NOTIFY edited)
    Q_PROPERTY(QString provision READ provision WRITE setProvision NOTIFY edited)
    // yyyy-MM-dd; "" for none.
    Q_PROPERTY(
        QString predictedCompletion READ predictedCompletion WRITE setPredictedCompletion NOTIFY edited)
    Q_PROPERTY(QString predictedCompletionText READ predictedCompletionText NOTIFY edited)
    // The pupil's EHCP outcomes: [{ outcomeId, reference, text, linked }].
    Q_PROPERTY(QVariantList outcomes READ outcomes NOTIFY edited)
    // The four aspects: [{ key, label, chosen, suggestedWords }].
    Q_PROPERTY(QVariantList aspects READ aspects NOTIFY edited)
    // The checker on what is typed: [{ kind ("criterion", "condition", "verb", "ehcp"), sentence }],
    // and words to add for aspects the text does not aim at: [{ aspectText, words }].
    Q_PROPERTY(QVariantList findings READ findings NOTIFY edited)
    Q_PROPERTY(QVariantList suggestions READ suggestions NOTIFY edited)
    Q_PROPERTY(
        QString checkerText READ checkerText NOTIFY edited) // "Clear and measurable", "2 things to look at"
    Q_PROPERTY(bool dirty READ dirty NOTIFY edited)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit TargetEditor(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString fromTargetId() const { return m_fromTargetId; }
    void setFromTargetId(const QString &id);
    QString targetId() const { return m_targetId; }
    void setTargetId(const QString &id);

    bool ready() const { return m_ready; }
    QString problem() const { return m_problem; }
    QString pupilName() const { return m_pupilName; }
    QString pupilId() const { return m_pupilId; }
    QString areaName() const { return m_areaName; }
    QString termName() const { return m_termName; }
    QString lineageText() const { return m_lineageText; }
    QString previousText() const { return m_previousText; }
    QString previousJudgementText() const { return m_previousJudgementText; }
    bool isNew() const { return m_isNew; }

    QString text() const { return m_target.text; }
    void setText(const QString &text);
    QString noEhcpLinkReason() const { return m_target.noEhcpLinkReason; }
    void setNoEhcpLinkReason(const QString &reason);
    QString provision() const { return m_target.provision; }
    void setProvision(const QString &provision);
    QString predictedCompletion() const;
    void setPredictedCompletion(const QString &isoDate);
    QString predictedCompletionText() const;
    QVariantList outcomes() const;
    QVariantList aspects() const;
    QVariantList findings() const;
    QVariantList suggestions() const;
    QString checkerText() const;
    bool dirty() const;
    QString message() const { return m_message; }
    const TargetCheck &check() const { return m_check; }

    Q_INVOKABLE void setOutcomeLinked(const QString &outcomeId, bool linked);
    Q_INVOKABLE void setAspectChosen(const QString &aspectKey, bool chosen);
    // Saves the target (and next term's ILP first, if the pupil has none yet). Warnings from the
    // checker are kept with it; only what the store cannot hold (no text) stops it, with a message.
    Q_INVOKABLE bool save();
    Q_INVOKABLE void revert();

signals:
    void sessionChanged();
    void sourceChanged();
    void loaded();
    void edited();
    void messageChanged();
    void saved(const QString &targetId);

private:
    void load();
    void recheck();
    void setMessage(const QString &message);

    QPointer<Session> m_session;
    QString m_fromTargetId;
    QString m_targetId;
    bool m_ready = false;
    QString m_problem;
    QString m_pupilName;
    QString m_pupilId;
    QString m_areaName;
    QString m_termName;
    QString m_lineageText;
    QString m_previousText;
    QString m_previousJudgementText;
    bool m_isNew = false;
    QList<std::pair<QString, QString>> m_pupilOutcomes; // id, "EO2: text"
    std::optional<Ilp> m_newIlp;
    Target m_target;
    Target m_saved;
    bool m_aspectsChosenByHand = false;
    TargetCheck m_check;
    QString m_message;
};

} // namespace Stride
