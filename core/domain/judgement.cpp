#include "judgement.h"

#include <QCoreApplication>

namespace Stride {

namespace {

// Gives this file's sentences one context ("Validation") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

} // namespace

ValidationProblems Judgement::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, Words::tr("The judgement's id"));
    requireId(p, QStringLiteral("targetId"), targetId, Words::tr("The judged target"));
    requireId(p, QStringLiteral("judgedBy"), judgedBy, Words::tr("Who made the judgement"));
    if (!judgedAt.isValid())
        p.append({QStringLiteral("judgedAt"), Words::tr("The judgement needs the time it was made.")});
    const int s = static_cast<int>(status);
    if (s < 1 || s > 4)
        p.append(
            {QStringLiteral("status"), Words::tr("A target's status is 1, 2, 3 or 4 (found %1).").arg(s)});
    if (!supersedesId.isEmpty() && !isValidId(supersedesId))
        p.append({QStringLiteral("supersedesId"), Words::tr("The changed judgement is not a valid id.")});
    if (!supersedesId.isEmpty() && supersedesId == id)
        p.append({QStringLiteral("supersedesId"), Words::tr("A judgement cannot replace itself.")});
    limitText(p, QStringLiteral("note"), note, Words::tr("The note"), 4000);
    limitText(p, QStringLiteral("currentAbilities"), currentAbilities, Words::tr("What they can do now"),
              4000);
    limitText(p, QStringLiteral("learnerVoice"), learnerVoice, Words::tr("Learner voice"), 2000);
    return p;
}

} // namespace Stride
