#include "term.h"

#include <QCoreApplication>

namespace Stride {

namespace {

// Gives this file's sentences one context ("Validation") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

} // namespace

void Term::applyStandardCycle()
{
    const QDate lastMonday = endsOn.addDays(1 - endsOn.dayOfWeek());
    finalWeekStartsOn = lastMonday;
    ilpDocumentsWeekStartsOn = lastMonday.addDays(-7);
    progressMeetingsWeekStartsOn = lastMonday.addDays(-14);
    moderationWeekStartsOn = lastMonday.addDays(-21);
    assessmentWeekStartsOn = lastMonday.addDays(-28);
}

ValidationProblems Term::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, Words::tr("The term's id"));
    requireId(p, QStringLiteral("schoolId"), schoolId, Words::tr("The term's school"));
    requireText(p, QStringLiteral("name"), name, Words::tr("The term's name"), 100);
    if (!startsOn.isValid() || !endsOn.isValid()) {
        p.append({QStringLiteral("startsOn"), Words::tr("A term needs a start date and an end date.")});
        return p;
    }
    if (endsOn <= startsOn)
        p.append({QStringLiteral("endsOn"), Words::tr("The term ends before it starts.")});
    if (halfTermStartsOn.isValid() != halfTermEndsOn.isValid())
        p.append({QStringLiteral("halfTermStartsOn"), Words::tr("Half term needs both a start and an end.")});
    else if (halfTermStartsOn.isValid() &&
             (halfTermStartsOn < startsOn || halfTermEndsOn > endsOn || halfTermEndsOn < halfTermStartsOn))
        p.append({QStringLiteral("halfTermStartsOn"), Words::tr("Half term must fall inside the term.")});
    const QList<std::pair<const char *, QDate>> stages{
        {"assessmentWeekStartsOn", assessmentWeekStartsOn},
        {"moderationWeekStartsOn", moderationWeekStartsOn},
        {"progressMeetingsWeekStartsOn", progressMeetingsWeekStartsOn},
        {"ilpDocumentsWeekStartsOn", ilpDocumentsWeekStartsOn},
        {"finalWeekStartsOn", finalWeekStartsOn}};
    QDate previous = startsOn;
    for (const auto &[field, date] : stages) {
        if (!date.isValid()) {
            p.append(
                {QString::fromLatin1(field), Words::tr("Every stage of the termly cycle needs a date.")});
            continue;
        }
        if (date < previous || date > endsOn)
            p.append(
                {QString::fromLatin1(field),
                 Words::tr("The stages of the termly cycle must fall inside the term, in order "
                           "(assessment week, moderation, progress meetings, ILP documents, last week).")});
        previous = date;
    }
    return p;
}

} // namespace Stride
