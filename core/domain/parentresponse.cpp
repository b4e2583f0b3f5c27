#include "parentresponse.h"

namespace Stride {

ValidationProblems ParentResponse::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, QStringLiteral("The response's id"));
    requireId(p, QStringLiteral("ilpId"), ilpId, QStringLiteral("The ILP responded to"));
    requireId(p, QStringLiteral("recordedBy"), recordedBy, QStringLiteral("Who recorded the response"));
    if (!receivedOn.isValid())
        p.append({QStringLiteral("receivedOn"), QStringLiteral("Record the date the reply came back.")});
    if (!approved && comments.trimmed().isEmpty())
        p.append({QStringLiteral("comments"),
                  QStringLiteral("A reply that does not approve the targets needs the parent's comments.")});
    limitText(p, QStringLiteral("comments"), comments, QStringLiteral("The comments"), 8000);
    return p;
}

} // namespace Stride
