#pragma once

#include "validation.h"

namespace Stride {

// One long-term outcome from a pupil's Education, Health and Care Plan. Targets link to it by id;
// `reference` is the school's short label for it ("EO2"), used on forms and in CSV files.
struct EhcpOutcome
{
    QString id;
    QString pupilId;
    QString reference;
    QString text;
    int sortOrder = 0;

    ValidationProblems validate() const;
    bool operator==(const EhcpOutcome &) const = default;
};

} // namespace Stride
