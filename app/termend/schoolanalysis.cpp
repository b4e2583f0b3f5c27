#include "schoolanalysis.h"

#include "store/store.h"
#include "termend/ilprows.h"

#include <QLocale>
#include <algorithm>

namespace Stride {

using namespace StatusBreakdown;

namespace {

// A cohort's name with its size, as a senior leader weighs it: "ASD (8 pupils)".
QString withPupils(const BreakdownRow &row)
{
    return row.pupils == 1 ? SchoolAnalysis::tr("%1 (1 pupil)").arg(row.label)
                           : SchoolAnalysis::tr("%1 (%2 pupils)").arg(row.label).arg(row.pupils);
}

QVariantMap bar(BreakdownRow row, bool namePupils)
{
    if (namePupils)
        row.label = withPupils(row);
    const StatusCounts &c = row.counts;
    return {{QStringLiteral("key"), row.key},
            {QStringLiteral("name"), row.label},
            {QStringLiteral("counts"), QVariantList{c.unmet, c.partiallyMet, c.met, c.exceeded, c.notJudged}},
            {QStringLiteral("total"), c.total()},
            {QStringLiteral("text"), sentence(row)}};
}

QVariantList bars(const QList<BreakdownRow> &rows, bool namePupils)
{
    QVariantList list;
    for (const BreakdownRow &row : rows)
        list << bar(row, namePupils);
    return list;
}

QVariantMap choice(const QVariant &value, const QString &name)
{
    return {{QStringLiteral("value"), value}, {QStringLiteral("name"), name}};
}

QVariantList choices(const QString &all, const QList<BreakdownRow> &cohorts)
{
    QVariantList list{choice(QString(), all)};
    for (const BreakdownRow &cohort : cohorts)
        list << choice(cohort.key, cohort.label);
    return list;
}

QString nameOf(const QVariantList &choices, const QVariant &value)
{
    for (const QVariant &c : choices) {
        const QVariantMap map = c.toMap();
        if (map.value(QStringLiteral("value")) == value)
            return map.value(QStringLiteral("name")).toString();
    }
    return {};
}

} // namespace

SchoolAnalysis::SchoolAnalysis(QObject *parent) : QObject(parent) {}

void SchoolAnalysis::setSession(Session *session)
{
    if (!Session::follow(m_session, session, this, [this] { reload(); }))
        return;
    emit sessionChanged();
    reload();
}

void SchoolAnalysis::setTermId(const QString &termId)
{
    m_termChosen = true;
    if (termId == m_filter.termId)
        return;
    m_filter.termId = termId;
    emit filtersChanged();
    count();
}

void SchoolAnalysis::setClassId(const QString &classId)
{
    if (classId == m_filter.classId)
        return;
    m_filter.classId = classId;
    emit filtersChanged();
    count();
}

void SchoolAnalysis::setKeyStage(int keyStage)
{
    if (keyStage == m_filter.keyStage)
        return;
    m_filter.keyStage = keyStage;
    emit filtersChanged();
    count();
}

void SchoolAnalysis::setNeed(const QString &need)
{
    if (need == m_filter.need)
        return;
    m_filter.need = need;
    emit filtersChanged();
    count();
}

void SchoolAnalysis::setAreaId(const QString &areaId)
{
    if (areaId == m_filter.areaId)
        return;
    m_filter.areaId = areaId;
    emit filtersChanged();
    count();
}

bool SchoolAnalysis::filtered() const
{
    return !cohortFilter().isEmpty();
}

void SchoolAnalysis::clearFilters()
{
    if (!filtered())
        return;
    m_filter = Filter{{}, 0, {}, {}, m_filter.termId};
    emit filtersChanged();
    count();
}

Filter SchoolAnalysis::termFilter() const
{
    return m_filter;
}

Filter SchoolAnalysis::cohortFilter() const
{
    Filter f = m_filter;
    f.termId.clear();
    return f;
}

void SchoolAnalysis::reload()
{
    m_rows.clear();
    m_begunRows.clear();
    m_termNames.clear();
    m_termChoices.clear();
    m_classChoices.clear();
    m_keyStageChoices.clear();
    m_needChoices.clear();
    m_areaChoices.clear();
    m_allowed = false;
    if (!m_session || !m_session->store().isOpen() || !m_session->signedIn())
        return count();
    // The whole school's targets, as the school's other whole-school pages: SLT's.
    m_allowed = m_session->seniorLeader();
    if (!m_allowed)
        return count();
    const Store &store = m_session->store();
    if (!m_termChosen && m_filter.termId != m_session->termId()) {
        m_filter.termId = m_session->termId();
        emit filtersChanged();
    }

    // Terms that have begun, newest first: a term to come has nothing judged.
    const QList<Term> terms = store.termsOfSchool(m_session->schoolId());
    for (auto term = terms.crbegin(); term != terms.crend(); ++term) {
        m_termNames.insert(term->id, term->name);
        if (term->startsOn <= m_session->today() || term->id == m_filter.termId)
            m_termChoices << choice(term->id, term->name);
    }
    m_termChoices << choice(QString(), tr("All terms"));

    m_rows = IlpRows::read(store, m_session->schoolId());
    for (const IlpRow &row : std::as_const(m_rows))
        if (row.termStartsOn <= m_session->today())
            m_begunRows << row;
    // The cohorts any term names, so a filter stays offered when the term changes.
    m_classChoices = choices(tr("All classes"), by(Dimension::Class, m_rows));
    m_keyStageChoices = QVariantList{choice(0, tr("All key stages"))};
    for (const BreakdownRow &stage : by(Dimension::KeyStage, m_rows))
        if (stage.key.toInt() > 0)
            m_keyStageChoices << choice(stage.key.toInt(), stage.label);
    m_needChoices = choices(tr("All needs"), by(Dimension::Need, m_rows));
    m_areaChoices = choices(tr("All areas"), by(Dimension::Area, m_rows));
    count();
}

void SchoolAnalysis::count()
{
    m_termName = m_filter.termId.isEmpty() ? tr("All terms") : m_termNames.value(m_filter.termId);
    m_overall = {};
    m_byArea.clear();
    m_byClass.clear();
    m_byKeyStage.clear();
    m_byNeed.clear();
    m_needNote.clear();
    m_trend.clear();
    m_trendText.clear();
    m_trendTerms.clear();
    m_trendByArea.clear();
    if (!m_allowed) {
        emit loaded();
        return;
    }

    // The cohort chosen, named: "Oak, ASD", or the whole school.
    QStringList chosen;
    if (!m_filter.classId.isEmpty())
        chosen << nameOf(m_classChoices, m_filter.classId);
    if (m_filter.keyStage > 0)
        chosen << keyStageLabel(m_filter.keyStage);
    if (!m_filter.need.isEmpty())
        chosen << nameOf(m_needChoices, m_filter.need);
    if (!m_filter.areaId.isEmpty())
        chosen << nameOf(m_areaChoices, m_filter.areaId);
    chosen.removeAll(QString());
    const QString cohort = chosen.isEmpty() ? tr("Whole school") : chosen.join(QStringLiteral(", "));

    const Filter filter = termFilter();
    m_overall = StatusBreakdown::overall(m_rows, filter, cohort);
    m_byArea = bars(by(Dimension::Area, m_rows, filter), false);
    m_byClass = bars(by(Dimension::Class, m_rows, filter), true);
    m_byKeyStage = bars(by(Dimension::KeyStage, m_rows, filter), true);

    // A need of one pupil is that pupil, not a cohort: named, and found through the need filter.
    QStringList single;
    QList<BreakdownRow> needs;
    for (const BreakdownRow &need : by(Dimension::Need, m_rows, filter)) {
        if (need.pupils >= 2 || need.key == notRecordedNeedKey())
            needs << need;
        else
            single << need.label;
    }
    m_byNeed = bars(needs, true);
    QStringList note{overlapNote(Dimension::Need)};
    if (!single.isEmpty())
        note << tr("Recorded for one pupil only, so not drawn as a cohort (choose one under Need to see "
                   "it): %1.")
                    .arg(QLocale().createSeparatedList(single));
    m_needNote = note.join(QLatin1Char(' '));

    // The trend: every term of the chosen pupils and areas, whatever term is shown above.
    const QList<BreakdownRow> terms = by(Dimension::Term, m_begunRows, cohortFilter());
    m_trend = bars(terms, false);
    for (const BreakdownRow &term : terms)
        m_trendTerms << QVariantMap{{QStringLiteral("key"), term.key}, {QStringLiteral("name"), term.label}};
    QStringList judgedTerms;
    for (const BreakdownRow &term : terms)
        if (term.counts.judged() > 0)
            judgedTerms << tr("%1 %2%").arg(term.label).arg(term.counts.metOrExceededPercent());
    if (terms.size() == 1)
        m_trendText =
            tr("Only %1 has targets so far: the trend shows from the second term.").arg(terms.first().label);
    else if (judgedTerms.size() >= 1)
        m_trendText =
            tr("Targets Met or Exceeded, term by term: %1.").arg(judgedTerms.join(QStringLiteral(", ")));
    for (const TrendSeries &series : StatusBreakdown::trend(Dimension::Area, m_begunRows, cohortFilter())) {
        QVariantList cells;
        for (const BreakdownRow &point : series.terms) {
            const StatusCounts &c = point.counts;
            QString text;
            if (c.total() == 0)
                text = tr("no targets");
            else if (c.judged() == 0)
                text = tr("not judged yet");
            else
                text = tr("%1 of %2").arg(c.metOrExceeded()).arg(c.judged());
            cells << QVariantMap{
                {QStringLiteral("percent"), c.judged() > 0 ? c.metOrExceededPercent() : -1},
                {QStringLiteral("text"), text},
                {QStringLiteral("description"),
                 sentence({point.key, series.label + QStringLiteral(", ") + point.label, c, point.pupils})}};
        }
        m_trendByArea << QVariantMap{{QStringLiteral("key"), series.key},
                                     {QStringLiteral("name"), series.label},
                                     {QStringLiteral("cells"), cells}};
    }
    emit loaded();
}

QString SchoolAnalysis::noFiguresHeading() const
{
    if (m_overall.counts.total() == 0)
        return tr("No targets");
    return tr("Nothing judged yet");
}

QString SchoolAnalysis::noFiguresText() const
{
    const StatusCounts &c = m_overall.counts;
    if (c.total() == 0) {
        if (filtered())
            return tr("No targets of %1 match these filters. Clear a filter to see more.").arg(m_termName);
        return tr("No pupil has ILP targets in %1 yet.").arg(m_termName);
    }
    if (c.judged() == 0) {
        const QString targets =
            c.total() == 1 ? tr("The 1 target") : tr("None of the %1 targets").arg(c.total());
        return tr("%1 of %2 has been judged yet. The figures show here once class teachers judge them in "
                  "assessment week.")
            .arg(targets, m_termName);
    }
    return {};
}

QString SchoolAnalysis::refusedText() const
{
    return tr("The whole-school analysis is for senior leaders.");
}

QString SchoolAnalysis::scopeText() const
{
    if (!m_allowed)
        return {};
    const int targets = m_overall.counts.total();
    const QString ofTargets = targets == 1 ? tr("1 target") : tr("%1 targets").arg(targets);
    const QString ofPupils = m_overall.pupils == 1 ? tr("1 pupil") : tr("%1 pupils").arg(m_overall.pupils);
    return tr("%1, %2: %3 of %4").arg(m_termName, m_overall.label, ofTargets, ofPupils);
}

QVariantList SchoolAnalysis::overall() const
{
    if (!hasFigures())
        return {};
    return {bar(m_overall, false)};
}

QString SchoolAnalysis::overallText() const
{
    if (!hasFigures())
        return {};
    const StatusCounts &c = m_overall.counts;
    return sentence(m_overall) + tr(". Unmet %1, Partially Met %2, Met %3, Exceeded %4.")
                                     .arg(c.unmet)
                                     .arg(c.partiallyMet)
                                     .arg(c.met)
                                     .arg(c.exceeded);
}

QString SchoolAnalysis::summary() const
{
    if (!m_allowed)
        return QStringLiteral("not shown: not a senior leader");
    const StatusCounts &c = m_overall.counts;
    return QStringLiteral("%1: %2 of %3 judged Met or Exceeded, %4 not judged; %5 areas, %6 classes, %7 key "
                          "stages, %8 needs charted; trend over %9 terms")
        .arg(m_termName)
        .arg(c.metOrExceeded())
        .arg(c.judged())
        .arg(c.notJudged)
        .arg(m_byArea.size())
        .arg(m_byClass.size())
        .arg(m_byKeyStage.size())
        .arg(m_byNeed.size())
        .arg(m_trend.size());
}

} // namespace Stride
