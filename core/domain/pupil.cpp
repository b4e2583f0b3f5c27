#include "pupil.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace Stride {

namespace {

// Gives this file's sentences one context ("Validation") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

} // namespace

QString Pupil::initialsFor(const QString &firstName, const QString &surname)
{
    QString result;
    // "Mary-Jane O'Neil" -> "MJO": every part of a hyphenated first name, the surname's first letter.
    for (const QString &part :
         firstName.split(QRegularExpression(QStringLiteral("[\\s-]+")), Qt::SkipEmptyParts))
        result += part.at(0).toUpper();
    const QString s = surname.trimmed();
    for (const QChar c : s)
        if (c.isLetter()) {
            result += c.toUpper();
            break;
        }
    return result;
}

int Pupil::keyStageForYear(int yearGroup)
{
    if (yearGroup <= 0)
        return 0;
    if (yearGroup <= 2)
        return 1;
    if (yearGroup <= 6)
        return 2;
    if (yearGroup <= 9)
        return 3;
    if (yearGroup <= 11)
        return 4;
    return 5;
}

ValidationProblems Pupil::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, Words::tr("The pupil's id"));
    requireId(p, QStringLiteral("schoolId"), schoolId, Words::tr("The pupil's school"));
    requireId(p, QStringLiteral("classId"), classId, Words::tr("The pupil's class"));
    requireText(p, QStringLiteral("firstName"), firstName, Words::tr("First name"), 100);
    requireText(p, QStringLiteral("surname"), surname, Words::tr("Surname"), 100);
    limitText(p, QStringLiteral("initials"), initials, Words::tr("Initials"), 6);
    limitText(p, QStringLiteral("specificNeeds"), specificNeeds, Words::tr("Specific needs"), 500);
    static const QRegularExpression upnPattern(QStringLiteral("^[A-Z]\\d{11}[0-9A-Z]$"));
    if (!upn.isEmpty() && !upnPattern.match(upn).hasMatch())
        p.append({QStringLiteral("upn"),
                  Words::tr("\"%1\" is not a Unique Pupil Number (a letter, then 11 digits, then a digit or "
                            "letter).")
                      .arg(upn)});
    if (yearGroup < 0 || yearGroup > 14)
        p.append({QStringLiteral("yearGroup"),
                  Words::tr("Year group %1 is outside Reception (0) to Year 14.").arg(yearGroup)});
    if (keyStage < 0 || keyStage > 5)
        p.append({QStringLiteral("keyStage"), Words::tr("Key stage %1 is outside 0 to 5.").arg(keyStage)});
    QSet<QString> references;
    for (const EhcpOutcome &outcome : ehcpOutcomes) {
        for (const ValidationProblem &problem : outcome.validate())
            p.append({QStringLiteral("ehcpOutcomes.") + problem.field, problem.message});
        if (outcome.pupilId != id)
            p.append(
                {QStringLiteral("ehcpOutcomes"), Words::tr("An EHCP outcome belongs to another pupil.")});
        if (references.contains(outcome.reference))
            p.append({QStringLiteral("ehcpOutcomes"),
                      Words::tr("Two EHCP outcomes share the reference \"%1\".").arg(outcome.reference)});
        references.insert(outcome.reference);
    }
    return p;
}

} // namespace Stride
