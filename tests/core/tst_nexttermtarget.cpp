// Next term's target from a judgement's next step (core/review/nexttermtarget.h): the lineage of all
// three next steps, and the cases where there is nowhere to carry the target.
#include "review/nexttermtarget.h"

#include <catch2/catch.hpp>

using namespace Stride;
using Refusal = NextTermTarget::Refusal;

namespace {

const QString kSchool = QStringLiteral("11111111-1111-4111-8111-111111111111");

Term term(const QString &id, const QString &name, const QDate &starts, const QDate &ends,
          const QString &school = kSchool)
{
    Term t;
    t.id = id;
    t.schoolId = school;
    t.name = name;
    t.startsOn = starts;
    t.endsOn = ends;
    t.applyStandardCycle();
    return t;
}

const Term kAutumn = term(QStringLiteral("a0000000-0000-4000-8000-000000000001"),
                          QStringLiteral("Autumn 2026"), QDate(2026, 9, 2), QDate(2026, 12, 18));
const Term kSpring = term(QStringLiteral("a0000000-0000-4000-8000-000000000002"),
                          QStringLiteral("Spring 2027"), QDate(2027, 1, 5), QDate(2027, 3, 26));
const Term kSummer = term(QStringLiteral("a0000000-0000-4000-8000-000000000003"),
                          QStringLiteral("Summer 2027"), QDate(2027, 4, 12), QDate(2027, 7, 21));

Pupil ava()
{
    Pupil p;
    p.id = QStringLiteral("b0000000-0000-4000-8000-000000000001");
    p.schoolId = kSchool;
    p.classId = QStringLiteral("c0000000-0000-4000-8000-000000000001");
    p.firstName = QStringLiteral("Ava");
    p.surname = QStringLiteral("Brown");
    return p;
}

Target autumnTarget()
{
    Target t;
    t.id = QStringLiteral("d0000000-0000-4000-8000-000000000001");
    t.ilpId = QStringLiteral("e0000000-0000-4000-8000-000000000001");
    t.areaId = QStringLiteral("f0000000-0000-4000-8000-000000000001");
    t.text = QStringLiteral("To independently request a drink at least twice a week.");
    t.ehcpOutcomeIds = {QStringLiteral("90000000-0000-4000-8000-000000000001")};
    t.aspects = {MappAspect::Independence};
    t.provision = QStringLiteral("PECS phase 2, daily");
    t.predictedCompletionOn = QDate(2026, 12, 18);
    t.sortOrder = 2;
    return t;
}

Judgement judged(std::optional<NextStep> step, const Target &target = autumnTarget())
{
    Judgement j;
    j.id = QStringLiteral("70000000-0000-4000-8000-000000000001");
    j.targetId = target.id;
    j.status = TargetStatus::PartiallyMet;
    j.nextStep = step;
    j.judgedBy = QStringLiteral("60000000-0000-4000-8000-000000000001");
    j.judgedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 0));
    return j;
}

} // namespace

TEST_CASE("Next term: Continue carries the target into next term's ILP as it is", "[review][nextterm]")
{
    const Target before = autumnTarget();
    const NextTermTarget next = nextTermTarget(before, judged(NextStep::Continue), ava(), kAutumn,
                                               {kSummer, kAutumn, kSpring}, std::nullopt);
    REQUIRE(next.ok());
    CHECK(next.refusalSentence.isEmpty());
    CHECK(next.nextTerm.id == kSpring.id);
    CHECK_FALSE(next.openForEditing);

    // The pupil had no spring ILP yet: one is made, with an id any tablet would make.
    REQUIRE(next.newIlp);
    CHECK(next.newIlp->pupilId == ava().id);
    CHECK(next.newIlp->termId == kSpring.id);
    CHECK(next.newIlp->id == linkId(ava().id, kSpring.id));
    CHECK(next.newIlp->validate().isEmpty());

    const Target &after = next.target;
    CHECK(after.id == linkId(before.id, kSpring.id));
    CHECK(after.id != before.id);
    CHECK(after.ilpId == next.newIlp->id);
    CHECK(after.lineage == TargetLineage::Continues);
    CHECK(after.lineageTargetId == before.id);
    CHECK(after.text == before.text);
    CHECK(after.areaId == before.areaId);
    CHECK(after.ehcpOutcomeIds == before.ehcpOutcomeIds);
    CHECK(after.aspects == before.aspects);
    CHECK(after.provision == before.provision);
    CHECK(after.sortOrder == before.sortOrder);
    // Predicted for the end of this term, so now for the end of the next.
    CHECK(after.predictedCompletionOn == kSpring.endsOn);
    CHECK(after.validate().isEmpty());
}

TEST_CASE("Next term: Amend carries a copy open for editing", "[review][nextterm]")
{
    Target before = autumnTarget();
    before.predictedCompletionOn = QDate(2027, 7, 1); // already predicted for later than spring
    Ilp springIlp;
    springIlp.id = QStringLiteral("e0000000-0000-4000-8000-000000000002");
    springIlp.pupilId = ava().id;
    springIlp.termId = kSpring.id;
    const NextTermTarget next =
        nextTermTarget(before, judged(NextStep::Amend), ava(), kAutumn, {kAutumn, kSpring}, springIlp);
    REQUIRE(next.ok());
    CHECK(next.openForEditing);
    CHECK_FALSE(next.newIlp); // the existing ILP receives it
    CHECK(next.target.ilpId == springIlp.id);
    CHECK(next.target.lineage == TargetLineage::Amends);
    CHECK(next.target.lineageTargetId == before.id);
    CHECK(next.target.text == before.text);
    CHECK(next.target.predictedCompletionOn == QDate(2027, 7, 1));
    CHECK(next.target.validate().isEmpty());
}

TEST_CASE("Next term: Replace starts a new, empty target in the same area", "[review][nextterm]")
{
    const Target before = autumnTarget();
    const NextTermTarget next =
        nextTermTarget(before, judged(NextStep::Replace), ava(), kAutumn, {kAutumn, kSpring}, std::nullopt);
    REQUIRE(next.ok());
    CHECK(next.openForEditing);
    const Target &after = next.target;
    CHECK(after.lineage == TargetLineage::Replaces);
    CHECK(after.lineageTargetId == before.id);
    CHECK(after.areaId == before.areaId);
    CHECK(after.ilpId == linkId(ava().id, kSpring.id));
    CHECK(after.text.isEmpty());
    CHECK(after.ehcpOutcomeIds.isEmpty());
    CHECK(after.noEhcpLinkReason.isEmpty());
    CHECK(after.aspects.isEmpty());
    CHECK(after.provision.isEmpty());
    CHECK(after.predictedCompletionOn == kSpring.endsOn);
    // Not yet saveable as it stands: the editor asks for the text and the EHCP link.
    CHECK_FALSE(after.validate().isEmpty());
}

TEST_CASE("Next term: the same choice on two tablets makes the same records", "[review][nextterm]")
{
    const NextTermTarget onA = nextTermTarget(autumnTarget(), judged(NextStep::Continue), ava(), kAutumn,
                                              {kAutumn, kSpring}, std::nullopt);
    const NextTermTarget onB = nextTermTarget(autumnTarget(), judged(NextStep::Continue), ava(), kAutumn,
                                              {kSpring, kAutumn}, std::nullopt);
    CHECK(onA.target == onB.target);
    CHECK(onA.newIlp == onB.newIlp);
}

TEST_CASE("Next term: refused, with a sentence, where there is nowhere to carry it", "[review][nextterm]")
{
    const Target target = autumnTarget();
    SECTION("a pupil who has left")
    {
        Pupil left = ava();
        left.leftOn = QDate(2026, 12, 18); // the last day of the autumn term
        const NextTermTarget next = nextTermTarget(target, judged(NextStep::Continue), left, kAutumn,
                                                   {kAutumn, kSpring}, std::nullopt);
        CHECK(next.refusal == Refusal::PupilHasLeft);
        CHECK(next.refusalSentence.contains(QStringLiteral("Ava Brown left the school on 18 December 2026")));
        // Leaving during next term is still a term with a plan.
        left.leftOn = kSpring.startsOn.addDays(20);
        CHECK(nextTermTarget(target, judged(NextStep::Continue), left, kAutumn, {kAutumn, kSpring},
                             std::nullopt)
                  .ok());
    }
    SECTION("no next term yet")
    {
        const Term otherSchoolsSpring = term(
            QStringLiteral("a0000000-0000-4000-8000-000000000009"), QStringLiteral("Spring 2027"),
            QDate(2027, 1, 5), QDate(2027, 3, 26), QStringLiteral("22222222-2222-4222-8222-222222222222"));
        const NextTermTarget next = nextTermTarget(target, judged(NextStep::Continue), ava(), kAutumn,
                                                   {kAutumn, otherSchoolsSpring}, std::nullopt);
        CHECK(next.refusal == Refusal::NoNextTerm);
        CHECK(next.refusalSentence.contains(QStringLiteral("no term after Autumn 2026")));
        // The summer term is the last: there is nothing after it either.
        CHECK(nextTermTarget(target, judged(NextStep::Replace), ava(), kSummer, {kAutumn, kSpring, kSummer},
                             std::nullopt)
                  .refusal == Refusal::NoNextTerm);
    }
    SECTION("no next step chosen")
    {
        const NextTermTarget next =
            nextTermTarget(target, judged(std::nullopt), ava(), kAutumn, {kAutumn, kSpring}, std::nullopt);
        CHECK(next.refusal == Refusal::NoNextStep);
        CHECK_FALSE(next.refusalSentence.isEmpty());
    }
    SECTION("a judgement of another target")
    {
        Target other = target;
        other.id = QStringLiteral("d0000000-0000-4000-8000-000000000099");
        CHECK(nextTermTarget(target, judged(NextStep::Continue, other), ava(), kAutumn, {kAutumn, kSpring},
                             std::nullopt)
                  .refusal == Refusal::OtherTarget);
    }
    SECTION("an ILP that is someone else's, or another term's")
    {
        Ilp wrong;
        wrong.id = QStringLiteral("e0000000-0000-4000-8000-000000000003");
        wrong.pupilId = ava().id;
        wrong.termId = kSummer.id;
        const NextTermTarget next = nextTermTarget(target, judged(NextStep::Continue), ava(), kAutumn,
                                                   {kAutumn, kSpring, kSummer}, wrong);
        CHECK(next.refusal == Refusal::IlpOfSomeoneElse);
        CHECK(next.refusalSentence == QStringLiteral("That ILP is not Ava Brown's plan for Spring 2027."));
    }
}
