#pragma once

#include "ilprow.h"

#include <QList>
#include <QString>
#include <optional>

// How the school's targets came out, as senior leaders analyse them at a term's end (seed 000:
// "senior leaders analyse ILP data at a whole school level and by cohort"): how many targets were
// Unmet, Partially Met, Met or Exceeded, and how many are not judged yet, by area of learning,
// class, key stage, need and term, and how that changed from term to term. Read from the central
// spreadsheet's rows (IlpRow), so the analysis page and the spreadsheet's analysis sheets agree. A
// row counts under IlpRow::status(): the final status, else the moderator's, else the teacher's.
// Only the cohorts the rows name: a class, key stage or need with no targets has no row.
namespace Stride::StatusBreakdown {

// The counts of one cohort's targets at each status.
struct StatusCounts
{
    int unmet = 0;
    int partiallyMet = 0;
    int met = 0;
    int exceeded = 0;
    int notJudged = 0; // no status from anyone yet

    int judged() const { return unmet + partiallyMet + met + exceeded; }
    int total() const { return judged() + notJudged; }
    int count(TargetStatus status) const;
    int metOrExceeded() const { return met + exceeded; }
    // Shares are of the judged targets (a term half judged is not "half Unmet"); 0 when none is.
    double share(TargetStatus status) const;
    double metOrExceededShare() const;
    // Rounded to a whole per cent, as people read them.
    int percent(TargetStatus status) const;
    int metOrExceededPercent() const;
    void add(std::optional<TargetStatus> status);
    bool operator==(const StatusCounts &) const = default;
};

enum class Dimension {
    Area,     // area of learning, SEND Code of Practice areas before Preparing for Adulthood
    Class,    // the class the pupil was in for that term's ILP; youngest class first
    KeyStage, // ascending; a key stage not recorded (0) last
    Need,     // each of the pupil's specific needs (see needsOf); most pupils first
    Term      // in date order: the trend
};

// One cohort: "Communication and Interaction", "Oak", "Key Stage 2", "ASD", "Autumn 2026".
struct BreakdownRow
{
    QString key;   // the area's, class's or term's id; the key stage's number; the need's key
    QString label; // what people call it
    StatusCounts counts;
    int pupils = 0; // different pupils whose targets are counted here
    bool operator==(const BreakdownRow &) const = default;
};

// Which rows to count. Empty (or 0 for the key stage) means every one.
struct Filter
{
    QString classId;
    int keyStage = 0;
    QString need; // a need's key, as needsOf gives it
    QString areaId;
    QString termId;
    bool matches(const IlpRow &row) const;
    bool isEmpty() const { return *this == Filter(); }
    bool operator==(const Filter &) const = default;
};

// The rows matching the filter, counted by the dimension's cohorts, in the dimension's order.
// Under Need a pupil with two needs counts under each, so the needs' rows add up to more than the
// targets (overlapNote says so); a pupil with no need recorded counts under "Not recorded".
QList<BreakdownRow> by(Dimension dimension, const QList<IlpRow> &rows, const Filter &filter = {});

// All the rows matching the filter, counted together: the whole school's (or the cohort's) line.
BreakdownRow overall(const QList<IlpRow> &rows, const Filter &filter = {}, const QString &label = {});

// The trend of each cohort of a dimension: for every cohort, a row per term in date order. Every
// series has every term of the filtered rows, so they line up; a term where the cohort had no
// targets has counts of zero (total() == 0), which is "no targets", not "none met".
struct TrendSeries
{
    QString key;
    QString label;
    QList<BreakdownRow> terms; // key: term id, label: term name
    bool operator==(const TrendSeries &) const = default;
};
QList<TrendSeries> trend(Dimension dimension, const QList<IlpRow> &rows, const Filter &filter = {});

// The needs in a pupil's free-text specific needs ("ASD, SLD and epilepsy"): split at commas,
// semicolons, "&" and the word "and"; a detail in brackets is left out of the cohort ("SEMH
// (attachment difficulties)" is SEMH); known abbreviations in capitals whatever the typing ("asd"
// is ASD). Other needs keep their words with a capital first letter; their key is lower case, so
// "Epilepsy" and "epilepsy" are one cohort. Empty when nothing is recorded.
struct Need
{
    QString key;
    QString label;
    bool operator==(const Need &) const = default;
};
QList<Need> needsOf(const QString &specificNeeds);
// The cohort of pupils with no need recorded, "Not recorded"; its key cannot be a need's, as
// needsOf leaves out what is in brackets.
QString notRecordedNeedKey(); // "(not recorded)"
QString notRecordedNeedLabel();

// The dimension's name: "Area of learning", "Class", "Key stage", "Need", "Term".
QString dimensionName(Dimension dimension);
// Said under a dimension whose cohorts overlap (Need): empty for the others.
QString overlapNote(Dimension dimension);
// "Key Stage 2"; "Key stage not recorded" for 0.
QString keyStageLabel(int keyStage);

// The row as a head of assessment reads it: "Communication and Interaction: 18 of 24 targets Met
// or Exceeded (75%)", with "; 3 not judged yet" where some are not, and "Oak: none of 6 targets
// judged yet" before any is.
QString sentence(const BreakdownRow &row);

} // namespace Stride::StatusBreakdown
