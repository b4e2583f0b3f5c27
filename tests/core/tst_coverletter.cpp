// The parents' cover letter (core/termend/coverletter.h): every merge field filled in, pronouns
// included; an unknown field refused on saving, naming it, by the tablet's store.
#include "documents/parentsreport.h"
#include "termend/coverletter.h"
#include "termend/ilpdocumentdata.h"

#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace Stride;

namespace {

CoverLetter::Values rubyValues(Pronouns pronouns)
{
    CoverLetter::Values v;
    v.firstName = QStringLiteral("Ruby");
    v.surname = QStringLiteral("Khan");
    v.className = QStringLiteral("Oak");
    v.classTeachers = QStringLiteral("Hannah Whitfield");
    v.newTerm = QStringLiteral("Spring 2027");
    v.oldTerm = QStringLiteral("Autumn 2026");
    v.pronouns = pronouns;
    v.schoolName = QStringLiteral("Millbrook Park School");
    v.date = QDate(2026, 12, 7);
    v.returnBy = QDate(2026, 12, 14);
    return v;
}

} // namespace

TEST_CASE("Every merge field of the cover letter is filled in", "[coverletter]")
{
    const QString letter = QStringLiteral(
        "<DATE>. <NAME>: <FIRST NAME> <SURNAME> in <CLASS> with <CLASS TEACHER> at <SCHOOL>. <OLD TERM> then "
        "<NEW TERM>. Back by <RETURN BY>.");
    CHECK(
        CoverLetter::merge(letter, rubyValues(Pronouns::She)) ==
        QStringLiteral("7 December 2026. Ruby Khan: Ruby Khan in Oak with Hannah Whitfield at Millbrook Park "
                       "School. Autumn 2026 then Spring 2027. Back by 14 December 2026."));
    // Every field Stride lists is one it fills in: nothing is left in angle brackets.
    const QString all = CoverLetter::mergeFields().join(QLatin1Char(' '));
    CHECK(CoverLetter::unknownFields(all).isEmpty());
    CHECK_FALSE(CoverLetter::merge(all, rubyValues(Pronouns::He)).contains(QLatin1Char('<')));
    CHECK_FALSE(CoverLetter::merge(CoverLetter::defaultLetter(), rubyValues(Pronouns::He))
                    .contains(QLatin1Char('<')));
}

TEST_CASE("Pronoun fields follow the pupil's pronouns and start a sentence with a capital", "[coverletter]")
{
    const QString letter = QStringLiteral("<HE/SHE> has met <HIS/HER> target. We are proud of <HIM/HER>. "
                                          "<HIS/HER> new targets suit <HIM/HER>, and <HE/SHE> agrees.");
    CHECK(CoverLetter::merge(letter, rubyValues(Pronouns::He)) ==
          QStringLiteral(
              "He has met his target. We are proud of him. His new targets suit him, and he agrees."));
    CHECK(CoverLetter::merge(letter, rubyValues(Pronouns::She)) ==
          QStringLiteral(
              "She has met her target. We are proud of her. Her new targets suit her, and she agrees."));
    CHECK(CoverLetter::merge(letter, rubyValues(Pronouns::They)) ==
          QStringLiteral(
              "They has met their target. We are proud of them. Their new targets suit them, and they "
              "agrees."));
    // A line of its own starts with a capital too; a teacher's own capitals and spacing still match.
    CHECK(CoverLetter::merge(QStringLiteral("Dear all,\n<he/she> is ready for < First  Name >'s class."),
                             rubyValues(Pronouns::She)) ==
          QStringLiteral("Dear all,\nShe is ready for Ruby's class."));
}

TEST_CASE("An unknown merge field is named, with the fields Stride knows", "[coverletter]")
{
    const QString letter =
        QStringLiteral("Dear parent of <FIRSTNAME>, from <TEACHER> and <FIRSTNAME>. Scores < 5 "
                       "are fine, <FIRST NAME>.");
    CHECK(CoverLetter::unknownFields(letter) ==
          QStringList{QStringLiteral("<FIRSTNAME>"), QStringLiteral("<TEACHER>")});
    const QString problem = CoverLetter::unknownFieldsProblem(letter);
    CHECK(problem.contains(QLatin1String("<FIRSTNAME>, <TEACHER>")));
    for (const QString &field : CoverLetter::mergeFields())
        CHECK(problem.contains(field));
    CHECK(CoverLetter::unknownFieldsProblem(CoverLetter::defaultLetter()).isEmpty());
    // Left as written in a merge (a refused letter never reaches a family; a preview shows it).
    CHECK(CoverLetter::merge(QStringLiteral("<TEACHER> and <FIRST NAME>"), rubyValues(Pronouns::She)) ==
          QStringLiteral("<TEACHER> and Ruby"));
}

TEST_CASE("The store refuses a school's cover letter with an unknown field, and keeps the one it had",
          "[coverletter]")
{
    Testing::TempStore temp;
    const Testing::MiniSchool mini = Testing::makeMiniSchool(temp.store);
    School school = mini.school;
    school.parentLetter = CoverLetter::defaultLetter();
    REQUIRE(temp.store.save(school).ok);

    School misspelt = school;
    misspelt.parentLetter = QStringLiteral("Dear parent or carer of <FIRSTNAME>,");
    const WriteResult refused = temp.store.save(misspelt);
    CHECK_FALSE(refused.ok);
    REQUIRE(refused.problems.size() == 1);
    CHECK(refused.problems.first().field == QLatin1String("parentLetter"));
    CHECK(refused.problems.first().message.contains(QLatin1String("<FIRSTNAME>")));
    CHECK(refused.problems.first().message.contains(QLatin1String("<FIRST NAME>")));
    CHECK(temp.store.school(school.id)->parentLetter == CoverLetter::defaultLetter());
}

TEST_CASE("The letter is merged from one pupil's ILP document", "[coverletter]")
{
    IlpDocumentData data;
    data.pupil.firstName = QStringLiteral("Ava");
    data.pupil.surname = QStringLiteral("Smith");
    data.pupil.pronouns = Pronouns::She;
    data.className = QStringLiteral("Oak");
    data.classTeachers = QStringLiteral("Hannah Whitfield");
    data.schoolName = QStringLiteral("Millbrook Park School");
    data.newTerm.name = QStringLiteral("Spring 2027");
    Term autumn;
    autumn.name = QStringLiteral("Autumn 2026");
    autumn.startsOn = QDate(2026, 9, 2);
    autumn.endsOn = QDate(2026, 12, 18);
    autumn.applyStandardCycle();
    data.oldTerm = autumn;
    const QString letter =
        QStringLiteral("<FIRST NAME> <SURNAME>, <CLASS>, <CLASS TEACHER>, <OLD TERM> to <NEW TERM>, "
                       "<SCHOOL>, <DATE>, by <RETURN BY>; <HE/SHE>");
    // Sent home in the ILP documents week; asked back by the Friday of the term's last week, the
    // day the reply slip prints.
    CHECK(
        CoverLetter::merge(letter, data, QDate(2026, 12, 7)) ==
        QStringLiteral("Ava Smith, Oak, Hannah Whitfield, Autumn 2026 to Spring 2027, Millbrook Park School, "
                       "7 December 2026, by 18 December 2026; she"));
    CHECK(CoverLetter::valuesFor(data, QDate(2026, 12, 7)).returnBy == ParentsReport::replyBy(data));
    // Printed late, after that Friday: a week to reply. With no term before, a week too.
    CHECK(CoverLetter::valuesFor(data, QDate(2026, 12, 19)).returnBy == QDate(2026, 12, 26));
    data.oldTerm.reset();
    CHECK(CoverLetter::valuesFor(data, QDate(2026, 12, 7)).returnBy == QDate(2026, 12, 14));
    CHECK(CoverLetter::merge(QStringLiteral("<OLD TERM>."), data, QDate(2026, 12, 7)) == QStringLiteral("."));
}
