// The families' replies to the progress report (core/termend/parentreplies.h): one reply per ILP
// whichever tablet records it, the families still to reply, and which term's report is meant.
#include "termend/parentreplies.h"

#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace Stride;

namespace {

struct Spring
{
    Term term;
    Ilp avaIlp;
    Ilp benIlp;
};

Spring addSpring(Store &store, const Testing::MiniSchool &mini, bool benHasIlp = true)
{
    Spring s;
    s.term.id = newId();
    s.term.schoolId = mini.school.id;
    s.term.name = QStringLiteral("Spring 2027");
    s.term.startsOn = QDate(2027, 1, 5);
    s.term.endsOn = QDate(2027, 3, 26);
    s.term.applyStandardCycle();
    REQUIRE(store.save(s.term).ok);
    s.avaIlp = {linkId(mini.ava.id, s.term.id), mini.ava.id, s.term.id, {}};
    REQUIRE(store.save(s.avaIlp).ok);
    if (benHasIlp) {
        s.benIlp = {linkId(mini.ben.id, s.term.id), mini.ben.id, s.term.id, {}};
        REQUIRE(store.save(s.benIlp).ok);
    }
    return s;
}

} // namespace

TEST_CASE("A reply's id comes from its ILP, so two tablets make one record", "[parentreplies]")
{
    const QString ilp = newId();
    CHECK(ParentReplies::replyIdFor(ilp) == ParentReplies::replyIdFor(ilp));
    CHECK(ParentReplies::replyIdFor(ilp) != ParentReplies::replyIdFor(newId()));
    CHECK(isValidId(ParentReplies::replyIdFor(ilp)));
    const ParentResponse reply = ParentReplies::newReply(ilp, QStringLiteral("staff"), QDate(2026, 12, 10));
    CHECK(reply.id == ParentReplies::replyIdFor(ilp));
    CHECK(reply.receivedOn == QDate(2026, 12, 10));
    CHECK_FALSE(reply.approved);
}

TEST_CASE("The families who have not replied, for the school or a class", "[parentreplies]")
{
    Testing::TempStore temp;
    const Testing::MiniSchool mini = Testing::makeMiniSchool(temp.store);
    const Spring spring = addSpring(temp.store, mini);

    ParentReplies::Awaited none = ParentReplies::awaiting(temp.store, mini.school.id, spring.term.id);
    CHECK(none.families.size() == 2);
    CHECK(none.replied == 0);
    CHECK(none.withoutIlp.isEmpty());

    ParentResponse reply = ParentReplies::newReply(spring.avaIlp.id, mini.teacher.id, QDate(2026, 12, 10));
    reply.respondentName = QStringLiteral("Mrs Khan (mum)");
    // Not approving needs the family's comments.
    CHECK_FALSE(temp.store.save(reply).ok);
    reply.comments = QStringLiteral("Could the swimming target be at the leisure centre too?");
    REQUIRE(temp.store.save(reply).ok);

    const ParentReplies::Awaited one =
        ParentReplies::awaiting(temp.store, mini.school.id, spring.term.id, mini.oak.id);
    REQUIRE(one.families.size() == 1);
    CHECK(one.families.first().pupil.id == mini.ben.id);
    CHECK(one.families.first().className == mini.oak.name);
    CHECK(one.families.first().ilpId == spring.benIlp.id);
    CHECK(one.replied == 1);

    const auto shown = ParentReplies::replyOf(temp.store, mini.ava.id, spring.term.id);
    REQUIRE(shown);
    CHECK(*shown == reply);
    CHECK(ParentReplies::summary(*shown) ==
          QStringLiteral(
              "Not approved, on 10 Dec by Mrs Khan (mum): \"Could the swimming target be at the leisure "
              "centre too?\""));
    CHECK_FALSE(ParentReplies::replyOf(temp.store, mini.ben.id, spring.term.id));

    // Recorded again (another tablet, or a correction): still one reply.
    ParentResponse again =
        ParentReplies::newReply(spring.avaIlp.id, mini.seniorLeader.id, QDate(2026, 12, 11));
    again.approved = true;
    again.respondentName = QStringLiteral("Mrs Khan (mum)");
    REQUIRE(temp.store.save(again).ok);
    CHECK(temp.store.parentResponsesOfIlp(spring.avaIlp.id).size() == 1);
    CHECK(ParentReplies::summary(*ParentReplies::replyOf(temp.store, mini.ava.id, spring.term.id)) ==
          QStringLiteral("Approved on 11 Dec by Mrs Khan (mum)"));

    // A pupil who left before the term is not awaited; one with no ILP for it has had no report.
    Pupil ben = mini.ben;
    ben.leftOn = QDate(2026, 12, 18);
    REQUIRE(temp.store.save(ben).ok);
    CHECK(ParentReplies::awaiting(temp.store, mini.school.id, spring.term.id).families.isEmpty());
}

TEST_CASE("A pupil with no ILP for the term is listed apart: no report has gone home", "[parentreplies]")
{
    Testing::TempStore temp;
    const Testing::MiniSchool mini = Testing::makeMiniSchool(temp.store);
    const Spring spring = addSpring(temp.store, mini, false);
    const ParentReplies::Awaited awaited =
        ParentReplies::awaiting(temp.store, mini.school.id, spring.term.id);
    REQUIRE(awaited.families.size() == 1);
    CHECK(awaited.families.first().pupil.id == mini.ava.id);
    REQUIRE(awaited.withoutIlp.size() == 1);
    CHECK(awaited.withoutIlp.first().id == mini.ben.id);
}

TEST_CASE("The report replied to is next term's from this term's ILP documents week", "[parentreplies]")
{
    Testing::TempStore temp;
    const Testing::MiniSchool mini = Testing::makeMiniSchool(temp.store);
    const Spring spring = addSpring(temp.store, mini);
    // Autumn 2026's ILP documents week starts on Monday 7 December.
    CHECK(ParentReplies::reportTerm(temp.store, mini.school.id, QDate(2026, 12, 4))->id == mini.term.id);
    CHECK(ParentReplies::reportTerm(temp.store, mini.school.id, QDate(2026, 12, 7))->id == spring.term.id);
    CHECK(ParentReplies::reportTerm(temp.store, mini.school.id, QDate(2027, 1, 12))->id == spring.term.id);
    // In the Christmas holiday the replies still coming in are to spring's report; in the summer
    // holiday, autumn's is the next to go home.
    CHECK(ParentReplies::reportTerm(temp.store, mini.school.id, QDate(2026, 12, 24))->id == spring.term.id);
    CHECK(ParentReplies::reportTerm(temp.store, mini.school.id, QDate(2026, 8, 1))->id == mini.term.id);
}
