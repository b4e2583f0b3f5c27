#pragma once

#include "domain/evidenceitem.h"
#include "domain/term.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

// The four MAPP aspects (seed 000, "Assessment of Lateral Progress") read from the tags already on
// a target's evidence, so a teacher reviewing a target never types them again: how much prompting
// over time (independence), in which settings and with whom (generalisation), in which weeks
// (maintenance), and the measures recorded (fluency).
namespace Stride {

// One step of the prompting scale as a chart draws it: 0 is full physical support, 4 is
// independent, so a line that climbs is a pupil needing less help.
int independenceStep(PromptLevel level);

struct PromptPoint
{
    QString evidenceId;
    QDateTime capturedAt;
    PromptLevel level = PromptLevel::Independent;
    int step = 0; // independenceStep(level)

    bool operator==(const PromptPoint &) const = default;
};

enum class IndependenceTrend {
    NoneRecorded,      // no item carries a prompt level
    AlwaysIndependent, // every item that does says independent
    Steady,            // the most common level is the same before and after the split
    FewerPrompts,      // less support after the split than before
    MorePrompts        // more support after the split than before
};

struct IndependenceFigure
{
    QList<PromptPoint> points; // in the order captured
    IndependenceTrend trend = IndependenceTrend::NoneRecorded;
    QString
        inWords; // "From mostly physical prompts in September to mostly gestural prompts since half term."
};

// A setting or a person, spelt as first recorded, and how many items name it.
struct DistinctName
{
    QString name;
    int itemCount = 0;

    bool operator==(const DistinctName &) const = default;
};

struct GeneralisationFigure
{
    QList<DistinctName> settings; // in the order first seen
    QList<DistinctName> people;   // in the order first seen
};

struct EvidenceWeek
{
    QDate weekOf; // the Monday
    int itemCount = 0;

    bool operator==(const EvidenceWeek &) const = default;
};

struct MaintenanceFigure
{
    QList<EvidenceWeek> weeks; // weeks with evidence, oldest first
    int longestRunWeeks = 0;   // school weeks with evidence one after another
    QDate longestRunFrom;      // the Monday of its first week
    QDate longestRunTo;        // the Monday of its last week
};

struct FluencyEntry
{
    QString evidenceId;
    QDateTime capturedAt;
    QString measure;

    bool operator==(const FluencyEntry &) const = default;
};

struct FluencyFigure
{
    QList<FluencyEntry> measures; // in the order captured
};

struct AspectFigures
{
    IndependenceFigure independence;
    GeneralisationFigure generalisation;
    MaintenanceFigure maintenance;
    FluencyFigure fluency;
};

// `terms` are the school's terms (any order): they give half term for the trend's split and the
// holiday weeks that do not break a run. `locale` names the months.
IndependenceFigure independenceFigure(const QList<EvidenceItem> &items, const QList<Term> &terms,
                                      const QLocale &locale = QLocale());
GeneralisationFigure generalisationFigure(const QList<EvidenceItem> &items);
MaintenanceFigure maintenanceFigure(const QList<EvidenceItem> &items, const QList<Term> &terms);
FluencyFigure fluencyFigure(const QList<EvidenceItem> &items);
AspectFigures aspectFigures(const QList<EvidenceItem> &items, const QList<Term> &terms,
                            const QLocale &locale = QLocale());

// Helpers the sufficiency rules share, so both count a week and a setting the same way.
QDate weekOf(const QDate &date); // the Monday of the ISO week
QDate capturedOn(const EvidenceItem &item);
QDate localDay(const QDateTime &instant); // the school's local day of an instant
// "Swimming_pool ", "swimming  pool" and "Swimming pool" are one setting; so are "Mrs Patel (TA)"
// and "mrs patel (ta)".
QString sameNameKey(const QString &name);
// The people an item names: its people-present text split at commas, semicolons and line breaks.
// Not at "and": "speech and language therapist" is one person.
QStringList peopleNamed(const QString &peoplePresent);

} // namespace Stride
