#include "evidencesufficiency.h"

#include "aspectfigures.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace Stride {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceSufficiency)
};

// How a setting reads inside a sentence: "swimming_pool" is the swimming pool.
QString settingInWords(const QString &setting)
{
    QString words = setting.simplified();
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    return words.simplified().toLower();
}

} // namespace

QList<SufficiencyFinding> timeFindings(int count, const QDate &firstDay, const QDate &lastDay,
                                       const QDate &today)
{
    using Kind = SufficiencyFinding::Kind;
    QList<SufficiencyFinding> findings;
    if (count == 0) {
        findings << SufficiencyFinding{
            Kind::NoEvidence, Words::tr("There is no evidence for this target yet. You can still judge it, "
                                        "but the judgement will rest on memory alone: ask the class "
                                        "team to capture it in the next lessons that practise it.")};
        return findings;
    }
    if (weekOf(firstDay) == weekOf(lastDay))
        findings << SufficiencyFinding{
            Kind::OneWeek, Words::tr("All of the evidence is from one week (the week of %1). Evidence "
                                     "from several weeks shows the skill is kept up over time.")
                               .arg(QLocale().toString(weekOf(lastDay), QStringLiteral("d MMMM")))};
    // Three weeks up to and including today: evidence from 21 days ago is just outside it.
    if (today.isValid() && lastDay.isValid() && lastDay <= today.addDays(-21))
        findings << SufficiencyFinding{
            Kind::NothingRecent, Words::tr("Nothing has been recorded in the last three weeks (the latest "
                                           "is from %1). Capture it again before you judge, so the "
                                           "judgement shows where the pupil is now.")
                                     .arg(QLocale().toString(lastDay, QStringLiteral("d MMMM")))};
    return findings;
}

QList<SufficiencyFinding> evidenceSufficiency(const QList<EvidenceItem> &items, const QDate &today)
{
    using Kind = SufficiencyFinding::Kind;
    if (items.isEmpty())
        return timeFindings(0, {}, {}, today);
    QList<SufficiencyFinding> findings;

    QSet<QString> settings;
    QString firstSetting;
    QSet<QString> capturers;
    QSet<QString> people;
    QDate first;
    QDate latest;
    bool anyPrompted = false;
    bool anyIndependent = false;
    for (const EvidenceItem &item : items) {
        const QString setting = sameNameKey(item.setting);
        if (!setting.isEmpty()) {
            if (settings.isEmpty())
                firstSetting = item.setting;
            settings.insert(setting);
        }
        if (!item.capturedBy.isEmpty())
            capturers.insert(item.capturedBy);
        for (const QString &person : peopleNamed(item.peoplePresent))
            people.insert(sameNameKey(person));
        const QDate day = capturedOn(item);
        if (!first.isValid() || day < first)
            first = day;
        if (!latest.isValid() || day > latest)
            latest = day;
        if (item.promptLevel) {
            if (*item.promptLevel == PromptLevel::Independent)
                anyIndependent = true;
            else
                anyPrompted = true;
        }
    }

    if (settings.isEmpty())
        findings << SufficiencyFinding{Kind::OneSetting,
                                       Words::tr("None of the evidence says where it happened. Tag the "
                                                 "setting when you capture, so that a skill shown in "
                                                 "different places counts as generalisation.")};
    else if (settings.size() == 1)
        findings << SufficiencyFinding{
            Kind::OneSetting, Words::tr("All of the evidence is from one setting (%1). Look for the skill "
                                        "in another setting too, such as the hall, the dining room or the "
                                        "community, to show it is generalised.")
                                  .arg(settingInWords(firstSetting))};

    // "One adult" is read from both tags: the member of staff who captured each item (always
    // known) and the people recorded as present (free text, so one name there may be that same
    // adult). Only when one person captured everything and no more than one person is ever named
    // as present is there nothing to show the skill with anyone else.
    if (capturers.size() <= 1 && people.size() <= 1)
        findings << SufficiencyFinding{
            Kind::OneAdult, Words::tr("All of the evidence was gathered by one adult, with no one else "
                                      "recorded as present. Ask another member of the class team to "
                                      "capture it too, to show the skill with different people.")};

    findings << timeFindings(int(items.size()), first, latest, today);

    if (anyPrompted && !anyIndependent)
        findings << SufficiencyFinding{
            Kind::EveryItemPrompted,
            Words::tr("Every item records a prompt: none shows the skill done independently. If the "
                      "target asks for independence, look for a time they do it without help.")};
    return findings;
}

} // namespace Stride
