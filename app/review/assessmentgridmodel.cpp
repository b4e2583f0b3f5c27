#include "assessmentgridmodel.h"

#include "moderation/blindorder.h"

#include "../wording.h"

#include "store/store.h"

#include <QLocale>

namespace Stride {

namespace {

// "Latest 18 Nov": short enough for a grid cell, and the month says which half of the term.
QString latestText(const GridCell &cell)
{
    if (!cell.latestEvidenceOn.isValid())
        return AssessmentGridModel::tr("No evidence");
    return AssessmentGridModel::tr("Latest %1")
        .arg(QLocale().toString(cell.latestEvidenceOn, QStringLiteral("d MMM")));
}

// What is thin about the evidence, in a few words for a cell; the review page says it in full.
QString thinText(const GridCell &cell)
{
    if (!cell.thinEvidence())
        return {};
    switch (cell.thin.first().kind) {
    case SufficiencyFinding::Kind::NoEvidence:
        return AssessmentGridModel::tr("No evidence yet");
    case SufficiencyFinding::Kind::OneWeek:
        // One item is in one week by itself: say what is thin about it in the words that fit.
        return cell.evidenceCount == 1 ? AssessmentGridModel::tr("Only one item")
                                       : AssessmentGridModel::tr("All in one week");
    case SufficiencyFinding::Kind::NothingRecent:
        return AssessmentGridModel::tr("Nothing in 3 weeks");
    default:
        return {};
    }
}

} // namespace

AssessmentGridModel::AssessmentGridModel(QObject *parent) : SessionListModel(parent) {}

void AssessmentGridModel::setClassId(const QString &id)
{
    if (id == m_classId)
        return;
    m_classId = id;
    emit classIdChanged();
    reload();
}

void AssessmentGridModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    emit filterChanged();
    reload();
}

QString AssessmentGridModel::progressText() const
{
    const int judged = m_grid.judgedCount;
    const int total = m_grid.targetCount;
    const QDate deadline = m_grid.deadline;
    const QDate today = session() ? session()->today() : QDate();
    if (!deadline.isValid() || !today.isValid())
        return tr("%1 of %n targets judged", nullptr, total).arg(judged);
    if (today == deadline)
        return tr("Today is the deadline: %1 of %n judged", nullptr, total).arg(judged);
    if (today > deadline)
        return tr("Was due %1: %2 of %n judged", nullptr, total)
            .arg(QLocale().toString(deadline, QStringLiteral("dddd d MMMM")))
            .arg(judged);
    // Within the week, the day's name is enough ("Friday"); before it, the date is needed.
    const QString when = today.daysTo(deadline) < 7
                             ? QLocale().dayName(deadline.dayOfWeek())
                             : QLocale().toString(deadline, QStringLiteral("dddd d MMMM"));
    return tr("%1: %2 of %n judged", nullptr, total).arg(when).arg(judged);
}

QString AssessmentGridModel::deadlineText() const
{
    const QDate from = m_grid.term.assessmentWeekStartsOn;
    if (!from.isValid())
        return tr("%1 has no assessment week in its dates.").arg(m_grid.term.name);
    return tr("Assessment week is %1 to %2: every target judged by %3, ready for the moderation meeting.")
        .arg(QLocale().toString(from, QStringLiteral("d MMMM")),
             QLocale().toString(m_grid.deadline, QStringLiteral("d MMMM")),
             QLocale().dayName(m_grid.deadline.dayOfWeek()));
}

bool AssessmentGridModel::inAssessmentWeek() const
{
    const QDate from = m_grid.term.assessmentWeekStartsOn;
    const QDate today = session() ? session()->today() : QDate();
    return from.isValid() && today >= from && today < from.addDays(7);
}

QString AssessmentGridModel::filterText() const
{
    const qsizetype pupils = m_grid.rows.size();
    const qsizetype shown = m_shownRows.size();
    switch (m_filter) {
    case Filter::All:
        return {};
    case Filter::NotJudged:
        return tr("Showing %1 of %n pupils: those with a target not yet judged.", nullptr, int(pupils))
            .arg(shown);
    case Filter::ThinEvidence:
        return tr("Showing %1 of %n pupils: those with a target whose evidence is thin.", nullptr,
                  int(pupils))
            .arg(shown);
    }
    return {};
}

QString AssessmentGridModel::firstUnjudgedTargetId() const
{
    for (qsizetype i : m_shownRows)
        for (const GridCell &cell : m_grid.rows.at(i).cells)
            if (cell.hasTarget() && !cell.judged())
                return cell.targetId;
    return {};
}

bool AssessmentGridModel::cellMatches(const GridCell &cell) const
{
    if (!cell.hasTarget())
        return m_filter == Filter::All;
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::NotJudged:
        return !cell.judged();
    case Filter::ThinEvidence:
        return cell.thinEvidence();
    }
    return true;
}

QVariantMap AssessmentGridModel::cellMap(const GridCell &cell) const
{
    if (cell.hasTarget() && cell.judged() && m_moderatingBlind.contains(cell.targetId)) {
        // Judged, but by the class teacher whose judgement this person is to moderate blind.
        GridCell withheld = cell;
        withheld.judgement.reset();
        withheld.clash = false;
        QVariantMap hidden = cellMap(withheld);
        hidden.insert(QStringLiteral("judged"), true);
        hidden.insert(QStringLiteral("statusText"), tr("Hidden while you moderate it"));
        return hidden;
    }
    const int status = cell.judgement ? int(cell.judgement->status) : 0;
    QString nextStep;
    if (cell.judgement && cell.judgement->nextStep)
        nextStep = toLabel(*cell.judgement->nextStep);
    return {{QStringLiteral("applies"), cell.applies},
            {QStringLiteral("hasTarget"), cell.hasTarget()},
            {QStringLiteral("targetId"), cell.targetId},
            {QStringLiteral("targetText"), cell.targetText},
            {QStringLiteral("evidenceCount"), cell.evidenceCount},
            {QStringLiteral("evidenceText"), tr("%n item(s)", nullptr, cell.evidenceCount)},
            {QStringLiteral("latestText"), latestText(cell)},
            {QStringLiteral("judged"), cell.judged()},
            {QStringLiteral("status"), status},
            {QStringLiteral("statusText"),
             cell.judgement ? QStringLiteral("%1 %2").arg(status).arg(toLabel(cell.judgement->status))
                            : QString()},
            {QStringLiteral("nextStepText"), nextStep},
            {QStringLiteral("thin"), cell.thinEvidence()},
            {QStringLiteral("thinText"), thinText(cell)},
            {QStringLiteral("clash"), cell.clash},
            {QStringLiteral("matches"), cellMatches(cell)}};
}

int AssessmentGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shownRows.size());
}

QVariant AssessmentGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GridRow &row = m_grid.rows.at(m_shownRows.at(index.row()));
    switch (role) {
    case PupilIdRole:
        return row.pupil.id;
    case Qt::DisplayRole:
    case PupilNameRole:
        return row.pupil.displayName();
    case InitialsRole:
        return Wording::initials(row.pupil.firstName, row.pupil.surname);
    case CellsRole: {
        QVariantList cells;
        for (const GridCell &cell : row.cells)
            cells << cellMap(cell);
        return cells;
    }
    case SummaryRole: {
        int targets = 0;
        int judged = 0;
        int thin = 0;
        for (const GridCell &cell : row.cells) {
            targets += cell.hasTarget() ? 1 : 0;
            judged += cell.judged() ? 1 : 0;
            thin += cell.thinEvidence() ? 1 : 0;
        }
        const QString judgedText = tr("%1 of %n judged", nullptr, targets).arg(judged);
        return thin == 0 ? judgedText : tr("%1, %n with thin evidence", nullptr, thin).arg(judgedText);
    }
    }
    return {};
}

QHash<int, QByteArray> AssessmentGridModel::roleNames() const
{
    return {{PupilIdRole, "pupilId"},
            {PupilNameRole, "pupilName"},
            {InitialsRole, "initials"},
            {CellsRole, "cells"},
            {SummaryRole, "summary"}};
}

void AssessmentGridModel::refill()
{
    m_grid = {};
    m_shownRows.clear();
    m_columns.clear();
    m_classChoices.clear();
    m_className.clear();
    m_shownClassId.clear();
    Store *store = openStore();
    if (!store || !session()->signedIn())
        return;
    // The classes this person may see: their own, or every class for a senior leader. The store
    // holds them all, but a teacher's grid is their class (issue 10).
    const QStringList mine = session()->staffClassIds();
    QString firstOfMine;
    for (const SchoolClass &c : store->classesOfSchool(session()->schoolId())) {
        if (!session()->seniorLeader() && !mine.contains(c.id))
            continue;
        m_classChoices << QVariantMap{{QStringLiteral("classId"), c.id}, {QStringLiteral("name"), c.name}};
        if (firstOfMine.isEmpty() && mine.contains(c.id))
            firstOfMine = c.id;
        if (c.id == m_classId || (m_shownClassId.isEmpty() && m_classId.isEmpty()))
            m_shownClassId = c.id;
    }
    // With no class asked for: the person's own class first, else the first they may see.
    if (m_classId.isEmpty() && !firstOfMine.isEmpty())
        m_shownClassId = firstOfMine;
    for (const QVariant &choice : std::as_const(m_classChoices))
        if (choice.toMap().value(QStringLiteral("classId")).toString() == m_shownClassId)
            m_className = choice.toMap().value(QStringLiteral("name")).toString();
    const auto term = store->term(session()->termId());
    if (m_shownClassId.isEmpty() || !term)
        return;
    m_grid = assessmentGrid(*store, m_shownClassId, *term, session()->today());
    m_moderatingBlind.clear();
    if (const auto me = store->staff(session()->staffId()))
        m_moderatingBlind = targetsModeratedBlindBy(*store, *me, term->id);

    int sendIndex = 0;
    int pfaIndex = 0;
    for (const AreaOfLearning &area : m_grid.areas) {
        const bool pfa = area.kind == AreaKind::PreparingForAdulthood;
        m_columns << QVariantMap{{QStringLiteral("areaId"), area.id},
                                 {QStringLiteral("name"), area.name},
                                 {QStringLiteral("kind"), toKey(area.kind)},
                                 {QStringLiteral("index"), pfa ? pfaIndex++ : sendIndex++}};
    }
    for (qsizetype i = 0; i < m_grid.rows.size(); ++i) {
        bool shown = m_filter == Filter::All;
        for (const GridCell &cell : m_grid.rows.at(i).cells)
            shown = shown || (cell.hasTarget() && cellMatches(cell));
        if (shown)
            m_shownRows << i;
    }
}

} // namespace Stride
