#include "targetchecker.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace Stride {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(TargetChecker)
};

QRegularExpression pattern(const QString &source)
{
    return QRegularExpression(source, QRegularExpression::CaseInsensitiveOption |
                                          QRegularExpression::UseUnicodePropertiesOption);
}

// A number as teachers write it: "3", "3.5", "three", "twenty".
const QString kNumber = QStringLiteral(
    "(?:\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|hundred)");

// The things teachers count in a target: "5 times", "3 weeks", "10 words", "4 sessions".
const QString kCountedThing = QStringLiteral(
    "(?:times?|x|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|sessions?|lessons?|"
    "occasions?|opportunities|attempts?|trials?|games?|turns?|words?|signs?|symbols?|pictures?|steps?|"
    "items?|objects?|pairs?|questions?|requests?|sentences?|phrases?|letters?|sounds?|numbers?|pages?|"
    "metres?|meters?|m|laps?|lengths?|peers?|activities|activity|tasks?|coins?|pieces?|colou?rs?|"
    "shapes?|sums?|problems?|books?|choices?|mornings?|afternoons?|adults?|people|settings?|places?|"
    "instructions?|exchanges?|bites?|spoonfuls?|mouthfuls?|things?|pieces of work|emails?|reps|marks?|"
    "points?|goals?|catches|throws?|errors?|mistakes?|corrections?|%|percent|per cent)");

// The session nouns after "N out of M": counted sessions say how consistently (maintenance);
// anything else counted out of a total (words, questions, sums) says how accurately (fluency).
const QString kOccasions = QStringLiteral(
    "(?:sessions?|lessons?|days?|weeks?|occasions?|opportunities|times?|games?|mornings?|afternoons?|"
    "visits?|attempts?|trials?)");

// Places and parts of the school day a target can be set in (the condition's "setting").
const QString kSettingNoun = QStringLiteral(
    "(?:classrooms?|class|hall|dining hall|dining room|playground|caf[eé]s?|canteen|shops?|supermarket|"
    "community|pool|hydrotherapy|library|college|home|sensory room|soft play|park|kitchen|food tech room|"
    "garden|corridors?|toilets?|bathroom|minibus|bus|assembly|lunch|lunchtime|break|breaktime|playtime|"
    "snack|snack ?time|registration|circle time|news time|PE|swimming|placement|settings?|places|school|"
    "lessons?|sessions?|tests?|checks?|quiz|games?|group|story|song|activity|activities|club|outings?|"
    "visits?|trips?|workstation|work station|table|forest school|music|rebound|therapy|carpet|"
    "environments?|contexts?|rooms?|location|locations|outdoors|outside|play|work experience|situations?|"
    "gym|leisure[- ]cent(?:re|er)|track|field|pitch|route|path|swings?|slide|trampoline|equipment|"
    "apparatus|computer|laptop|tablet|iPad|spreadsheet|keyboard|review|meeting|den)");

const QRegularExpression &labelledNumber()
{
    // A number that names something rather than counting it: "Year 6", "Key Stage 2", "PECS phase 2".
    static const QRegularExpression re =
        pattern(QStringLiteral("\\b(?:year|y|key stage|ks|phase|stage|level|step|page|p|milestone|band|set|"
                               "book|room|class|unit|module|chapter|lesson|group)\\s*") +
                kNumber + QStringLiteral("\\b"));
    return re;
}

bool anyMatch(const QString &text, const QList<QRegularExpression> &patterns)
{
    for (const QRegularExpression &re : patterns)
        if (re.match(text).hasMatch())
            return true;
    return false;
}

bool hasMeasurableCriterion(const QString &text)
{
    // Numbers that only name things ("Year 6", "phase 2") are taken out first.
    QString counted = text;
    counted.replace(labelledNumber(), QStringLiteral(" "));
    // A choice "between two objects" or "from a choice of three" is the task's condition, not a count.
    static const QRegularExpression choiceOf =
        pattern(QStringLiteral("\\b(?:between|from|choice of|out of a choice of)\\s+") + kNumber +
                QStringLiteral("\\b"));
    counted.replace(choiceOf, QStringLiteral(" "));
    static const QList<QRegularExpression> criteria{
        // how often: "once", "twice", "3 times", "every day", "daily"
        pattern(QStringLiteral("\\b(?:once|twice|thrice)\\b")),
        pattern(QStringLiteral("\\b(?:every|each)\\s+(?:single\\s+)?(?:day|morning|afternoon|session|lesson|"
                               "time|week|break|breaktime|playtime|lunchtime|snack ?time|opportunity|"
                               "occasion|visit)\\b")),
        pattern(QStringLiteral("\\bdaily\\b")),
        // how many, how long, how many weeks: a digit counts whatever follows it...
        pattern(QStringLiteral("\\d")),
        // ...a number word when it counts something, or sits in a phrase that measures
        pattern(QStringLiteral("\\b") + kNumber + QStringLiteral("(?:\\s*-\\s*|\\s+)(?:[a-z']+\\s+)?") +
                kCountedThing + QStringLiteral("\\b")),
        pattern(QStringLiteral("\\b") + kNumber + QStringLiteral("\\s+(?:out of|of the|of|in)\\s+") +
                kNumber),
        pattern(QStringLiteral("\\b(?:at least|up to|no more than|no fewer than|fewer than|less than|"
                               "more than|under|within|for|over|maximum of|minimum of)\\s+") +
                kNumber + QStringLiteral("\\b")),
        pattern(QStringLiteral("\\b") + kNumber + QStringLiteral("\\s+or\\s+(?:more|fewer|less)\\b")),
        // how much of the time: "at least half of the occasions"
        pattern(QStringLiteral(
            "\\b(?:half|a quarter|a third|three quarters|most|all) of (?:the |his |her |their )?"
            "(?:time|occasions|opportunities|sessions|days|lessons|attempts|trials|"
            "questions|words|sums|items)\\b")),
        // how many weeks in a row, said without a number
        pattern(QStringLiteral("\\b(?:in a row|consecutive|without (?:any )?(?:errors?|mistakes?))\\b")),
    };
    return anyMatch(counted, criteria);
}

bool mentionsPrompting(const QString &text)
{
    static const QList<QRegularExpression> prompting{
        pattern(QStringLiteral("\\bindependent(?:ly)?\\b")),
        pattern(QStringLiteral("\\bunaided\\b")),
        pattern(QStringLiteral("\\bprompt(?:s|ed|ing)?\\b")),
        pattern(QStringLiteral("\\bcues?\\b")),
        pattern(
            QStringLiteral("\\bwithout (?:an? |any )?(?:adult |physical |spoken |verbal |gestural |visual )?"
                           "(?:help|support|assistance|reminders?|being (?:asked|told|reminded|shown))\\b")),
        pattern(QStringLiteral("\\b(?:hand[- ]over[- ]hand|hand[- ]under[- ]hand|modell?ed|modell?ing)\\b")),
        pattern(QStringLiteral("\\bon (?:his|her|their) own\\b")),
        pattern(QStringLiteral("\\bby (?:himself|herself|themselves|themself)\\b")),
        pattern(QStringLiteral(
            "\\b(?:with|given)\\s+(?:\\w+\\s+){0,2}?(?:help|support|assistance|reminders?)\\b")),
        pattern(QStringLiteral("\\bhelp only\\b")),
        // the moment it is expected: "when shown the symbol", "when she becomes upset"
        pattern(QStringLiteral("\\b(?:when|whenever|if|as soon as)\\s+(?:he|she|they|it|a|an|the|his|her|"
                               "their|another|someone|anyone|asked|shown|given|offered|told|reminded|"
                               "presented|pointed)\\b")),
        pattern(QStringLiteral("\\b(?:using|supported by|following)\\b")),
        // with or without an aid: "with her splint off", "without the sentence-starter mat"
        pattern(QStringLiteral("\\bwith(?:out)?\\s+(?:his|her|their)\\b")),
        pattern(QStringLiteral("\\bwithout\\s+(?:a|an|the)\\s+[\\w-]+")),
        pattern(QStringLiteral(
            "\\bwith\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+)?(?:floats?|armbands|walker|frame|splints?|"
            "aid|slope|grip|stand|rail|handrail|timer|visual|symbols?|pictures?|cards?|"
            "strip|board|mat|guide|checklist|word bank|number line|calculator|ruler)\\b")),
        pattern(QStringLiteral("\\bno more than\\s+") + kNumber +
                QStringLiteral("\\s+(?:[\\w-]+\\s+){0,3}?(?:corrections?|prompts?|reminders?|hints?|cues?|"
                               "interventions?)\\b")),
        // the task's own conditions: "in a weekly spelling test", "a practice paper"
        pattern(QStringLiteral("\\b(?:test|paper|exam|assessment|worksheet|quiz)\\b")),
        pattern(QStringLiteral("\\bfrom (?:a|an|the|his|her|their)\\s+(?:\\w+\\s+){0,2}?(?:page|choice|"
                               "selection|array|set|board|book|display|field|model)\\b")),
        pattern(QStringLiteral("\\b(?:copying|tracing|over-?writing|with a model)\\b")),
        pattern(QStringLiteral("\\b(?:touch|tap) (?:at|on) the\\b")),
    };
    return anyMatch(text, prompting);
}

QList<QString> settingsNamed(const QString &text)
{
    static const QRegularExpression setting =
        pattern(QStringLiteral("\\b(?:in|at|around|across|during|on|to|from|into|between|for|before|after)\\b"
                               "(?:\\s+[\\w'&-]+){0,5}?\\s+(") +
                kSettingNoun + QStringLiteral(")\\b"));
    static const QRegularExpression loose = pattern(QStringLiteral("\\b(outdoors|outside|at home)\\b"));
    // The "To" a target starts with is not a place to go to.
    static const QRegularExpression leadingTo = pattern(QStringLiteral("^\\s*to\\s+"));
    const QString afterTo = QString(text).remove(leadingTo);
    QList<QString> found;
    for (const QRegularExpression *re : {&setting, &loose}) {
        auto it = re->globalMatch(afterTo);
        while (it.hasNext()) {
            const QString noun = it.next().captured(1).toLower();
            if (!found.contains(noun))
                found << noun;
        }
    }
    return found;
}

bool mentionsPeople(const QString &text)
{
    static const QList<QRegularExpression> people{
        pattern(QStringLiteral("\\b(?:adults?|peers?|friends?|staff|teachers?|TAs?|teaching assistants?|"
                               "therapists?|physio(?:therapist)?s?|visitors?|strangers?|parents?|carers?|"
                               "partners?|class team|classmates?|lifeguards?|shopkeepers?|cashiers?|"
                               "supervisors?|volunteers?|siblings?|mum|dad|grandparents?|people|person|"
                               "someone|everyone|group)\\b")),
        pattern(
            QStringLiteral("\\b(?:another|other)\\s+(?:child|children|pupils?|people|person|learners?)\\b")),
        pattern(QStringLiteral("\\b(?:Mr|Mrs|Miss|Ms|Dr)\\.?\\s+[A-Z][\\w'-]+")),
    };
    return anyMatch(text, people);
}

// A verb that does not say what anyone would see: the guidance's own examples ("To develop her
// walking", "To communicate a choice") and the wording MAPP and B Squared statements share.
// "Communicate", "understand", "know" and "be aware of" pass when the target goes on to say how it
// will show ("by pointing", "using his switch", "through signing").
QString vagueVerbIn(const QString &text)
{
    static const QList<QRegularExpression> alwaysVague{
        pattern(QStringLiteral("\\b(develop(?:s|ing)?)\\b")),
        pattern(QStringLiteral("\\b(improve(?:s|d)?|improving)\\b")),
        pattern(QStringLiteral("\\b(work(?:s|ing)? on)\\b")),
        // "touch and explore" says what will be seen; "explore" on its own does not
        pattern(QStringLiteral("(?<!and )\\b(explor(?:e|es|ing))\\b")),
        pattern(QStringLiteral("^\\s*(?:to\\s+)?(experience)\\b")),
        pattern(QStringLiteral("\\b(engage(?:s)? (?:with|in))\\b")),
        pattern(QStringLiteral("\\b(be exposed to|have (?:the )?opportunit(?:y|ies) to|have access to)\\b")),
        pattern(QStringLiteral("\\b((?:gain|build|increase|grow) (?:in |(?:his|her|their|more) )?"
                               "(?:confidence|awareness|understanding|skills?))\\b")),
        pattern(
            QStringLiteral("\\b((?:become|be|get) (?:more )?(?:confident|independent|familiar|comfortable|"
                           "settled|sociable|resilient))\\b")),
        pattern(QStringLiteral("\\b(learn about|enjoy|appreciate|continue to|begin to|try to)\\b")),
    };
    static const QList<QRegularExpression> vagueUnlessShown{
        pattern(QStringLiteral("\\b(communicate(?:s)?(?: (?:a|his|her|their))?(?: choices?| needs| wants| "
                               "feelings| preferences?)?)\\b")),
        pattern(QStringLiteral("\\b(understand(?:s|ing)?)\\b")),
        pattern(QStringLiteral("\\b(be(?:come)? (?:more )?aware of|awareness of)\\b")),
        pattern(QStringLiteral("^\\s*(?:to\\s+)?(?:be able to\\s+)?(know(?:s)?)\\b")),
    };
    for (const QRegularExpression &re : alwaysVague) {
        const auto m = re.match(text);
        if (m.hasMatch())
            return m.captured(1);
    }
    static const QRegularExpression shown =
        pattern(QStringLiteral("\\b(?:by\\s+[\\w-]+ing|using|through|eye[- ]?(?:gaze|point)|with "
                               "(?:a|an|his|her|their)\\s+(?:\\w+\\s+)?"
                               "(?:sign|symbol|switch|card|picture|object|communication aid|device|book|"
                               "board)s?)\\b"));
    for (const QRegularExpression &re : vagueUnlessShown) {
        const auto m = re.match(text);
        if (m.hasMatch() && !shown.match(text, m.capturedEnd()).hasMatch())
            return m.captured(1);
    }
    return {};
}

} // namespace

bool TargetCheck::has(TargetFinding::Kind kind) const
{
    return std::any_of(findings.begin(), findings.end(),
                       [kind](const TargetFinding &f) { return f.kind == kind; });
}

QList<MappAspect> aspectsAimedAt(const QString &text)
{
    static const QList<QRegularExpression> independence{
        pattern(QStringLiteral("\\bindependent(?:ly)?\\b")),
        pattern(QStringLiteral("\\bunaided\\b")),
        pattern(QStringLiteral("\\bprompt(?:s|ed|ing)?\\b")),
        pattern(
            QStringLiteral("\\bwithout (?:an? |any )?(?:adult )?(?:help|support|assistance|reminders?)\\b")),
        pattern(QStringLiteral("\\bon (?:his|her|their) own\\b")),
        pattern(QStringLiteral("\\bby (?:himself|herself|themselves|themself)\\b")),
        pattern(QStringLiteral("\\b(?:minimal|less|reduced|fading)\\s+(?:adult\\s+)?(?:help|support)\\b")),
        pattern(QStringLiteral("\\bhelp only\\b")),
    };
    static const QList<QRegularExpression> fluency{
        pattern(QStringLiteral("\\b(?:within|in under|in less than|in)\\s+") + kNumber +
                QStringLiteral("\\s*(?:seconds?|secs?|minutes?|mins?)\\b")),
        pattern(
            QStringLiteral("\\b(?:quickly|speed|faster|fluent(?:ly)?|fluency|accurate(?:ly)?|accuracy|"
                           "correct(?:ly)?|clearly|clarity|legibl[ey]|without (?:any )?(?:errors?|mistakes?)|"
                           "with increasing (?:speed|accuracy|control|clarity))\\b")),
        pattern(QStringLiteral("\\b") + kNumber +
                QStringLiteral("\\s+(?:out of|of the first|of the|of)\\s+") + kNumber +
                QStringLiteral("\\b(?!\\s+(?:\\w+\\s+)?") + kOccasions + QStringLiteral("\\b)")),
    };
    static const QList<QRegularExpression> maintenance{
        pattern(QStringLiteral("\\bin a row\\b")),
        pattern(QStringLiteral("\\bconsecutive\\b")),
        pattern(QStringLiteral("\\b(?:every|each)\\s+(?:day|week|session|lesson|time|morning|afternoon)\\b")),
        pattern(QStringLiteral("\\b(?:daily|consistently|reliably|each time|every time)\\b")),
        pattern(QStringLiteral("\\b") + kNumber + QStringLiteral("\\s+out of\\s+") + kNumber +
                QStringLiteral("\\s+(?:\\w+\\s+)?") + kOccasions + QStringLiteral("\\b")),
        pattern(QStringLiteral("\\bin\\s+") + kNumber + QStringLiteral("\\s+(?:out\\s+)?of\\s+") + kNumber +
                QStringLiteral("\\b")),
        pattern(QStringLiteral("\\b(?:for|over)\\s+(?:the\\s+next\\s+)?") + kNumber +
                QStringLiteral("\\s+(?:weeks?|days?|half terms?|terms?)\\b")),
    };
    static const QList<QRegularExpression> generalisation{
        pattern(QStringLiteral("\\b(?:different|a range of|a variety of|various|new|unfamiliar)\\s+"
                               "(?:settings?|places?|people|adults?|staff|rooms?|contexts?|environments?|"
                               "situations?|lessons?|locations?|person)\\b")),
        pattern(QStringLiteral("\\b(?:any|more than one|several|") + kNumber +
                QStringLiteral(")\\s+(?:different\\s+)?(?:settings|places|adults|people|rooms|locations|"
                               "contexts|environments|members of staff)\\b")),
        pattern(QStringLiteral("\\bany (?:adult|member of staff|of (?:the|\\w+) adults)\\b")),
        pattern(QStringLiteral("\\bacross (?:the )?(?:school|settings|curriculum|lessons|the day)\\b")),
        pattern(QStringLiteral("\\b(?:in and out of|inside and outside|as well as in|at home and|and at home|"
                               "in the community|out in the community|generalis(?:e|ing))\\b")),
    };
    QList<MappAspect> aspects;
    if (anyMatch(text, independence))
        aspects << MappAspect::Independence;
    if (anyMatch(text, fluency))
        aspects << MappAspect::Fluency;
    if (anyMatch(text, maintenance))
        aspects << MappAspect::Maintenance;
    if (anyMatch(text, generalisation) || settingsNamed(text).size() >= 2)
        aspects << MappAspect::Generalisation;
    return aspects;
}

QStringList aspectWords(MappAspect aspect)
{
    switch (aspect) {
    case MappAspect::Independence:
        return {Words::tr("independently"), Words::tr("with no more than a gestural prompt")};
    case MappAspect::Fluency:
        return {Words::tr("within 10 seconds"), Words::tr("8 out of 10 correct")};
    case MappAspect::Maintenance:
        return {Words::tr("3 weeks in a row"), Words::tr("on 4 out of 5 days")};
    case MappAspect::Generalisation:
        return {Words::tr("in different settings"), Words::tr("with an unfamiliar adult")};
    }
    return {};
}

TargetCheck checkTarget(const QString &text, const QStringList &ehcpOutcomeIds,
                        const QString &noEhcpLinkReason)
{
    using Kind = TargetFinding::Kind;
    TargetCheck check;
    QString typed = text.simplified();
    typed.replace(QChar(0x2019), QLatin1Char('\'')); // a curly apostrophe from a pasted document
    if (typed.isEmpty())
        return check;
    check.aspects = aspectsAimedAt(typed);

    if (!hasMeasurableCriterion(typed))
        check.findings << TargetFinding{
            Kind::NoMeasurableCriterion,
            Words::tr("There is nothing to measure yet. Say how often, how many, how long, or for how many "
                      "weeks in a row: for example \"at least twice a week\", \"8 out of 10\", \"for 2 "
                      "minutes\" or \"3 weeks in a row\"."),
            {}};
    if (!mentionsPrompting(typed) && settingsNamed(typed).isEmpty() && !mentionsPeople(typed))
        check.findings << TargetFinding{
            Kind::NoCondition,
            Words::tr("It does not say in what conditions. Add the prompt level (\"independently\", \"with a "
                      "gestural prompt\"), the setting (\"in the dining hall\", \"in different settings\") "
                      "or the people (\"with an unfamiliar adult\")."),
            {}};
    if (const QString verb = vagueVerbIn(typed); !verb.isEmpty())
        check.findings << TargetFinding{
            Kind::VagueVerb,
            Words::tr("\"%1\" is open to interpretation. Say what the pupil will do that someone could see "
                      "or hear, so that everyone can agree when the target is met.")
                .arg(verb),
            verb};
    if (ehcpOutcomeIds.isEmpty() && noEhcpLinkReason.trimmed().isEmpty())
        check.findings << TargetFinding{
            Kind::NoEhcpLink,
            Words::tr("Link this target to one of the pupil's EHCP outcomes, or say why it "
                      "is not linked."),
            {}};

    if (check.has(Kind::NoMeasurableCriterion) || check.has(Kind::NoCondition))
        for (const auto &entry : Vocabulary<MappAspect>::entries())
            if (!check.aspects.contains(entry.value))
                check.suggestions << AspectWords{entry.value, aspectWords(entry.value)};
    return check;
}

} // namespace Stride
