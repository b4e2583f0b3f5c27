// SLT's whole-school analysis (core/termend/statusbreakdown.h) on a hand-built school whose numbers
// are worked out by hand below: the shares of targets at each status by area, class, key stage,
// need and term, the filters, the needs split out of free text, targets not judged, and the trend
// in date order.
#include "termend/statusbreakdown.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace Stride;
using namespace Stride::StatusBreakdown;

namespace {

struct HandPupil
{
    const char *id;
    const char *name;
    const char *classId;
    const char *className;
    int yearGroup;
    int keyStage;
    const char *needs;
};

// Five pupils in three classes. Ava and Ben have two needs each, Eli two, Cai two (one with a
// detail in brackets), Dee none recorded.
const HandPupil ava{"p1", "Ava", "oak", "Oak", 3, 2, "ASD, SLD"};
const HandPupil ben{"p2", "Ben", "oak", "Oak", 4, 2, "asd and epilepsy"};
const HandPupil cai{"p3", "Cai", "willow", "Willow", 8, 3, "SEMH (attachment difficulties); MLD"};
const HandPupil dee{"p4", "Dee", "rowan", "Rowan", 11, 4, ""};
const HandPupil eli{"p5", "Eli", "rowan", "Rowan", 12, 5, "PMLD & Epilepsy"};

struct HandTerm
{
    const char *id;
    const char *name;
    QDate startsOn;
};
const HandTerm spring{"spring", "Spring 2026", QDate(2026, 1, 5)};
const HandTerm summer{"summer", "Summer 2026", QDate(2026, 4, 15)};
const HandTerm autumn{"autumn", "Autumn 2026", QDate(2026, 9, 2)};

struct HandArea
{
    const char *id;
    const char *name;
    AreaKind kind;
};
const HandArea ci{"CI", "Communication and Interaction", AreaKind::SendCodeOfPractice};
const HandArea cl{"CL", "Cognition and Learning", AreaKind::SendCodeOfPractice};
const HandArea il{"PFA_IL", "Independent Living", AreaKind::PreparingForAdulthood};

using S = std::optional<TargetStatus>;
constexpr S none = std::nullopt;
constexpr S U = TargetStatus::Unmet;
constexpr S P = TargetStatus::PartiallyMet;
constexpr S M = TargetStatus::Met;
constexpr S E = TargetStatus::Exceeded;

IlpRow row(const HandTerm &term, const HandPupil &pupil, const HandArea &area, S assessor, S moderator = none,
           S finalStatus = none)
{
    IlpRow r;
    r.pupilId = QString::fromLatin1(pupil.id);
    r.pupilName = QString::fromLatin1(pupil.name);
    r.classId = QString::fromLatin1(pupil.classId);
    r.className = QString::fromLatin1(pupil.className);
    r.yearGroup = pupil.yearGroup;
    r.keyStage = pupil.keyStage;
    r.specificNeeds = QString::fromLatin1(pupil.needs);
    r.termId = QString::fromLatin1(term.id);
    r.termName = QString::fromLatin1(term.name);
    r.termStartsOn = term.startsOn;
    r.areaId = QString::fromLatin1(area.id);
    r.areaName = QString::fromLatin1(area.name);
    r.areaKind = area.kind;
    r.targetId = QStringLiteral("%1-%2-%3").arg(r.pupilId, r.areaId, r.termId);
    r.assessorStatus = assessor;
    r.moderatorStatus = moderator;
    r.finalStatus = finalStatus;
    return r;
}

// Sixteen targets, deliberately out of order (autumn first, Rowan first, Preparing for Adulthood
// first) so that the order of the answers is the breakdown's, not the input's. What each counts as:
//   autumn  r8  Dee  IL  Met          r7  Dee  CI  Partially Met   r10 Eli IL  Unmet (final over Met)
//           r9  Eli  CI  not judged   r1  Ava  CI  Met             r2  Ava CL  Met (moderator over 2)
//           r3  Ben  CI  Exceeded (final over 1 and 2)             r4  Ben CL  not judged
//           r5  Cai  CI  Exceeded     r6  Cai  CL  Unmet
//   spring  r15 Ava  CI  Unmet        r16 Dee  CI  not judged
//   summer  r11 Ava  CI  Unmet        r12 Ben  CI  Partially Met   r13 Cai CI  Met   r14 Dee CI  Met
QList<IlpRow> school()
{
    return {
        row(autumn, dee, il, M),       row(autumn, dee, ci, P),    row(autumn, eli, il, M, none, U),
        row(autumn, eli, ci, none),    row(autumn, ava, ci, M),    row(autumn, ava, cl, P, M),
        row(autumn, ben, ci, U, P, E), row(autumn, ben, cl, none), row(autumn, cai, ci, E),
        row(autumn, cai, cl, U),       row(spring, ava, ci, U),    row(spring, dee, ci, none),
        row(summer, ava, ci, U),       row(summer, ben, ci, P),    row(summer, cai, ci, M),
        row(summer, dee, ci, M),
    };
}

// Unmet, Partially Met, Met, Exceeded, not judged.
std::vector<int> counts(const StatusCounts &c)
{
    return {c.unmet, c.partiallyMet, c.met, c.exceeded, c.notJudged};
}

std::vector<std::string> keys(const QList<BreakdownRow> &rows)
{
    std::vector<std::string> k;
    for (const BreakdownRow &r : rows)
        k.push_back(r.key.toStdString());
    return k;
}

std::vector<std::string> labels(const QList<BreakdownRow> &rows)
{
    std::vector<std::string> l;
    for (const BreakdownRow &r : rows)
        l.push_back(r.label.toStdString());
    return l;
}

const BreakdownRow &named(const QList<BreakdownRow> &rows, const char *key)
{
    for (const BreakdownRow &r : rows)
        if (r.key == QLatin1String(key))
            return r;
    FAIL("no row " << key);
    return rows.first();
}

} // namespace

TEST_CASE("Status breakdown: the whole school counts each target once, at its standing status",
          "[termend][analysis]")
{
    const BreakdownRow all = overall(school());
    // Unmet r6 r10 r11 r15; Partially Met r7 r12; Met r1 r2 r8 r13 r14; Exceeded r3 r5; not judged r4 r9 r16.
    CHECK(counts(all.counts) == std::vector<int>{4, 2, 5, 2, 3});
    CHECK(all.counts.judged() == 13);
    CHECK(all.counts.total() == 16);
    CHECK(all.pupils == 5);
    CHECK(all.label.toStdString() == "Whole school");
    // Shares are of the judged targets: 7 of 13 Met or Exceeded.
    CHECK(all.counts.metOrExceeded() == 7);
    CHECK(all.counts.metOrExceededShare() == Approx(7.0 / 13.0));
    CHECK(all.counts.metOrExceededPercent() == 54);
    CHECK(all.counts.share(TargetStatus::Unmet) == Approx(4.0 / 13.0));
    CHECK(all.counts.percent(TargetStatus::Unmet) == 31);
    CHECK(all.counts.count(TargetStatus::Exceeded) == 2);
}

TEST_CASE("Status breakdown: by area of learning, Code of Practice areas before Preparing for Adulthood",
          "[termend][analysis]")
{
    const QList<BreakdownRow> areas = by(Dimension::Area, school());
    CHECK(keys(areas) == std::vector<std::string>{"CI", "CL", "PFA_IL"});
    CHECK(labels(areas) == std::vector<std::string>{"Communication and Interaction", "Cognition and Learning",
                                                    "Independent Living"});
    // CI: r1 M, r3 E, r5 E, r7 P, r9 -, r11 U, r12 P, r13 M, r14 M, r15 U, r16 -.
    CHECK(counts(areas.at(0).counts) == std::vector<int>{2, 2, 3, 2, 2});
    CHECK(areas.at(0).pupils == 5);
    // CL: r2 M, r4 -, r6 U.
    CHECK(counts(areas.at(1).counts) == std::vector<int>{1, 0, 1, 0, 1});
    CHECK(areas.at(1).pupils == 3);
    // Independent Living: r8 M, r10 U (SLT's final Unmet over the teacher's Met).
    CHECK(counts(areas.at(2).counts) == std::vector<int>{1, 0, 1, 0, 0});
    CHECK(areas.at(2).pupils == 2);
    CHECK(sentence(areas.at(0)).toStdString() ==
          "Communication and Interaction: 5 of 9 judged targets Met or Exceeded (56%); 2 not judged yet");
}

TEST_CASE("Status breakdown: by class, youngest class first, in one term", "[termend][analysis]")
{
    Filter autumnOnly;
    autumnOnly.termId = QStringLiteral("autumn");
    const QList<BreakdownRow> classes = by(Dimension::Class, school(), autumnOnly);
    // Rowan's rows come first in the input; Oak (years 3-4) comes first in the answer.
    CHECK(labels(classes) == std::vector<std::string>{"Oak", "Willow", "Rowan"});
    // Oak: r1 M, r2 M, r3 E, r4 -.
    CHECK(counts(classes.at(0).counts) == std::vector<int>{0, 0, 2, 1, 1});
    CHECK(classes.at(0).pupils == 2);
    // Willow: r5 E, r6 U.
    CHECK(counts(classes.at(1).counts) == std::vector<int>{1, 0, 0, 1, 0});
    // Rowan: r7 P, r8 M, r9 -, r10 U.
    CHECK(counts(classes.at(2).counts) == std::vector<int>{1, 1, 1, 0, 1});
    CHECK(sentence(classes.at(0)).toStdString() ==
          "Oak: 3 of 3 judged targets Met or Exceeded (100%); 1 not judged yet");
    CHECK(sentence(classes.at(1)).toStdString() == "Willow: 1 of 2 targets Met or Exceeded (50%)");
}

TEST_CASE("Status breakdown: by key stage, with a key stage not recorded last", "[termend][analysis]")
{
    const QList<BreakdownRow> stages = by(Dimension::KeyStage, school());
    CHECK(keys(stages) == std::vector<std::string>{"2", "3", "4", "5"});
    CHECK(labels(stages) ==
          std::vector<std::string>{"Key Stage 2", "Key Stage 3", "Key Stage 4", "Key Stage 5"});
    // KS2 (Ava, Ben): r1 M, r2 M, r3 E, r4 -, r11 U, r12 P, r15 U.
    CHECK(counts(stages.at(0).counts) == std::vector<int>{2, 1, 2, 1, 1});
    // KS3 (Cai): r5 E, r6 U, r13 M.
    CHECK(counts(stages.at(1).counts) == std::vector<int>{1, 0, 1, 1, 0});
    // KS4 (Dee): r7 P, r8 M, r14 M, r16 -.
    CHECK(counts(stages.at(2).counts) == std::vector<int>{0, 1, 2, 0, 1});
    // KS5 (Eli): r9 -, r10 U.
    CHECK(counts(stages.at(3).counts) == std::vector<int>{1, 0, 0, 0, 1});

    HandPupil unknown = ava;
    unknown.id = "p9";
    unknown.keyStage = 0;
    const QList<BreakdownRow> withUnknown = by(
        Dimension::KeyStage, {row(spring, unknown, ci, M), row(spring, cai, ci, U), row(spring, ben, ci, M)});
    CHECK(labels(withUnknown) ==
          std::vector<std::string>{"Key Stage 2", "Key Stage 3", "Key stage not recorded"});
}

TEST_CASE("Status breakdown: by need, a pupil with two needs under each", "[termend][analysis]")
{
    const QList<BreakdownRow> needs = by(Dimension::Need, school());
    // Two pupils each first (by name), then one pupil each (by name), then none recorded.
    CHECK(labels(needs) ==
          std::vector<std::string>{"ASD", "Epilepsy", "MLD", "PMLD", "SEMH", "SLD", "Not recorded"});
    CHECK(keys(needs) ==
          std::vector<std::string>{"asd", "epilepsy", "mld", "pmld", "semh", "sld", "(not recorded)"});
    // ASD: Ava (r1 M, r2 M, r11 U, r15 U) and Ben ("asd": r3 E, r4 -, r12 P).
    CHECK(counts(named(needs, "asd").counts) == std::vector<int>{2, 1, 2, 1, 1});
    CHECK(named(needs, "asd").pupils == 2);
    // Epilepsy: Ben ("epilepsy") and Eli ("Epilepsy": r9 -, r10 U) are one cohort.
    CHECK(counts(named(needs, "epilepsy").counts) == std::vector<int>{1, 1, 0, 1, 2});
    CHECK(named(needs, "epilepsy").pupils == 2);
    CHECK(counts(named(needs, "sld").counts) == std::vector<int>{2, 0, 2, 0, 0});
    // Cai's "SEMH (attachment difficulties)" is SEMH; r5 E, r6 U, r13 M under SEMH and MLD both.
    CHECK(counts(named(needs, "semh").counts) == std::vector<int>{1, 0, 1, 1, 0});
    CHECK(counts(named(needs, "mld").counts) == std::vector<int>{1, 0, 1, 1, 0});
    CHECK(counts(named(needs, "pmld").counts) == std::vector<int>{1, 0, 0, 0, 1});
    // Dee has no need recorded: r7 P, r8 M, r14 M, r16 -.
    CHECK(counts(named(needs, "(not recorded)").counts) == std::vector<int>{0, 1, 2, 0, 1});
    // The needs add up to more than the school's 16 targets, and the page says why.
    int counted = 0;
    for (const BreakdownRow &need : needs)
        counted += need.counts.total();
    CHECK(counted == 28);
    CHECK_FALSE(overlapNote(Dimension::Need).isEmpty());
    CHECK(overlapNote(Dimension::Area).isEmpty());
}

TEST_CASE("Status breakdown: needs read from free text", "[termend][analysis]")
{
    const auto labelsOf = [](const QString &text) {
        std::vector<std::string> l;
        for (const Need &need : needsOf(text))
            l.push_back(need.label.toStdString());
        return l;
    };
    CHECK(labelsOf(QStringLiteral("ASD, SLD")) == std::vector<std::string>{"ASD", "SLD"});
    CHECK(labelsOf(QStringLiteral("asd and Epilepsy; slcn")) ==
          std::vector<std::string>{"ASD", "Epilepsy", "SLCN"});
    CHECK(labelsOf(QStringLiteral("SEMH (attachment difficulties), developmental language disorder")) ==
          std::vector<std::string>{"SEMH", "Developmental language disorder"});
    CHECK(labelsOf(QStringLiteral("Down syndrome & MLD.")) ==
          std::vector<std::string>{"Down syndrome", "MLD"});
    CHECK(labelsOf(QStringLiteral("spld AND Dyspraxia")) == std::vector<std::string>{"SpLD", "Dyspraxia"});
    // "and" inside a word is not a separator; capitals the school typed are kept.
    CHECK(labelsOf(QStringLiteral("Sandhoff disease, Fragile X syndrome")) ==
          std::vector<std::string>{"Sandhoff disease", "Fragile X syndrome"});
    CHECK(needsOf(QStringLiteral("Fragile X syndrome")).first().key.toStdString() == "fragile x syndrome");
    // One need written twice is one need.
    CHECK(labelsOf(QStringLiteral("ASD, asd")) == std::vector<std::string>{"ASD"});
    CHECK(needsOf(QString()).isEmpty());
    CHECK(needsOf(QStringLiteral(" , ; (none given) ")).isEmpty());
}

TEST_CASE("Status breakdown: filters narrow every dimension", "[termend][analysis]")
{
    Filter oakCi;
    oakCi.classId = QStringLiteral("oak");
    oakCi.areaId = QStringLiteral("CI");
    // Oak in Communication and Interaction: r1 M, r3 E, r11 U, r12 P, r15 U.
    const BreakdownRow oak = overall(school(), oakCi, QStringLiteral("Oak"));
    CHECK(counts(oak.counts) == std::vector<int>{2, 1, 1, 1, 0});
    CHECK(oak.pupils == 2);
    CHECK(by(Dimension::Area, school(), oakCi).size() == 1);

    Filter epilepsy;
    epilepsy.need = QStringLiteral("epilepsy");
    // Ben (Oak: r3 E, r4 -, r12 P) and Eli (Rowan: r9 -, r10 U).
    const QList<BreakdownRow> classes = by(Dimension::Class, school(), epilepsy);
    CHECK(labels(classes) == std::vector<std::string>{"Oak", "Rowan"});
    CHECK(counts(classes.at(0).counts) == std::vector<int>{0, 1, 0, 1, 1});
    CHECK(counts(classes.at(1).counts) == std::vector<int>{1, 0, 0, 0, 1});

    Filter notRecorded;
    notRecorded.need = notRecordedNeedKey();
    CHECK(counts(overall(school(), notRecorded).counts) == std::vector<int>{0, 1, 2, 0, 1});

    Filter ks4;
    ks4.keyStage = 4;
    CHECK(counts(overall(school(), ks4).counts) == std::vector<int>{0, 1, 2, 0, 1});
    CHECK(labels(by(Dimension::Need, school(), ks4)) == std::vector<std::string>{"Not recorded"});

    // A filter nothing matches gives no cohorts, not empty ones.
    Filter nobody;
    nobody.classId = QStringLiteral("willow");
    nobody.termId = QStringLiteral("spring");
    CHECK(by(Dimension::Area, school(), nobody).isEmpty());
    CHECK(overall(school(), nobody).counts.total() == 0);
    CHECK(nobody.matches(row(spring, cai, ci, M)));
    CHECK_FALSE(nobody.matches(row(summer, cai, ci, M)));
    CHECK(Filter().isEmpty());
    CHECK_FALSE(nobody.isEmpty());
}

TEST_CASE("Status breakdown: the trend runs in date order, terms without targets say so",
          "[termend][analysis]")
{
    const QList<BreakdownRow> terms = by(Dimension::Term, school());
    // The input gives autumn, spring, summer; the trend is spring, summer, autumn.
    CHECK(labels(terms) == std::vector<std::string>{"Spring 2026", "Summer 2026", "Autumn 2026"});
    CHECK(counts(terms.at(0).counts) == std::vector<int>{1, 0, 0, 0, 1});
    CHECK(counts(terms.at(1).counts) == std::vector<int>{1, 1, 2, 0, 0});
    CHECK(counts(terms.at(2).counts) == std::vector<int>{2, 1, 3, 2, 2});
    CHECK(terms.at(1).counts.metOrExceededPercent() == 50);
    // 5 of the 8 judged in the autumn: 62.5%, read as 63%.
    CHECK(terms.at(2).counts.metOrExceededPercent() == 63);
    CHECK(terms.at(1).counts.share(TargetStatus::Met) == Approx(0.5));
    CHECK(sentence(terms.at(0)).toStdString() ==
          "Spring 2026: 0 of 1 judged target Met or Exceeded (0%); 1 not judged yet");
    Filter springOak;
    springOak.termId = QStringLiteral("spring");
    springOak.classId = QStringLiteral("oak");
    CHECK(sentence(overall(school(), springOak, QStringLiteral("Oak"))).toStdString() ==
          "Oak: 0 of 1 target Met or Exceeded (0%)");

    const QList<TrendSeries> byArea = trend(Dimension::Area, school());
    REQUIRE(byArea.size() == 3);
    CHECK(byArea.at(0).label.toStdString() == "Communication and Interaction");
    for (const TrendSeries &series : byArea)
        CHECK(labels(series.terms) == std::vector<std::string>{"Spring 2026", "Summer 2026", "Autumn 2026"});
    // CI: spring r15 U r16 -; summer r11 U r12 P r13 M r14 M; autumn r1 M r3 E r5 E r7 P r9 -.
    CHECK(counts(byArea.at(0).terms.at(0).counts) == std::vector<int>{1, 0, 0, 0, 1});
    CHECK(counts(byArea.at(0).terms.at(1).counts) == std::vector<int>{1, 1, 2, 0, 0});
    CHECK(counts(byArea.at(0).terms.at(2).counts) == std::vector<int>{0, 1, 1, 2, 1});
    // Cognition and Learning had no targets before the autumn: zero, and said as no targets.
    CHECK(byArea.at(1).terms.at(0).counts.total() == 0);
    CHECK(byArea.at(1).terms.at(1).counts.total() == 0);
    CHECK(counts(byArea.at(1).terms.at(2).counts) == std::vector<int>{1, 0, 1, 0, 1});
    CHECK(sentence(byArea.at(1).terms.at(0)).toStdString() == "Spring 2026: no targets");
    CHECK(counts(byArea.at(2).terms.at(2).counts) == std::vector<int>{1, 0, 1, 0, 0});

    // A term where nothing is judged yet says so.
    Filter springRowan;
    springRowan.termId = QStringLiteral("spring");
    springRowan.classId = QStringLiteral("rowan");
    const QList<BreakdownRow> rowan = by(Dimension::Class, school(), springRowan);
    REQUIRE(rowan.size() == 1);
    CHECK(sentence(rowan.first()).toStdString() == "Rowan: 1 target, not judged yet");
    CHECK(rowan.first().counts.metOrExceededPercent() == 0);
    CHECK(rowan.first().counts.share(TargetStatus::Met) == 0.0);
}

TEST_CASE("Status breakdown: no rows, no cohorts", "[termend][analysis]")
{
    for (Dimension d :
         {Dimension::Area, Dimension::Class, Dimension::KeyStage, Dimension::Need, Dimension::Term})
        CHECK(by(d, {}).isEmpty());
    CHECK(trend(Dimension::Area, {}).isEmpty());
    CHECK(overall({}).counts == StatusCounts{});
    CHECK(sentence(overall({})).toStdString() == "Whole school: no targets");
}
