#include "target.h"

#include <QCoreApplication>

namespace Stride {

namespace {

// Gives this file's sentences one context ("Validation") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

} // namespace

ValidationProblems Target::validate() const
{
    ValidationProblems p;
    requireId(p, QStringLiteral("id"), id, Words::tr("The target's id"));
    requireId(p, QStringLiteral("ilpId"), ilpId, Words::tr("The target's ILP"));
    requireId(p, QStringLiteral("areaId"), areaId, Words::tr("The target's area of learning"));
    requireText(p, QStringLiteral("text"), text, Words::tr("The target"), 1000);
    limitText(p, QStringLiteral("provision"), provision, Words::tr("Provision"), 4000);
    for (const QString &outcomeId : ehcpOutcomeIds)
        requireId(p, QStringLiteral("ehcpOutcomeIds"), outcomeId, Words::tr("A linked EHCP outcome"));
    if (lineage == TargetLineage::New && !lineageTargetId.isEmpty())
        p.append({QStringLiteral("lineage"),
                  Words::tr("A new target cannot name an earlier target; choose continues, amends or "
                            "replaces.")});
    if (lineage != TargetLineage::New && !isValidId(lineageTargetId))
        p.append({QStringLiteral("lineageTargetId"),
                  Words::tr("A target that continues, amends or replaces another needs to name the earlier "
                            "target.")});
    if (!lineageTargetId.isEmpty() && lineageTargetId == id)
        p.append({QStringLiteral("lineageTargetId"), Words::tr("A target cannot follow on from itself.")});
    return p;
}

} // namespace Stride
