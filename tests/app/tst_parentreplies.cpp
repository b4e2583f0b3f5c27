// The progress report's pages on the demo school: the assessment lead's cover letter (refused with
// a field Stride cannot fill in, not offered to a TA to save), a family's reply slip recorded by a
// class teacher and shown on the pupil's page, and the families whose slips are not back yet.

#include "appfixture.h"

#include "pupilprofile.h"
#include "termend/awaitingreplies.h"
#include "termend/coverlettereditor.h"
#include "termend/parentreply.h"

#include "store/store.h"

#include <catch2/catch.hpp>

using namespace Stride;
using namespace Stride::Testing;

TEST_CASE("The cover letter: the school's, merged for one pupil, refused with an unknown field",
          "[app][parents]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Claire")));
    CoverLetterEditor letter;
    letter.setSession(&t.session());
    CHECK(letter.canSave());
    CHECK_FALSE(letter.usingDefault()); // the demo school wrote its own
    CHECK(letter.text().contains(QLatin1String("<FIRST NAME>")));
    CHECK_FALSE(letter.preview().contains(QLatin1Char('<')));
    CHECK_FALSE(letter.previewPupil().isEmpty());

    const QString schools = letter.text();
    letter.setText(schools + QStringLiteral("\nFrom <TEACHER>"));
    CHECK(letter.problem().contains(QLatin1String("<TEACHER>")));
    CHECK_FALSE(letter.save());
    CHECK(letter.refused());
    CHECK(letter.message().contains(QLatin1String("<TEACHER>")));
    CHECK(t.store().school(t.session().schoolId())->parentLetter == schools);

    letter.setText(schools + QStringLiteral("\nP.S. <FIRST NAME>'s photos are in the class blog."));
    CHECK(letter.save());
    CHECK_FALSE(letter.refused());
    CHECK(t.store().school(t.session().schoolId())->parentLetter == letter.text());
}

TEST_CASE("A TA reads the cover letter but is not offered saving it", "[app][parents]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Priya")));
    CoverLetterEditor letter;
    letter.setSession(&t.session());
    CHECK_FALSE(letter.canSave());
    letter.setText(QStringLiteral("Dear all"));
    CHECK_FALSE(letter.save());
    CHECK(t.store().school(t.session().schoolId())->parentLetter != QLatin1String("Dear all"));
}

TEST_CASE("A family's reply recorded by the class teacher shows on the pupil's page and leaves the list",
          "[app][parents]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Hannah")));
    AwaitingReplies awaiting;
    awaiting.setSession(&t.session());
    const qsizetype before = awaiting.families().size();
    REQUIRE(before > 0);
    for (const QVariant &f : awaiting.families())
        CHECK(f.toMap().value(QStringLiteral("className")).toString() == QLatin1String("Oak")); // her class
    const QString pupilId = awaiting.families().first().toMap().value(QStringLiteral("pupilId")).toString();

    PupilProfile profile;
    profile.setSession(&t.session());
    profile.setPupilId(pupilId);
    CHECK_FALSE(profile.parentReplyTerm().isEmpty());
    CHECK(profile.parentReply().isEmpty());

    ParentReplyForm reply;
    reply.setSession(&t.session());
    reply.setPupilId(pupilId);
    REQUIRE(reply.hasIlp());
    CHECK(reply.canRecord());
    CHECK_FALSE(reply.recorded());
    CHECK(reply.enteredBy().contains(QLatin1String("Hannah Whitfield")));
    // Not approved needs the family's comments.
    reply.setApproved(false);
    CHECK_FALSE(reply.problem().isEmpty());
    CHECK_FALSE(reply.save());
    reply.setComments(QStringLiteral("Please can the coat target include wellies?"));
    reply.setRespondentName(QStringLiteral("Mrs Khan (mum)"));
    CHECK_FALSE(reply.canMoveLater()); // received today, at the latest
    reply.moveReceived(-1);
    CHECK(reply.canMoveLater());
    reply.moveReceived(5); // never after today: still yesterday
    reply.moveReceived(-1);
    CHECK(reply.save());

    profile.reload();
    CHECK(profile.parentReply().contains(QLatin1String("Mrs Khan (mum)")));
    CHECK(profile.parentReply().contains(QLatin1String("wellies")));
    CHECK(profile.parentReply().contains(QLatin1String("20 Nov")));
    awaiting.reload();
    CHECK(awaiting.families().size() == before - 1);

    // Opened again, it is the reply recorded, to correct.
    ParentReplyForm again;
    again.setSession(&t.session());
    again.setPupilId(pupilId);
    CHECK(again.recorded());
    CHECK(again.comments() == QLatin1String("Please can the coat target include wellies?"));
}

TEST_CASE("A TA reads a family's reply but does not record one", "[app][parents]")
{
    DemoTablet t;
    REQUIRE(t.signInAs(QStringLiteral("Priya")));
    const QString pupilId = t.store().pupilsInClass(t.session().staffClassIds().value(0)).value(0).id;
    ParentReplyForm reply;
    reply.setSession(&t.session());
    reply.setPupilId(pupilId);
    CHECK_FALSE(reply.canRecord());
    reply.setApproved(true);
    CHECK_FALSE(reply.save());
    CHECK_FALSE(reply.message().isEmpty());
}
