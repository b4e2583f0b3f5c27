// The MAPP aspect figures a teacher reads when reviewing one target (core/review/aspectfigures.h),
// from hand-built evidence sets whose tags say how much help, where, with whom, when and how much.
#include "review/aspectfigures.h"

#include <catch2/catch.hpp>

using namespace Stride;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);

// Autumn 2026: half term is the week of 26 October.
Term autumn()
{
    Term t;
    t.id = QStringLiteral("autumn");
    t.name = QStringLiteral("Autumn 2026");
    t.startsOn = QDate(2026, 9, 2);
    t.halfTermStartsOn = QDate(2026, 10, 24); // a Saturday, as many school calendars write it
    t.halfTermEndsOn = QDate(2026, 11, 1);
    t.endsOn = QDate(2026, 12, 18);
    t.applyStandardCycle();
    return t;
}

Term spring()
{
    Term t;
    t.id = QStringLiteral("spring");
    t.name = QStringLiteral("Spring 2027");
    t.startsOn = QDate(2027, 1, 5);
    t.halfTermStartsOn = QDate(2027, 2, 15);
    t.halfTermEndsOn = QDate(2027, 2, 19);
    t.endsOn = QDate(2027, 3, 26);
    t.applyStandardCycle();
    return t;
}

// The tags of one hand-built item, named as they are set: Tags().setting("cafe").people("Sam").
class Tags
{
public:
    Tags &prompt(PromptLevel level)
    {
        m_prompt = level;
        return *this;
    }
    Tags &setting(const QString &text)
    {
        m_setting = text;
        return *this;
    }
    Tags &people(const QString &text)
    {
        m_people = text;
        return *this;
    }
    Tags &measure(const QString &text)
    {
        m_measure = text;
        return *this;
    }

    void applyTo(EvidenceItem &e) const
    {
        e.capturedBy = QStringLiteral("staff-1");
        e.promptLevel = m_prompt;
        e.setting = m_setting;
        e.peoplePresent = m_people;
        e.measure = m_measure;
    }

private:
    std::optional<PromptLevel> m_prompt;
    QString m_setting;
    QString m_people;
    QString m_measure;
};

EvidenceItem item(const QDate &day, const Tags &tags = Tags(), int hour = 10)
{
    static int serial = 0;
    EvidenceItem e;
    e.id = QStringLiteral("item-%1").arg(++serial, 4, 10, QLatin1Char('0'));
    e.capturedAt = QDateTime(day, QTime(hour, 0));
    tags.applyTo(e);
    return e;
}

EvidenceItem prompted(const QDate &day, PromptLevel level)
{
    return item(day, Tags().prompt(level));
}

QList<QDate> mondaysOf(const MaintenanceFigure &figure)
{
    QList<QDate> mondays;
    for (const EvidenceWeek &w : figure.weeks)
        mondays << w.weekOf;
    return mondays;
}

} // namespace

TEST_CASE("Independence: the chart has one point per prompted item, oldest first", "[review][aspects]")
{
    const QList<EvidenceItem> items{
        prompted(QDate(2026, 9, 21), PromptLevel::Spoken),
        item(QDate(2026, 9, 14)), // no prompt level tagged: not on the chart
        prompted(QDate(2026, 9, 7), PromptLevel::FullPhysical),
        prompted(QDate(2026, 9, 28), PromptLevel::Independent),
    };
    const IndependenceFigure figure = independenceFigure(items, {autumn()}, kEnglish);
    REQUIRE(figure.points.size() == 3);
    CHECK(figure.points[0].capturedAt.date() == QDate(2026, 9, 7));
    CHECK(figure.points[0].level == PromptLevel::FullPhysical);
    CHECK(figure.points[0].step == 0);
    CHECK(figure.points[1].step == 2);
    CHECK(figure.points[2].step == 4);
    CHECK(figure.points[2].evidenceId == items[3].id);
    CHECK(independenceStep(PromptLevel::Physical) == 1);
    CHECK(independenceStep(PromptLevel::Gestural) == 3);
}

TEST_CASE("Independence: from physical in September to gestural since half term", "[review][aspects]")
{
    const QList<EvidenceItem> items{
        prompted(QDate(2026, 9, 8), PromptLevel::Physical),
        prompted(QDate(2026, 9, 15), PromptLevel::Physical),
        prompted(QDate(2026, 9, 22), PromptLevel::Spoken),
        prompted(QDate(2026, 11, 3), PromptLevel::Gestural),
        prompted(QDate(2026, 11, 10), PromptLevel::Spoken),
        prompted(QDate(2026, 11, 17), PromptLevel::Gestural),
    };
    const IndependenceFigure figure = independenceFigure(items, {spring(), autumn()}, kEnglish);
    CHECK(figure.trend == IndependenceTrend::FewerPrompts);
    CHECK(figure.inWords ==
          QStringLiteral(
              "From mostly physical prompts in September to mostly gestural prompts since half term."));
}

TEST_CASE("Independence: evidence over several months before half term reads 'before half term'",
          "[review][aspects]")
{
    const QList<EvidenceItem> items{
        prompted(QDate(2026, 9, 8), PromptLevel::Spoken),
        prompted(QDate(2026, 10, 13), PromptLevel::Spoken),
        prompted(QDate(2026, 11, 3), PromptLevel::Independent),
        prompted(QDate(2026, 12, 1), PromptLevel::Independent),
    };
    const IndependenceFigure figure = independenceFigure(items, {autumn()}, kEnglish);
    CHECK(figure.trend == IndependenceTrend::FewerPrompts);
    CHECK(
        figure.inWords ==
        QStringLiteral("From mostly spoken prompts before half term to mostly independent since half term."));
}

TEST_CASE("Independence: without half term inside the evidence, it splits half-way through",
          "[review][aspects]")
{
    SECTION("the later half starts in a month the earlier half also covers")
    {
        const QList<EvidenceItem> items{
            prompted(QDate(2026, 9, 7), PromptLevel::Spoken),
            prompted(QDate(2026, 9, 14), PromptLevel::Spoken),
            prompted(QDate(2026, 9, 28), PromptLevel::Gestural),
            prompted(QDate(2026, 10, 5), PromptLevel::Gestural),
        };
        // No terms at all: half term is unknown.
        const IndependenceFigure figure = independenceFigure(items, {}, kEnglish);
        CHECK(figure.trend == IndependenceTrend::FewerPrompts);
        CHECK(figure.inWords == QStringLiteral("From mostly spoken prompts in September to mostly gestural "
                                               "prompts since 28 September."));
    }
    SECTION("each half in its own months")
    {
        const QList<EvidenceItem> items{
            prompted(QDate(2026, 11, 2), PromptLevel::Gestural),
            prompted(QDate(2026, 11, 9), PromptLevel::Independent),
            prompted(QDate(2026, 11, 16), PromptLevel::Gestural),
            prompted(QDate(2026, 12, 7), PromptLevel::Independent),
            prompted(QDate(2026, 12, 14), PromptLevel::Independent),
        };
        const IndependenceFigure figure = independenceFigure(items, {autumn()}, kEnglish);
        CHECK(figure.trend == IndependenceTrend::FewerPrompts);
        CHECK(figure.inWords ==
              QStringLiteral("From mostly gestural prompts in November to mostly independent in December."));
    }
    SECTION("the earlier half spans months")
    {
        const QList<EvidenceItem> items{
            prompted(QDate(2027, 1, 11), PromptLevel::Independent),
            prompted(QDate(2027, 2, 8), PromptLevel::Independent),
            prompted(QDate(2027, 3, 8), PromptLevel::Physical),
            prompted(QDate(2027, 3, 22), PromptLevel::Physical),
        };
        // No terms given: the split falls half-way (15 February), and the words name the months.
        const IndependenceFigure figure = independenceFigure(items, {}, kEnglish);
        CHECK(figure.trend == IndependenceTrend::MorePrompts);
        CHECK(figure.inWords ==
              QStringLiteral("From mostly independent between January and February to mostly physical "
                             "prompts in March."));
    }
}

TEST_CASE("Independence: the sentence when there is little to compare", "[review][aspects]")
{
    SECTION("nothing tagged")
    {
        const IndependenceFigure figure = independenceFigure({item(QDate(2026, 9, 7))}, {autumn()}, kEnglish);
        CHECK(figure.points.isEmpty());
        CHECK(figure.trend == IndependenceTrend::NoneRecorded);
        CHECK(figure.inWords == QStringLiteral("No prompt levels recorded yet."));
        CHECK(independenceFigure({}, {}, kEnglish).trend == IndependenceTrend::NoneRecorded);
    }
    SECTION("independent every time")
    {
        const IndependenceFigure figure =
            independenceFigure({prompted(QDate(2026, 9, 7), PromptLevel::Independent),
                                prompted(QDate(2026, 11, 9), PromptLevel::Independent)},
                               {autumn()}, kEnglish);
        CHECK(figure.trend == IndependenceTrend::AlwaysIndependent);
        CHECK(figure.inWords == QStringLiteral("Always independent."));
    }
    SECTION("one item")
    {
        const IndependenceFigure figure =
            independenceFigure({prompted(QDate(2026, 9, 7), PromptLevel::Spoken)}, {autumn()}, kEnglish);
        CHECK(figure.trend == IndependenceTrend::Steady);
        CHECK(figure.inWords == QStringLiteral("Only one item so far, with a spoken prompt."));

        const IndependenceFigure alone =
            independenceFigure({prompted(QDate(2026, 9, 7), PromptLevel::Independent)}, {autumn()}, kEnglish);
        CHECK(alone.trend == IndependenceTrend::AlwaysIndependent);
        CHECK(alone.inWords == QStringLiteral("Only one item so far, done independently."));
    }
    SECTION("the same level most of the time on both sides of half term")
    {
        const IndependenceFigure figure =
            independenceFigure({prompted(QDate(2026, 9, 7), PromptLevel::Spoken),
                                prompted(QDate(2026, 9, 14), PromptLevel::Spoken),
                                prompted(QDate(2026, 9, 21), PromptLevel::Physical),
                                prompted(QDate(2026, 11, 9), PromptLevel::Spoken)},
                               {autumn()}, kEnglish);
        CHECK(figure.trend == IndependenceTrend::Steady);
        CHECK(figure.inWords == QStringLiteral("Mostly spoken prompts throughout."));
    }
    SECTION("several items captured in the same moment")
    {
        const QDate day(2026, 9, 7);
        const IndependenceFigure figure =
            independenceFigure({prompted(day, PromptLevel::Gestural), prompted(day, PromptLevel::Gestural),
                                prompted(day, PromptLevel::Spoken)},
                               {autumn()}, kEnglish);
        CHECK(figure.trend == IndependenceTrend::Steady);
        CHECK(figure.inWords == QStringLiteral("Mostly gestural prompts throughout."));
    }
}

TEST_CASE("Independence: a tie goes to the level with more support", "[review][aspects]")
{
    // Before half term one physical and one gestural: the words say physical, not gestural.
    const IndependenceFigure figure = independenceFigure({prompted(QDate(2026, 9, 8), PromptLevel::Gestural),
                                                          prompted(QDate(2026, 9, 15), PromptLevel::Physical),
                                                          prompted(QDate(2026, 11, 3), PromptLevel::Spoken),
                                                          prompted(QDate(2026, 11, 10), PromptLevel::Spoken)},
                                                         {autumn()}, kEnglish);
    CHECK(figure.trend == IndependenceTrend::FewerPrompts);
    CHECK(figure.inWords ==
          QStringLiteral(
              "From mostly physical prompts in September to mostly spoken prompts since half term."));
}

TEST_CASE("Generalisation: distinct settings and people, each spelt as first recorded", "[review][aspects]")
{
    const QList<EvidenceItem> items{
        item(QDate(2026, 9, 14),
             Tags().setting(QStringLiteral("Classroom ")).people(QStringLiteral("mrs  patel (ta)"))),
        item(QDate(2026, 9, 7), Tags()
                                    .setting(QStringLiteral("classroom"))
                                    .people(QStringLiteral("Mrs Patel (TA), Sam; Mrs Patel (TA)"))),
        item(QDate(2026, 9, 21),
             Tags()
                 .setting(QStringLiteral("swimming_pool"))
                 .people(QStringLiteral("Mr Reynolds (TA), speech and language therapist"))),
        item(QDate(2026, 9, 28),
             Tags().setting(QStringLiteral("Swimming pool")).people(QStringLiteral("SAM"))),
        item(QDate(2026, 10, 5), Tags().setting(QStringLiteral("   ")).people(QString())),
    };
    const GeneralisationFigure figure = generalisationFigure(items);
    CHECK(figure.settings ==
          QList<DistinctName>{{QStringLiteral("classroom"), 2}, {QStringLiteral("swimming_pool"), 2}});
    CHECK(figure.people == QList<DistinctName>{{QStringLiteral("Mrs Patel (TA)"), 2},
                                               {QStringLiteral("Sam"), 2},
                                               {QStringLiteral("Mr Reynolds (TA)"), 1},
                                               {QStringLiteral("speech and language therapist"), 1}});
    CHECK(generalisationFigure({}).settings.isEmpty());
}

TEST_CASE("Maintenance: the weeks with evidence and the longest run", "[review][aspects]")
{
    SECTION("Monday-start weeks, several items in one week counted once")
    {
        const QList<EvidenceItem> items{
            item(QDate(2026, 9, 13)), // a Sunday: the week of 7 September
            item(QDate(2026, 9, 7)),
            item(QDate(2026, 9, 14)),
            item(QDate(2026, 9, 30)),
        };
        const MaintenanceFigure figure = maintenanceFigure(items, {autumn()});
        CHECK(mondaysOf(figure) == QList<QDate>{QDate(2026, 9, 7), QDate(2026, 9, 14), QDate(2026, 9, 28)});
        CHECK(figure.weeks[0].itemCount == 2);
        CHECK(figure.longestRunWeeks == 2);
        CHECK(figure.longestRunFrom == QDate(2026, 9, 7));
        CHECK(figure.longestRunTo == QDate(2026, 9, 14));
    }
    SECTION("half term does not break a run; a school week without evidence does")
    {
        const QList<EvidenceItem> items{
            item(QDate(2026, 10, 6)),  item(QDate(2026, 10, 13)),
            item(QDate(2026, 10, 20)), item(QDate(2026, 11, 3)),  // after the half-term week of 26 October
            item(QDate(2026, 11, 10)), item(QDate(2026, 11, 24)), // the week of 17 November had none
        };
        const MaintenanceFigure figure = maintenanceFigure(items, {autumn()});
        CHECK(figure.weeks.size() == 6);
        CHECK(figure.longestRunWeeks == 5);
        CHECK(figure.longestRunFrom == QDate(2026, 10, 5));
        CHECK(figure.longestRunTo == QDate(2026, 11, 9));

        // Without the term the half-term week is just an empty week, and breaks the run.
        CHECK(maintenanceFigure(items, {}).longestRunWeeks == 3);
    }
    SECTION("the holidays between two terms do not break a run either")
    {
        const QList<EvidenceItem> items{item(QDate(2026, 12, 9)), item(QDate(2026, 12, 16)),
                                        item(QDate(2027, 1, 6)), item(QDate(2027, 1, 13))};
        CHECK(maintenanceFigure(items, {spring(), autumn()}).longestRunWeeks == 4);
        CHECK(maintenanceFigure(items, {autumn()}).longestRunWeeks == 2);
    }
    SECTION("of two runs equally long, the later one")
    {
        const QList<EvidenceItem> items{item(QDate(2026, 9, 7)), item(QDate(2026, 9, 14)),
                                        item(QDate(2026, 10, 5)), item(QDate(2026, 10, 12))};
        const MaintenanceFigure figure = maintenanceFigure(items, {autumn()});
        CHECK(figure.longestRunWeeks == 2);
        CHECK(figure.longestRunFrom == QDate(2026, 10, 5));
    }
    SECTION("no evidence, no run")
    {
        const MaintenanceFigure figure = maintenanceFigure({}, {autumn()});
        CHECK(figure.weeks.isEmpty());
        CHECK(figure.longestRunWeeks == 0);
        CHECK_FALSE(figure.longestRunFrom.isValid());
    }
}

TEST_CASE("Fluency: the measures recorded, in the order captured", "[review][aspects]")
{
    const QList<EvidenceItem> items{
        item(QDate(2026, 9, 21), Tags().measure(QStringLiteral("12 of 20 words"))),
        item(QDate(2026, 9, 7), Tags().measure(QStringLiteral("  8 of 20   words "))),
        item(QDate(2026, 9, 14), Tags().measure(QString())),
        item(QDate(2026, 9, 28), Tags().measure(QStringLiteral("15 of 20 words, 2nd week in a row"))),
    };
    const FluencyFigure figure = fluencyFigure(items);
    REQUIRE(figure.measures.size() == 3);
    CHECK(figure.measures[0].measure == QStringLiteral("8 of 20 words"));
    CHECK(figure.measures[0].capturedAt.date() == QDate(2026, 9, 7));
    CHECK(figure.measures[1].measure == QStringLiteral("12 of 20 words"));
    CHECK(figure.measures[2].evidenceId == items[3].id);
}

TEST_CASE("All four aspects from one evidence set", "[review][aspects]")
{
    const QList<EvidenceItem> items{
        item(QDate(2026, 9, 8), Tags()
                                    .prompt(PromptLevel::Physical)
                                    .setting(QStringLiteral("classroom"))
                                    .people(QStringLiteral("Mrs Hughes (TA)"))
                                    .measure(QStringLiteral("1 request"))),
        item(QDate(2026, 11, 10), Tags()
                                      .prompt(PromptLevel::Gestural)
                                      .setting(QStringLiteral("cafe"))
                                      .people(QStringLiteral("Mr Brennan (TA)"))
                                      .measure(QStringLiteral("3 requests"))),
    };
    const AspectFigures figures = aspectFigures(items, {autumn()}, kEnglish);
    CHECK(figures.independence.trend == IndependenceTrend::FewerPrompts);
    CHECK(figures.generalisation.settings.size() == 2);
    CHECK(figures.generalisation.people.size() == 2);
    CHECK(figures.maintenance.weeks.size() == 2);
    CHECK(figures.maintenance.longestRunWeeks == 1);
    CHECK(figures.fluency.measures.size() == 2);
}
