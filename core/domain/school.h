#pragma once

#include "validation.h"

namespace Stride {

// A school. One store may hold several (a multi-academy trust).
struct School
{
    QString id;
    QString name;
    QString urn; // the DfE Unique Reference Number, six digits; optional

    ValidationProblems validate() const;
    bool operator==(const School &) const = default;
};

} // namespace Stride
