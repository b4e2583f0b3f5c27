#include "aspectfigures.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <array>

namespace Stride {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(AspectFigures)
};

// Items oldest first; two captured in the same millisecond keep one order on every tablet.
QList<const EvidenceItem *> inCaptureOrder(const QList<EvidenceItem> &items)
{
    QList<const EvidenceItem *> ordered;
    ordered.reserve(items.size());
    for (const EvidenceItem &item : items)
        ordered << &item;
    std::stable_sort(ordered.begin(), ordered.end(), [](const EvidenceItem *a, const EvidenceItem *b) {
        if (a->capturedAt != b->capturedAt)
            return a->capturedAt < b->capturedAt;
        return a->id < b->id;
    });
    return ordered;
}

// The level most items share. A tie goes to the level with more support, so that the words never
// claim more progress than the evidence shows.
PromptLevel mostCommonLevel(const QList<PromptPoint> &points)
{
    std::array<int, 5> counts{};
    for (const PromptPoint &p : points)
        ++counts[std::size_t(p.step)];
    int best = 0;
    for (int step = 1; step < 5; ++step)
        if (counts[std::size_t(step)] > counts[std::size_t(best)])
            best = step;
    constexpr std::array<PromptLevel, 5> byStep{PromptLevel::FullPhysical, PromptLevel::Physical,
                                                PromptLevel::Spoken, PromptLevel::Gestural,
                                                PromptLevel::Independent};
    return byStep[std::size_t(best)];
}

// What follows "mostly" in the trend sentence.
QString mostlyWhat(PromptLevel level)
{
    switch (level) {
    case PromptLevel::Independent:
        return Words::tr("independent", "mostly independent");
    case PromptLevel::Gestural:
        return Words::tr("gestural prompts", "mostly gestural prompts");
    case PromptLevel::Spoken:
        return Words::tr("spoken prompts", "mostly spoken prompts");
    case PromptLevel::Physical:
        return Words::tr("physical prompts", "mostly physical prompts");
    case PromptLevel::FullPhysical:
        return Words::tr("full physical prompts", "mostly full physical prompts");
    }
    return {};
}

QString onlyOneItem(PromptLevel level)
{
    switch (level) {
    case PromptLevel::Independent:
        return Words::tr("Only one item so far, done independently.");
    case PromptLevel::Gestural:
        return Words::tr("Only one item so far, with a gestural prompt.");
    case PromptLevel::Spoken:
        return Words::tr("Only one item so far, with a spoken prompt.");
    case PromptLevel::Physical:
        return Words::tr("Only one item so far, with a physical prompt.");
    case PromptLevel::FullPhysical:
        return Words::tr("Only one item so far, with a full physical prompt.");
    }
    return {};
}

QList<int> monthsOf(const QList<PromptPoint> &points)
{
    QList<int> months;
    for (const PromptPoint &p : points) {
        const int month = localDay(p.capturedAt).month();
        if (!months.contains(month))
            months << month;
    }
    return months;
}

// The term whose half term the evidence spans: before it and after it. The latest such term,
// when a target that continues brings evidence from more than one.
const Term *halfTermSpanned(const QList<Term> &terms, const QDate &first, const QDate &last)
{
    const Term *found = nullptr;
    for (const Term &term : terms) {
        if (!term.halfTermStartsOn.isValid() || !term.halfTermEndsOn.isValid())
            continue;
        if (first < term.halfTermStartsOn && last > term.halfTermEndsOn &&
            (!found || term.halfTermStartsOn > found->halfTermStartsOn))
            found = &term;
    }
    return found;
}

} // namespace

int independenceStep(PromptLevel level)
{
    switch (level) {
    case PromptLevel::FullPhysical:
        return 0;
    case PromptLevel::Physical:
        return 1;
    case PromptLevel::Spoken:
        return 2;
    case PromptLevel::Gestural:
        return 3;
    case PromptLevel::Independent:
        return 4;
    }
    return 0;
}

QDate weekOf(const QDate &date)
{
    return date.isValid() ? date.addDays(1 - date.dayOfWeek()) : QDate();
}

QDate localDay(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    // QDateTime::toLocalTime asks the C library for the zone on every call (about 3.5 us each,
    // most of the review's time on a target with hundreds of items). The offset from UTC changes
    // only at a clock change, which falls on a quarter hour everywhere, so one answer per quarter
    // hour is exact.
    thread_local QHash<qint64, int> offsetByQuarterHour;
    const qint64 secs = instant.toSecsSinceEpoch();
    const qint64 quarter = secs >= 0 ? secs / 900 : (secs - 899) / 900;
    auto it = offsetByQuarterHour.constFind(quarter);
    if (it == offsetByQuarterHour.constEnd())
        it = offsetByQuarterHour.insert(quarter, instant.toLocalTime().offsetFromUtc());
    const qint64 local = secs + *it;
    return QDate(1970, 1, 1).addDays(local >= 0 ? local / 86400 : (local - 86399) / 86400);
}

QDate capturedOn(const EvidenceItem &item)
{
    return localDay(item.capturedAt);
}

QString sameNameKey(const QString &name)
{
    if (!name.contains(QLatin1Char('_')))
        return name.simplified().toCaseFolded();
    QString key = name;
    key.replace(QLatin1Char('_'), QLatin1Char(' '));
    return key.simplified().toCaseFolded();
}

QStringList peopleNamed(const QString &peoplePresent)
{
    // Split by hand rather than by regular expression: a review reads this for every item.
    QStringList people;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= peoplePresent.size(); ++i) {
        if (i < peoplePresent.size()) {
            const QChar c = peoplePresent.at(i);
            if (c != QLatin1Char(',') && c != QLatin1Char(';') && c != QLatin1Char('\n'))
                continue;
        }
        const QString person = peoplePresent.mid(from, i - from).simplified();
        if (!person.isEmpty())
            people << person;
        from = i + 1;
    }
    return people;
}

IndependenceFigure independenceFigure(const QList<EvidenceItem> &items, const QList<Term> &terms,
                                      const QLocale &locale)
{
    IndependenceFigure figure;
    for (const EvidenceItem *item : inCaptureOrder(items))
        if (item->promptLevel)
            figure.points << PromptPoint{item->id, item->capturedAt, *item->promptLevel,
                                         independenceStep(*item->promptLevel)};

    const QList<PromptPoint> &points = figure.points;
    if (points.isEmpty()) {
        figure.inWords = Words::tr("No prompt levels recorded yet.");
        return figure;
    }
    const bool allIndependent = std::all_of(points.begin(), points.end(), [](const PromptPoint &p) {
        return p.level == PromptLevel::Independent;
    });
    figure.trend = allIndependent ? IndependenceTrend::AlwaysIndependent : IndependenceTrend::Steady;
    // One item is not "always": the words say it is the only one.
    if (points.size() == 1) {
        figure.inWords = onlyOneItem(points.first().level);
        return figure;
    }
    if (allIndependent) {
        figure.inWords = Words::tr("Always independent.");
        return figure;
    }

    // Split the evidence in two and compare the level most items show on each side: at half term
    // when the evidence runs across it (the point teachers already think in), else half-way
    // through the time the evidence covers.
    const QDateTime first = points.first().capturedAt;
    const QDateTime last = points.last().capturedAt;
    const Term *term = halfTermSpanned(terms, localDay(first), localDay(last));
    QList<PromptPoint> before;
    QList<PromptPoint> after;
    for (const PromptPoint &p : points) {
        const bool isBefore = term ? localDay(p.capturedAt) < term->halfTermStartsOn
                                   : p.capturedAt < first.addMSecs(first.msecsTo(last) / 2);
        (isBefore ? before : after) << p;
    }
    if (before.isEmpty() || after.isEmpty()) { // all captured in the same moment
        figure.inWords = Words::tr("Mostly %1 throughout.").arg(mostlyWhat(mostCommonLevel(points)));
        return figure;
    }

    const PromptLevel earlier = mostCommonLevel(before);
    const PromptLevel later = mostCommonLevel(after);
    if (earlier == later) {
        figure.inWords = Words::tr("Mostly %1 throughout.").arg(mostlyWhat(earlier));
        return figure;
    }
    figure.trend = independenceStep(later) > independenceStep(earlier) ? IndependenceTrend::FewerPrompts
                                                                       : IndependenceTrend::MorePrompts;

    // Whole sentences, one for each way the two periods are named, so that a translation can order
    // the words its own way; only the prompting and the months or dates are filled in.
    const QString from = mostlyWhat(earlier);
    const QString to = mostlyWhat(later);
    const QList<int> monthsBefore = monthsOf(before);
    const QList<int> monthsAfter = monthsOf(after);
    const QString firstMonth = locale.monthName(monthsBefore.first());
    const QString lastMonth = locale.monthName(monthsBefore.last());
    if (term) {
        figure.inWords =
            monthsBefore.size() == 1
                ? Words::tr(
                      "From mostly %1 in %3 to mostly %2 since half term.",
                      "From mostly physical prompts in September to mostly gestural prompts since half term.")
                      .arg(from, to, firstMonth)
                : Words::tr("From mostly %1 before half term to mostly %2 since half term.").arg(from, to);
        return figure;
    }
    // After a split inside a month the earlier half also covers, the later half starts on a date
    // ("since 28 September"); otherwise it is named by its months.
    const QDate firstAfter = localDay(after.first().capturedAt);
    const bool sinceADate = monthsBefore.contains(firstAfter.month());
    const bool inOneMonth = !sinceADate && monthsAfter.size() == 1;
    const QString since = sinceADate ? locale.toString(firstAfter, QStringLiteral("d MMMM"))
                                     : locale.monthName(firstAfter.month());
    if (monthsBefore.size() == 1)
        figure.inWords =
            inOneMonth
                ? Words::tr("From mostly %1 in %3 to mostly %2 in %4.",
                            "From mostly gestural prompts in November to mostly independent in December.")
                      .arg(from, to, firstMonth, since)
                : Words::tr("From mostly %1 in %3 to mostly %2 since %4.",
                            "%4 is a month or a date: since November, since 28 September")
                      .arg(from, to, firstMonth, since);
    else
        figure.inWords = inOneMonth ? Words::tr("From mostly %1 between %3 and %4 to mostly %2 in %5.")
                                          .arg(from, to, firstMonth, lastMonth, since)
                                    : Words::tr("From mostly %1 between %3 and %4 to mostly %2 since %5.",
                                                "%5 is a month or a date: since November, since 28 September")
                                          .arg(from, to, firstMonth, lastMonth, since);
    return figure;
}

GeneralisationFigure generalisationFigure(const QList<EvidenceItem> &items)
{
    GeneralisationFigure figure;
    QHash<QString, qsizetype> settingAt;
    QHash<QString, qsizetype> personAt;
    const auto tally = [](QList<DistinctName> &names, QHash<QString, qsizetype> &at, const QString &name,
                          const QString &key) {
        if (key.isEmpty())
            return;
        const auto found = at.constFind(key);
        if (found != at.constEnd()) {
            ++names[*found].itemCount;
            return;
        }
        at.insert(key, names.size());
        names << DistinctName{name.simplified(), 1};
    };
    for (const EvidenceItem *item : inCaptureOrder(items)) {
        tally(figure.settings, settingAt, item->setting, sameNameKey(item->setting));
        // A person named twice in one item counts once for it.
        QStringList seenInItem; // a handful of names: a list beats a hash here
        for (const QString &person : peopleNamed(item->peoplePresent)) {
            const QString key = sameNameKey(person);
            if (!seenInItem.contains(key)) {
                seenInItem << key;
                tally(figure.people, personAt, person, key);
            }
        }
    }
    return figure;
}

MaintenanceFigure maintenanceFigure(const QList<EvidenceItem> &items, const QList<Term> &terms)
{
    MaintenanceFigure figure;
    QList<QDate> mondays;
    QHash<QDate, int> counts;
    for (const EvidenceItem &item : items) {
        const QDate monday = weekOf(capturedOn(item));
        if (!monday.isValid())
            continue;
        if (!counts.contains(monday))
            mondays << monday;
        ++counts[monday];
    }
    std::sort(mondays.begin(), mondays.end());
    for (const QDate &monday : mondays)
        figure.weeks << EvidenceWeek{monday, counts.value(monday)};

    // A week with no evidence breaks a run only if it was a school week. Half term, and the
    // holidays between two of the school's terms, are not: a pupil is not expected to show a
    // skill at school while the school is closed. A week outside every term the school has given
    // is treated as a school week, since nothing says it was a holiday.
    QList<Term> ordered = terms;
    std::sort(ordered.begin(), ordered.end(),
              [](const Term &a, const Term &b) { return a.startsOn < b.startsOn; });
    const auto isHoliday = [&ordered](const QDate &monday) {
        const QDate friday = monday.addDays(4);
        for (qsizetype i = 0; i < ordered.size(); ++i) {
            const Term &term = ordered[i];
            if (term.halfTermStartsOn.isValid() && term.halfTermEndsOn.isValid() &&
                monday >= term.halfTermStartsOn.addDays(-2) && friday <= term.halfTermEndsOn.addDays(2))
                return true;
            if (i + 1 < ordered.size() && monday > term.endsOn && friday < ordered[i + 1].startsOn)
                return true;
        }
        return false;
    };

    int run = 0;
    QDate runFrom;
    for (qsizetype i = 0; i < mondays.size(); ++i) {
        bool continues = i > 0;
        if (continues)
            for (QDate gap = mondays[i - 1].addDays(7); gap < mondays[i]; gap = gap.addDays(7))
                if (!isHoliday(gap)) {
                    continues = false;
                    break;
                }
        if (continues) {
            ++run;
        } else {
            run = 1;
            runFrom = mondays[i];
        }
        // The latest of equally long runs: it says more about where the pupil is now.
        if (run >= figure.longestRunWeeks) {
            figure.longestRunWeeks = run;
            figure.longestRunFrom = runFrom;
            figure.longestRunTo = mondays[i];
        }
    }
    return figure;
}

FluencyFigure fluencyFigure(const QList<EvidenceItem> &items)
{
    FluencyFigure figure;
    for (const EvidenceItem *item : inCaptureOrder(items)) {
        const QString measure = item->measure.simplified();
        if (!measure.isEmpty())
            figure.measures << FluencyEntry{item->id, item->capturedAt, measure};
    }
    return figure;
}

AspectFigures aspectFigures(const QList<EvidenceItem> &items, const QList<Term> &terms, const QLocale &locale)
{
    return {independenceFigure(items, terms, locale), generalisationFigure(items),
            maintenanceFigure(items, terms), fluencyFigure(items)};
}

} // namespace Stride
