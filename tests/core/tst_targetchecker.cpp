// The target checker (core/review/targetchecker.h) on seed 000's own examples and on targets written
// the way teachers in UK special schools write them, good and vague.
#include "review/targetchecker.h"

#include <catch2/catch.hpp>

using namespace Stride;
using Kind = TargetFinding::Kind;

namespace {

const QStringList kLinked{QStringLiteral("8a0c3f0e-2f52-4c39-9d7a-5f0f6b8e1c01")};

QList<Kind> kindsOf(const TargetCheck &check)
{
    QList<Kind> kinds;
    for (const TargetFinding &f : check.findings)
        kinds << f.kind;
    return kinds;
}

struct Case
{
    const char *text;
    QList<Kind> expected;
};

} // namespace

TEST_CASE("Checker: seed 000's two good targets pass with no findings", "[review][checker]")
{
    for (const char *text :
         {"To independently request a drink at least twice a week, by going to his PECS book and finding the "
          "correct symbol to exchange from a page full of symbols.",
          "To be able to correctly spell at least 10 of the first 20 high frequency words in a weekly "
          "spelling "
          "test, 3 weeks in a row."}) {
        INFO(text);
        const TargetCheck check = checkTarget(QString::fromUtf8(text), kLinked, QString());
        CHECK(check.findings.isEmpty());
        CHECK(check.suggestions.isEmpty());
    }
}

TEST_CASE("Checker: seed 000's two vague targets are flagged in the guidance's terms", "[review][checker]")
{
    const TargetCheck walking = checkTarget(QStringLiteral("To develop her walking."), kLinked, QString());
    CHECK(kindsOf(walking) == QList<Kind>{Kind::NoMeasurableCriterion, Kind::NoCondition, Kind::VagueVerb});
    CHECK(walking.findings[0].sentence.contains(QStringLiteral("how often, how many, how long")));
    CHECK(walking.findings[0].sentence.contains(QStringLiteral("weeks in a row")));
    CHECK(walking.findings[1].sentence.contains(QStringLiteral("prompt level")));
    CHECK(walking.findings[2].vagueWords == QStringLiteral("develop"));
    CHECK(walking.findings[2].sentence.startsWith(QStringLiteral("\"develop\" is open to interpretation")));

    const TargetCheck choice = checkTarget(QStringLiteral("To communicate a choice."), kLinked, QString());
    CHECK(kindsOf(choice) == QList<Kind>{Kind::NoMeasurableCriterion, Kind::NoCondition, Kind::VagueVerb});
    CHECK(choice.findings[2].vagueWords == QStringLiteral("communicate a choice"));

    // It suggests the aspect words for every aspect the target does not aim at yet.
    REQUIRE(choice.suggestions.size() == 4);
    CHECK(choice.suggestions[0].aspect == MappAspect::Independence);
    CHECK(choice.suggestions[0].words.contains(QStringLiteral("independently")));
    CHECK(choice.suggestions[2].words.contains(QStringLiteral("3 weeks in a row")));
    CHECK(choice.suggestions[3].words.contains(QStringLiteral("in different settings")));
}

TEST_CASE("Checker: targets as teachers write them", "[review][checker]")
{
    const QList<Kind> none;
    const QList<Case> cases{
        // Good: something to count, a condition, a verb you can see.
        {"To walk from the classroom to the dining hall holding the handrail, with no more than one spoken "
         "prompt, on 4 out of 5 days.",
         none},
        {"To sit at the table for snack for 5 minutes with a gestural prompt, 3 weeks in a row.", none},
        {"To greet an unfamiliar adult by waving or saying 'hello' when they come into class, on 3 out of 4 "
         "occasions.",
         none},
        {"To choose between two objects of reference by reaching towards one, within 10 seconds, in 4 out of "
         "5 "
         "sessions.",
         none},
        {"To put on his coat and zip it up independently before break every day for two weeks.", none},
        {"To use his BIGmack switch to ask for 'more' three times during sensory story, with a gestural "
         "prompt.",
         none},
        {"To count out 5 objects accurately from a larger group, in 8 out of 10 attempts.", none},
        {"To write her first name with correctly formed letters, copying from a model, 3 times a week for 3 "
         "weeks in a row.",
         none},
        {"To wait for his turn in a game with two peers for up to 2 minutes without leaving the table.",
         none},
        {"To use his visual timetable to move between lessons independently, on 4 out of 5 days.", none},
        {"To pay for an item in the community shop using the correct coins, with a spoken prompt, on three "
         "consecutive visits.",
         none},
        {"To sign 'finished' at the end of an activity, without a prompt, in 3 different settings.", none},
        {"To tolerate hand-over-hand support to brush her teeth for 1 minute after lunch each day.", none},
        {"To answer 'who' and 'where' questions about a familiar story, 4 out of 5 times, in a small group.",
         none},
        {"To follow a 2-step instruction given by any adult in the class team, on 4 out of 5 occasions.",
         none},
        {"To stay in his seat on the minibus for the whole journey to the swimming pool, every week for 5 "
         "weeks in a row.",
         none},
        {"To read 15 of the first 20 Phase 2 and 3 tricky words from flashcards in a weekly check, 3 weeks "
         "in "
         "a row.",
         none},
        {"To communicate a choice between two objects by eye-pointing, in 4 out of 5 sessions.", none},
        {"To show she understands 'stop' by stopping when an adult says or signs it, on 4 out of 5 occasions "
         "in the playground.",
         none},
        {"Sam will ask for help using his communication book, 3 times a day, with no more than a gestural "
         "prompt.",
         none},
        {"To use 3-word spoken phrases with signs to make requests in class, at least 5 times a day over 2 "
         "weeks.",
         none},
        {"To stay calm and smiling for the whole 20-minute hydrotherapy session, supported in the water by "
         "any "
         "of three adults from the class team, for 4 weeks in a row.",
         none},
        {"To take turns in a board game with 3 peers, using a 'my turn / your turn' card, in 4 out of 5 "
         "games.",
         none},
        {"To go to her den when shown the 'calm' symbol, instead of hitting out, on at least half of the "
         "occasions when she becomes upset.",
         none},
        {"To hold a shaker in her left hand for 10 seconds with her splint off, in 3 out of 5 attempts.",
         none},
        {"To write 5 linked sentences about an event without the sentence-starter mat, in 3 pieces of work "
         "this "
         "term.",
         none},
        {"To complete a 20-minute fitness circuit in the gym and beat his first score by 20% by the end of "
         "term.",
         none},
        {"To touch and explore one new messy-play material with her fingertips for at least 10 seconds, in 3 "
         "out of 5 sessions.",
         none},
        {"To complete the Entry Level 2 maths practice paper on money and time, scoring at least 70%.", none},

        // Vague: the guidance's "too open to interpretation".
        {"To improve his fine motor skills.",
         {Kind::NoMeasurableCriterion, Kind::NoCondition, Kind::VagueVerb}},
        {"To work on turn taking.", {Kind::NoMeasurableCriterion, Kind::NoCondition, Kind::VagueVerb}},
        {"To be aware of road safety.", {Kind::NoMeasurableCriterion, Kind::NoCondition, Kind::VagueVerb}},
        {"To understand the days of the week.",
         {Kind::NoMeasurableCriterion, Kind::NoCondition, Kind::VagueVerb}},
        {"To explore different textures in messy play.", {Kind::NoMeasurableCriterion, Kind::VagueVerb}},
        {"To improve her reading.", {Kind::NoMeasurableCriterion, Kind::NoCondition, Kind::VagueVerb}},
        {"To engage with sensory stories.",
         {Kind::NoMeasurableCriterion, Kind::NoCondition, Kind::VagueVerb}},
        {"To increase his confidence when speaking in class.",
         {Kind::NoMeasurableCriterion, Kind::VagueVerb}},
        {"To use a knife and fork.", {Kind::NoMeasurableCriterion, Kind::NoCondition}},
        {"To make a choice between two items at snack time.", {Kind::NoMeasurableCriterion}},
        {"To take part in PE.", {Kind::NoMeasurableCriterion}},
        {"To know his colours.", {Kind::NoMeasurableCriterion, Kind::NoCondition, Kind::VagueVerb}},
        {"To be more independent at lunchtime.", {Kind::NoMeasurableCriterion, Kind::VagueVerb}},
        {"To develop his pencil grip so that he holds a chunky pencil with a tripod grasp for 2 minutes, "
         "with "
         "a physical prompt.",
         {Kind::VagueVerb}},
        {"To improve his swimming from 10 metres to 25 metres with a float.", {Kind::VagueVerb}},
        {"To communicate her needs to familiar adults.", {Kind::NoMeasurableCriterion, Kind::VagueVerb}},
        {"To count to 10.", {Kind::NoCondition}},
        {"To request a drink at least 3 times a day.", {Kind::NoCondition}},
        {"To hold a pen in Year 6.", {Kind::NoMeasurableCriterion, Kind::NoCondition}},
        {"To experience a range of sensory activities.",
         {Kind::NoMeasurableCriterion, Kind::NoCondition, Kind::VagueVerb}},
        {"To use the toilet.", {Kind::NoMeasurableCriterion, Kind::NoCondition}},
        {"To say 'hello' when he arrives.", {Kind::NoMeasurableCriterion}},
        {"To continue to use PECS to make requests.",
         {Kind::NoMeasurableCriterion, Kind::NoCondition, Kind::VagueVerb}},
    };
    REQUIRE(cases.size() >= 50);
    for (const Case &c : cases) {
        INFO(c.text);
        CHECK(kindsOf(checkTarget(QString::fromUtf8(c.text), kLinked, QString())) == c.expected);
    }
}

TEST_CASE("Checker: an EHCP link, or the reason there is none", "[review][checker]")
{
    const QString good =
        QStringLiteral("To sit at the table for snack for 5 minutes with a gestural prompt.");
    CHECK(kindsOf(checkTarget(good, {}, QString())) == QList<Kind>{Kind::NoEhcpLink});
    CHECK(kindsOf(checkTarget(good, {}, QStringLiteral("   "))) == QList<Kind>{Kind::NoEhcpLink});
    CHECK(checkTarget(good, {}, QStringLiteral("His parents asked for a mealtime target this term."))
              .findings.isEmpty());
    CHECK(checkTarget(good, kLinked, QString()).findings.isEmpty());
    // Aspect words are suggested only when a criterion or a condition is missing.
    CHECK(checkTarget(good, {}, QString()).suggestions.isEmpty());
}

TEST_CASE("Checker: nothing typed yet, nothing said", "[review][checker]")
{
    CHECK(checkTarget(QString(), {}, QString()).findings.isEmpty());
    CHECK(checkTarget(QStringLiteral("   "), {}, QString()).findings.isEmpty());
}

TEST_CASE("Checker: which MAPP aspects a target aims at", "[review][checker]")
{
    using A = MappAspect;
    const QList<std::pair<const char *, QList<A>>> cases{
        {"To independently request a drink at least twice a week, by going to his PECS book and finding the "
         "correct symbol to exchange from a page full of symbols.",
         {A::Independence, A::Fluency}},
        {"To be able to correctly spell at least 10 of the first 20 high frequency words in a weekly "
         "spelling "
         "test, 3 weeks in a row.",
         {A::Fluency, A::Maintenance}},
        {"To sign 'finished' at the end of an activity, without a prompt, in 3 different settings.",
         {A::Independence, A::Generalisation}},
        {"To greet an unfamiliar adult by waving.", {A::Generalisation}},
        {"To accept losing a short game, in 3 out of 4 games, in class and at lunchtime club.",
         {A::Maintenance, A::Generalisation}},
        {"To press his switch within 5 seconds of the adult pausing.", {A::Fluency}},
        {"To count out 5 objects from a larger group, in 8 out of 10 attempts.", {A::Maintenance}},
        {"To read 8 out of 10 words from his reading book.", {A::Fluency}},
        {"To tolerate his standing frame for 20 minutes each day.", {A::Maintenance}},
        {"To use his communication aid to ask for a drink in the cafe and at home.", {A::Generalisation}},
        {"To develop her walking.", {}},
    };
    for (const auto &[text, expected] : cases) {
        INFO(text);
        CHECK(aspectsAimedAt(QString::fromUtf8(text)) == expected);
        CHECK(checkTarget(QString::fromUtf8(text), kLinked, QString()).aspects == expected);
    }
}

TEST_CASE("Checker: every aspect has words to suggest", "[review][checker]")
{
    for (const auto &entry : Vocabulary<MappAspect>::entries())
        CHECK(aspectWords(entry.value).size() == 2);
}
