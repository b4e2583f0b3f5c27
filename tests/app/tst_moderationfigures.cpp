// SLT's moderation figures page model on the demo school: the term chooser (the current term
// first, terms to come left out, every term last), the empty state, figures and sentences once
// forms of last term's meeting are moderated, and nothing for a teacher or a TA.

#include "appfixture.h"

#include "moderation/moderationfiguresmodel.h"
#include "store/store.h"

#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::Testing;

namespace {

template <typename T> void mustSave(Store &store, const T &value)
{
    const WriteResult r = store.save(value);
    INFO(r.message.toStdString());
    REQUIRE(r.ok);
}

std::optional<Term> termNamed(DemoTablet &t, const QString &name)
{
    for (const Term &term : t.store().termsOfSchool(t.session().schoolId()))
        if (term.name == name)
            return term;
    return std::nullopt;
}

QStringList choiceNames(const ModerationFiguresModel &figures)
{
    QStringList names;
    for (const QVariant &choice : figures.termChoices())
        names << choice.toMap().value(QStringLiteral("name")).toString();
    return names;
}

// Last term's targets of a class, each with the class teacher's (assessor's) judgement.
QList<std::pair<Target, Judgement>> judgedLastTerm(DemoTablet &t, const QString &classId,
                                                   const QString &termId)
{
    QList<std::pair<Target, Judgement>> judged;
    for (const Pupil &p : t.store().pupilsInClass(classId)) {
        const auto plan = t.store().ilpFor(p.id, termId);
        if (!plan)
            continue;
        for (const Target &target : t.store().targetsOfIlp(plan->id))
            for (const Judgement &j : t.store().judgementsOfTarget(target.id))
                if (j.role == JudgementRole::Assessor && j.supersedesId.isEmpty())
                    judged << std::pair{target, j};
    }
    return judged;
}

// Another 1-4 `steps` away from `status`, inside the scale.
TargetStatus stepsAway(TargetStatus status, int steps)
{
    const int s = int(status);
    return TargetStatus(s + steps <= 4 ? s + steps : s - steps);
}

} // namespace

TEST_CASE("SLT choose a term's moderation meeting and read its figures in sentences", "[moderation][figures]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Claire")));
    const auto summer = termNamed(t, QStringLiteral("Summer 2026"));
    REQUIRE(summer);
    ModerationFiguresModel figures;
    figures.setSession(&t.session());

    CHECK(figures.allowed());
    // The current term to begin with; Spring 2027 has not begun, so has had no meeting.
    CHECK(figures.termId() == t.session().termId());
    CHECK(choiceNames(figures) == QStringList{QStringLiteral("Autumn 2026"), QStringLiteral("Summer 2026"),
                                              QStringLiteral("All terms")});

    figures.setTermId(summer->id);
    CHECK(figures.termName() == QStringLiteral("Summer 2026"));
    CHECK(figures.nothingModerated());
    CHECK(figures.agreementOverall().isEmpty());
    CHECK(figures.outcomes().isEmpty());
    CHECK(figures.emptyText().contains(QStringLiteral("Summer 2026")));

    // Three of Oak's targets from last term brought to its meeting: one agreed and finalised the
    // same; one two steps apart and finalised as the moderator judged; one not moderated yet.
    const QString oak = t.store().classByName(t.session().schoolId(), QStringLiteral("Oak"))->id;
    const auto judged = judgedLastTerm(t, oak, summer->id);
    REQUIRE(judged.size() >= 3);
    const QString moderator = t.staffId(QStringLiteral("Tom"));
    const QDateTime when(summer->moderationWeekStartsOn, QTime(15, 45));
    const QList<int> apart{0, 2};
    for (int i = 0; i < 3; ++i) {
        const auto &[target, assessor] = judged.at(i);
        AssessmentModerationForm form;
        form.id = newId();
        form.targetId = target.id;
        form.assessorId = assessor.judgedBy;
        form.createdAt = when;
        if (i < 2) {
            Judgement j;
            j.id = newId();
            j.targetId = target.id;
            j.role = JudgementRole::Moderator;
            j.status = stepsAway(assessor.status, apart.at(i));
            j.judgedBy = moderator;
            j.judgedAt = when;
            mustSave(t.store(), j);
            form.moderatorId = moderator;
            form.finalStatus = j.status;
        }
        mustSave(t.store(), form);
    }
    t.session().notePlanChanged();

    CHECK_FALSE(figures.nothingModerated());
    CHECK(figures.figures().assessmentForms == 3);
    CHECK_THAT(figures.agreementText().toStdString(), Catch::Contains("Moderators agreed with 1 of 2") &&
                                                          Catch::Contains("(50%)") &&
                                                          Catch::Contains("Two or more steps apart: 1."));
    CHECK_THAT(figures.agreementText().toStdString(), Catch::Contains("still wait"));
    // Only the differences there were.
    CHECK_FALSE(figures.agreementText().contains(QStringLiteral("One step apart")));
    REQUIRE(figures.agreementOverall().size() == 1);
    CHECK(figures.agreementOverall().first().toMap().value(QStringLiteral("counts")).toList() ==
          QVariantList{1, 0, 1});
    const QVariantList byClass = figures.agreementByClass();
    REQUIRE(byClass.size() == 1);
    const QVariantMap oakRow = byClass.first().toMap();
    CHECK(oakRow.value(QStringLiteral("name")).toString() == QStringLiteral("Oak"));
    CHECK(oakRow.value(QStringLiteral("counts")).toList() == QVariantList{1, 0, 1});
    CHECK(oakRow.value(QStringLiteral("total")).toInt() == 2);
    CHECK(oakRow.value(QStringLiteral("text")).toString() == QStringLiteral("Oak: agreed on 1 of 2 (50%)"));
    // One class: no comparison to make between classes.
    CHECK(figures.agreementByClassText().isEmpty());
    CHECK_FALSE(figures.agreementByArea().isEmpty());

    // Finalised as the moderator judged: the one two steps apart moved up or down, the other same.
    const OutcomeCounts &outcomes = figures.figures().outcomes;
    CHECK(outcomes.same == 1);
    CHECK(outcomes.up + outcomes.down == 1);
    CHECK_THAT(figures.outcomeText().toStdString(), Catch::Contains("kept the assessor's first judgement"));
    REQUIRE(figures.outcomes().size() == 3);
    // Same, the third bar, with its count in the third place (its colour).
    CHECK(figures.outcomes().at(2).toMap().value(QStringLiteral("counts")).toList() == QVariantList{0, 0, 1});
    CHECK_THAT(figures.challengeText().toStdString(),
               Catch::Contains("No moderator has judged the challenge"));
    CHECK(figures.challengeOverall().isEmpty());

    // Every term counts the same forms here (the demo's own meeting aside, whatever it holds).
    const int summerForms = figures.figures().assessmentForms;
    figures.setTermId(QString());
    CHECK(figures.termName() == QStringLiteral("All terms"));
    CHECK(figures.figures().assessmentForms >= summerForms);
    CHECK(figures.figures().agreement.differedByMore >= 1);
}

TEST_CASE("A teacher and a TA are not shown the school's moderation figures", "[moderation][figures]")
{
    DemoTablet t;
    for (const QString &name : {QStringLiteral("Hannah"), QStringLiteral("Priya")}) {
        REQUIRE(t.signInAs(name));
        ModerationFiguresModel figures;
        figures.setSession(&t.session());
        CHECK_FALSE(figures.allowed());
        CHECK(figures.termChoices().isEmpty());
        CHECK(figures.figures().assessmentForms == 0);
        CHECK(figures.emptyText() == QStringLiteral("The moderation figures are for senior leaders."));
        t.session().signOut();
    }
    // Signing in as SLT on the same tablet shows them.
    REQUIRE(t.signInAs(QStringLiteral("David")));
    ModerationFiguresModel figures;
    figures.setSession(&t.session());
    CHECK(figures.allowed());
}
