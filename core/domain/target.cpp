#include "target.h"

namespace Stride {

ValidationProblems Target::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, QStringLiteral("The target's id"));
    requireId(p, QStringLiteral("ilpId"), ilpId, QStringLiteral("The target's ILP"));
    requireId(p, QStringLiteral("areaId"), areaId, QStringLiteral("The target's area of learning"));
    requireText(p, QStringLiteral("text"), text, QStringLiteral("The target"), 1000);
    limitText(p, QStringLiteral("provision"), provision, QStringLiteral("Provision"), 4000);
    for (const QString &outcomeId : ehcpOutcomeIds)
        requireId(p, QStringLiteral("ehcpOutcomeIds"), outcomeId, QStringLiteral("A linked EHCP outcome"));
    if (ehcpOutcomeIds.isEmpty() && noEhcpLinkReason.trimmed().isEmpty())
        p.append({QStringLiteral("noEhcpLinkReason"),
                  QStringLiteral("Link this target to an EHCP outcome, or say why it is not linked.")});
    if (lineage == TargetLineage::New && !lineageTargetId.isEmpty())
        p.append({QStringLiteral("lineage"),
                  QStringLiteral("A new target cannot name an earlier target; choose continues, amends or "
                                 "replaces.")});
    if (lineage != TargetLineage::New && !isValidId(lineageTargetId))
        p.append({QStringLiteral("lineageTargetId"),
                  QStringLiteral("A target that %1 another needs to name the earlier target.")
                      .arg(toKey(lineage))});
    if (!lineageTargetId.isEmpty() && lineageTargetId == id)
        p.append(
            {QStringLiteral("lineageTargetId"), QStringLiteral("A target cannot follow on from itself.")});
    return p;
}

} // namespace Stride
