#include "independencechartdata.h"

#include "../wording.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace Stride {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(IndependenceChart)
};

} // namespace

QStringList promptStepNames()
{
    QStringList steps;
    for (PromptLevel level : {PromptLevel::FullPhysical, PromptLevel::Physical, PromptLevel::Spoken,
                              PromptLevel::Gestural, PromptLevel::Independent})
        steps << Wording::promptLevelShort(level);
    return steps;
}

double termFraction(const Term &term, const QDate &day)
{
    const qint64 span = term.startsOn.daysTo(term.endsOn);
    if (span <= 0 || !day.isValid())
        return 0.0;
    return std::clamp(double(term.startsOn.daysTo(day)) / double(span), 0.0, 1.0);
}

IndependenceChartData independenceChartData(const TargetReview &review)
{
    IndependenceChartData chart;
    const Term &term = review.term;
    for (const PromptPoint &p : review.figures.independence.points) {
        const QDate day = localDay(p.capturedAt);
        chart.points << QVariantMap{
            {QStringLiteral("x"), termFraction(term, day)},
            {QStringLiteral("step"), p.step},
            {QStringLiteral("levelText"), Wording::promptLevelShort(p.level)},
            {QStringLiteral("dayText"), QLocale().toString(day, QStringLiteral("d MMM"))},
            {QStringLiteral("evidenceId"), p.evidenceId}};
    }
    chart.steps = promptStepNames();
    if (term.startsOn.isValid()) {
        for (QDate month(term.startsOn.year(), term.startsOn.month(), 1); month <= term.endsOn;
             month = month.addMonths(1))
            chart.months << QVariantMap{
                {QStringLiteral("x"), termFraction(term, std::max(month, term.startsOn))},
                {QStringLiteral("text"), QLocale().toString(month, QStringLiteral("MMM"))}};
    }
    if (term.halfTermStartsOn.isValid())
        chart.halfTermX = termFraction(term, term.halfTermStartsOn);
    chart.sentence = review.figures.independence.inWords.isEmpty()
                         ? Words::tr("No evidence records a prompt level yet.")
                         : review.figures.independence.inWords;
    return chart;
}

} // namespace Stride
