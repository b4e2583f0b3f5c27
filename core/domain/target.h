#pragma once

#include "validation.h"
#include "vocabulary.h"

#include <QDate>
#include <QStringList>

namespace Stride {

// One ILP target: text with embedded success criteria, tied to EHCP outcomes (or the reason it is
// not), the MAPP aspects it aims at, its provision, and where it came from last term.
struct Target
{
    QString id;
    QString ilpId;
    QString areaId;
    QString text;
    QStringList ehcpOutcomeIds;
    QString noEhcpLinkReason; // required when ehcpOutcomeIds is empty (seed 000: "if not, why not?")
    QList<MappAspect> aspects;
    QString provision; // interventions and strategies, from the Provision Map
    QDate predictedCompletionOn;
    TargetLineage lineage = TargetLineage::New;
    QString lineageTargetId; // the earlier target this one continues, amends or replaces
    int sortOrder = 0;

    ValidationProblems validate() const;
    bool operator==(const Target &) const = default;
};

} // namespace Stride
