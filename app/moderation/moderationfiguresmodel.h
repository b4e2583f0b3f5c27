#pragma once

#include "../session.h"

#include "moderation/moderationfigures.h"

#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// The school's moderation figures for SLT (the head of assessment), for one term's moderation
// meeting or for every term: how often moderators agreed with the class teachers' judgements, by
// area of learning and by class; whether the final decisions moved targets up or down; and how
// the moderators found the challenge of the proposed new targets. Each chart comes with the
// sentence it says. Only senior leaders (the assessment lead among them) are shown them.
class ModerationFiguresModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stride::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    // The term whose meeting is shown; empty for every term. Until one is chosen, the current term.
    Q_PROPERTY(QString termId READ termId WRITE setTermId NOTIFY termIdChanged)
    // The terms to choose from, newest first, then every term: [{ termId, name }].
    Q_PROPERTY(QVariantList termChoices READ termChoices NOTIFY loaded)
    Q_PROPERTY(QString termName READ termName NOTIFY loaded) // "Autumn 2026", "All terms"
    // The signed-in person may read the figures: a senior leader.
    Q_PROPERTY(bool allowed READ allowed NOTIFY loaded)
    // No form of the term has a moderator's judgement or a moderator's answer on challenge yet.
    Q_PROPERTY(bool nothingModerated READ nothingModerated NOTIFY loaded)
    Q_PROPERTY(QString emptyText READ emptyText NOTIFY loaded)

    // "Moderators agreed with 7 of 9 assessments (78%)." and what the differences were.
    Q_PROPERTY(QString agreementText READ agreementText NOTIFY loaded)
    // Bars: [{ id, name, counts: [agreed, one step apart, further apart], total, text }]: the
    // whole school's (none when nothing is moderated), then by area and by class, whose sentences
    // say where agreement was lowest.
    Q_PROPERTY(QVariantList agreementOverall READ agreementOverall NOTIFY loaded)
    Q_PROPERTY(QVariantList agreementByArea READ agreementByArea NOTIFY loaded)
    Q_PROPERTY(QString agreementByAreaText READ agreementByAreaText NOTIFY loaded)
    Q_PROPERTY(QVariantList agreementByClass READ agreementByClass NOTIFY loaded)
    Q_PROPERTY(QString agreementByClassText READ agreementByClassText NOTIFY loaded)
    // Bars for Up, Down and Same (none until SLT have decided one): [{ name, counts: [up, 0, 0]
    // (each count in its own place, so in its own colour), total, text }]; and its sentence.
    Q_PROPERTY(QVariantList outcomes READ outcomes NOTIFY loaded)
    Q_PROPERTY(QString outcomeText READ outcomeText NOTIFY loaded)
    // Bars as for agreement, counts [too easy, just right, too hard]; the sentence is the whole
    // school's.
    Q_PROPERTY(QVariantList challengeOverall READ challengeOverall NOTIFY loaded)
    Q_PROPERTY(QVariantList challengeByArea READ challengeByArea NOTIFY loaded)
    Q_PROPERTY(QVariantList challengeByClass READ challengeByClass NOTIFY loaded)
    Q_PROPERTY(QString challengeText READ challengeText NOTIFY loaded)
    // One line of what is shown, for the self-test's report.
    Q_PROPERTY(QString summary READ summary NOTIFY loaded)

public:
    explicit ModerationFiguresModel(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString termId() const { return m_termId; }
    void setTermId(const QString &termId);

    QVariantList termChoices() const { return m_termChoices; }
    QString termName() const { return m_termName; }
    bool allowed() const { return m_allowed; }
    bool nothingModerated() const { return m_figures.nothingModerated(); }
    QString emptyText() const;
    QString agreementText() const;
    QVariantList agreementOverall() const;
    QVariantList agreementByArea() const;
    QString agreementByAreaText() const;
    QVariantList agreementByClass() const;
    QString agreementByClassText() const;
    QVariantList outcomes() const;
    QString outcomeText() const;
    QVariantList challengeOverall() const;
    QVariantList challengeByArea() const;
    QVariantList challengeByClass() const;
    QString challengeText() const;
    QString summary() const;
    const ModerationFigures &figures() const { return m_figures; }

    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void termIdChanged();
    void loaded();

private:
    QPointer<Session> m_session;
    QString m_termId;
    bool m_termChosen = false; // a term (or every term) was chosen: the session's term no longer leads
    QVariantList m_termChoices;
    QString m_termName;
    bool m_allowed = false;
    ModerationFigures m_figures;
};

} // namespace Stride
