#include "coverletter.h"

#include "ilpdocumentdata.h"

#include "../documents/parentsreport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace Stride::CoverLetter {

namespace {

// Gives this file's sentences one context ("CoverLetter") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(CoverLetter)
};

enum class Field {
    FirstName,
    Surname,
    Name,
    Class,
    ClassTeacher,
    NewTerm,
    OldTerm,
    HeShe,
    HisHer,
    HimHer,
    School,
    Date,
    ReturnBy
};

struct FieldName
{
    Field field;
    const char *text; // as a letter writes it, inside the angle brackets
};

// The seed's own spelling: its ILP template has <FIRST NAME>, <SURNAME>, <NAME>, <CLASS>,
// <NEW TERM>, <OLD TERM>, <HE/SHE> and <DATE>; the rest follow the same style.
constexpr FieldName kFields[] = {
    {Field::FirstName, "FIRST NAME"},
    {Field::Surname, "SURNAME"},
    {Field::Name, "NAME"},
    {Field::Class, "CLASS"},
    {Field::ClassTeacher, "CLASS TEACHER"},
    {Field::NewTerm, "NEW TERM"},
    {Field::OldTerm, "OLD TERM"},
    {Field::HeShe, "HE/SHE"},
    {Field::HisHer, "HIS/HER"},
    {Field::HimHer, "HIM/HER"},
    {Field::School, "SCHOOL"},
    {Field::Date, "DATE"},
    {Field::ReturnBy, "RETURN BY"},
};

// Anything in angle brackets that starts with a letter is meant as a field: "<FIRSTNAME>" and
// "<Teacher>" are fields Stride does not know, not text to print. A "<" that is not followed by a
// letter ("scores < 5") is left alone.
const QRegularExpression &fieldPattern()
{
    static const QRegularExpression pattern(QStringLiteral("<\\s*([A-Za-z][^<>\\n]{0,40}?)\\s*>"));
    return pattern;
}

// "first  name" and "First Name" are the field "FIRST NAME": a teacher's capitals and spacing
// should not decide whether a letter is accepted.
QString normalised(const QString &inside)
{
    QString name = inside.simplified().toUpper();
    name.replace(QStringLiteral(" /"), QStringLiteral("/"));
    name.replace(QStringLiteral("/ "), QStringLiteral("/"));
    return name;
}

std::optional<Field> fieldNamed(const QString &inside)
{
    const QString name = normalised(inside);
    for (const FieldName &f : kFields)
        if (name == QLatin1String(f.text))
            return f.field;
    return std::nullopt;
}

QString pronoun(Field field, Pronouns p)
{
    // A pupil whose pronouns are not recorded is named in the list of what to fix before printing
    // (core/termend/ilpreadiness.h); a preview meanwhile reads "they".
    switch (field) {
    case Field::HeShe:
        return p == Pronouns::He    ? Words::tr("he")
               : p == Pronouns::She ? Words::tr("she")
                                    : Words::tr("they");
    case Field::HisHer:
        return p == Pronouns::He    ? Words::tr("his")
               : p == Pronouns::She ? Words::tr("her")
                                    : Words::tr("their");
    case Field::HimHer:
        return p == Pronouns::He    ? Words::tr("him")
               : p == Pronouns::She ? Words::tr("her")
                                    : Words::tr("them");
    default:
        return {};
    }
}

QString longDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString valueOf(Field field, const Values &v)
{
    switch (field) {
    case Field::FirstName:
        return v.firstName;
    case Field::Surname:
        return v.surname;
    case Field::Name:
        return (v.firstName + QLatin1Char(' ') + v.surname).trimmed();
    case Field::Class:
        return v.className;
    case Field::ClassTeacher:
        return v.classTeachers;
    case Field::NewTerm:
        return v.newTerm;
    case Field::OldTerm:
        return v.oldTerm;
    case Field::HeShe:
    case Field::HisHer:
    case Field::HimHer:
        return pronoun(field, v.pronouns);
    case Field::School:
        return v.schoolName;
    case Field::Date:
        return longDate(v.date);
    case Field::ReturnBy:
        return longDate(v.returnBy);
    }
    return {};
}

// At the very start, or after a full stop, question or exclamation mark and space, or after a
// blank line or a new line: where a sentence (or a letter's line) begins.
bool startsSentence(const QString &text, qsizetype at)
{
    qsizetype i = at - 1;
    while (i >= 0 && (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char('\t')))
        --i;
    if (i < 0)
        return true;
    const QChar c = text.at(i);
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char('\n');
}

} // namespace

QStringList mergeFields()
{
    QStringList fields;
    for (const FieldName &f : kFields)
        fields << QLatin1Char('<') + QLatin1String(f.text) + QLatin1Char('>');
    return fields;
}

QStringList unknownFields(const QString &letter)
{
    QStringList unknown;
    auto it = fieldPattern().globalMatch(letter);
    while (it.hasNext()) {
        const auto match = it.next();
        if (!fieldNamed(match.captured(1)) && !unknown.contains(match.captured(0)))
            unknown << match.captured(0);
    }
    return unknown;
}

QString unknownFieldsProblem(const QString &letter)
{
    const QStringList unknown = unknownFields(letter);
    if (unknown.isEmpty())
        return {};
    const QString known = mergeFields().join(QStringLiteral(", "));
    if (unknown.size() == 1)
        return Words::tr(
                   "The letter has %1, which Stride cannot fill in. Correct it or take it out; the fields "
                   "Stride knows are %2.")
            .arg(unknown.first(), known);
    return Words::tr(
               "The letter has %1, which Stride cannot fill in. Correct them or take them out; the fields "
               "Stride knows are %2.")
        .arg(unknown.join(QStringLiteral(", ")), known);
}

QString merge(const QString &letter, const Values &values)
{
    QString merged;
    merged.reserve(letter.size() + 256);
    qsizetype from = 0;
    auto it = fieldPattern().globalMatch(letter);
    while (it.hasNext()) {
        const auto match = it.next();
        const auto field = fieldNamed(match.captured(1));
        if (!field)
            continue; // left as written, with the text around it
        merged += QStringView(letter).mid(from, match.capturedStart(0) - from);
        QString value = valueOf(*field, values);
        const bool isPronoun = *field == Field::HeShe || *field == Field::HisHer || *field == Field::HimHer;
        if (isPronoun && !value.isEmpty() && startsSentence(letter, match.capturedStart(0)))
            value[0] = value.at(0).toUpper();
        merged += value;
        from = match.capturedEnd(0);
    }
    merged += QStringView(letter).mid(from);
    return merged;
}

Values valuesFor(const IlpDocumentData &data, const QDate &printedOn)
{
    Values v;
    v.firstName = data.pupil.firstName;
    v.surname = data.pupil.surname;
    v.pronouns = data.pupil.pronouns;
    v.className = data.className;
    v.classTeachers = data.classTeachers;
    v.newTerm = data.newTerm.name;
    v.oldTerm = data.oldTermName();
    v.schoolName = data.schoolName;
    v.date = printedOn.isValid() ? printedOn : QDate::currentDate();
    // The same day the reply slip asks for, so the letter and the slip never disagree; a week
    // from printing when that day has passed or there is none.
    const QDate due = ParentsReport::replyBy(data);
    v.returnBy = due.isValid() && due > v.date ? due : v.date.addDays(7);
    return v;
}

QString merge(const QString &letter, const IlpDocumentData &data, const QDate &printedOn)
{
    return merge(letter, valuesFor(data, printedOn));
}

QString defaultLetter()
{
    return Words::tr(
        "<DATE>\n"
        "\n"
        "Dear parent or carer of <FIRST NAME>,\n"
        "\n"
        "<FIRST NAME>'s progress report for <OLD TERM>\n"
        "\n"
        "With this letter is <FIRST NAME>'s progress report. Every term, <FIRST NAME>'s class team "
        "looks carefully at how <HE/SHE> has got on with each of <HIS/HER> targets in the four areas of "
        "learning, and sets new targets for next term. The report shows what <FIRST NAME> has achieved "
        "this term and the new targets <HE/SHE> will be working on in <NEW TERM>.\n"
        "\n"
        "You know <FIRST NAME> better than anyone, and we would like to know what you think of the new "
        "targets. Please fill in the reply slip at the end of the report: tick the box if you are happy "
        "with the new targets, or write your comments if you would like anything changed or have "
        "something you would like us to know. Please send the slip back to school in <FIRST NAME>'s bag "
        "by <RETURN BY>.\n"
        "\n"
        "If you would like to talk about the report, please contact the <CLASS> class team or the "
        "school office. We are always happy to hear from you.\n"
        "\n"
        "Thank you for your support,\n"
        "\n"
        "The <CLASS> class team\n"
        "<SCHOOL>");
}

} // namespace Stride::CoverLetter
