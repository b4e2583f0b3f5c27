#pragma once

#include "../session.h"

#include "termend/ilprow.h"
#include "termend/statusbreakdown.h"

#include <QHash>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// SLT's whole-school analysis of the ILP targets at a term's end (seed 000: "senior leaders
// analyse ILP data at a whole school level and by cohort"): how many targets were Unmet,
// Partially Met, Met or Exceeded, by area of learning, class, key stage and need, for one term or
// every term, and how the share Met or Exceeded changed from term to term. Read from the central
// spreadsheet's rows (IlpRows) and counted by StatusBreakdown, so the page and the spreadsheet's
// analysis sheets give the same numbers. Only senior leaders (the assessment lead among them).
//
// Every chart is a list of bars: [{ key, name, counts: [unmet, partially met, met, exceeded, not
// judged], total, text }], `text` the bar as a head of assessment reads it ("Communication and
// Interaction: 18 of 24 targets Met or Exceeded (75%)").
class SchoolAnalysis : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stride::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    // The term analysed; empty for every term. Until one is chosen, the current term.
    Q_PROPERTY(QString termId READ termId WRITE setTermId NOTIFY filtersChanged)
    // The filters: empty (0 for the key stage) for all. The need is a need's key.
    Q_PROPERTY(QString classId READ classId WRITE setClassId NOTIFY filtersChanged)
    Q_PROPERTY(int keyStage READ keyStage WRITE setKeyStage NOTIFY filtersChanged)
    Q_PROPERTY(QString need READ need WRITE setNeed NOTIFY filtersChanged)
    Q_PROPERTY(QString areaId READ areaId WRITE setAreaId NOTIFY filtersChanged)
    Q_PROPERTY(bool filtered READ filtered NOTIFY filtersChanged)

    // What may be chosen: [{ value, name }], "All ..." first (value "" or 0). Terms that have
    // begun, newest first, then every term; the cohorts are those the school's targets name.
    Q_PROPERTY(QVariantList termChoices READ termChoices NOTIFY loaded)
    Q_PROPERTY(QVariantList classChoices READ classChoices NOTIFY loaded)
    Q_PROPERTY(QVariantList keyStageChoices READ keyStageChoices NOTIFY loaded)
    Q_PROPERTY(QVariantList needChoices READ needChoices NOTIFY loaded)
    Q_PROPERTY(QVariantList areaChoices READ areaChoices NOTIFY loaded)

    Q_PROPERTY(bool allowed READ allowed NOTIFY loaded)
    Q_PROPERTY(QString termName READ termName NOTIFY loaded) // "Autumn 2026", "All terms"
    // The chosen targets have at least one judgement: the breakdowns are drawn. Otherwise
    // noFiguresText says why not (no targets, or none judged yet) in place of empty bars.
    Q_PROPERTY(bool hasFigures READ hasFigures NOTIFY loaded)
    Q_PROPERTY(QString noFiguresHeading READ noFiguresHeading NOTIFY loaded)
    Q_PROPERTY(QString noFiguresText READ noFiguresText NOTIFY loaded)
    // For someone who is not a senior leader.
    Q_PROPERTY(QString refusedText READ refusedText NOTIFY loaded)
    // What is counted, in words: "Autumn 2026, Oak, Key Stage 2: 24 targets of 8 pupils".
    Q_PROPERTY(QString scopeText READ scopeText NOTIFY loaded)

    Q_PROPERTY(QVariantList overall READ overall NOTIFY loaded)
    Q_PROPERTY(QString overallText READ overallText NOTIFY loaded)
    Q_PROPERTY(QVariantList byArea READ byArea NOTIFY loaded)
    Q_PROPERTY(QVariantList byClass READ byClass NOTIFY loaded)
    Q_PROPERTY(QVariantList byKeyStage READ byKeyStage NOTIFY loaded)
    // The needs of two or more pupils, and "Not recorded"; needs of one pupil are named in
    // needNote rather than drawn as a cohort of one.
    Q_PROPERTY(QVariantList byNeed READ byNeed NOTIFY loaded)
    Q_PROPERTY(QString needNote READ needNote NOTIFY loaded)

    // The trend, whatever the term chosen (the filters apply): a bar per term that has begun, in
    // date order (next term's ILPs, made at rollover, are not judged yet), its
    // sentence, and the share Met or Exceeded in each area per term:
    // trendTerms: [{ key, name }]; trendByArea: [{ key, name, cells: [{ percent (-1: none
    // judged), text }] }], a cell per term of trendTerms.
    Q_PROPERTY(QVariantList trend READ trend NOTIFY loaded)
    Q_PROPERTY(QString trendText READ trendText NOTIFY loaded)
    Q_PROPERTY(QVariantList trendTerms READ trendTerms NOTIFY loaded)
    Q_PROPERTY(QVariantList trendByArea READ trendByArea NOTIFY loaded)

    // One line of what is shown, for the self-test's report.
    Q_PROPERTY(QString summary READ summary NOTIFY loaded)

public:
    explicit SchoolAnalysis(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString termId() const { return m_filter.termId; }
    void setTermId(const QString &termId);
    QString classId() const { return m_filter.classId; }
    void setClassId(const QString &classId);
    int keyStage() const { return m_filter.keyStage; }
    void setKeyStage(int keyStage);
    QString need() const { return m_filter.need; }
    void setNeed(const QString &need);
    QString areaId() const { return m_filter.areaId; }
    void setAreaId(const QString &areaId);
    bool filtered() const;

    QVariantList termChoices() const { return m_termChoices; }
    QVariantList classChoices() const { return m_classChoices; }
    QVariantList keyStageChoices() const { return m_keyStageChoices; }
    QVariantList needChoices() const { return m_needChoices; }
    QVariantList areaChoices() const { return m_areaChoices; }
    bool allowed() const { return m_allowed; }
    QString termName() const { return m_termName; }
    bool hasFigures() const { return m_allowed && m_overall.counts.judged() > 0; }
    QString noFiguresHeading() const;
    QString noFiguresText() const;
    QString refusedText() const;
    QString scopeText() const;
    QVariantList overall() const;
    QString overallText() const;
    QVariantList byArea() const { return m_byArea; }
    QVariantList byClass() const { return m_byClass; }
    QVariantList byKeyStage() const { return m_byKeyStage; }
    QVariantList byNeed() const { return m_byNeed; }
    QString needNote() const { return m_needNote; }
    QVariantList trend() const { return m_trend; }
    QString trendText() const { return m_trendText; }
    QVariantList trendTerms() const { return m_trendTerms; }
    QVariantList trendByArea() const { return m_trendByArea; }
    QString summary() const;

    // The figures as counted, for tests.
    const StatusBreakdown::BreakdownRow &overallRow() const { return m_overall; }
    const QList<IlpRow> &rows() const { return m_rows; }

    // Reads the school's targets again (back from a page that may have judged some).
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearFilters();

signals:
    void sessionChanged();
    void filtersChanged();
    void loaded();

private:
    // Counts the rows already read under the filters: no store reads.
    void count();
    StatusBreakdown::Filter termFilter() const;   // the filters with the term
    StatusBreakdown::Filter cohortFilter() const; // the filters without the term: the trend's

    QPointer<Session> m_session;
    bool m_termChosen = false; // a term (or every term) was chosen: the session's term no longer leads
    StatusBreakdown::Filter m_filter;
    QList<IlpRow> m_rows;                // every term's
    QList<IlpRow> m_begunRows;           // the terms' that have begun: the trend's
    QHash<QString, QString> m_termNames; // every term's, by id
    QVariantList m_termChoices;
    QVariantList m_classChoices;
    QVariantList m_keyStageChoices;
    QVariantList m_needChoices;
    QVariantList m_areaChoices;
    bool m_allowed = false;
    QString m_termName;
    StatusBreakdown::BreakdownRow m_overall;
    QVariantList m_byArea;
    QVariantList m_byClass;
    QVariantList m_byKeyStage;
    QVariantList m_byNeed;
    QString m_needNote;
    QVariantList m_trend;
    QString m_trendText;
    QVariantList m_trendTerms;
    QVariantList m_trendByArea;
};

} // namespace Stride
