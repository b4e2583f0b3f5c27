#pragma once

#include "../models/sessionlistmodel.h"

#include "review/assessmentgrid.h"

#include <QSet>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Stride {

// Assessment week at a glance (issue 10): one row per pupil of a class, one cell per area of
// learning, each cell the target's evidence this term, the date of the latest, and its judgement.
// Above it, the count against the week's deadline ("Friday: 17 of 32 judged"). A teacher sees
// their own class; a senior leader may choose any.
class AssessmentGridModel : public Stride::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    // Empty: the signed-in teacher's first class (or the school's first, for a senior leader).
    Q_PROPERTY(QString classId READ classId WRITE setClassId NOTIFY classIdChanged)
    Q_PROPERTY(Filter filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(QString className READ className NOTIFY countChanged)
    Q_PROPERTY(QString termName READ termName NOTIFY countChanged)
    // The classes this person may look at: [{ classId, name }].
    Q_PROPERTY(QVariantList classChoices READ classChoices NOTIFY countChanged)
    // The grid's columns: [{ areaId, name, kind ("send" or "pfa"), index (position within its kind) }].
    Q_PROPERTY(QVariantList columns READ columns NOTIFY countChanged)
    Q_PROPERTY(int targetCount READ targetCount NOTIFY countChanged)
    Q_PROPERTY(int judgedCount READ judgedCount NOTIFY countChanged)
    Q_PROPERTY(int thinCount READ thinCount NOTIFY countChanged)
    // "Friday: 17 of 32 judged", "Today is the deadline: 17 of 32 judged", "Was due Friday 20
    // November: 30 of 32 judged".
    Q_PROPERTY(QString progressText READ progressText NOTIFY countChanged)
    // "Assessment week is 16 to 20 November: every target judged by Friday."
    Q_PROPERTY(QString deadlineText READ deadlineText NOTIFY countChanged)
    Q_PROPERTY(bool inAssessmentWeek READ inAssessmentWeek NOTIFY countChanged)
    // "Showing 4 of 8 pupils: those with a target not yet judged." Empty with no filter.
    Q_PROPERTY(QString filterText READ filterText NOTIFY countChanged)

public:
    enum class Filter {
        All,
        NotJudged,
        ThinEvidence
    };
    Q_ENUM(Filter)

    enum Role {
        PupilIdRole = Qt::UserRole + 1,
        PupilNameRole,
        InitialsRole,
        // One per column: { applies, hasTarget, targetId, targetText, evidenceCount, evidenceText
        // ("5 items"), latestText ("Latest 18 Nov", "No evidence"), judged, status (0 = none, else
        // 1-4), statusText ("3 Met"), nextStepText ("Continue"), thin, thinText (what is thin, in a
        // few words), clash, matches (shown by the filter) }.
        CellsRole,
        SummaryRole, // "2 of 5 judged, 1 with thin evidence"
    };
    Q_ENUM(Role)

    explicit AssessmentGridModel(QObject *parent = nullptr);

    QString classId() const { return m_classId; }
    void setClassId(const QString &id);
    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    QString className() const { return m_className; }
    QString termName() const { return m_grid.term.name; }
    QVariantList classChoices() const { return m_classChoices; }
    QVariantList columns() const { return m_columns; }
    int targetCount() const { return m_grid.targetCount; }
    int judgedCount() const { return m_grid.judgedCount; }
    int thinCount() const { return m_grid.thinCount; }
    QString progressText() const;
    QString deadlineText() const;
    bool inAssessmentWeek() const;
    QString filterText() const;
    const AssessmentGrid &grid() const { return m_grid; }
    // The first target shown that is not yet judged ("" if none): where "Next to judge" goes.
    Q_INVOKABLE QString firstUnjudgedTargetId() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void classIdChanged();
    void filterChanged();

protected:
    void refill() override;

private:
    bool cellMatches(const GridCell &cell) const;
    QVariantMap cellMap(const GridCell &cell) const;

    QString m_classId;
    QString m_shownClassId; // classId, or the one chosen for an empty classId
    Filter m_filter = Filter::All;
    QString m_className;
    QVariantList m_classChoices;
    QVariantList m_columns;
    AssessmentGrid m_grid;
    QList<qsizetype> m_shownRows; // indexes into m_grid.rows that pass the filter
    // Targets the signed-in person moderates and has not judged yet: their judgement is hidden.
    QSet<QString> m_moderatingBlind;
};

} // namespace Stride
