#include "statusbreakdown.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace Stride::StatusBreakdown {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(StatusBreakdown)
};

// The abbreviations schools write for needs, as they are usually spelt: "asd" or "Asd" typed into
// the MIS is the ASD cohort.
const QStringList &knownAbbreviations()
{
    static const QStringList abbreviations{
        QStringLiteral("ADD"), QStringLiteral("ADHD"), QStringLiteral("ASC"),  QStringLiteral("ASD"),
        QStringLiteral("CP"),  QStringLiteral("CVI"),  QStringLiteral("DCD"),  QStringLiteral("DLD"),
        QStringLiteral("EAL"), QStringLiteral("FASD"), QStringLiteral("GDD"),  QStringLiteral("HI"),
        QStringLiteral("MLD"), QStringLiteral("MSI"),  QStringLiteral("OCD"),  QStringLiteral("PD"),
        QStringLiteral("PDA"), QStringLiteral("PMLD"), QStringLiteral("SEMH"), QStringLiteral("SLCN"),
        QStringLiteral("SLD"), QStringLiteral("SpLD"), QStringLiteral("VI")};
    return abbreviations;
}

int roundedPercent(double share)
{
    return int(std::lround(share * 100.0));
}

// A cohort being counted, and what orders it among the others.
struct Group
{
    BreakdownRow row;
    QSet<QString> pupils;
    int firstSeen = 0;
    int areaKind = 0;
    int youngestYear = 0;
    int keyStage = 0;
    QDate termStartsOn;
};

struct Cohort
{
    QString key;
    QString label;
};

QList<Cohort> cohortsOf(Dimension dimension, const IlpRow &row)
{
    switch (dimension) {
    case Dimension::Area:
        return {{row.areaId, row.areaName}};
    case Dimension::Class:
        return {{row.classId, row.classId.isEmpty() ? Words::tr("No class") : row.className}};
    case Dimension::KeyStage:
        return {{QString::number(row.keyStage), keyStageLabel(row.keyStage)}};
    case Dimension::Term:
        return {{row.termId, row.termName}};
    case Dimension::Need: {
        QList<Cohort> cohorts;
        for (const Need &need : needsOf(row.specificNeeds))
            cohorts << Cohort{need.key, need.label};
        if (cohorts.isEmpty())
            cohorts << Cohort{notRecordedNeedKey(), notRecordedNeedLabel()};
        return cohorts;
    }
    }
    return {};
}

// Whether a comes before b among the dimension's cohorts.
bool before(Dimension dimension, const Group &a, const Group &b)
{
    switch (dimension) {
    case Dimension::Area:
        if (a.areaKind != b.areaKind)
            return a.areaKind < b.areaKind;
        return a.firstSeen < b.firstSeen;
    case Dimension::Class:
        if (a.youngestYear != b.youngestYear)
            return a.youngestYear < b.youngestYear;
        break;
    case Dimension::KeyStage:
        // Not recorded (0) after every key stage.
        if ((a.keyStage == 0) != (b.keyStage == 0))
            return b.keyStage == 0;
        return a.keyStage < b.keyStage;
    case Dimension::Need: {
        const bool aNone = a.row.key == notRecordedNeedKey();
        const bool bNone = b.row.key == notRecordedNeedKey();
        if (aNone != bNone)
            return bNone;
        if (a.row.pupils != b.row.pupils)
            return a.row.pupils > b.row.pupils;
        break;
    }
    case Dimension::Term:
        if (a.termStartsOn != b.termStartsOn)
            return a.termStartsOn < b.termStartsOn;
        break;
    }
    const int byLabel = a.row.label.localeAwareCompare(b.row.label);
    if (byLabel != 0)
        return byLabel < 0;
    return a.row.key < b.row.key;
}

// Counts the rows matching the filter under the dimension's cohorts.
QList<BreakdownRow> countRows(Dimension dimension, const QList<IlpRow> &rows, const Filter &filter)
{
    QHash<QString, int> index;
    QList<Group> groups;
    int seen = 0;
    for (const IlpRow &row : rows) {
        if (!filter.matches(row))
            continue;
        for (const Cohort &cohort : cohortsOf(dimension, row)) {
            auto found = index.constFind(cohort.key);
            if (found == index.constEnd()) {
                found = index.insert(cohort.key, int(groups.size()));
                Group group;
                group.row.key = cohort.key;
                group.row.label = cohort.label;
                group.firstSeen = seen;
                group.areaKind = int(row.areaKind);
                group.youngestYear = row.yearGroup;
                group.keyStage = row.keyStage;
                group.termStartsOn = row.termStartsOn;
                groups << group;
            }
            Group &group = groups[*found];
            group.row.counts.add(row.status());
            group.pupils.insert(row.pupilId);
            group.youngestYear = std::min(group.youngestYear, row.yearGroup);
            if (!group.termStartsOn.isValid() ||
                (row.termStartsOn.isValid() && row.termStartsOn < group.termStartsOn))
                group.termStartsOn = row.termStartsOn;
        }
        ++seen;
    }
    for (Group &group : groups)
        group.row.pupils = int(group.pupils.size());
    std::stable_sort(groups.begin(), groups.end(),
                     [dimension](const Group &a, const Group &b) { return before(dimension, a, b); });
    QList<BreakdownRow> result;
    result.reserve(groups.size());
    for (const Group &group : groups)
        result << group.row;
    return result;
}

} // namespace

int StatusCounts::count(TargetStatus status) const
{
    switch (status) {
    case TargetStatus::Unmet:
        return unmet;
    case TargetStatus::PartiallyMet:
        return partiallyMet;
    case TargetStatus::Met:
        return met;
    case TargetStatus::Exceeded:
        return exceeded;
    }
    return 0;
}

double StatusCounts::share(TargetStatus status) const
{
    return judged() == 0 ? 0.0 : double(count(status)) / judged();
}

double StatusCounts::metOrExceededShare() const
{
    return judged() == 0 ? 0.0 : double(metOrExceeded()) / judged();
}

int StatusCounts::percent(TargetStatus status) const
{
    return roundedPercent(share(status));
}

int StatusCounts::metOrExceededPercent() const
{
    return roundedPercent(metOrExceededShare());
}

void StatusCounts::add(std::optional<TargetStatus> status)
{
    if (!status) {
        ++notJudged;
        return;
    }
    switch (*status) {
    case TargetStatus::Unmet:
        ++unmet;
        break;
    case TargetStatus::PartiallyMet:
        ++partiallyMet;
        break;
    case TargetStatus::Met:
        ++met;
        break;
    case TargetStatus::Exceeded:
        ++exceeded;
        break;
    }
}

bool Filter::matches(const IlpRow &row) const
{
    if (!classId.isEmpty() && row.classId != classId)
        return false;
    if (keyStage != 0 && row.keyStage != keyStage)
        return false;
    if (!areaId.isEmpty() && row.areaId != areaId)
        return false;
    if (!termId.isEmpty() && row.termId != termId)
        return false;
    if (!need.isEmpty()) {
        const QList<Need> needs = needsOf(row.specificNeeds);
        if (need == notRecordedNeedKey())
            return needs.isEmpty();
        return std::any_of(needs.cbegin(), needs.cend(), [this](const Need &n) { return n.key == need; });
    }
    return true;
}

QList<BreakdownRow> by(Dimension dimension, const QList<IlpRow> &rows, const Filter &filter)
{
    return countRows(dimension, rows, filter);
}

BreakdownRow overall(const QList<IlpRow> &rows, const Filter &filter, const QString &label)
{
    BreakdownRow result;
    result.label = label.isEmpty() ? Words::tr("Whole school") : label;
    QSet<QString> pupils;
    for (const IlpRow &row : rows) {
        if (!filter.matches(row))
            continue;
        result.counts.add(row.status());
        pupils.insert(row.pupilId);
    }
    result.pupils = int(pupils.size());
    return result;
}

QList<TrendSeries> trend(Dimension dimension, const QList<IlpRow> &rows, const Filter &filter)
{
    const QList<BreakdownRow> terms = by(Dimension::Term, rows, filter);
    QList<TrendSeries> series;
    QHash<QString, int> seriesOf;
    for (const BreakdownRow &cohort : by(dimension, rows, filter)) {
        seriesOf.insert(cohort.key, int(series.size()));
        TrendSeries one{cohort.key, cohort.label, {}};
        for (const BreakdownRow &term : terms)
            one.terms << BreakdownRow{term.key, term.label, {}, 0};
        series << one;
    }
    // A term at a time, so the rows are read once per term however many cohorts there are.
    for (int t = 0; t < int(terms.size()); ++t) {
        Filter inTerm = filter;
        inTerm.termId = terms.at(t).key;
        for (const BreakdownRow &cohort : by(dimension, rows, inTerm)) {
            BreakdownRow &point = series[seriesOf.value(cohort.key)].terms[t];
            point.counts = cohort.counts;
            point.pupils = cohort.pupils;
        }
    }
    return series;
}

QList<Need> needsOf(const QString &specificNeeds)
{
    static const QRegularExpression brackets(QStringLiteral("\\([^)]*\\)|\\[[^\\]]*\\]"));
    static const QRegularExpression separators(QStringLiteral("\\s*(?:[,;&]|\\band\\b)\\s*"),
                                               QRegularExpression::CaseInsensitiveOption);
    QString text = specificNeeds;
    text.remove(brackets);
    QList<Need> needs;
    for (QString part : text.split(separators, Qt::SkipEmptyParts)) {
        part = part.simplified();
        while (part.endsWith(QLatin1Char('.')))
            part.chop(1);
        if (part.isEmpty())
            continue;
        Need need;
        for (const QString &abbreviation : knownAbbreviations())
            if (part.compare(abbreviation, Qt::CaseInsensitive) == 0)
                need.label = abbreviation;
        if (need.label.isEmpty())
            need.label = part.at(0).toUpper() + part.mid(1);
        need.key = need.label.toLower();
        if (!needs.contains(need))
            needs << need;
    }
    return needs;
}

QString notRecordedNeedKey()
{
    return QStringLiteral("(not recorded)");
}

QString notRecordedNeedLabel()
{
    return Words::tr("Not recorded");
}

QString dimensionName(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Area:
        return Words::tr("Area of learning");
    case Dimension::Class:
        return Words::tr("Class");
    case Dimension::KeyStage:
        return Words::tr("Key stage");
    case Dimension::Need:
        return Words::tr("Need");
    case Dimension::Term:
        return Words::tr("Term");
    }
    return {};
}

QString overlapNote(Dimension dimension)
{
    if (dimension != Dimension::Need)
        return {};
    return Words::tr("A pupil with more than one need is counted under each of them, so the needs add up to "
                     "more targets than there are.");
}

QString keyStageLabel(int keyStage)
{
    if (keyStage <= 0)
        return Words::tr("Key stage not recorded");
    return Words::tr("Key Stage %1").arg(keyStage);
}

QString sentence(const BreakdownRow &row)
{
    // Singular and plural spelt out rather than "%n target(s)": stride-cli writes these into the
    // spreadsheet without the app's English translation, which is what turns "(s)" into words.
    const StatusCounts &c = row.counts;
    if (c.total() == 0)
        return Words::tr("%1: no targets").arg(row.label);
    if (c.judged() == 0)
        return c.total() == 1 ? Words::tr("%1: 1 target, not judged yet").arg(row.label)
                              : Words::tr("%1: none of %2 targets judged yet").arg(row.label).arg(c.total());
    if (c.notJudged == 0)
        return (c.judged() == 1 ? Words::tr("%1: %2 of %4 target Met or Exceeded (%3%)")
                                : Words::tr("%1: %2 of %4 targets Met or Exceeded (%3%)"))
            .arg(row.label)
            .arg(c.metOrExceeded())
            .arg(c.metOrExceededPercent())
            .arg(c.judged());
    return (c.judged() == 1
                ? Words::tr("%1: %2 of %4 judged target Met or Exceeded (%3%); %5 not judged yet")
                : Words::tr("%1: %2 of %4 judged targets Met or Exceeded (%3%); %5 not judged yet"))
        .arg(row.label)
        .arg(c.metOrExceeded())
        .arg(c.metOrExceededPercent())
        .arg(c.judged())
        .arg(c.notJudged);
}

} // namespace Stride::StatusBreakdown
