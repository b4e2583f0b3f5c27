#pragma once

#include "../domain/vocabulary.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace Stride {

struct IlpDocumentData;

// The cover letter that goes home with the parents' progress report (seed 000: "Page 1 is sent
// home to parents and carers as a Progress Report with a cover letter"). The assessment lead
// writes it once, in the school's own words, with merge fields in the seed's style: angle
// brackets, upper case, <FIRST NAME>, <HE/SHE>. Stride fills them in for each pupil, so the
// letter replaces the mail merge the school used to run.
namespace CoverLetter {

// What one pupil's letter is filled in with.
struct Values
{
    QString firstName;
    QString surname;
    QString className;
    QString classTeachers; // "Sam Jones and Priya Patel"
    QString newTerm;       // "Spring 2027": the term the new targets are for
    QString oldTerm;       // "Autumn 2026": the term just reviewed
    Pronouns pronouns = Pronouns::They;
    QString schoolName;
    QDate date;     // the day the letter is printed
    QDate returnBy; // the day the reply slip is asked back by
};

// Every field Stride fills in, as written in a letter: "<FIRST NAME>", "<HE/SHE>", ...
QStringList mergeFields();
// The fields in `letter` that Stride does not know, each once, in the order they first appear,
// written as the letter has them ("<FIRSTNAME>", "<TEACHER>"). Empty when the letter can be merged.
QStringList unknownFields(const QString &letter);
// The sentence that refuses a letter with unknown fields: names them and lists the known ones.
// Empty when there are none.
QString unknownFieldsProblem(const QString &letter);

// The letter with every known field filled in. A pronoun field at the start of a sentence is
// capitalised ("She has worked hard"). Unknown fields are left as written: a letter that has them
// is refused on saving, so none reach a family.
QString merge(const QString &letter, const Values &values);
// The values for one pupil's report: names, class and terms from the document; dated `printedOn`
// (today when invalid); asked back by the Monday of the old term's last week, when the final
// targets are agreed (seed 000), or a week after printing when that has passed or is not set.
Values valuesFor(const IlpDocumentData &data, const QDate &printedOn = {});
QString merge(const QString &letter, const IlpDocumentData &data, const QDate &printedOn = {});

// The letter used until the school writes its own.
QString defaultLetter();

} // namespace CoverLetter

} // namespace Stride
