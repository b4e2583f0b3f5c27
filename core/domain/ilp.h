#pragma once

#include "validation.h"

namespace Stride {

// A pupil's Individual Learning Plan for one term: one Target per area of learning (held as
// Target rows pointing here) plus the "Additional/General provision" of the Provision Map.
struct Ilp
{
    QString id;
    QString pupilId;
    QString termId;
    QString additionalProvision;

    ValidationProblems validate() const;
    bool operator==(const Ilp &) const = default;
};

} // namespace Stride
