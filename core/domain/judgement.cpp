#include "judgement.h"

namespace Stride {

ValidationProblems Judgement::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, QStringLiteral("The judgement's id"));
    requireId(p, QStringLiteral("targetId"), targetId, QStringLiteral("The judged target"));
    requireId(p, QStringLiteral("judgedBy"), judgedBy, QStringLiteral("Who made the judgement"));
    if (!judgedAt.isValid())
        p.append({QStringLiteral("judgedAt"), QStringLiteral("The judgement needs the time it was made.")});
    const int s = static_cast<int>(status);
    if (s < 1 || s > 4)
        p.append({QStringLiteral("status"),
                  QStringLiteral("A target's status is 1, 2, 3 or 4 (found %1).").arg(s)});
    if (!supersedesId.isEmpty() && !isValidId(supersedesId))
        p.append(
            {QStringLiteral("supersedesId"), QStringLiteral("The changed judgement is not a valid id.")});
    if (!supersedesId.isEmpty() && supersedesId == id)
        p.append({QStringLiteral("supersedesId"), QStringLiteral("A judgement cannot replace itself.")});
    limitText(p, QStringLiteral("note"), note, QStringLiteral("The note"), 4000);
    return p;
}

} // namespace Stride
